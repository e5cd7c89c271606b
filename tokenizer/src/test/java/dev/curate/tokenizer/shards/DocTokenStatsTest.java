// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curate.tokenizer.pack.DocStart;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DocTokenStatsTest {
  @Test
  void quantilesAreNearestRank() {
    TreeMap<Integer, Long> lengths = new TreeMap<>();
    for (int i = 1; i <= 100; i++) {
      lengths.put(i, 1L);
    }
    DocTokenStats s = DocTokenStats.of(lengths);
    assertEquals(new DocTokenStats(1, 10, 50, 90, 99, 100, 50.5), s);
  }

  @Test
  void repeatedLengthsCountOncePerDocument() {
    TreeMap<Integer, Long> lengths = new TreeMap<>();
    lengths.put(5, 9L);
    lengths.put(1000, 1L);
    DocTokenStats s = DocTokenStats.of(lengths);
    assertEquals(5, s.p90());
    assertEquals(1000, s.p99());
    assertEquals(104.5, s.mean(), 1e-9);
  }

  @Test
  void noDocumentsGiveZeros() {
    assertEquals(DocTokenStats.NONE, DocTokenStats.of(new TreeMap<>()));
  }

  @Test
  void builderCountsLanguagesDomainsAndMergesIntoTotals() {
    ShardStatsBuilder a = new ShardStatsBuilder(true);
    a.add(new DocStart(0, "x", "en", "news", 10));
    a.add(new DocStart(3, "y", null, null, 20));
    ShardStatsBuilder b = new ShardStatsBuilder(true);
    b.add(new DocStart(0, "z", "en", "news", 30));
    a.merge(b);
    assertEquals(3, a.documents());
    assertEquals(java.util.Map.of("en", 2L, "und", 1L), a.languages());
    assertEquals(java.util.Map.of("news", 2L, "null", 1L), a.domains());
    assertEquals(20, a.build(0, "f", 1, 2).docTokens().p50());
    ShardStatsBuilder none = new ShardStatsBuilder(false);
    none.add(new DocStart(0, "x", "en", "news", 1));
    assertEquals(null, none.domains());
  }
}
