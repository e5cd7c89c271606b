// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

/**
 * The two row operations prediction needs from fastText's input and output matrices ({@code
 * matrix.h}). Float arithmetic follows the C++ loops term by term, in the same order, so sums round
 * the same way.
 */
abstract sealed class Matrix permits DenseMatrix, QuantMatrix {
  /** Number of rows ({@code m_}). */
  abstract long rows();

  /** Number of columns ({@code n_}), the embedding dimension. */
  abstract long cols();

  /** {@code x += row(i)}: {@code Matrix::addRowToVector(Vector&, int32_t)}. */
  abstract void addRowToVector(float[] x, int i);

  /** {@code row(i) . x}, accumulated in float: {@code Matrix::dotRow}. */
  abstract float dotRow(float[] x, int i);
}
