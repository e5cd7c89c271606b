// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterChainTest {
  private final FilterChain chain =
      FilterChain.of(
          List.of(new GopherQualityFilter(), new FineWebQualityFilter(), new GopherRepetitionFilter()));

  @Test
  void keepsWithTheSignalsOfEveryFilter() {
    FilterResult r = chain.apply(Document.of(TestTexts.prose(40, 3)));
    assertTrue(r.kept(), () -> r.reason() + " " + r.signals());
    assertTrue(r.signals().containsKey("gopher_quality.stop_words"));
    assertTrue(r.signals().containsKey("fineweb_quality.newline_per_word"));
    assertTrue(r.signals().containsKey("gopher_repetition.duplicated_10_n_grams_frac"));
  }

  @Test
  void firstDropWinsAndCarriesTheSignalsGatheredSoFar() {
    String prose = TestTexts.prose(40, 3);
    String text = (prose + "\n").repeat(3);
    FilterResult r = chain.apply(Document.of(text));
    assertEquals(FineWebQualityFilter.CHAR_DUP_RATIO, r.reason());
    assertTrue(r.signals().containsKey("gopher_quality.stop_words"));
    assertTrue(r.signals().containsKey("fineweb_quality.char_dup_ratio"));
    assertFalse(r.signals().keySet().stream().anyMatch(k -> k.startsWith("gopher_repetition.")));
  }

  @Test
  void emptyChainKeepsEverything() {
    assertEquals(FilterResult.KEEP, FilterChain.of(List.of()).apply(Document.of("")));
  }

  @Test
  void describesItsOrder() {
    assertEquals("gopher_quality -> fineweb_quality -> gopher_repetition", chain.toString());
  }

  @Test
  void rejectsIllegalArguments() {
    assertThrows(IllegalArgumentException.class, () -> FilterChain.of(null));
    assertThrows(IllegalArgumentException.class,
        () -> FilterChain.of(Arrays.asList(new GopherQualityFilter(), (DocumentFilter) null)));
  }
}
