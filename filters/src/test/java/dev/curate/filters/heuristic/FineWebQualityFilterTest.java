// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FineWebQualityFilterTest extends DocumentFilterTestCase {
  private final FineWebQualityFilter filter = new FineWebQualityFilter();

  @Override
  protected DocumentFilter newFilter() {
    return new FineWebQualityFilter();
  }

  /** A distinct line of 8 words (well over 30 chars), with or without a final period. */
  private static String longLine(int i, boolean period) {
    String t = "line " + TestTexts.letters(i) + " has several words of ordinary text";
    return period ? t + "." : t;
  }

  private static Document join(List<String> lines) {
    return Document.of(String.join("\n", lines));
  }

  @Test
  void keepsRealisticProse() {
    assertKept(filter, Document.of(TestTexts.prose(40, 5)));
  }

  @Test
  void dropsTwelvePercentPunctuatedLinesAndKeepsThirteen() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 100; i++) lines.add(longLine(i, i < 12));
    assertDropped(filter, join(lines), FineWebQualityFilter.LINE_PUNCT_RATIO);
    lines.set(12, longLine(12, true));
    assertKept(filter, join(lines));
  }

  @Test
  void countsQuotesAndBangsAsTerminalPunctuation() {
    List<String> lines = new ArrayList<>();
    String[] ends = {"'", "\"", "!", "?", "."};
    for (int i = 0; i < 10; i++) lines.add(longLine(i, false) + (i < 5 ? ends[i] : ""));
    assertKept(filter, join(lines));
  }

  @Test
  void excludeZeroKeepsTextWithoutAnyPunctuation() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) lines.add(longLine(i, false));
    assertDropped(filter, join(lines), FineWebQualityFilter.LINE_PUNCT_RATIO);
    FineWebQualityFilter lenient = new FineWebQualityFilter(0.12, true, 0.67, 30, 0.01, 0.3);
    assertKept(lenient, join(lines));
  }

  @Test
  void dropsSixtySevenPercentShortLinesAndKeepsSixtySix() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      lines.add(i < 67 ? ("Short line " + TestTexts.letters(i) + ".") : longLine(i, true));
    }
    assertDropped(filter, join(lines), FineWebQualityFilter.SHORT_LINE_RATIO);
    lines.set(66, longLine(66, true));
    assertKept(filter, join(lines));
  }

  @Test
  void aLineOfThirtyCodePointsIsShortAndThirtyOneIsNot() {
    String thirty = "abcd efgh ijkl mnop qrst uvwx.";
    assertEquals(30, thirty.length());
    FineWebQualityFilter f = new FineWebQualityFilter(0.12, false, 0.5, 30, 0.01, 0.3);
    assertDropped(f, Document.of(thirty + "\n" + longLine(1, true)), FineWebQualityFilter.SHORT_LINE_RATIO);
    // 31 UTF-16 units but 30 code points: short, as Python's len() counts
    assertDropped(f, Document.of("\ud83d\ude00" + thirty.substring(1) + "\n" + longLine(1, true)),
        FineWebQualityFilter.SHORT_LINE_RATIO);
    assertKept(f, Document.of("a" + thirty + "\n" + longLine(1, true)));
  }

  /** Distinct lines plus one line repeated once, with exactly {@code chars} non-newline chars. */
  private static Document withDuplicate(int chars) {
    String dup = "This line of forty characters repeats!!";
    assertEquals(39, dup.length());
    List<String> lines = new ArrayList<>(List.of(dup + ".", dup + "."));
    int total = 80;
    for (int i = 0; total + 60 < chars; i++) {
      String l = longLine(i, true);
      lines.add(l);
      total += l.length();
    }
    String last = "last line " + "z".repeat(chars - total - 11) + ".";
    lines.add(last);
    Document d = join(lines);
    assertEquals(chars, d.text().replace("\n", "").length());
    return d;
  }

  @Test
  void dropsOnePercentDuplicatedLineCharactersAndKeepsLess() {
    assertDropped(filter, withDuplicate(4000), FineWebQualityFilter.CHAR_DUP_RATIO); // 40 / 4000
    assertKept(filter, withDuplicate(4001));
  }

  @Test
  void blankLinesAreNotDuplicates() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add(longLine(i, true));
      lines.add("   ");
    }
    assertKept(new FineWebQualityFilter(0.12, false, 0.67, 30, 0.01, 1), join(lines));
  }

  private static Document listLike(int lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      out.add("Supercalifragilistic" + TestTexts.letters(i) + " extraordinarily.");
    }
    return join(out); // 3 tokens per line, lines - 1 newlines
  }

  @Test
  void keepsPointThreeNewlinesPerWordAndDropsMore() {
    assertKept(filter, listLike(10)); // 9 / 30
    assertDropped(filter, listLike(11), FineWebQualityFilter.LIST_RATIO); // 10 / 33
  }

  @Test
  void rejectsIllegalArguments() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new FineWebQualityFilter(1.12, false, 0.67, 30, 0.01, 0.3));
    assertTrue(e.getMessage().contains("linePunctThr") && e.getMessage().contains("1.12"));
    assertThrows(IllegalArgumentException.class, () -> new FineWebQualityFilter(0.12, false, -0.67, 30, 0.01, 0.3));
    assertThrows(IllegalArgumentException.class, () -> new FineWebQualityFilter(0.12, false, 0.67, -30, 0.01, 0.3));
    assertThrows(IllegalArgumentException.class, () -> new FineWebQualityFilter(0.12, false, 0.67, 30, Double.NaN, 0.3));
    assertThrows(IllegalArgumentException.class, () -> new FineWebQualityFilter(0.12, false, 0.67, 30, 0.01, -1));
  }
}
