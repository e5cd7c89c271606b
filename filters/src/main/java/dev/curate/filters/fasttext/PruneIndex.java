// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.util.Arrays;

/**
 * The {@code pruneidx_} map of a pruned ({@code quantize -cutoff}) model: n-gram bucket to the row
 * offset it kept. Open addressing over primitive arrays, sized by the number of kept n-grams rather
 * than by {@code bucket}, so it stays small and cache-friendly.
 */
final class PruneIndex {
  private final int[] keys; // bucket, or -1 for an empty slot
  private final int[] values;
  private final int mask;

  PruneIndex(int entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries * 2 - 1)) << 1;
    keys = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(keys, -1);
  }

  private int slot(int key) {
    int s = (key * 0x9E3779B9) >>> 7 & mask;
    while (keys[s] != -1 && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  /** Later entries for the same key win, as with {@code pruneidx_[first] = second}. */
  void put(int key, int value) {
    int s = slot(key);
    keys[s] = key;
    values[s] = value;
  }

  /** The kept row offset of {@code key}, or -1 if it was pruned. */
  int get(int key) {
    int s = slot(key);
    return keys[s] == key ? values[s] : -1;
  }
}
