// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets and their LSH band keys.
 *
 * <p>Hash function {@code i} maps a 64-bit shingle hash {@code x} to 32 bits by Dietzfelbinger's
 * multiply-add-shift: {@code h_i(x) = (x * m_i + c_i) >>> 32} (64-bit arithmetic, {@code m_i} a
 * random odd multiplier, {@code c_i} a random addend, both drawn from {@code SplittableRandom(seed)});
 * the signature keeps each function's minimum, as an unsigned 32-bit value in an {@code int}. The
 * family is universal, and the shingle hashes it is applied to are already well-mixed 64-bit
 * values ({@link Shingles}), so by the Mitzenmacher-Vadhan argument ("Why simple hash functions
 * work", SODA 2008) the functions behave like independent random permutations; the estimator's
 * accuracy against exact Jaccard is checked by {@code MinHashAccuracyTest}. One 64-bit multiply per
 * value is the cheapest well-distributing map there is: the loop over the {@code k} functions is
 * written so that C2 auto-vectorises it (AVX-512DQ has a 64-bit lane multiply; elsewhere it is
 * emulated or scalar, still correct). 32-bit values halve storage; two different minima collide
 * with probability 2^-32, far below the estimator's own noise. Every value is computed
 * independently: the estimate {@link #estimate(int[], int[])} is the share of equal positions,
 * unbiased for the Jaccard similarity.
 *
 * <p>Instances are immutable and thread-safe; {@link #signature(long[])} allocates its result and
 * one {@code long[k]} scratch array per call, {@link #signature(long[], int[])} only the scratch.
 */
public final class MinHasher implements Serializable {
  private static final long serialVersionUID = 2L;

  private final MinHashSettings settings;
  private final long[] mul;
  private final long[] add;

  public MinHasher(MinHashSettings settings) {
    this.settings = settings;
    int k = settings.hashes();
    mul = new long[k];
    add = new long[k];
    SplittableRandom r = new SplittableRandom(settings.seed());
    for (int i = 0; i < k; i++) {
      mul[i] = r.nextLong() | 1;
      add[i] = r.nextLong();
    }
  }

  public MinHashSettings settings() {
    return settings;
  }

  /** The signature of a shingle set, or null if it is empty (such documents have no near-duplicates). */
  public int[] signature(long[] shingles) {
    if (shingles.length == 0) {
      return null;
    }
    int[] sig = new int[mul.length];
    signature(shingles, sig);
    return sig;
  }

  /**
   * Writes the signature of a non-empty shingle set into {@code out} (length {@link
   * MinHashSettings#hashes()}), for callers that reuse arrays; same values as {@link
   * #signature(long[])}.
   *
   * @throws IllegalArgumentException if {@code shingles} is empty or {@code out} has the wrong length
   */
  public void signature(long[] shingles, int[] out) {
    int k = mul.length;
    if (shingles.length == 0 || out.length != k) {
      throw new IllegalArgumentException(
          "need a non-empty shingle set and " + k + " slots, got " + shingles.length + " shingles and " + out.length + " slots");
    }
    long[] m = mul;
    long[] c = add;
    long[] min = new long[k];
    // The first shingle initialises the minima, the rest lower them, two shingles per pass over
    // the k functions (halves the loads and stores of the minima; four no longer vectorise). The
    // inner loops are plain int-indexed loops over primitive arrays with Math.min, which C2 turns
    // into vector code.
    int n = shingles.length;
    long x0 = shingles[0];
    for (int i = 0; i < k; i++) {
      min[i] = (x0 * m[i] + c[i]) >>> 32;
    }
    int j = 1;
    for (; j + 1 < n; j += 2) {
      long x = shingles[j];
      long y = shingles[j + 1];
      for (int i = 0; i < k; i++) {
        long mi = m[i];
        long ci = c[i];
        min[i] = Math.min(min[i], Math.min((x * mi + ci) >>> 32, (y * mi + ci) >>> 32));
      }
    }
    if (j < n) {
      long x = shingles[j];
      for (int i = 0; i < k; i++) {
        min[i] = Math.min(min[i], (x * m[i] + c[i]) >>> 32);
      }
    }
    for (int i = 0; i < k; i++) {
      out[i] = (int) min[i];
    }
  }

  /** The value of hash function {@code i} for shingle hash {@code x}, as an unsigned 32-bit int. */
  int hash(int i, long x) {
    return (int) ((x * mul[i] + add[i]) >>> 32);
  }

  /**
   * One 64-bit key per band: a hash of the band's index and its {@code rows} values. Two
   * documents share a key only if (barring a 2^-64 collision) the band's values are equal.
   */
  public long[] bandKeys(int[] signature) {
    int bands = settings.bands();
    int rows = settings.rows();
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = 0x9E3779B97F4A7C15L * (band + 1);
      for (int j = band * rows, end = j + rows; j < end; j++) {
        h = Shingles.mix64(h ^ (signature[j] & 0xFFFFFFFFL));
      }
      keys[band] = h;
    }
    return keys;
  }

  /** Share of equal positions: the MinHash estimate of the Jaccard similarity. */
  public static double estimate(int[] x, int[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("signatures of " + x.length + " and " + y.length + " hashes");
    }
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }

  /** Exact Jaccard similarity of two sorted, distinct shingle sets (1 if both are empty). */
  public static double jaccard(long[] x, long[] y) {
    if (x.length == 0 && y.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (x.length + y.length - common);
  }
}
