// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import dev.curate.filters.text.AnalyzedText;
import dev.curate.filters.text.Punctuation;
import dev.curate.filters.text.PyStr;
import dev.curate.filters.text.Tokens;
import dev.curate.filters.text.WordSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops documents that fail Gopher's quality rules: too few or too many words, mean word length
 * outside [3, 10], too many {@code #} or ellipses per word, too many bullet lines or lines ending
 * in an ellipsis, too few words with a letter, too few English stop words.
 *
 * <p>Rae et al. 2021, https://arxiv.org/abs/2112.11446 (appendix A1.1), as implemented in
 * datatrove's {@code GopherQualityFilter} ({@code pipeline/filters/gopher_quality_filter.py}),
 * checks in its order. Words are {@link AnalyzedText#tokens()}; the word-count and mean-length
 * rules count only words with a character outside datatrove's {@link Punctuation} set, while the
 * symbol, alpha and stop-word ratios divide by all tokens, punctuation tokens included, as
 * datatrove does. Bullets are lines starting with {@code •} or {@code -} after leading spaces;
 * lines are Python {@code splitlines()}. Stop words match case-sensitively.
 */
public final class GopherQualityFilter implements DocumentFilter {
  public static final String NAME = "gopher_quality";
  public static final String SHORT_DOC = NAME + ".short_doc";
  public static final String LONG_DOC = NAME + ".long_doc";
  public static final String BELOW_AVG_WORD_LENGTH = NAME + ".below_avg_word_length";
  public static final String ABOVE_AVG_WORD_LENGTH = NAME + ".above_avg_word_length";
  public static final String TOO_MANY_HASHES = NAME + ".too_many_hashes";
  public static final String TOO_MANY_ELLIPSIS = NAME + ".too_many_ellipsis";
  public static final String TOO_MANY_BULLETS = NAME + ".too_many_bullets";
  public static final String TOO_MANY_END_ELLIPSIS = NAME + ".too_many_end_ellipsis";
  public static final String BELOW_ALPHA_THRESHOLD = NAME + ".below_alpha_threshold";
  public static final String FEW_STOP_WORDS = NAME + ".few_stop_words";

  /** datatrove's {@code STOP_WORDS}. */
  public static final List<String> STOP_WORDS =
      List.of("the", "be", "to", "of", "and", "that", "have", "with");

  private final int minDocWords;
  private final int maxDocWords;
  private final double minAvgWordLength;
  private final double maxAvgWordLength;
  private final double maxSymbolWordRatio;
  private final double maxBulletLinesRatio;
  private final double maxEllipsisLinesRatio;
  private final double maxNonAlphaWordsRatio;
  private final int minStopWords;
  private final WordSet stopWords;

  /** The published defaults: 50, 100000, 3, 10, 0.1, 0.9, 0.3, 0.8, 2, {@link #STOP_WORDS}. */
  public GopherQualityFilter() {
    this(50, 100_000, 3, 10, 0.1, 0.9, 0.3, 0.8, 2, STOP_WORDS);
  }

  /**
   * @param minDocWords minimum non-symbol words, inclusive; >= 0
   * @param maxDocWords maximum non-symbol words, inclusive; >= minDocWords
   * @param minAvgWordLength minimum mean non-symbol word length in code points; >= 0
   * @param maxAvgWordLength maximum mean word length; >= minAvgWordLength
   * @param maxSymbolWordRatio maximum {@code #} count, and ellipsis count, per token; >= 0
   * @param maxBulletLinesRatio maximum share of lines starting with a bullet; in [0, 1]
   * @param maxEllipsisLinesRatio maximum share of lines ending with an ellipsis; in [0, 1]
   * @param maxNonAlphaWordsRatio despite datatrove's name, the minimum share of tokens with a
   *     letter; in [0, 1]
   * @param minStopWords minimum number of stop-word tokens; >= 0
   * @param stopWords the stop words, matched case-sensitively against tokens
   */
  public GopherQualityFilter(
      int minDocWords,
      int maxDocWords,
      double minAvgWordLength,
      double maxAvgWordLength,
      double maxSymbolWordRatio,
      double maxBulletLinesRatio,
      double maxEllipsisLinesRatio,
      double maxNonAlphaWordsRatio,
      int minStopWords,
      List<String> stopWords) {
    this.minDocWords = Checks.atLeastZero(NAME, "minDocWords", minDocWords);
    if (maxDocWords < minDocWords) {
      throw new IllegalArgumentException(
          NAME + ": need minDocWords <= maxDocWords, got minDocWords=" + minDocWords
              + ", maxDocWords=" + maxDocWords);
    }
    this.maxDocWords = maxDocWords;
    this.minAvgWordLength = Checks.atLeastZero(NAME, "minAvgWordLength", minAvgWordLength);
    if (!(maxAvgWordLength >= minAvgWordLength)) {
      throw new IllegalArgumentException(
          NAME + ": need minAvgWordLength <= maxAvgWordLength, got minAvgWordLength="
              + minAvgWordLength + ", maxAvgWordLength=" + maxAvgWordLength);
    }
    this.maxAvgWordLength = maxAvgWordLength;
    this.maxSymbolWordRatio = Checks.atLeastZero(NAME, "maxSymbolWordRatio", maxSymbolWordRatio);
    this.maxBulletLinesRatio = Checks.fraction(NAME, "maxBulletLinesRatio", maxBulletLinesRatio);
    this.maxEllipsisLinesRatio =
        Checks.fraction(NAME, "maxEllipsisLinesRatio", maxEllipsisLinesRatio);
    this.maxNonAlphaWordsRatio =
        Checks.fraction(NAME, "maxNonAlphaWordsRatio", maxNonAlphaWordsRatio);
    this.minStopWords = Checks.atLeastZero(NAME, "minStopWords", minStopWords);
    if (stopWords == null || stopWords.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException(NAME + ": stopWords must be a list of words, got " + stopWords);
    }
    this.stopWords = new WordSet(stopWords);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public FilterResult apply(Document doc) {
    AnalyzedText at = AnalyzedText.of(doc);
    String text = doc.text();
    Tokens words = at.tokens();
    Map<String, Double> signals = new LinkedHashMap<>();

    // per distinct word: code points, symbol-only, has a letter, is a stop word
    int distinct = words.distinct();
    int[] ids = words.ids();
    int[] perWord = new int[distinct]; // code points; bit 30: symbol-only, 29: letter, 28: stop
    for (int id = 0; id < distinct; id++) perWord[id] = describe(words.chars(), words, words.first(id));
    int nonSymbolWords = 0;
    long nonSymbolChars = 0;
    int alphaWords = 0;
    int stops = 0;
    for (int i = 0; i < ids.length; i++) {
      int p = perWord[ids[i]];
      if ((p & SYMBOL) == 0) {
        nonSymbolWords++;
        nonSymbolChars += p & LENGTH;
      }
      if ((p & LETTER) != 0) alphaWords++;
      if ((p & STOP) != 0) stops++;
    }
    signals.put(NAME + ".words", (double) nonSymbolWords);
    if (nonSymbolWords < minDocWords) return FilterResult.drop(SHORT_DOC, signals);
    if (nonSymbolWords > maxDocWords) return FilterResult.drop(LONG_DOC, signals);

    if (nonSymbolWords > 0) { // np.mean([]) is nan, which fails no comparison
      double avg = (double) nonSymbolChars / nonSymbolWords;
      signals.put(NAME + ".avg_word_length", avg);
      if (avg < minAvgWordLength) return FilterResult.drop(BELOW_AVG_WORD_LENGTH, signals);
      if (avg > maxAvgWordLength) return FilterResult.drop(ABOVE_AVG_WORD_LENGTH, signals);
    }

    int nWords = Math.max(1, words.size()); // guards the empty text when minDocWords == 0
    double hashRatio = (double) PyStr.count(text, '#') / nWords;
    signals.put(NAME + ".hash_ratio", hashRatio);
    if (hashRatio > maxSymbolWordRatio) return FilterResult.drop(TOO_MANY_HASHES, signals);
    double ellipsisRatio =
        (double) (PyStr.count(text, "...") + PyStr.count(text, '\u2026')) / nWords;
    signals.put(NAME + ".ellipsis_ratio", ellipsisRatio);
    if (ellipsisRatio > maxSymbolWordRatio) return FilterResult.drop(TOO_MANY_ELLIPSIS, signals);

    List<String> lines = at.lines();
    int bullets = 0;
    int endEllipsis = 0;
    for (String line : lines) {
      int s = PyStr.lstripIndex(line);
      if (s < line.length() && (line.charAt(s) == '\u2022' || line.charAt(s) == '-')) bullets++;
      int e = PyStr.rstripIndex(line);
      if ((e >= 3 && line.startsWith("...", e - 3)) || (e >= 1 && line.charAt(e - 1) == '\u2026')) {
        endEllipsis++;
      }
    }
    int nLines = Math.max(1, lines.size());
    double bulletRatio = (double) bullets / nLines;
    signals.put(NAME + ".bullet_lines_ratio", bulletRatio);
    if (bulletRatio > maxBulletLinesRatio) return FilterResult.drop(TOO_MANY_BULLETS, signals);
    double endEllipsisRatio = (double) endEllipsis / nLines;
    signals.put(NAME + ".end_ellipsis_lines_ratio", endEllipsisRatio);
    if (endEllipsisRatio > maxEllipsisLinesRatio) {
      return FilterResult.drop(TOO_MANY_END_ELLIPSIS, signals);
    }

    double alphaRatio = (double) alphaWords / nWords;
    signals.put(NAME + ".alpha_words_ratio", alphaRatio);
    if (alphaRatio < maxNonAlphaWordsRatio) return FilterResult.drop(BELOW_ALPHA_THRESHOLD, signals);
    signals.put(NAME + ".stop_words", (double) stops);
    if (stops < minStopWords) return FilterResult.drop(FEW_STOP_WORDS, signals);
    return FilterResult.keep(signals);
  }

  private static final int SYMBOL = 1 << 30;
  private static final int LETTER = 1 << 29;
  private static final int STOP = 1 << 28;
  private static final int LENGTH = STOP - 1;

  // Python semantics: len(w) in code points; any(ch not in PUNCTUATION_SET); any(c.isalpha()),
  // where isalpha() is Unicode categories Lu, Ll, Lt, Lm, Lo, as Character.isLetter.
  private int describe(char[] a, Tokens words, int i) {
    int start = words.start(i);
    int end = words.end(i);
    int flags = SYMBOL;
    for (int k = start; k < end; ) {
      char c = a[k];
      if (!Punctuation.contains(c)) flags &= ~SYMBOL;
      if (c < 128) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') flags |= LETTER;
        k++;
      } else {
        int cp = Character.codePointAt(a, k, end);
        if (Character.isLetter(cp)) flags |= LETTER;
        k += Character.charCount(cp);
      }
    }
    if (stopWords.contains(a, start, end)) flags |= STOP;
    return flags | Math.min(LENGTH, PyStr.length(a, start, end));
  }
}
