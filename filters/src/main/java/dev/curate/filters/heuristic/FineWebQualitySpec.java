// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static dev.curate.filters.heuristic.Checks.orDefault;

/** Config of {@link FineWebQualityFilter}; null (absent) fields take the published defaults. */
public record FineWebQualitySpec(
    Double linePunctThr,
    Boolean linePunctExcludeZero,
    Double shortLineThr,
    Integer shortLineLength,
    Double charDuplicatesRatio,
    Double newLineRatio)
    implements FilterSpec {
  public FineWebQualitySpec {
    linePunctThr = orDefault(linePunctThr, 0.12);
    linePunctExcludeZero = orDefault(linePunctExcludeZero, false);
    shortLineThr = orDefault(shortLineThr, 0.67);
    shortLineLength = orDefault(shortLineLength, 30);
    charDuplicatesRatio = orDefault(charDuplicatesRatio, 0.01);
    newLineRatio = orDefault(newLineRatio, 0.3);
    new FineWebQualityFilter(linePunctThr, linePunctExcludeZero, shortLineThr, shortLineLength,
        charDuplicatesRatio, newLineRatio);
  }

  public static FineWebQualitySpec defaults() {
    return new FineWebQualitySpec(null, null, null, null, null, null);
  }

  @Override
  public FineWebQualityFilter build() {
    return new FineWebQualityFilter(linePunctThr, linePunctExcludeZero, shortLineThr,
        shortLineLength, charDuplicatesRatio, newLineRatio);
  }
}
