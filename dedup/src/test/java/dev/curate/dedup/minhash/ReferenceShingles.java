// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.minhash;

import dev.curate.filters.text.Tokens;
import dev.curate.filters.text.Words;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The definition of {@link Shingles#of}, written the plain way (NFKC, lower-case, split, drop
 * punctuation-only tokens, FNV-1a per word, fold {@code size} words per shingle, sort, dedupe):
 * the fast implementation must agree with it on every input.
 */
final class ReferenceShingles {
  private ReferenceShingles() {}

  static long[] of(String text, String lang, int size) {
    if (text == null || text.isEmpty()) {
      return new long[0];
    }
    String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Tokens tokens = Words.tokens(norm, lang);
    char[] chars = tokens.chars();
    long[] words = new long[tokens.size()];
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean letters = false;
      for (int k = tokens.start(i); k < tokens.end(i); k++) {
        letters |= Character.isLetterOrDigit(chars[k]);
      }
      if (letters) {
        long h = 0xcbf29ce484222325L;
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
          h = (h ^ chars[k]) * 0x100000001b3L;
        }
        words[n++] = Shingles.mix64(h);
      }
    }
    if (n == 0) {
      return new long[0];
    }
    int count = Math.max(1, n - size + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(n, i + size); j++) {
        h = Long.rotateLeft((h ^ words[j]) * 0xBF58476D1CE4E5B9L, 31);
      }
      out[i] = Shingles.mix64(h);
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }
}
