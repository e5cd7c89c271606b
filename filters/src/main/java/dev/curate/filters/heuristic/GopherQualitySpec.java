// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static dev.curate.filters.heuristic.Checks.orDefault;

import java.util.List;

/** Config of {@link GopherQualityFilter}; null (absent) fields take the published defaults. */
public record GopherQualitySpec(
    Integer minDocWords,
    Integer maxDocWords,
    Double minAvgWordLength,
    Double maxAvgWordLength,
    Double maxSymbolWordRatio,
    Double maxBulletLinesRatio,
    Double maxEllipsisLinesRatio,
    Double maxNonAlphaWordsRatio,
    Integer minStopWords,
    List<String> stopWords)
    implements FilterSpec {
  public GopherQualitySpec {
    minDocWords = orDefault(minDocWords, 50);
    maxDocWords = orDefault(maxDocWords, 100_000);
    minAvgWordLength = orDefault(minAvgWordLength, 3.0);
    maxAvgWordLength = orDefault(maxAvgWordLength, 10.0);
    maxSymbolWordRatio = orDefault(maxSymbolWordRatio, 0.1);
    maxBulletLinesRatio = orDefault(maxBulletLinesRatio, 0.9);
    maxEllipsisLinesRatio = orDefault(maxEllipsisLinesRatio, 0.3);
    maxNonAlphaWordsRatio = orDefault(maxNonAlphaWordsRatio, 0.8);
    minStopWords = orDefault(minStopWords, 2);
    stopWords = List.copyOf(orDefault(stopWords, GopherQualityFilter.STOP_WORDS));
    new GopherQualityFilter(
        minDocWords, maxDocWords, minAvgWordLength, maxAvgWordLength, maxSymbolWordRatio,
        maxBulletLinesRatio, maxEllipsisLinesRatio, maxNonAlphaWordsRatio, minStopWords,
        stopWords); // validates
  }

  public static GopherQualitySpec defaults() {
    return new GopherQualitySpec(null, null, null, null, null, null, null, null, null, null);
  }

  @Override
  public GopherQualityFilter build() {
    return new GopherQualityFilter(
        minDocWords, maxDocWords, minAvgWordLength, maxAvgWordLength, maxSymbolWordRatio,
        maxBulletLinesRatio, maxEllipsisLinesRatio, maxNonAlphaWordsRatio, minStopWords,
        stopWords);
  }
}
