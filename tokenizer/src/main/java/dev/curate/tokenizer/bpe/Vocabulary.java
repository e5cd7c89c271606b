// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import java.util.Arrays;

/**
 * The ordinary tokens of a byte-level BPE model: id to bytes, and bytes to id through an
 * open-addressing hash table over one byte pool (no {@code byte[]} per lookup).
 *
 * <p>A table slot packs the token's pool offset, length and id into one long, so a lookup touches
 * two cache lines (slot, bytes) in tables far larger than the CPU cache.
 */
final class Vocabulary {
  /** Longest token, in bytes (12 bits of a slot). */
  static final int MAX_TOKEN_BYTES = 4095;
  /** Ids must fit 20 bits of a slot. */
  static final int MAX_IDS = (1 << 20) - 1;

  private final byte[] pool;
  private final int[] start; // by id; -1 where the id is unused
  private final int[] length;
  private final long[] slots; // start << 32 | length << 20 | (id + 1); 0 for empty
  private final int mask;
  private final int[] byteIds = new int[256];

  /**
   * @param tokens bytes of each id; null entries are unused ids
   * @param what the file or encoding the tokens come from, for messages
   */
  Vocabulary(byte[][] tokens, String what) {
    int total = 0;
    for (byte[] t : tokens) {
      total += t == null ? 0 : t.length;
    }
    if (tokens.length > MAX_IDS) {
      throw new IllegalArgumentException(what + ": " + tokens.length + " ids, at most " + MAX_IDS + " supported");
    }
    pool = new byte[total];
    start = new int[tokens.length];
    length = new int[tokens.length];
    int capacity = Integer.highestOneBit(Math.max(16, tokens.length * 2)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    Arrays.fill(byteIds, -1);
    int at = 0;
    for (int id = 0; id < tokens.length; id++) {
      byte[] t = tokens[id];
      if (t == null) {
        start[id] = -1;
        continue;
      }
      if (t.length == 0 || t.length > MAX_TOKEN_BYTES) {
        throw new IllegalArgumentException(what + ": token " + id + " has " + t.length + " bytes (1.." + MAX_TOKEN_BYTES + ")");
      }
      System.arraycopy(t, 0, pool, at, t.length);
      start[id] = at;
      length[id] = t.length;
      at += t.length;
      if (find(t, 0, t.length) >= 0) {
        throw new IllegalArgumentException(what + ": two ids for the same bytes (id " + id + ")");
      }
      int slot = hash(t, 0, t.length) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) start[id] << 32 | (long) t.length << 20 | (id + 1);
      if (t.length == 1) {
        byteIds[t[0] & 0xFF] = id;
      }
    }
    for (int b = 0; b < 256; b++) {
      if (byteIds[b] < 0) {
        throw new IllegalArgumentException(
            what + ": no token for byte 0x" + Integer.toHexString(b) + " (not a byte-level BPE vocabulary)");
      }
    }
  }

  /** Number of ids, used or not. */
  int size() {
    return start.length;
  }

  /** The id of the single byte {@code b}. */
  int byteId(int b) {
    return byteIds[b & 0xFF];
  }

  /** The id whose bytes are {@code bytes[off, off + len)}, or -1. */
  int find(byte[] bytes, int off, int len) {
    return find(bytes, off, len, hash(bytes, off, len));
  }

  /** {@link #find(byte[], int, int)} given {@code hash(bytes, off, len)}. */
  int find(byte[] bytes, int off, int len, int hash) {
    int slot = hash & mask;
    while (true) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 20 & 0xFFF) == len && sameBytes((int) (entry >>> 32), bytes, off, len)) {
        return (int) (entry & 0xFFFFF) - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** A plain loop: pieces are a few bytes, where {@code Arrays.equals}' setup costs more. */
  private boolean sameBytes(int at, byte[] bytes, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (pool[at + i] != bytes[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code id} is an ordinary token of this vocabulary. */
  boolean contains(int id) {
    return id >= 0 && id < start.length && start[id] >= 0;
  }

  /** Appends the bytes of ordinary token {@code id} to {@code out} at {@code at}; returns the new end. */
  int copyBytes(int id, byte[] out, int at) {
    System.arraycopy(pool, start[id], out, at, length[id]);
    return at + length[id];
  }

  int length(int id) {
    return length[id];
  }

  static int hash(byte[] b, int off, int len) {
    long h = 0xcbf29ce484222325L ^ len;
    for (int i = off; i < off + len; i++) {
      h = (h ^ b[i]) * 0x100000001b3L;
    }
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    return (int) (h ^ (h >>> 32));
  }
}
