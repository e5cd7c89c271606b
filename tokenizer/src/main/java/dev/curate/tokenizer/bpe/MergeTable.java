// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/**
 * BPE merges keyed by the pair of ids they join: {@code (left, right) -> (rank, merged id)}, in
 * one open-addressing table of longs. A lower rank merges first.
 *
 * <p>tiktoken merges the adjacent pair whose concatenation has the lowest rank (its id); that is
 * this table with one entry per way of splitting a token into two tokens. Hugging Face BPE
 * merges by the position of the rule in {@code merges}.
 */
final class MergeTable {
  private static final long EMPTY = -1L;
  /** Returned by {@link #rank} when the pair does not merge. */
  static final int NONE = Integer.MAX_VALUE;

  private long[] keys;
  private long[] values; // rank << 32 | merged id
  private int mask;
  private int size;

  MergeTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2)) << 1;
    keys = new long[capacity];
    values = new long[capacity];
    java.util.Arrays.fill(keys, EMPTY);
    mask = capacity - 1;
  }

  /** Adds a merge unless the pair already has one (the first, lowest-rank rule wins, as in HF). */
  void put(int left, int right, int rank, int merged) {
    if (size * 2 >= keys.length) {
      grow();
    }
    long key = key(left, right);
    int slot = slot(key);
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = ((long) rank << 32) | (merged & 0xFFFFFFFFL);
    size++;
  }

  /** {@code rank << 32 | merged}, or {@code (long) NONE << 32} when the pair does not merge. */
  long lookup(int left, int right) {
    long key = key(left, right);
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == EMPTY) {
        return (long) NONE << 32;
      }
      slot = (slot + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | (right & 0xFFFFFFFFL);
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 31)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    java.util.Arrays.fill(keys, EMPTY);
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i]);
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
