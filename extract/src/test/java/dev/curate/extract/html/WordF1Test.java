// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.extract.bench.WordF1;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests of the benchmark scorer; kept beside the extractor tests it serves. */
class WordF1Test {
  @Test
  void countsLowerCasedUnicodeWordTokensAsAMultiset() {
    assertEquals(
        Map.of("the", 2, "café", 1, "über", 1, "x_1", 1), WordF1.tokens("The café, the ÜBER-x_1!"));
  }

  @Test
  void scoresPrecisionRecallAndF1FromTokenOverlap() {
    WordF1.Score s = WordF1.score("a b c d", "a b e");
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(2.0 / 3, s.recall(), 1e-9);
    assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), s.f1(), 1e-9);
  }

  @Test
  void countsRepeatedTokensOnlyAsOftenAsExpected() {
    WordF1.Score s = WordF1.score("spam spam spam", "spam eggs");
    assertEquals(1.0 / 3, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
  }

  @Test
  void scoresEmptyAgainstEmptyAsPerfectAndEmptyAgainstTextAsZero() {
    assertEquals(1.0, WordF1.score("", " ").f1());
    assertEquals(0.0, WordF1.score("", "words").f1());
    assertEquals(0.0, WordF1.score("words", "").f1());
  }

  @Test
  void findsSnippetsAfterWhitespaceNormalisationOnly() {
    assertTrue(WordF1.containsSnippet("Order\n\n now  today", "Order now"));
    assertFalse(WordF1.containsSnippet("order now", "Order now"));
    assertFalse(WordF1.containsSnippet("anything", "  "));
  }
}
