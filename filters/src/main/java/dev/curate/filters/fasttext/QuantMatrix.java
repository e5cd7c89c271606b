// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.IOException;

/**
 * A product-quantized matrix ({@code quantmatrix.cc}), as in {@code .ftz} files. With {@code
 * qnorm}, each row was normalised before quantization and its norm is itself quantized by a
 * one-dimensional quantizer; the row is scaled back by that centroid's <em>value</em>.
 */
final class QuantMatrix extends Matrix {
  private final long m;
  private final long n;
  private final byte[] codes; // (m, nsubq) centroid indices, unsigned bytes
  private final ProductQuantizer pq;
  private final byte[] normCodes; // (m) indices into npq, or null without qnorm
  private final ProductQuantizer npq;

  private QuantMatrix(
      long m, long n, byte[] codes, ProductQuantizer pq, byte[] normCodes, ProductQuantizer npq) {
    this.m = m;
    this.n = n;
    this.codes = codes;
    this.pq = pq;
    this.normCodes = normCodes;
    this.npq = npq;
  }

  static QuantMatrix read(LittleEndianInput in, String name) throws IOException {
    boolean qnorm = in.readBool(name + " qnorm");
    long m = in.readLong(name + " rows");
    long n = in.readLong(name + " cols");
    int codesize = in.readInt(name + " codesize");
    if (m < 0 || m > Integer.MAX_VALUE || n <= 0 || n > Integer.MAX_VALUE || codesize < 0) {
      throw in.error(name + " has shape " + m + " x " + n + " and codesize " + codesize);
    }
    in.requireRemaining(codesize, name + " codes");
    byte[] codes = new byte[codesize];
    in.readBytes(codes, name + " codes");
    ProductQuantizer pq = ProductQuantizer.read(in, name + " quantizer");
    if (pq.dim != n || (long) pq.nsubq * m != codesize) {
      throw in.error(
          name
              + " quantizer dim "
              + pq.dim
              + " with "
              + pq.nsubq
              + " sub-quantizers does not fit "
              + m
              + " x "
              + n
              + " and codesize "
              + codesize);
    }
    byte[] normCodes = null;
    ProductQuantizer npq = null;
    if (qnorm) {
      in.requireRemaining(m, name + " norm codes");
      normCodes = new byte[(int) m];
      in.readBytes(normCodes, name + " norm codes");
      npq = ProductQuantizer.read(in, name + " norm quantizer");
      if (npq.dim != 1) {
        throw in.error(name + " norm quantizer has dim " + npq.dim + ", expected 1");
      }
    }
    return new QuantMatrix(m, n, codes, pq, normCodes, npq);
  }

  @Override
  long rows() {
    return m;
  }

  @Override
  long cols() {
    return n;
  }

  /** {@code npq_->get_centroids(0, norm_codes_[i])[0]}: the centroid value, not its index. */
  private float norm(int i) {
    if (normCodes == null) {
      return 1f;
    }
    return npq.centroid(npq.centroidOffset(0, normCodes[i] & 0xFF));
  }

  @Override
  void addRowToVector(float[] x, int i) {
    pq.addCode(x, codes, i, norm(i));
  }

  @Override
  float dotRow(float[] x, int i) {
    return pq.mulCode(x, codes, i, norm(i));
  }
}
