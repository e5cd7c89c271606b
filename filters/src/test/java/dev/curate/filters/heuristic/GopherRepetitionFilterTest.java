// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GopherRepetitionFilterTest extends DocumentFilterTestCase {
  private static final double OFF = 1e9;
  private final GopherRepetitionFilter defaults = new GopherRepetitionFilter();

  @Override
  protected DocumentFilter newFilter() {
    return new GopherRepetitionFilter();
  }

  private static double[] off(int n) {
    double[] a = new double[n];
    Arrays.fill(a, OFF);
    return a;
  }

  /** A filter with only the named check at its published default. */
  private static GopherRepetitionFilter only(String reason) {
    double line = reason.equals(GopherRepetitionFilter.DUP_LINE_FRAC) ? 0.3 : 1;
    double para = reason.equals(GopherRepetitionFilter.DUP_PARA_FRAC) ? 0.3 : 1;
    double lineChar = reason.equals(GopherRepetitionFilter.DUP_LINE_CHAR_FRAC) ? 0.2 : 1;
    double paraChar = reason.equals(GopherRepetitionFilter.DUP_PARA_CHAR_FRAC) ? 0.2 : 1;
    double[] top = off(3);
    double[] dup = off(6);
    double[] topDefaults = {0.20, 0.18, 0.16};
    double[] dupDefaults = {0.15, 0.14, 0.13, 0.12, 0.11, 0.10};
    for (int n = 2; n <= 4; n++) {
      if (reason.equals(GopherRepetitionFilter.NAME + ".top_" + n + "_gram")) top[n - 2] = topDefaults[n - 2];
    }
    for (int n = 5; n <= 10; n++) {
      if (reason.equals(GopherRepetitionFilter.NAME + ".duplicated_" + n + "_n_grams")) dup[n - 5] = dupDefaults[n - 5];
    }
    return new GopherRepetitionFilter(line, para, lineChar, paraChar, top, dup);
  }

  /** {@code head} followed by distinct filler words (with digits), exactly {@code len} chars. */
  static String padded(String head, int len) {
    StringBuilder b = new StringBuilder(head);
    for (int i = 0; len - b.length() > 12; i++) b.append(" f").append(i);
    int rem = len - b.length();
    if (rem >= 2) b.append(' ').append("z".repeat(rem - 1));
    else if (rem == 1) b.append('x');
    assertEquals(len, b.length());
    return b.toString();
  }

  private static String repeated(List<String> items, int unique, int copies, String sep) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < unique; i++) parts.add("unique part " + TestTexts.letters(i));
    for (int i = 0; i < copies; i++) parts.add(Math.min(parts.size(), 2 * i + 1), "copy");
    items.addAll(parts);
    return String.join(sep, parts);
  }

  @Test
  void keepsRealisticProse() {
    assertKept(defaults, Document.of(TestTexts.prose(60, 11)));
  }

  @Test
  void veryShortTextFailsTopTwoGramAsInDatatrove() {
    assertDropped(defaults, Document.of("hello world"), GopherRepetitionFilter.TOP_2_GRAM);
  }

  @Test
  void keepsThirtyPercentDuplicateParagraphsAndDropsMore() {
    GopherRepetitionFilter f = only(GopherRepetitionFilter.DUP_PARA_FRAC);
    List<String> parts = new ArrayList<>();
    assertKept(f, Document.of(repeated(parts, 6, 4, "\n\n"))); // 3 of 10
    assertDropped(f, Document.of(repeated(parts, 8, 5, "\n\n\n")), // 4 of 13
        GopherRepetitionFilter.DUP_PARA_FRAC);
  }

  @Test
  void keepsThirtyPercentDuplicateLinesAndDropsMore() {
    GopherRepetitionFilter f = only(GopherRepetitionFilter.DUP_LINE_FRAC);
    List<String> parts = new ArrayList<>();
    assertKept(f, Document.of(repeated(parts, 6, 4, "\n")));
    assertDropped(f, Document.of(repeated(parts, 8, 5, "\n")), GopherRepetitionFilter.DUP_LINE_FRAC);
  }

  @Test
  void keepsTwentyPercentCharactersInDuplicateParagraphsAndDropsMore() {
    GopherRepetitionFilter f = only(GopherRepetitionFilter.DUP_PARA_CHAR_FRAC);
    String a = "x".repeat(97) + "\n\n" + "y".repeat(97) + "\n\n" + "z".repeat(98) + "\n\n";
    String b = "b".repeat(100);
    assertKept(f, Document.of(a + b + "\n\n" + b)); // 100 / 500
    String b2 = "b".repeat(101);
    assertDropped(f, Document.of(a + b2 + "\n\n" + b2), GopherRepetitionFilter.DUP_PARA_CHAR_FRAC);
  }

  @Test
  void keepsTwentyPercentCharactersInDuplicateLinesAndDropsMore() {
    GopherRepetitionFilter f = only(GopherRepetitionFilter.DUP_LINE_CHAR_FRAC);
    String a = "x".repeat(98) + "\n" + "y".repeat(99) + "\n" + "z".repeat(99) + "\n";
    String b = "b".repeat(100);
    assertKept(f, Document.of(a + b + "\n" + b)); // 100 / 500
    String b2 = "b".repeat(101);
    assertDropped(f, Document.of(a + b2 + "\n" + b2), GopherRepetitionFilter.DUP_LINE_CHAR_FRAC);
  }

  @Test
  void keepsTopNGramFractionAtTheThresholdAndDropsAbove() {
    // phrase, copies, text length at which copies * len(phrase) / len == threshold
    Object[][] cases = {
      {"xx yy", 4, 100, GopherRepetitionFilter.TOP_2_GRAM},
      {"aa bb cc", 9, 400, GopherRepetitionFilter.TOP_3_GRAM},
      {"aa bb cc dd", 16, 1100, GopherRepetitionFilter.TOP_4_GRAM},
    };
    for (Object[] c : cases) {
      String head = String.join(" ", java.util.Collections.nCopies((int) c[1], (String) c[0]));
      GopherRepetitionFilter f = only((String) c[3]);
      assertKept(f, Document.of(padded(head, (int) c[2])));
      assertDropped(f, Document.of(padded(head, (int) c[2] - 1)), (String) c[3]);
    }
  }

  @Test
  void keepsDuplicatedNGramFractionAtTheThresholdAndDropsAbove() {
    // n, word length, text length: n * wordLength / textLength == threshold
    int[][] cases = {{5, 6, 200}, {6, 7, 300}, {7, 13, 700}, {8, 3, 200}, {9, 11, 900}, {10, 2, 200}};
    for (int[] c : cases) {
      int n = c[0];
      List<String> words = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String w = TestTexts.letters(i);
        words.add(w + "q".repeat(c[1] - w.length()));
      }
      String phrase = String.join(" ", words);
      String head = phrase + " f00 " + phrase;
      String reason = GopherRepetitionFilter.NAME + ".duplicated_" + n + "_n_grams";
      GopherRepetitionFilter f = only(reason);
      assertKept(f, Document.of(padded(head, c[2])));
      assertDropped(f, Document.of(padded(head, c[2] - 1)), reason);
    }
  }

  @Test
  void checksParagraphsBeforeLines() {
    String text = "same\n\nsame\n\nsame\n\nother";
    assertDropped(defaults, Document.of(text), GopherRepetitionFilter.DUP_PARA_FRAC);
  }

  @Test
  void recordsSignals() {
    var r = defaults.apply(Document.of(TestTexts.prose(60, 11)));
    assertEquals(13, r.signals().size(), r.signals().toString());
    assertTrue(r.signals().containsKey("gopher_repetition.duplicated_10_n_grams_frac"));
  }

  @Test
  void rejectsIllegalArguments() {
    double[] top = {0.2, 0.18, 0.16};
    double[] dup = {0.15, 0.14, 0.13, 0.12, 0.11, 0.10};
    var e = assertThrows(IllegalArgumentException.class,
        () -> new GopherRepetitionFilter(1.3, 0.3, 0.2, 0.2, top, dup));
    assertTrue(e.getMessage().contains("dupLineFrac") && e.getMessage().contains("1.3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new GopherRepetitionFilter(0.3, -0.3, 0.2, 0.2, top, dup));
    assertThrows(IllegalArgumentException.class, () -> new GopherRepetitionFilter(0.3, 0.3, Double.NaN, 0.2, top, dup));
    assertThrows(IllegalArgumentException.class, () -> new GopherRepetitionFilter(0.3, 0.3, 0.2, 2, top, dup));
    e = assertThrows(IllegalArgumentException.class,
        () -> new GopherRepetitionFilter(0.3, 0.3, 0.2, 0.2, new double[] {0.2}, dup));
    assertTrue(e.getMessage().contains("[2, 3, 4]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new GopherRepetitionFilter(0.3, 0.3, 0.2, 0.2, top, new double[] {0.1, 0.1, 0.1, 0.1, 0.1, -1}));
    assertTrue(e.getMessage().contains("n=10"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new GopherRepetitionFilter(0.3, 0.3, 0.2, 0.2, null, dup));
  }
}
