// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RocAucTest {
  @Test
  void matchesTheTextbookExample() {
    // scikit-learn's roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75
    assertEquals(0.75, RocAuc.of(new float[] {0.1f, 0.4f, 0.35f, 0.8f}, new boolean[] {false, false, true, true}), 1e-12);
  }

  @Test
  void tiesCountOneHalf() {
    assertEquals(0.5, RocAuc.of(new float[] {0.5f, 0.5f}, new boolean[] {true, false}), 1e-12);
    assertEquals(0.75, RocAuc.of(new float[] {0.5f, 0.5f, 0.2f}, new boolean[] {true, false, false}), 1e-12);
  }

  @Test
  void perfectAndInvertedRankings() {
    assertEquals(1.0, RocAuc.of(new float[] {0.9f, 0.8f, 0.1f}, new boolean[] {true, true, false}), 1e-12);
    assertEquals(0.0, RocAuc.of(new float[] {0.1f, 0.2f, 0.9f}, new boolean[] {true, true, false}), 1e-12);
  }

  @Test
  void oneClassOnlyIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> RocAuc.of(new float[] {0.1f}, new boolean[] {true}));
  }
}
