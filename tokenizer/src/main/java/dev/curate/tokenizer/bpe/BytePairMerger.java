// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import dev.curate.tokenizer.IntList;

/**
 * Merges the bytes of one piece into token ids: starting from one token per byte, repeatedly
 * joins the adjacent pair with the lowest merge rank, the leftmost on ties (tiktoken's {@code
 * _byte_pair_merge}, Hugging Face's {@code Word::merge_all}). One instance per thread: it owns
 * scratch arrays.
 *
 * <p>Short pieces use a flat array and a linear scan for the minimum (quadratic, fastest for
 * words); long ones (runs of spaces, base64, minified code) a heap over a linked list, so a
 * 100 kB piece costs {@code n log n}, not {@code n^2}.
 */
final class BytePairMerger {
  /** Pieces up to this many bytes use the flat scan. */
  static final int FLAT_LIMIT = 64;

  private final Vocabulary vocabulary;
  private final MergeTable merges;
  /** {@code merges.lookup} of the byte pair {@code b0 << 8 | b1}: the first round of every merge. */
  private final long[] bytePairs;
  private int[] ids = new int[FLAT_LIMIT];
  private long[] pairs = new long[FLAT_LIMIT];
  private int[] next = new int[0];
  private int[] prev = new int[0];
  private long[] heap = new long[0];

  BytePairMerger(Vocabulary vocabulary, MergeTable merges, long[] bytePairs) {
    this.vocabulary = vocabulary;
    this.merges = merges;
    this.bytePairs = bytePairs;
  }

  /** The shared table for {@code bytePairs}: 64 Ki longs, small enough to stay in cache. */
  static long[] bytePairs(Vocabulary vocabulary, MergeTable merges) {
    long[] out = new long[1 << 16];
    for (int pair = 0; pair < out.length; pair++) {
      out[pair] = merges.lookup(vocabulary.byteId(pair >>> 8), vocabulary.byteId(pair & 0xFF));
    }
    return out;
  }

  private long bytePair(byte[] bytes, int k) {
    return bytePairs[(bytes[k] & 0xFF) << 8 | (bytes[k + 1] & 0xFF)];
  }

  /** Appends the ids of {@code bytes[0, len)} to {@code out}; {@code len >= 1}. */
  void merge(byte[] bytes, int len, IntList out) {
    if (len == 1) {
      out.add(vocabulary.byteId(bytes[0]));
    } else if (len <= FLAT_LIMIT) {
      flat(bytes, len, out);
    } else {
      large(bytes, len, out);
    }
  }

  void flat(byte[] bytes, int len, IntList out) {
    int[] ids = this.ids;
    long[] pairs = this.pairs; // pairs[k]: rank << 32 | merged id of (ids[k], ids[k + 1])
    for (int k = 0; k < len; k++) {
      ids[k] = vocabulary.byteId(bytes[k]);
    }
    for (int k = 0; k + 1 < len; k++) {
      pairs[k] = bytePair(bytes, k);
    }
    int count = len;
    while (count > 1) {
      long best = pairs[0];
      int at = 0;
      for (int k = 1; k + 1 < count; k++) {
        if (pairs[k] < best) { // rank in the high bits: compares rank first; strict: leftmost wins
          best = pairs[k];
          at = k;
        }
      }
      if ((int) (best >>> 32) == MergeTable.NONE) {
        break;
      }
      ids[at] = (int) best;
      System.arraycopy(ids, at + 2, ids, at + 1, count - at - 2);
      System.arraycopy(pairs, at + 1, pairs, at, count - at - 2);
      count--;
      if (at > 0) {
        pairs[at - 1] = merges.lookup(ids[at - 1], ids[at]);
      }
      if (at + 1 < count) {
        pairs[at] = merges.lookup(ids[at], ids[at + 1]);
      }
    }
    for (int k = 0; k < count; k++) {
      out.add(ids[k]);
    }
  }

  void large(byte[] bytes, int len, IntList out) {
    if (next.length < len) {
      int cap = Math.max(len, next.length * 2);
      next = new int[cap];
      prev = new int[cap];
      heap = new long[3 * cap]; // pushes: len - 1 at first, at most 2 per merge
      ids = new int[Math.max(cap, FLAT_LIMIT)];
    }
    int[] ids = this.ids;
    int heapSize = 0;
    for (int k = 0; k < len; k++) {
      ids[k] = vocabulary.byteId(bytes[k]);
      next[k] = k + 1 < len ? k + 1 : -1;
      prev[k] = k - 1;
    }
    for (int k = 0; k + 1 < len; k++) {
      heapSize = push(heapSize, k, bytePair(bytes, k));
    }
    while (heapSize > 0) {
      long top = heap[0];
      heapSize = pop(heapSize);
      int rank = (int) (top >>> 32);
      int at = (int) top;
      int right = next[at];
      if (ids[at] < 0 || right < 0) {
        continue;
      }
      long pair = merges.lookup(ids[at], ids[right]);
      if ((int) (pair >>> 32) != rank) {
        continue; // stale: a neighbour merged since this entry was pushed
      }
      ids[at] = (int) pair;
      ids[right] = -1;
      next[at] = next[right];
      if (next[at] >= 0) {
        prev[next[at]] = at;
        heapSize = push(heapSize, at, merges.lookup(ids[at], ids[next[at]]));
      }
      if (prev[at] >= 0) {
        heapSize = push(heapSize, prev[at], merges.lookup(ids[prev[at]], ids[at]));
      }
    }
    for (int k = 0; k >= 0; k = next[k]) {
      out.add(ids[k]);
    }
  }

  /** Pushes {@code rank << 32 | position} (rank first, then leftmost) unless the pair does not merge. */
  private int push(int size, int position, long pair) {
    int rank = (int) (pair >>> 32);
    if (rank == MergeTable.NONE) {
      return size;
    }
    long entry = ((long) rank << 32) | position;
    int i = size;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] <= entry) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = entry;
    return size + 1;
  }

  private int pop(int size) {
    long last = heap[--size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= last) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    if (size > 0) {
      heap[i] = last;
    }
    return size;
  }
}
