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

class GopherQualityFilterTest extends DocumentFilterTestCase {
  private final GopherQualityFilter filter = new GopherQualityFilter();

  @Override
  protected DocumentFilter newFilter() {
    return new GopherQualityFilter();
  }

  /** n words of five letters, two of them stop words: passes every default rule. */
  private static List<String> words(int n) {
    List<String> w = new ArrayList<>();
    w.add("the");
    w.add("and");
    for (int i = 2; i < n; i++) w.add("w" + String.format("%04d", i));
    return w;
  }

  private static Document text(List<String> words) {
    return Document.of(String.join(" ", words));
  }

  @Test
  void keepsRealisticProse() {
    assertKept(filter, Document.of(TestTexts.prose(30, 7)));
  }

  @Test
  void keepsFiftyWordsAndDropsFortyNine() {
    assertKept(filter, text(words(50)));
    assertDropped(filter, text(words(49)), GopherQualityFilter.SHORT_DOC);
  }

  @Test
  void punctuationTokensDoNotCountAsWords() {
    List<String> w = words(49);
    w.add("...");
    w.add("--");
    w.add("\u3002");
    assertDropped(filter, text(w), GopherQualityFilter.SHORT_DOC);
  }

  @Test
  void keepsOneHundredThousandWordsAndDropsOneMore() {
    assertKept(filter, text(words(100_000)));
    assertDropped(filter, text(words(100_001)), GopherQualityFilter.LONG_DOC);
  }

  @Test
  void keepsMeanWordLengthOfExactlyThreeAndDropsBelow() {
    List<String> w = new ArrayList<>(List.of("the", "and"));
    for (int i = 2; i < 50; i++) w.add("x" + TestTexts.letters(i % 26) + "z");
    assertKept(filter, text(w));
    w.set(49, "xz");
    assertDropped(filter, text(w), GopherQualityFilter.BELOW_AVG_WORD_LENGTH);
  }

  @Test
  void keepsMeanWordLengthOfExactlyTenAndDropsAbove() {
    List<String> w = new ArrayList<>(List.of("the", "and")); // 6 chars
    for (int i = 0; i < 46; i++) w.add("abcdefghi" + TestTexts.letters(i % 26)); // 460
    w.add("abcdefghijklmnopq"); // 17
    w.add("bcdefghijklmnopqr"); // 17 -> 500 / 50
    assertKept(filter, text(w));
    w.set(49, "bcdefghijklmnopqrs");
    assertDropped(filter, text(w), GopherQualityFilter.ABOVE_AVG_WORD_LENGTH);
  }

  @Test
  void keepsHashRatioOfExactlyOneTenthAndDropsAbove() {
    List<String> w = words(54);
    for (int i = 0; i < 6; i++) w.add("#");
    assertKept(filter, text(w)); // 6 / 60 tokens
    w.add("#tag"); // splits into "#" and "tag": 7 / 62
    assertDropped(filter, text(w), GopherQualityFilter.TOO_MANY_HASHES);
  }

  @Test
  void keepsEllipsisRatioOfExactlyOneTenthAndDropsAbove() {
    List<String> w = words(54);
    for (int i = 0; i < 3; i++) w.add(i + 1, "...");
    for (int i = 0; i < 3; i++) w.add(i + 10, "\u2026");
    assertKept(filter, text(w)); // 6 / 60
    w.add(20, "...");
    assertDropped(filter, text(w), GopherQualityFilter.TOO_MANY_ELLIPSIS);
  }

  private static Document lines(int n, int bullets, int endEllipsis) {
    List<String> w = words(5 * n);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i < bullets) b.append(i % 2 == 0 ? "  \u2022 " : "- ");
      b.append(String.join(" ", w.subList(5 * i, 5 * i + 5)));
      if (i >= n - endEllipsis) b.append(i % 2 == 0 ? "..." : " \u2026 ");
      b.append('\n');
    }
    return Document.of(b.toString());
  }

  @Test
  void keepsNinetyPercentBulletLinesAndDropsMore() {
    assertKept(filter, lines(20, 18, 0));
    assertDropped(filter, lines(20, 19, 0), GopherQualityFilter.TOO_MANY_BULLETS);
  }

  @Test
  void keepsThirtyPercentEllipsisLinesAndDropsMore() {
    assertKept(filter, lines(20, 0, 6));
    assertDropped(filter, lines(20, 0, 7), GopherQualityFilter.TOO_MANY_END_ELLIPSIS);
  }

  @Test
  void keepsEightyPercentAlphabeticWordsAndDropsFewer() {
    List<String> w = words(40);
    for (int i = 0; i < 10; i++) w.add(String.valueOf(1000 + i));
    assertKept(filter, text(w)); // 40 / 50
    w.add("2024");
    assertDropped(filter, text(w), GopherQualityFilter.BELOW_ALPHA_THRESHOLD);
  }

  @Test
  void keepsTwoStopWordsAndDropsOne() {
    assertKept(filter, text(words(60)));
    List<String> w = words(60);
    w.set(1, "The"); // stop words match case-sensitively, as in datatrove
    assertDropped(filter, text(w), GopherQualityFilter.FEW_STOP_WORDS);
  }

  @Test
  void recordsSignalsOfTheChecksThatRan() {
    var r = filter.apply(text(words(49)));
    assertEquals(49.0, r.signals().get("gopher_quality.words"));
    assertEquals(1, r.signals().size());
    var kept = filter.apply(text(words(60)));
    assertEquals(2.0, kept.signals().get("gopher_quality.stop_words"));
    assertEquals(8, kept.signals().size());
  }

  @Test
  void chineseTextIsCountedInWordsNotSentences() {
    String sentence = "\u6211\u4eec\u5728\u5317\u4eac\u5927\u5b66\u5b66\u4e60\u4e2d\u56fd\u5386\u53f2\u3002";
    var r = filter.apply(Document.of(sentence.repeat(8)).withLang("zh"));
    assertTrue(r.signals().get("gopher_quality.words") >= 40, r.signals().toString());
  }

  @Test
  void rejectsIllegalArguments() {
    List<String> stop = GopherQualityFilter.STOP_WORDS;
    var e = assertThrows(IllegalArgumentException.class,
        () -> new GopherQualityFilter(-1, 10, 3, 10, 0.1, 0.9, 0.3, 0.8, 2, stop));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new GopherQualityFilter(50, 49, 3, 10, 0.1, 0.9, 0.3, 0.8, 2, stop));
    assertTrue(e.getMessage().contains("maxDocWords=49"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new GopherQualityFilter(50, 100, 11, 10, 0.1, 0.9, 0.3, 0.8, 2, stop));
    assertTrue(e.getMessage().contains("minAvgWordLength=11.0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new GopherQualityFilter(50, 100, 3, 10, Double.NaN, 0.9, 0.3, 0.8, 2, stop));
    assertTrue(e.getMessage().contains("maxSymbolWordRatio"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new GopherQualityFilter(50, 100, 3, 10, 0.1, 1.5, 0.3, 0.8, 2, stop));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new GopherQualityFilter(50, 100, 3, 10, 0.1, 0.9, -0.1, 0.8, 2, stop));
    assertThrows(IllegalArgumentException.class,
        () -> new GopherQualityFilter(50, 100, 3, 10, 0.1, 0.9, 0.3, 2, 2, stop));
    assertThrows(IllegalArgumentException.class,
        () -> new GopherQualityFilter(50, 100, 3, 10, 0.1, 0.9, 0.3, 0.8, -2, stop));
    assertThrows(IllegalArgumentException.class,
        () -> new GopherQualityFilter(50, 100, 3, 10, 0.1, 0.9, 0.3, 0.8, 2, null));
  }
}
