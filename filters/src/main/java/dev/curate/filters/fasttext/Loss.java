// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

/**
 * The output layer at prediction time ({@code loss.cc}): turns the hidden vector into the top-k
 * {@code (log(p + 1e-5), label)} pairs in {@link Scratch}'s heap, sorted by descending score.
 *
 * <p>Float versus double steps copy the C++ expressions: e.g. in {@code 1. / (1 + std::exp(-f))}
 * the sum is float ({@code int + float}) and the division double.
 */
abstract sealed class Loss permits Loss.HierarchicalSoftmax, Loss.Softmax, Loss.OneVsAll {
  final Matrix output;

  Loss(Matrix output) {
    this.output = output;
  }

  static Loss create(ModelArgs.Loss kind, Matrix output, long[] labelCounts) {
    switch (kind) {
      case HS:
        return new HierarchicalSoftmax(output, labelCounts);
      case SOFTMAX:
        return new Softmax(output);
      case NS:
      case OVA:
        return new OneVsAll(output);
      default:
        throw new IllegalArgumentException("unknown loss " + kind);
    }
  }

  /** {@code std_log}: {@code std::log(x + 1e-5)} in double, returned as float. */
  static float stdLog(float x) {
    return (float) Math.log(x + 1e-5);
  }

  abstract void predict(int k, float threshold, Scratch s);

  /** {@code Loss::findKBest} over {@code s.output}, then {@code sort_heap}. */
  static void findKBest(int k, float threshold, Scratch s) {
    float[] out = s.output;
    for (int i = 0; i < out.length; i++) {
      if (out[i] < threshold) {
        continue;
      }
      float score = stdLog(out[i]);
      if (TopK.rejects(s, k, score)) {
        continue;
      }
      TopK.offer(s, k, score, i);
    }
    TopK.sort(s);
  }

  /** Hierarchical softmax over a Huffman tree of label counts: a pruned depth-first search. */
  static final class HierarchicalSoftmax extends Loss {
    private final int osz;
    private final int[] left; // (2 * osz - 1) child node, or -1 for leaves
    private final int[] right;

    HierarchicalSoftmax(Matrix output, long[] counts) {
      super(output);
      osz = counts.length;
      int nodes = 2 * osz - 1;
      left = new int[Math.max(nodes, 0)];
      right = new int[Math.max(nodes, 0)];
      long[] count = new long[Math.max(nodes, 0)];
      // buildTree(): leaves sorted by descending count, merged two smallest at a time.
      for (int i = 0; i < nodes; i++) {
        left[i] = -1;
        right[i] = -1;
        count[i] = (long) 1e15;
      }
      System.arraycopy(counts, 0, count, 0, osz);
      int leaf = osz - 1;
      int node = osz;
      for (int i = osz; i < nodes; i++) {
        int[] mini = new int[2];
        for (int j = 0; j < 2; j++) {
          if (leaf >= 0 && count[leaf] < count[node]) {
            mini[j] = leaf--;
          } else {
            mini[j] = node++;
          }
        }
        left[i] = mini[0];
        right[i] = mini[1];
        count[i] = count[mini[0]] + count[mini[1]];
      }
    }

    @Override
    void predict(int k, float threshold, Scratch s) {
      if (osz == 0) {
        return;
      }
      dfs(k, stdLog(threshold), 2 * osz - 2, 0f, s);
      TopK.sort(s);
    }

    private void dfs(int k, float logThreshold, int node, float score, Scratch s) {
      if (score < logThreshold) {
        return;
      }
      if (TopK.rejects(s, k, score)) {
        return;
      }
      if (left[node] == -1 && right[node] == -1) {
        TopK.offer(s, k, score, node);
        return;
      }
      float f = output.dotRow(s.hidden, node - osz);
      f = (float) (1.0 / (1f + (float) Math.exp(-f)));
      dfs(k, logThreshold, left[node], score + stdLog((float) (1.0 - f)), s);
      dfs(k, logThreshold, right[node], score + stdLog(f), s);
    }
  }

  /** Softmax: {@code exp(x - max) / sum}, in float with a double {@code exp}. */
  static final class Softmax extends Loss {
    Softmax(Matrix output) {
      super(output);
    }

    @Override
    void predict(int k, float threshold, Scratch s) {
      float[] out = s.output;
      int osz = out.length;
      for (int i = 0; i < osz; i++) {
        out[i] = output.dotRow(s.hidden, i);
      }
      float max = out[0];
      for (int i = 0; i < osz; i++) {
        max = Math.max(out[i], max);
      }
      float z = 0f;
      for (int i = 0; i < osz; i++) {
        out[i] = (float) Math.exp(out[i] - max);
        z += out[i];
      }
      for (int i = 0; i < osz; i++) {
        out[i] /= z;
      }
      findKBest(k, threshold, s);
    }
  }

  /**
   * One-vs-all (and negative sampling, which predicts the same way): an independent sigmoid per
   * label, read from fastText's 512-entry sigmoid table.
   */
  static final class OneVsAll extends Loss {
    private static final int SIGMOID_TABLE_SIZE = 512;
    private static final int MAX_SIGMOID = 8;
    private static final float[] SIGMOID = sigmoidTable();

    OneVsAll(Matrix output) {
      super(output);
    }

    private static float[] sigmoidTable() {
      float[] t = new float[SIGMOID_TABLE_SIZE + 1];
      for (int i = 0; i < t.length; i++) {
        float x = (float) (i * 2 * MAX_SIGMOID) / SIGMOID_TABLE_SIZE - MAX_SIGMOID;
        t[i] = (float) (1.0 / (1.0 + (float) Math.exp(-x)));
      }
      return t;
    }

    /** {@code Loss::sigmoid}: a table lookup, truncating the index. */
    static float sigmoid(float x) {
      if (x < -MAX_SIGMOID) {
        return 0f;
      } else if (x > MAX_SIGMOID) {
        return 1f;
      }
      int i = (int) ((x + MAX_SIGMOID) * SIGMOID_TABLE_SIZE / MAX_SIGMOID / 2);
      return SIGMOID[i];
    }

    @Override
    void predict(int k, float threshold, Scratch s) {
      float[] out = s.output;
      for (int i = 0; i < out.length; i++) {
        out[i] = sigmoid(output.dotRow(s.hidden, i));
      }
      findKBest(k, threshold, s);
    }
  }
}
