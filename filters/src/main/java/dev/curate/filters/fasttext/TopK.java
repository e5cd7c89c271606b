// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

/**
 * The bounded min-heap of {@code (log-probability, label)} pairs that {@code loss.cc} keeps with
 * {@code std::push_heap}/{@code std::pop_heap}/{@code std::sort_heap} and the comparator {@code
 * l.first > r.first}.
 *
 * <p>The sift steps copy libstdc++'s {@code __push_heap} and {@code __adjust_heap}, so that labels
 * with equal scores come out in the same order as in the reference.
 */
final class TopK {
  private TopK() {}

  /** True if a pair with {@code score} would be rejected by a full heap. */
  static boolean rejects(Scratch s, int k, float score) {
    return s.heapSize == k && score < s.heapScores[0];
  }

  /** {@code heap.push_back; push_heap; if (size > k) { pop_heap; pop_back; }}. */
  static void offer(Scratch s, int k, float score, int label) {
    float[] sc = s.heapScores;
    int[] lb = s.heapLabels;
    int n = s.heapSize++;
    siftUp(sc, lb, n, 0, score, label);
    if (s.heapSize > k) {
      popTo(sc, lb, s.heapSize - 1);
      s.heapSize--;
    }
  }

  /** {@code std::sort_heap}: leaves the heap sorted by descending score. */
  static void sort(Scratch s) {
    for (int last = s.heapSize - 1; last > 0; last--) {
      popTo(s.heapScores, s.heapLabels, last);
    }
  }

  // comparePairs(l, r) = l.first > r.first
  private static boolean less(float a, float b) {
    return a > b;
  }

  /** {@code __push_heap}. */
  private static void siftUp(float[] sc, int[] lb, int hole, int top, float score, int label) {
    int parent = (hole - 1) / 2;
    while (hole > top && less(sc[parent], score)) {
      sc[hole] = sc[parent];
      lb[hole] = lb[parent];
      hole = parent;
      parent = (hole - 1) / 2;
    }
    sc[hole] = score;
    lb[hole] = label;
  }

  /** {@code __pop_heap(first, last, last)}: moves the front to {@code last}, re-heaps the rest. */
  private static void popTo(float[] sc, int[] lb, int last) {
    float score = sc[last];
    int label = lb[last];
    sc[last] = sc[0];
    lb[last] = lb[0];
    int len = last;
    int hole = 0;
    int child = 0;
    while (child < (len - 1) / 2) {
      child = 2 * (child + 1);
      if (less(sc[child], sc[child - 1])) {
        child--;
      }
      sc[hole] = sc[child];
      lb[hole] = lb[child];
      hole = child;
    }
    if ((len & 1) == 0 && child == (len - 2) / 2) {
      child = 2 * (child + 1);
      sc[hole] = sc[child - 1];
      lb[hole] = lb[child - 1];
      hole = child - 1;
    }
    siftUp(sc, lb, hole, 0, score, label);
  }
}
