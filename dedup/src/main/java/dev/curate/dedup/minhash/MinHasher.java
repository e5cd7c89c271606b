// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets and their LSH band keys.
 *
 * <p>Hash function {@code i} maps a 64-bit shingle hash {@code x} to 32 bits: {@code
 * mix32(lo(x) * a_i + hi(x) * b_i + c_i)} with odd random multipliers, so each function is a
 * different, well-mixed permutation-like map; the signature keeps each function's minimum. 32-bit
 * values halve storage; two different minima collide with probability 2^-32, far below the
 * estimator's own noise. Every value is computed independently: the estimate {@link
 * #estimate(int[], int[])} is the share of equal positions, unbiased for the Jaccard similarity.
 */
public final class MinHasher implements Serializable {
  private static final long serialVersionUID = 1L;

  private final MinHashSettings settings;
  private final int[] a;
  private final int[] b;
  private final int[] c;

  public MinHasher(MinHashSettings settings) {
    this.settings = settings;
    int k = settings.hashes();
    a = new int[k];
    b = new int[k];
    c = new int[k];
    SplittableRandom r = new SplittableRandom(settings.seed());
    for (int i = 0; i < k; i++) {
      a[i] = r.nextInt() | 1;
      b[i] = r.nextInt() | 1;
      c[i] = r.nextInt();
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
    int k = a.length;
    int[] sig = new int[k];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long x : shingles) {
      int lo = (int) x;
      int hi = (int) (x >>> 32);
      for (int i = 0; i < k; i++) {
        int h = mix32(lo * a[i] + hi * b[i] + c[i]);
        // unsigned minimum, so all 2^32 values are used
        if (Integer.compareUnsigned(h, sig[i]) < 0) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** murmur3's fmix32. */
  static int mix32(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
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
