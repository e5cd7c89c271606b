// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import dev.curate.core.config.Check;
import java.io.Serializable;

/**
 * MinHash-LSH parameters ({@code dedup.minhash}): {@code bands × rows} hash functions; two
 * documents become candidates when all {@code rows} values of at least one band agree, which for
 * Jaccard similarity {@code s} happens with probability {@code 1 - (1 - s^rows)^bands}.
 *
 * @param bands number of bands (FineWeb: 14)
 * @param rows hashes per band (FineWeb: 8)
 * @param shingleSize words per shingle (FineWeb: 5)
 * @param seed seed of the hash functions; signatures are only comparable under the same seed
 */
public record MinHashSettings(int bands, int rows, int shingleSize, long seed) implements Serializable {
  public MinHashSettings {
    Check.positive("dedup.minhash.bands", bands);
    Check.positive("dedup.minhash.rows", rows);
    Check.positive("dedup.minhash.shingle_size", shingleSize);
    if ((long) bands * rows > 1024) {
      throw new IllegalArgumentException(
          "dedup.minhash: bands x rows must be at most 1024, got " + bands + " x " + rows);
    }
  }

  /** FineWeb's 14 bands of 8 rows over word 5-grams (threshold near Jaccard 0.75). */
  public static MinHashSettings fineweb() {
    return new MinHashSettings(14, 8, 5, 1);
  }

  /** 20 bands of 13 rows (stricter: candidates from Jaccard ~0.8). */
  public static MinHashSettings preset20x13() {
    return new MinHashSettings(20, 13, 5, 1);
  }

  /** 9 bands of 13 rows (stricter still, fewer hashes). */
  public static MinHashSettings preset9x13() {
    return new MinHashSettings(9, 13, 5, 1);
  }

  public int hashes() {
    return bands * rows;
  }

  /** Probability that a pair of Jaccard similarity {@code s} shares at least one band. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
