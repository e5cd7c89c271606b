// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import dev.curate.filters.text.Tokens;
import dev.curate.filters.text.Words;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Word n-gram shingles of a document as sorted, distinct 64-bit hashes.
 *
 * <p>Words are the filter stage's ({@link Words}: Treebank-style for space-delimited scripts,
 * ICU dictionary segmentation for Chinese, Japanese, Thai...), so a shingle means the same thing
 * in every language. Before splitting, text is NFKC-normalised and lower-cased; tokens made only
 * of punctuation are dropped, so markup and punctuation differences do not break shingles.
 *
 * <p>A document with fewer words than the shingle size has one shingle (all its words); one with
 * no words has none.
 */
public final class Shingles {
  private static final long[] NONE = new long[0];

  private Shingles() {}

  public static long[] of(String text, String lang, int size) {
    if (text == null || text.isEmpty()) {
      return NONE;
    }
    String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Tokens tokens = Words.tokens(norm, lang);
    char[] chars = tokens.chars();
    long[] words = new long[tokens.size()];
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int start = tokens.start(i);
      int end = tokens.end(i);
      if (hasLetterOrDigit(chars, start, end)) {
        words[n++] = wordHash(chars, start, end);
      }
    }
    if (n == 0) {
      return NONE;
    }
    int count = Math.max(1, n - size + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i, end = Math.min(n, i + size); j < end; j++) {
        h = (h ^ words[j]) * 0xBF58476D1CE4E5B9L;
        h = Long.rotateLeft(h, 31);
      }
      out[i] = mix64(h);
    }
    Arrays.sort(out);
    int distinct = 1;
    for (int i = 1; i < count; i++) {
      if (out[i] != out[distinct - 1]) {
        out[distinct++] = out[i];
      }
    }
    return distinct == count ? out : Arrays.copyOf(out, distinct);
  }

  private static boolean hasLetterOrDigit(char[] a, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(a[i])) {
        return true;
      }
    }
    return false;
  }

  /** 64-bit FNV-1a over the UTF-16 code units, finished with a mixer. */
  static long wordHash(char[] a, int start, int end) {
    long h = 0xcbf29ce484222325L;
    for (int i = start; i < end; i++) {
      h = (h ^ a[i]) * 0x100000001b3L;
    }
    return mix64(h);
  }

  /** The SplitMix64 / murmur3 finaliser. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
