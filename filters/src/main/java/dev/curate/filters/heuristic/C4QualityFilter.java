// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import dev.curate.filters.text.AnalyzedText;
import dev.curate.filters.text.PyStr;
import dev.curate.filters.text.Sentences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops documents that C4's rules reject as a whole: a "lorem ipsum" or a curly bracket in a
 * line that survives the line rules, or fewer than 5 sentences in the surviving lines.
 *
 * <p>Raffel et al. 2020, C4, https://jmlr.org/papers/volume21/20-074/20-074.pdf (section 2.2),
 * as implemented in datatrove's {@code C4QualityFilter} ({@code pipeline/filters/c4_filters.py}),
 * with {@code split_paragraph=True}. Each Python {@code splitlines()} line is stripped, then, in
 * order: a line with a word (whitespace-split) over 1000 code points is removed; Wikipedia
 * citation marks ({@code [1]}, {@code [edit]}, {@code [citation needed]}) are deleted; a line not
 * ending in {@code . ? ! " '} or ending in {@code ...} is removed (only if {@code
 * filterNoTerminalPunct}); a line of fewer than 3 words is removed; "lorem ipsum" drops the
 * document; a line mentioning "javascript" is removed; a <code>{</code> drops the document; a
 * cookie or terms-of-use line is removed; otherwise the line is kept and its sentences counted.
 *
 * <p><b>NOTE</b>: datatrove's filter also rewrites the text to the kept lines. A {@link
 * DocumentFilter} cannot change text, so that half lives in {@link C4LineCleaner} ({@link
 * #cleaner()}), which applies exactly the same line rules. FineWeb runs this filter with {@code
 * filterNoTerminalPunct = false}; the default here is datatrove's (and C4's) {@code true}.
 * Sentences are counted by {@link Sentences} rather than NLTK Punkt.
 */
public final class C4QualityFilter implements DocumentFilter {
  public static final String NAME = "c4_quality";
  public static final String LOREM_IPSUM = NAME + ".lorem_ipsum";
  public static final String CURLY_BRACKET = NAME + ".curly_bracket";
  public static final String TOO_FEW_SENTENCES = NAME + ".too_few_sentences";

  /** datatrove's {@code POLICY_SUBSTRINGS}. */
  public static final List<String> POLICY_SUBSTRINGS =
      List.of(
          "terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies",
          "use cookies");

  private static final Pattern CITATION = Pattern.compile("\\[\\p{Nd}*]|\\[edit]|\\[citation needed]");

  private final boolean removeCitations;
  private final boolean filterNoTerminalPunct;
  private final int minNumSentences;
  private final int minWordsPerLine;
  private final int maxWordLength;
  private final boolean filterLoremIpsum;
  private final boolean filterJavascript;
  private final boolean filterCurlyBracket;
  private final boolean filterPolicy;

  /** The published defaults: all rules on, 5 sentences, 3 words per line, words up to 1000. */
  public C4QualityFilter() {
    this(true, true, 5, 3, 1000, true, true, true, true);
  }

  /**
   * @param removeCitations delete Wikipedia-style citation marks from lines
   * @param filterNoTerminalPunct remove lines without terminal punctuation (false in FineWeb)
   * @param minNumSentences drop documents with fewer sentences in kept lines; 0 or -1 disables
   * @param minWordsPerLine remove lines with fewer words; 0 or -1 disables
   * @param maxWordLength remove lines with a longer word (code points); -1 disables, else >= 1
   * @param filterLoremIpsum drop documents with "lorem ipsum" in a kept line
   * @param filterJavascript remove lines mentioning "javascript"
   * @param filterCurlyBracket drop documents with a curly bracket in a kept line
   * @param filterPolicy remove lines with a cookie or terms-of-use phrase
   */
  public C4QualityFilter(
      boolean removeCitations,
      boolean filterNoTerminalPunct,
      int minNumSentences,
      int minWordsPerLine,
      int maxWordLength,
      boolean filterLoremIpsum,
      boolean filterJavascript,
      boolean filterCurlyBracket,
      boolean filterPolicy) {
    this.removeCitations = removeCitations;
    this.filterNoTerminalPunct = filterNoTerminalPunct;
    if (minNumSentences < -1 || minWordsPerLine < -1) {
      throw new IllegalArgumentException(
          NAME + ": minNumSentences and minWordsPerLine must be >= 0 (or -1 to disable), got "
              + "minNumSentences=" + minNumSentences + ", minWordsPerLine=" + minWordsPerLine);
    }
    this.minNumSentences = minNumSentences;
    this.minWordsPerLine = minWordsPerLine;
    if (maxWordLength != -1 && maxWordLength < 1) {
      throw new IllegalArgumentException(
          NAME + ": maxWordLength must be >= 1, or -1 to disable, got " + maxWordLength);
    }
    this.maxWordLength = maxWordLength;
    this.filterLoremIpsum = filterLoremIpsum;
    this.filterJavascript = filterJavascript;
    this.filterCurlyBracket = filterCurlyBracket;
    this.filterPolicy = filterPolicy;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The line cleaner that applies this filter's line rules. */
  public C4LineCleaner cleaner() {
    return new C4LineCleaner(this);
  }

  @Override
  public FilterResult apply(Document doc) {
    Outcome o = walk(AnalyzedText.of(doc), null);
    Map<String, Double> signals = new LinkedHashMap<>();
    signals.put(NAME + ".lines", (double) o.lines);
    signals.put(NAME + ".kept_lines", (double) o.keptLines);
    if (o.reason != null) return FilterResult.drop(o.reason, signals);
    signals.put(NAME + ".sentences", (double) o.sentences);
    if (o.sentences < minNumSentences) return FilterResult.drop(TOO_FEW_SENTENCES, signals);
    return FilterResult.keep(signals);
  }

  static final class Outcome {
    String reason; // document-level drop, or null
    int lines;
    int keptLines;
    int sentences;
  }

  /** datatrove's line walk; adds kept lines to {@code kept} when it is not null. */
  Outcome walk(AnalyzedText at, List<String> kept) {
    Outcome o = new Outcome();
    String text = at.text();
    // Phrases absent from the whole text are absent from every line, so the per-line searches
    // run only when the text has them (or when removing a citation mark could join one).
    boolean anyLorem = filterLoremIpsum && PyStr.mayContainIgnoreCase(text, "lorem ipsum");
    boolean anyJs = filterJavascript && PyStr.mayContainIgnoreCase(text, "javascript");
    boolean anyPolicy = false;
    for (int i = 0; filterPolicy && !anyPolicy && i < POLICY_SUBSTRINGS.size(); i++) {
      anyPolicy = PyStr.mayContainIgnoreCase(text, POLICY_SUBSTRINGS.get(i));
    }
    boolean anyBrace = filterCurlyBracket && text.indexOf('{') >= 0;
    for (String raw : at.lines()) {
      o.lines++;
      String line = PyStr.strip(raw);
      int words = countWords(line); // -1: a word longer than maxWordLength
      if (words < 0) continue;
      boolean cited = false;
      if (removeCitations && line.indexOf('[') >= 0) {
        String removed = CITATION.matcher(line).replaceAll("");
        cited = removed.length() != line.length();
        line = removed;
      }
      if (filterNoTerminalPunct && !endsWithTerminalPunct(line)) continue;
      if (words < minWordsPerLine) continue;
      boolean lorem = filterLoremIpsum && (anyLorem || cited);
      boolean js = filterJavascript && (anyJs || cited);
      boolean policy = filterPolicy && (anyPolicy || cited);
      if (lorem || js || policy) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lorem && lower.contains("lorem ipsum")) {
          o.reason = LOREM_IPSUM;
          return o;
        }
        if (js && lower.contains("javascript")) continue;
        if (anyBrace && line.indexOf('{') >= 0) {
          o.reason = CURLY_BRACKET;
          return o;
        }
        if (policy && containsPolicy(lower)) continue;
      } else if (anyBrace && line.indexOf('{') >= 0) {
        o.reason = CURLY_BRACKET;
        return o;
      }
      o.sentences += Sentences.count(line);
      o.keptLines++;
      if (kept != null) kept.add(line);
    }
    return o;
  }

  /** The kept lines joined by newlines and stripped; null when the document would be dropped. */
  String clean(AnalyzedText at) {
    List<String> kept = new ArrayList<>();
    Outcome o = walk(at, kept);
    if (o.reason != null || o.sentences < minNumSentences) return null;
    return PyStr.strip(String.join("\n", kept));
  }

  // len(line.split()), or -1 if a word has more than maxWordLength code points
  private int countWords(String line) {
    int words = 0;
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && PyStr.isSpace(line.charAt(i))) i++;
      int start = i;
      while (i < n && !PyStr.isSpace(line.charAt(i))) i++;
      if (i > start) {
        words++;
        if (maxWordLength != -1 && i - start > maxWordLength
            && PyStr.length(line, start, i) > maxWordLength) {
          return -1;
        }
      }
    }
    return words;
  }

  private static boolean endsWithTerminalPunct(String line) {
    if (line.isEmpty() || line.endsWith("...")) return false;
    char c = line.charAt(line.length() - 1);
    return c == '.' || c == '?' || c == '!' || c == '"' || c == '\'';
  }

  private static boolean containsPolicy(String lower) {
    for (String p : POLICY_SUBSTRINGS) if (lower.contains(p)) return true;
    return false;
  }
}
