// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** A set of words that answers for a span of a text without allocating a string. */
public final class WordSet implements Serializable {
  private final String[] table;
  private final List<String> words;
  private final int minLength;
  private final int maxLength;

  public WordSet(Collection<String> words) {
    LinkedHashSet<String> unique = new LinkedHashSet<>(words);
    this.words = List.copyOf(unique);
    minLength = unique.stream().mapToInt(String::length).min().orElse(0);
    maxLength = unique.stream().mapToInt(String::length).max().orElse(-1);
    int cap = Integer.highestOneBit(Math.max(4, unique.size()) * 4 - 1) << 1;
    table = new String[cap];
    for (String w : unique) {
      int slot = slot(w.hashCode());
      while (table[slot] != null) slot = (slot + 1) & (table.length - 1);
      table[slot] = w;
    }
  }

  private int slot(int h) {
    h ^= h >>> 16;
    return (h * 0x9E3779B9) >>> 1 & (table.length - 1);
  }

  public List<String> words() {
    return words;
  }

  /** Whether {@code chars[start, end)} is in the set. */
  public boolean contains(char[] chars, int start, int end) {
    int len = end - start;
    if (len < minLength || len > maxLength) return false;
    int h = 0;
    for (int k = start; k < end; k++) h = 31 * h + chars[k];
    for (int s = slot(h); table[s] != null; s = (s + 1) & (table.length - 1)) {
      String w = table[s];
      if (w.length() == len && matches(w, chars, start)) return true;
    }
    return false;
  }

  private static boolean matches(String w, char[] chars, int start) {
    for (int k = 0; k < w.length(); k++) if (w.charAt(k) != chars[start + k]) return false;
    return true;
  }

  /** Whether {@code text[start, end)} is in the set. */
  public boolean contains(String text, int start, int end) {
    int len = end - start;
    if (len < minLength || len > maxLength) return false;
    int h = 0;
    for (int k = start; k < end; k++) h = 31 * h + text.charAt(k);
    for (int s = slot(h); table[s] != null; s = (s + 1) & (table.length - 1)) {
      String w = table[s];
      if (w.length() == len && text.regionMatches(start, w, 0, len)) return true;
    }
    return false;
  }
}
