// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import dev.curate.tokenizer.IntList;
import java.util.Arrays;

/**
 * The ids of recently merged pieces, per thread: words repeat (Zipf), and a hit skips the merge
 * loop and its hash lookups. Direct-mapped over the piece bytes' hash; a collision replaces the
 * entry. Only pieces of at most {@link #MAX_BYTES} bytes are kept.
 */
final class PieceCache {
  static final int MAX_BYTES = 48;
  private static final int SLOTS = 1 << 13;

  private final byte[][] keys = new byte[SLOTS][];
  private final int[][] values = new int[SLOTS][];

  /** Appends the cached ids of {@code bytes[0, len)} to {@code out}; false on a miss. */
  boolean appendTo(byte[] bytes, int len, int hash, IntList out) {
    int slot = hash & (SLOTS - 1);
    byte[] key = keys[slot];
    if (key == null || key.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (key[i] != bytes[i]) {
        return false;
      }
    }
    int[] ids = values[slot];
    for (int id : ids) {
      out.add(id);
    }
    return true;
  }

  /** Remembers that {@code bytes[0, len)} merges to {@code ids[from, to)}. */
  void put(byte[] bytes, int len, int hash, int[] ids, int from, int to) {
    int slot = hash & (SLOTS - 1);
    keys[slot] = Arrays.copyOf(bytes, len);
    values[slot] = Arrays.copyOfRange(ids, from, to);
  }
}
