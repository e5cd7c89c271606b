// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DedupSettingsTest {
  private static final DedupSettings.MinHash FINEWEB = new DedupSettings.MinHash(true, 14, 8, 5, 1, true, 0.8);

  @Test
  void docIdIsAlwaysTheLastTieBreak() {
    DedupSettings s = new DedupSettings(true, null, true, FINEWEB, List.of("quality_score desc", "crawl_date"));
    assertEquals(
        List.of(
            new DedupSettings.Order("quality_score", true),
            new DedupSettings.Order("crawl_date", false),
            new DedupSettings.Order("doc_id", false)),
        s.order());
  }

  @Test
  void aMalformedOrderEntryNamesTheKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DedupSettings(true, null, true, FINEWEB, List.of("quality_score downward")));
    assertTrue(e.getMessage().startsWith("dedup.survivor_order:"), e.getMessage());
  }

  @Test
  void badMinHashShapesNameTheKey() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DedupSettings(true, null, true, new DedupSettings.MinHash(true, 0, 8, 5, 1, true, 0.8), null));
    assertTrue(e.getMessage().startsWith("dedup.minhash.bands"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DedupSettings.MinHash(true, 14, 8, 5, 1, true, 1.5));
  }
}
