// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;

/**
 * Document lengths in tokens (boundary token not counted): nearest-rank quantiles, the value at
 * sorted position {@code ceil(q * n) - 1}, and the mean; all 0 when there are no documents.
 */
public record DocTokenStats(long min, long p10, long p50, long p90, long p99, long max, double mean)
    implements Serializable {
  public static final DocTokenStats NONE = new DocTokenStats(0, 0, 0, 0, 0, 0, 0);

  /** From a histogram: length → number of documents of that length. */
  public static DocTokenStats of(SortedMap<Integer, Long> lengths) {
    long n = 0;
    double sum = 0;
    for (Map.Entry<Integer, Long> e : lengths.entrySet()) {
      n += e.getValue();
      sum += (double) e.getKey() * e.getValue();
    }
    if (n == 0) {
      return NONE;
    }
    return new DocTokenStats(
        lengths.firstKey(),
        rank(lengths, n, 0.10),
        rank(lengths, n, 0.50),
        rank(lengths, n, 0.90),
        rank(lengths, n, 0.99),
        lengths.lastKey(),
        sum / n);
  }

  private static long rank(SortedMap<Integer, Long> lengths, long n, double q) {
    long position = Math.max(0, (long) Math.ceil(q * n) - 1); // 0-based sorted position
    long seen = 0;
    for (Map.Entry<Integer, Long> e : lengths.entrySet()) {
      seen += e.getValue();
      if (seen > position) {
        return e.getKey();
      }
    }
    return lengths.lastKey();
  }
}
