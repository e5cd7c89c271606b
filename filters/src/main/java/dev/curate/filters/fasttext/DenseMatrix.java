// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.IOException;

/** A row-major float matrix ({@code densematrix.cc}): {@code int64 m, int64 n, float[m*n]}. */
final class DenseMatrix extends Matrix {
  private final int m;
  private final int n;
  private final float[] data; // (m, n) float32, row-major

  private DenseMatrix(int m, int n, float[] data) {
    this.m = m;
    this.n = n;
    this.data = data;
  }

  /** Wraps {@code data} (not copied): {@code m} rows of {@code n} floats, row-major. */
  static DenseMatrix of(int m, int n, float[] data) {
    if ((long) m * n != data.length) {
      throw new IllegalArgumentException(m + " x " + n + " matrix needs " + (long) m * n + " floats");
    }
    return new DenseMatrix(m, n, data);
  }

  /** {@code DenseMatrix::save}. */
  void write(LittleEndianOutput out) throws IOException {
    out.writeLong(m);
    out.writeLong(n);
    out.writeFloats(data);
  }

  static DenseMatrix read(LittleEndianInput in, String name) throws IOException {
    long m = in.readLong(name + " rows");
    long n = in.readLong(name + " cols");
    if (m < 0 || n <= 0 || m * n > Integer.MAX_VALUE - 8) {
      throw in.error(name + " has shape " + m + " x " + n + ", expected 0 <= rows*cols < 2^31");
    }
    in.requireRemaining(4 * m * n, name + " data");
    float[] data = new float[(int) (m * n)];
    in.readFloats(data, name + " data");
    return new DenseMatrix((int) m, (int) n, data);
  }

  @Override
  long rows() {
    return m;
  }

  @Override
  long cols() {
    return n;
  }

  @Override
  void addRowToVector(float[] x, int i) {
    int base = i * n;
    for (int j = 0; j < n; j++) {
      x[j] += data[base + j];
    }
  }

  @Override
  float dotRow(float[] x, int i) {
    int base = i * n;
    float d = 0f;
    for (int j = 0; j < n; j++) {
      d += data[base + j] * x[j];
    }
    if (Float.isNaN(d)) {
      // densematrix.cc throws the same, rather than predicting from garbage.
      throw new IllegalStateException("Encountered NaN in row " + i + " of a dense matrix.");
    }
    return d;
  }
}
