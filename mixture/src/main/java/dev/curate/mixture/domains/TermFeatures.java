// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import dev.curate.filters.text.Tokens;
import dev.curate.filters.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms of a document for embedding and naming: the filter stage's words ({@link Words},
 * language-aware), lower-cased, those with at least one letter; hashed with their bigrams into a
 * fixed number of buckets (the hashing trick, no vocabulary to build or ship).
 */
public final class TermFeatures {
  /** Buckets of the hashed features: 2^18, few collisions among a corpus's frequent terms. */
  public static final int BUCKETS = 1 << 18;

  private TermFeatures() {}

  /**
   * Hashed term counts of a document, sorted by bucket.
   *
   * @param index distinct buckets, ascending
   * @param counts occurrences of each bucket's terms
   */
  public record Counts(int[] index, int[] counts) {
    public int size() {
      return index.length;
    }
  }

  /** Lower-cased words with a letter, in text order. */
  public static List<String> terms(String text, String lang) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Tokens tokens = Words.tokens(text, lang);
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.word(i);
      if (hasLetter(w)) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The first {@code max} distinct terms of a document (its vocabulary, for cluster naming). */
  public static List<String> distinct(List<String> terms, int max) {
    Set<String> seen = new LinkedHashSet<>();
    for (String t : terms) {
      if (seen.size() >= max) {
        break;
      }
      seen.add(t);
    }
    return List.copyOf(seen);
  }

  /** Hashed counts of the terms, and of adjacent term pairs when {@code bigrams}. */
  public static Counts count(List<String> terms, boolean bigrams) {
    int n = terms.size();
    int[] hashes = new int[bigrams ? Math.max(0, 2 * n - 1) : n];
    long prev = 0;
    int k = 0;
    for (int i = 0; i < n; i++) {
      long h = hash(terms.get(i));
      hashes[k++] = bucket(h);
      if (bigrams && i > 0) {
        hashes[k++] = bucket(mix(prev * 0x9E3779B97F4A7C15L + h + 0x632BE59BD9B4E019L));
      }
      prev = h;
    }
    Arrays.sort(hashes, 0, k);
    int distinct = 0;
    for (int i = 0; i < k; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        distinct++;
      }
    }
    int[] index = new int[distinct];
    int[] counts = new int[distinct];
    int j = -1;
    for (int i = 0; i < k; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        index[++j] = hashes[i];
      }
      counts[j]++;
    }
    return new Counts(index, counts);
  }

  /** A stable 64-bit hash of a term (FNV-1a over UTF-16 units, then a finaliser). */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int bucket(long h) {
    return (int) ((h >>> 1) % BUCKETS);
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
