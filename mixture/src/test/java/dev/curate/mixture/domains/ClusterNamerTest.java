// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curate.mixture.domains.ClusterNamer.TermCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterNamerTest {
  @Test
  void distinctiveTermsBeatCommonAndRareOnes() {
    // A cluster of 10 documents in a corpus of 100.
    List<TermCount> terms =
        List.of(
            new TermCount("the", 10, 100), // everywhere: ln(1) = 0
            new TermCount("quota", 8, 10), // 0.8 ln(0.8 / 0.1) = 1.66
            new TermCount("cod", 5, 6), // 0.5 ln(0.5 / 0.06) = 1.06
            new TermCount("debate", 6, 40), // 0.6 ln(0.6 / 0.4) = 0.24
            new TermCount("herring", 1, 1)); // in one document only: too rare
    assertEquals(List.of("quota", "cod", "debate"), ClusterNamer.topTerms(terms, 10, 100, 5));
    assertEquals(List.of("quota"), ClusterNamer.topTerms(terms, 10, 100, 1));
    assertEquals(0.8 * Math.log(8), ClusterNamer.score(8, 10, 10, 100), 1e-12);
  }

  @Test
  void labelIsClusterNumberAndTerms() {
    assertEquals("c03_quota_cod", ClusterNamer.label(3, List.of("quota", "cod")));
    assertEquals("c12_a-b", ClusterNamer.label(12, List.of("a_b")));
  }
}
