// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import org.junit.jupiter.api.Test;

class C4QualityFilterTest extends DocumentFilterTestCase {
  private final C4QualityFilter c4 = new C4QualityFilter();
  /** FineWeb's configuration: lines without terminal punctuation stay. */
  private final C4QualityFilter fineweb =
      new C4QualityFilter(true, false, 5, 3, 1000, true, true, true, true);

  @Override
  protected DocumentFilter newFilter() {
    return new C4QualityFilter();
  }

  private static String sentences(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append("This is sentence number ").append(TestTexts.letters(i)).append(". ");
    return b.toString().strip();
  }

  @Test
  void keepsFiveSentencesAndDropsFour() {
    assertKept(c4, Document.of(sentences(5)));
    assertDropped(c4, Document.of(sentences(4)), C4QualityFilter.TOO_FEW_SENTENCES);
    assertKept(c4, Document.of(sentences(2) + "\n" + sentences(3)));
  }

  @Test
  void removedLinesDoNotCountTowardsSentences() {
    String text = sentences(4) + "\nEnable JavaScript to see this. It has sentences. Many of them.\n"
        + "We use cookies. Accept them. Please do.\nToo short.\n"
        + "No terminal punctuation here. Only a fragment";
    assertDropped(c4, Document.of(text), C4QualityFilter.TOO_FEW_SENTENCES);
    // without the terminal punctuation rule the last line counts (2 sentences)
    assertKept(fineweb, Document.of(text));
  }

  @Test
  void dropsLoremIpsumAndCurlyBracketsInKeptLines() {
    assertDropped(c4, Document.of(sentences(6) + "\nLorem Ipsum dolor sit amet."), C4QualityFilter.LOREM_IPSUM);
    assertDropped(c4, Document.of(sentences(6) + "\nfunction f() { return 1; }."), C4QualityFilter.CURLY_BRACKET);
  }

  @Test
  void ignoresLoremIpsumAndBracketsInLinesRemovedEarlier() {
    assertKept(c4, Document.of(sentences(6) + "\nlorem ipsum."));
    assertKept(c4, Document.of(sentences(6) + "\nvar x = {}; // javascript here."));
    assertKept(c4, Document.of(sentences(6) + "\n{ no terminal punctuation here"));
  }

  @Test
  void removesLinesWithAWordOverOneThousandCharacters() {
    String thousand = "a".repeat(1000);
    String longer = "a".repeat(1001);
    C4QualityFilter f = new C4QualityFilter(true, true, 1, 3, 1000, true, true, true, true);
    assertKept(f, Document.of("The word " + thousand + " ends."));
    assertDropped(f, Document.of("The word " + longer + " ends."), C4QualityFilter.TOO_FEW_SENTENCES);
  }

  @Test
  void cleanerKeepsOnlyTheLinesThatSurvive() {
    String text = "  First kept line. It is fine.  \n"
        + "Menu\n"
        + "Please enable javascript in your browser.\n"
        + "Read our privacy policy now.\n"
        + "Wikipedia says so[1] and more[citation needed].\n"
        + "A heading without punctuation\n"
        + "Third line is long enough. Yes! Really?";
    assertEquals(
        "First kept line. It is fine.\nWikipedia says so and more.\nThird line is long enough. Yes! Really?",
        c4.cleaner().clean(text));
    assertEquals(
        "First kept line. It is fine.\nWikipedia says so and more.\nA heading without punctuation\n"
            + "Third line is long enough. Yes! Really?",
        fineweb.cleaner().clean(text));
  }

  @Test
  void cleanerLeavesDocumentsTheFilterDropsUnchanged() {
    Document doc = Document.of("Lorem ipsum dolor sit amet.\nShort.");
    assertSame(doc, c4.cleaner().apply(doc));
    assertEquals(C4QualityFilter.LOREM_IPSUM, c4.apply(doc).reason());
  }

  @Test
  void cleanedTextPassesTheFilterAgain() {
    String text = TestTexts.prose(30, 9) + "\nMenu\nHome | About\n" + TestTexts.prose(10, 10);
    String cleaned = fineweb.cleaner().clean(text);
    assertTrue(cleaned.length() < text.length());
    assertKept(fineweb, Document.of(cleaned));
    assertEquals(cleaned, fineweb.cleaner().clean(cleaned));
  }

  @Test
  void recordsLineAndSentenceCounts() {
    var r = c4.apply(Document.of(sentences(5) + "\nMenu"));
    assertEquals(2.0, r.signals().get("c4_quality.lines"));
    assertEquals(1.0, r.signals().get("c4_quality.kept_lines"));
    assertEquals(5.0, r.signals().get("c4_quality.sentences"));
  }

  @Test
  void rejectsIllegalArguments() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new C4QualityFilter(true, true, -2, 3, 1000, true, true, true, true));
    assertTrue(e.getMessage().contains("minNumSentences=-2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new C4QualityFilter(true, true, 5, -3, 1000, true, true, true, true));
    e = assertThrows(IllegalArgumentException.class,
        () -> new C4QualityFilter(true, true, 5, 3, 0, true, true, true, true));
    assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    assertThrows(NullPointerException.class, () -> new C4LineCleaner(null));
  }
}
