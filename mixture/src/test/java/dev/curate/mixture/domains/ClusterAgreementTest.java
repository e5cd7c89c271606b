// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.curate.mixture.domains.ClusterAgreement.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterAgreementTest {
  @Test
  void handComputedPurityAndNmi() {
    // A = {x x x y}, B = {y y z z}: purity (3 + 2) / 8. I = 0.454454, H(C) = ln 2,
    // H(L) = -(3/8 ln 3/8 + 3/8 ln 3/8 + 1/4 ln 1/4) = 1.082196, NMI = I / mean(H) = 0.511962.
    ClusterAgreement.Scores s =
        ClusterAgreement.of(
            List.of(new Cell("A", "x", 3), new Cell("A", "y", 1), new Cell("B", "y", 2), new Cell("B", "z", 2)));
    assertEquals(8, s.documents());
    assertEquals(2, s.clusters());
    assertEquals(3, s.labels());
    assertEquals(0.625, s.purity(), 1e-12);
    assertEquals(0.511962, s.nmi(), 1e-6);
  }

  @Test
  void identicalPartitionsScoreOneWhateverTheNames() {
    ClusterAgreement.Scores s =
        ClusterAgreement.of(List.of(new Cell("0", "fish", 5), new Cell("1", "budget", 3), new Cell("1", "budget", 2)));
    assertEquals(1.0, s.purity(), 1e-12);
    assertEquals(1.0, s.nmi(), 1e-12);
  }

  @Test
  void oneClusterForEverythingHasNoInformation() {
    ClusterAgreement.Scores s = ClusterAgreement.of(List.of(new Cell("0", "a", 6), new Cell("0", "b", 4)));
    assertEquals(0.6, s.purity(), 1e-12);
    assertEquals(0.0, s.nmi(), 1e-12);
  }

  @Test
  void nothingToCompareIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> ClusterAgreement.of(List.of()));
  }
}
