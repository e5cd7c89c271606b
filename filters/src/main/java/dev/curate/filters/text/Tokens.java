// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The words of one text as spans {@code [start(i), end(i))} of it, each with a per-text id
 * (equal words, equal ids; ids count up from 0 in order of first appearance). Rules read spans and
 * ids instead of allocating a string per word.
 */
public final class Tokens {
  private final String text;
  private final char[] chars;
  private int size;
  private int[] starts;
  private int[] ends;
  private int[] hashes; // String.hashCode of each word
  private int[] ids;
  private int[] firsts; // id -> index of its first token
  private int distinct = -1;

  Tokens(String text, char[] chars, int capacity) {
    this.text = text;
    this.chars = chars;
    starts = new int[Math.max(8, capacity)];
    ends = new int[starts.length];
    hashes = new int[starts.length];
  }

  void add(int start, int end, int hash) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    hashes[size++] = hash;
  }

  static int hash(char[] c, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) h = 31 * h + c[k];
    return h;
  }

  static int hash(String s, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) h = 31 * h + s.charAt(k);
    return h;
  }

  int mark() {
    return size;
  }

  void reset(int mark) {
    size = mark;
  }

  public String text() {
    return text;
  }

  /** The text's characters; do not modify. */
  public char[] chars() {
    return chars;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public String word(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** Id of word {@code i}. */
  public int id(int i) {
    intern();
    return ids[i];
  }

  /** Number of distinct words. */
  public int distinct() {
    intern();
    return distinct;
  }

  /** Index of the first word with id {@code id}. */
  public int first(int id) {
    intern();
    return firsts[id];
  }

  /** All ids, by word index; do not modify. */
  public int[] ids() {
    intern();
    return ids;
  }

  private void intern() {
    if (distinct >= 0) return;
    ids = new int[size];
    firsts = new int[size];
    int cap = Integer.highestOneBit(Math.max(8, size) * 2 - 1) << 1;
    int[] table = new int[cap]; // slot -> token index + 1, 0 if empty
    int mask = cap - 1;
    int d = 0;
    char[] c = chars;
    for (int i = 0; i < size; i++) {
      int s = starts[i];
      int e = ends[i];
      int h = hashes[i];
      for (int slot = (h ^ (h >>> 15)) * 0x9E3779B9 >>> 1 & mask; ; slot = (slot + 1) & mask) {
        int t = table[slot] - 1;
        if (t < 0) {
          table[slot] = i + 1;
          firsts[d] = i;
          ids[i] = d++;
          break;
        }
        if (hashes[t] == h && same(c, starts[t], ends[t], s, e)) {
          ids[i] = ids[t];
          break;
        }
      }
    }
    distinct = d;
  }

  private static boolean same(char[] c, int s1, int e1, int s2, int e2) {
    if (e1 - s1 != e2 - s2) return false;
    for (int k = 0; k < e1 - s1; k++) if (c[s1 + k] != c[s2 + k]) return false;
    return true;
  }

  /** The words as strings, materialised on access. */
  public List<String> asList() {
    return new WordList();
  }

  private final class WordList extends AbstractList<String> implements RandomAccess {
    @Override
    public String get(int i) {
      if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
      return word(i);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
