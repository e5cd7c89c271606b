// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.IOException;

/**
 * Product-quantizer centroids ({@code productquantizer.cc}): a row of {@code dim} floats is split
 * into {@code nsubq} sub-vectors of {@code dsub} floats (the last of {@code lastdsub}), each
 * replaced by one of {@code KSUB = 256} centroids named by a byte code.
 *
 * <p>Ref: Joulin et al. 2016, "FastText.zip", https://arxiv.org/abs/1612.03651.
 */
final class ProductQuantizer {
  static final int KSUB = 256; // 1 << nbits_, nbits_ = 8

  final int dim;
  final int nsubq;
  final int dsub;
  final int lastdsub;
  private final float[] centroids; // dim * KSUB floats, laid out as get_centroids() indexes them

  private ProductQuantizer(int dim, int nsubq, int dsub, int lastdsub, float[] centroids) {
    this.dim = dim;
    this.nsubq = nsubq;
    this.dsub = dsub;
    this.lastdsub = lastdsub;
    this.centroids = centroids;
  }

  static ProductQuantizer read(LittleEndianInput in, String name) throws IOException {
    int dim = in.readInt(name + " dim");
    int nsubq = in.readInt(name + " nsubq");
    int dsub = in.readInt(name + " dsub");
    int lastdsub = in.readInt(name + " lastdsub");
    if (dim <= 0
        || dsub <= 0
        || nsubq <= 0
        || lastdsub <= 0
        || lastdsub > dsub
        || (long) (nsubq - 1) * dsub + lastdsub != dim) {
      throw in.error(
          name
              + " has dim="
              + dim
              + " nsubq="
              + nsubq
              + " dsub="
              + dsub
              + " lastdsub="
              + lastdsub
              + ", expected (nsubq-1)*dsub+lastdsub == dim");
    }
    in.requireRemaining(4L * dim * KSUB, name + " centroids");
    float[] centroids = new float[dim * KSUB];
    in.readFloats(centroids, name + " centroids");
    return new ProductQuantizer(dim, nsubq, dsub, lastdsub, centroids);
  }

  /** Offset of centroid {@code code} of sub-quantizer {@code m}: {@code get_centroids(m, i)}. */
  int centroidOffset(int m, int code) {
    if (m == nsubq - 1) {
      return m * KSUB * dsub + code * lastdsub;
    }
    return (m * KSUB + code) * dsub;
  }

  float centroid(int offset) {
    return centroids[offset];
  }

  /** {@code x += alpha * decode(row t)}: {@code ProductQuantizer::addcode}. */
  void addCode(float[] x, byte[] codes, int t, float alpha) {
    int d = dsub;
    int code = nsubq * t;
    for (int m = 0; m < nsubq; m++) {
      int c = centroidOffset(m, codes[code + m] & 0xFF);
      if (m == nsubq - 1) {
        d = lastdsub;
      }
      int xo = m * dsub;
      for (int n = 0; n < d; n++) {
        x[xo + n] += alpha * centroids[c + n];
      }
    }
  }

  /**
   * {@code alpha * (decode(row t) . x)}, accumulated in float: {@code ProductQuantizer::mulcode}.
   */
  float mulCode(float[] x, byte[] codes, int t, float alpha) {
    float res = 0f;
    int d = dsub;
    int code = nsubq * t;
    for (int m = 0; m < nsubq; m++) {
      int c = centroidOffset(m, codes[code + m] & 0xFF);
      if (m == nsubq - 1) {
        d = lastdsub;
      }
      int xo = m * dsub;
      for (int n = 0; n < d; n++) {
        res += x[xo + n] * centroids[c + n];
      }
    }
    return res * alpha;
  }
}
