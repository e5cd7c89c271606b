// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QualitySettingsTest {
  private static String problem(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void noModelMeansNoScoring() {
    assertFalse(QualitySettings.none().enabled());
    assertEquals("__label__hq", new QualitySettings("m.bin", null, null, null).label());
    assertTrue(new QualitySettings("m.bin", null, 0.5, null).enabled());
  }

  @Test
  void aCutWithoutAModelNamesTheMissingKey() {
    assertTrue(problem(() -> new QualitySettings(null, null, 0.5, null)).startsWith("filter.quality.model:"));
    assertTrue(problem(() -> new QualitySettings(null, null, null, 0.1)).startsWith("filter.quality.model:"));
  }

  @Test
  void outOfRangeValuesNameTheKey() {
    assertTrue(problem(() -> new QualitySettings("m", null, 1.5, null)).startsWith("filter.quality.threshold:"));
    assertTrue(problem(() -> new QualitySettings("m", null, null, 0.0)).startsWith("filter.quality.keep_top_fraction:"));
    assertTrue(problem(() -> new QualitySettings("m", "hq", null, null)).startsWith("filter.quality.label:"));
    assertTrue(problem(() -> new QualitySettings("m", null, 0.5, 0.1)).contains("not both"));
  }
}
