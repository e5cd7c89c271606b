// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/**
 * BPE merges keyed by the pair of ids they join: {@code (left, right) -> (rank, merged id)}, in
 * one open-addressing table of longs. A lower rank merges first.
 *
 * <p>tiktoken merges the adjacent pair whose concatenation has the lowest rank (its id); that is
 * this table with one entry per way of splitting a token into two tokens. Hugging Face BPE
 * merges by the position of the rule in {@code merges}.
 *
 * <p>Key and value sit side by side ({@code table[2 * slot]}, {@code table[2 * slot + 1]}), so a
 * lookup in these multi-megabyte tables costs one cache miss, not two.
 */
final class MergeTable {
  private static final long EMPTY = -1L;
  /** Rank {@link #lookup} reports when the pair does not merge. */
  static final int NONE = Integer.MAX_VALUE;
  private static final long NO_MERGE = (long) NONE << 32;

  private long[] table; // key, rank << 32 | merged id
  private int mask; // over slots
  private int size;

  MergeTable(int expected) {
    int slots = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1; // load <= 1/2
    table = new long[2 * slots];
    fillEmpty(table);
    mask = slots - 1;
  }

  /** Adds a merge unless the pair already has one (the first, lowest-rank rule wins, as in HF). */
  void put(int left, int right, int rank, int merged) {
    if ((size + 1) * 2 > mask + 1) {
      grow();
    }
    long key = key(left, right);
    int slot = slot(key);
    while (table[2 * slot] != EMPTY) {
      if (table[2 * slot] == key) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = ((long) rank << 32) | (merged & 0xFFFFFFFFL);
    size++;
  }

  /** {@code rank << 32 | merged}, or {@code (long) NONE << 32} when the pair does not merge. */
  long lookup(int left, int right) {
    long key = key(left, right);
    int slot = slot(key);
    while (true) {
      long k = table[2 * slot];
      if (k == key) {
        return table[2 * slot + 1];
      }
      if (k == EMPTY) {
        return NO_MERGE;
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
    return (int) (h ^ (h >>> 29)) & mask;
  }

  private static void fillEmpty(long[] t) {
    for (int i = 0; i < t.length; i += 2) {
      t[i] = EMPTY;
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    fillEmpty(table);
    mask = table.length / 2 - 1;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != EMPTY) {
        int slot = slot(old[i]);
        while (table[2 * slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        table[2 * slot] = old[i];
        table[2 * slot + 1] = old[i + 1];
      }
    }
  }
}
