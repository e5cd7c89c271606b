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
 * in every language. Before splitting, text is NFKC-normalised and lower-cased ({@code
 * toLowerCase(Locale.ROOT)}); tokens made only of punctuation are dropped, so markup and
 * punctuation differences do not break shingles. A word's hash is 64-bit FNV-1a over its UTF-16
 * code units, finished with the SplitMix64 mixer; a shingle's hash folds its words' hashes in
 * order ({@code h = rotl((h ^ w) * C, 31)}) and is mixed again, so shingle hashes are well-mixed
 * 64-bit values, as {@link MinHasher} assumes.
 *
 * <p>A document with fewer words than the shingle size has one shingle (all its words); one with
 * no words has none.
 *
 * <p>Fast path, same result: most text is already NFKC-normal and lower-cases character by
 * character. When every character of the text is in {@link FastChars} (NFKC-stable with a
 * normalisation boundary before it, a one-to-one lower-case mapping that keeps its class for the
 * word splitter, no surrogates and no script that needs dictionary segmentation), {@link
 * FastWords} splits the text as it is and lower-cases and hashes each word as it goes, in one pass
 * with no intermediate strings or spans; other texts (CJK, Thai, compatibility characters...)
 * take the definition's path. {@code ShinglesTest} checks that both paths agree.
 *
 * <p>Thread-safe; allocates the splitter's spans, one {@code long} per word and the result.
 */
public final class Shingles {
  private static final long[] NONE = new long[0];
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Shingles() {}

  public static long[] of(String text, String lang, int size) {
    return sortedDistinct(hashes(text, lang, size));
  }

  /**
   * The same shingle hashes as {@link #of}, in text order and with repeats: all a MinHash
   * signature needs (its minima do not depend on order or repeats), without the sort that only
   * exact-Jaccard verification needs.
   */
  public static long[] hashes(String text, String lang, int size) {
    if (text == null || text.isEmpty()) {
      return NONE;
    }
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be positive, got " + size);
    }
    // split the text as it is, lower-casing and hashing as it goes; valid if it was all fast
    FastWords fast = FastWords.of(text);
    return fast.fast ? shingles(fast.words, fast.count, size) : definition(text, lang, size);
  }

  /**
   * The same for the characters {@code text[0, length)} (for callers that hold a text as
   * characters already, such as one decoded from UTF-8 into a reused array).
   */
  public static long[] hashes(char[] text, int length, String lang, int size) {
    if (length == 0) {
      return NONE;
    }
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be positive, got " + size);
    }
    FastWords fast = FastWords.of(text, length);
    return fast.fast ? shingles(fast.words, fast.count, size) : definition(new String(text, 0, length), lang, size);
  }

  /** The definition's path: NFKC, lower case, the word splitter, one hash per word. */
  private static long[] definition(String text, String lang, int size) {
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
    return shingles(words, n, size);
  }

  /** Hashes of the {@code size}-grams of {@code words[0, n)}, in order. */
  private static long[] shingles(long[] words, int n, int size) {
    if (n == 0) {
      return NONE;
    }
    int count = Math.max(1, n - size + 1);
    int span = Math.min(n, size);
    long[] out = new long[count];
    // Shingle i folds words[i, i + span) in order; computed for all shingles at once, word
    // position by word position, so that the loops over i vectorise.
    for (int i = 0; i < count; i++) {
      out[i] = Long.rotateLeft((0x9E3779B97F4A7C15L ^ words[i]) * 0xBF58476D1CE4E5B9L, 31);
    }
    for (int j = 1; j < span; j++) {
      for (int i = 0; i < count; i++) {
        out[i] = Long.rotateLeft((out[i] ^ words[i + j]) * 0xBF58476D1CE4E5B9L, 31);
      }
    }
    for (int i = 0; i < count; i++) {
      long z = out[i];
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      out[i] = z ^ (z >>> 31);
    }
    return out;
  }

  /** Sorted and without repeats; may reorder {@code hashes} in place. */
  public static long[] sortedDistinct(long[] hashes) {
    int count = hashes.length;
    if (count == 0) {
      return NONE;
    }
    long[] out = hashes;
    if (count < 32) {
      Arrays.sort(out);
    } else {
      out = bucketSort(out);
    }
    int distinct = 1;
    long last = out[0];
    for (int i = 1; i < count; i++) {
      long x = out[i];
      if (x != last) {
        out[distinct++] = x;
        last = x;
      }
    }
    return distinct == count ? out : Arrays.copyOf(out, distinct);
  }

  /**
   * Sorts well-mixed 64-bit hashes (signed order, as {@link Arrays#sort(long[])}): a counting sort
   * on the top bits into between n/2 and n buckets, then an insertion sort that only moves values
   * within their (tiny) buckets. Expected linear time for uniform hashes, and still correct, just
   * slower, for any input; two to three times faster than {@code Arrays.sort} at a few hundred
   * values. Also sorts the dedup stage's key hashes (millions per task), a few times faster than
   * {@code Arrays.sort} there too.
   */
  public static long[] bucketSort(long[] a) {
    int n = a.length;
    int bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(n));
    int shift = 64 - bits;
    int[] start = new int[(1 << bits) + 1];
    for (long x : a) {
      start[(int) ((x ^ Long.MIN_VALUE) >>> shift) + 1]++;
    }
    for (int b = 1; b < start.length; b++) {
      start[b] += start[b - 1];
    }
    long[] out = new long[n];
    for (long x : a) {
      out[start[(int) ((x ^ Long.MIN_VALUE) >>> shift)]++] = x;
    }
    for (int i = 1; i < n; i++) {
      long x = out[i];
      int j = i - 1;
      while (j >= 0 && out[j] > x) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = x;
    }
    return out;
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
    long h = FNV_OFFSET;
    for (int i = start; i < end; i++) {
      h = (h ^ a[i]) * FNV_PRIME;
    }
    return mix64(h);
  }

  /** The SplitMix64 / murmur3 finaliser. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
