// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import dev.curate.filters.text.PyStr;
import dev.curate.filters.text.Tokens;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The duplicate counters of datatrove's {@code gopher_repetition_filter.py}: {@code
 * find_duplicates}, {@code find_top_duplicate} over {@code " ".join} word n-grams, and {@code
 * find_all_duplicate} over {@code "".join} word n-grams. Lengths are in code points.
 *
 * <p>N-grams are compared as sequences of word ids in an open-addressing table instead of as
 * joined strings, so no n-gram string is built. <b>NOTE</b>: for {@code find_all_duplicate}
 * datatrove compares {@code "".join(words)}, under which {@code ["ab", "c"]} equals {@code ["a",
 * "bc"]}; here those differ.
 */
final class Duplicates {
  private Duplicates() {}

  /** {@code find_duplicates}: {count of repeated elements, code points in them}. */
  static long[] find(List<String> elements) {
    Set<String> seen = new HashSet<>(elements.size() * 2);
    long dups = 0;
    long chars = 0;
    for (String e : elements) {
      if (!seen.add(e)) {
        dups++;
        chars += PyStr.length(e);
      }
    }
    return new long[] {dups, chars};
  }

  /**
   * Word ids and code-point lengths of one text's words, and the state of the n-gram passes for
   * the current n: {@code rep[i]} says whether the n-gram at word i occurs at least twice, and
   * {@code hashes[i]} is its hash (kept up to date only where {@code rep} may hold).
   *
   * <p>An n-gram can only repeat where both (n-1)-grams inside it repeat, and an n-gram that
   * occurs once never changes a result (datatrove's sets only ever match repeats), so each pass
   * touches only positions that still can repeat: on natural text, few after n = 3.
   */
  static final class Ids {
    final int[] ids;
    final int[] lengths; // code points, by word index
    private final int[] hashes;
    private final boolean[] rep;
    private int n = 1;
    private final int[] pos; // slot -> n-gram start, -1 if empty
    private final int[] index; // slot -> insertion index
    private final int mask;
    private final int[] counts; // by insertion index
    private final int[] firstPos; // by insertion index
    private final int[] group; // by position: insertion index of its n-gram

    Ids(Tokens words) {
      ids = words.ids();
      int distinct = words.distinct();
      int[] byId = new int[distinct];
      int[] idCounts = new int[distinct];
      char[] chars = words.chars();
      for (int id = 0; id < distinct; id++) {
        int i = words.first(id);
        byId[id] = PyStr.length(chars, words.start(i), words.end(i));
      }
      int len = ids.length;
      lengths = new int[len];
      for (int i = 0; i < len; i++) {
        lengths[i] = byId[ids[i]];
        idCounts[ids[i]]++;
      }
      rep = new boolean[len];
      for (int i = 0; i < len; i++) rep[i] = idCounts[ids[i]] > 1;
      hashes = ids.clone();
      int cap = Integer.highestOneBit(Math.max(4, len) * 2 - 1) << 1;
      pos = new int[cap];
      index = new int[cap];
      mask = cap - 1;
      counts = new int[len];
      firstPos = new int[len];
      group = new int[len];
    }

    /**
     * Moves to n-grams of size {@code target} (>= the current size), counting the candidates;
     * returns the number of distinct candidate n-grams (their counts and first positions are in
     * {@code counts} and {@code firstPos}).
     */
    int start(int target) {
      if (target < n) throw new IllegalStateException("n-gram sizes must grow: " + n + " -> " + target);
      int distinct = -1;
      while (n < target) {
        n++;
        int grams = ids.length - n + 1;
        for (int i = 0; i < ids.length; i++) {
          if (i < grams && rep[i] && rep[i + 1]) {
            hashes[i] = hashes[i] * 0x01000193 + ids[i + n - 1];
          } else {
            rep[i] = false;
          }
        }
        // count candidates; rep[i] becomes "occurs at least twice"
        Arrays.fill(pos, -1);
        distinct = 0;
        for (int i = 0; i < grams; i++) {
          if (!rep[i]) continue;
          int g = findOrAdd(i, distinct);
          if (g == distinct) {
            counts[distinct] = 0;
            firstPos[distinct++] = i;
          }
          counts[g]++;
          group[i] = g;
        }
        for (int i = 0; i < grams; i++) if (rep[i]) rep[i] = counts[group[i]] > 1;
      }
      return distinct;
    }

    boolean repeats(int i) {
      return rep[i];
    }

    void clear() {
      Arrays.fill(pos, -1);
    }

    /** Insertion index of the n-gram at {@code start}; adds it as {@code next} if absent. */
    int findOrAdd(int start, int next) {
      int h = hashes[start];
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      for (int s = h & mask; ; s = (s + 1) & mask) {
        int p = pos[s];
        if (p < 0) {
          pos[s] = start;
          index[s] = next;
          return next;
        }
        if (hashes[p] == hashes[start] && sameGram(p, start)) return index[s];
      }
    }

    private boolean sameGram(int a, int b) {
      for (int k = 0; k < n; k++) if (ids[a + k] != ids[b + k]) return false;
      return true;
    }
  }

  /**
   * {@code find_top_duplicate(get_n_grams(words, n))}: code points of the most frequent n-gram
   * (words joined by one space) times its count; ties go to the n-gram seen first, as {@code
   * Counter.most_common(1)} does. 0 when there are fewer than n words.
   */
  static long topNGramChars(Ids w, int n) {
    int grams = w.ids.length - n + 1;
    if (grams <= 0) return 0;
    int distinct = w.start(n);
    int bestCount = 1;
    int bestPos = 0; // every n-gram occurs once: the first one wins
    for (int k = 0; k < distinct; k++) {
      int c = w.counts[k];
      if (c > bestCount || (c == bestCount && c > 1 && w.firstPos[k] < bestPos)) {
        bestCount = c;
        bestPos = w.firstPos[k];
      }
    }
    long len = n - 1;
    for (int k = bestPos; k < bestPos + n; k++) len += w.lengths[k];
    return len * bestCount;
  }

  /**
   * {@code find_all_duplicate(words, n)}: walk the n-grams; a repeat of an n-gram seen before adds
   * its code points (words joined without spaces) and skips n words, anything else is remembered.
   */
  static long allDuplicateChars(Ids w, int n) {
    int grams = w.ids.length - n + 1;
    if (grams <= 0) return 0;
    w.start(n);
    w.clear();
    long repeated = 0;
    int distinct = 0;
    int i = 0;
    while (i < grams) {
      if (!w.repeats(i)) { // occurs once: can never be matched, remembering it changes nothing
        i++;
        continue;
      }
      int idx = w.findOrAdd(i, distinct);
      if (idx < distinct) {
        for (int k = i; k < i + n; k++) repeated += w.lengths[k];
        i += n;
      } else {
        distinct++;
        i++;
      }
    }
    return repeated;
  }
}
