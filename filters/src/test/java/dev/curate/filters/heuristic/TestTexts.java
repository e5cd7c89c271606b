// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import java.util.Random;

/** Seeded text generators for filter tests. */
public final class TestTexts {
  private static final String[] VOCAB = {
    "the", "of", "and", "to", "with", "that", "have", "be", "river", "garden", "morning",
    "quietly", "village", "teacher", "student", "window", "letter", "history", "market",
    "evening", "council", "decision", "summer", "mountain", "railway", "station", "library",
    "question", "answer", "several", "important", "people", "country", "problem", "system",
    "program", "government", "company", "number", "water", "family", "during", "without",
    "between", "another", "because", "through", "although", "children", "building"
  };

  private TestTexts() {}

  /**
   * English-like prose: sentences of 8-20 words ending with a period, 3-6 sentences per line,
   * lines separated by single newlines.
   */
  public static String prose(int sentences, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    int inLine = 0;
    int lineLen = 3 + r.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      int words = 8 + r.nextInt(13);
      for (int w = 0; w < words; w++) {
        String word = VOCAB[r.nextInt(VOCAB.length)];
        if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        b.append(word);
        // a unique token now and then keeps n-gram repetition realistic
        if (r.nextInt(4) == 0) b.append(' ').append(uniqueWord(r));
        if (w < words - 1) b.append(r.nextInt(12) == 0 ? ", " : " ");
      }
      b.append('.');
      if (++inLine == lineLen && s < sentences - 1) {
        b.append('\n');
        inLine = 0;
        lineLen = 3 + r.nextInt(4);
      } else if (s < sentences - 1) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  private static String uniqueWord(Random r) {
    StringBuilder w = new StringBuilder();
    int len = 4 + r.nextInt(6);
    for (int i = 0; i < len; i++) w.append((char) ('a' + r.nextInt(26)));
    return w.toString();
  }

  /** {@code n} distinct lower-case filler words ({@code fa}, {@code fb}, ...), space-joined. */
  public static String distinctWords(int n, String prefix) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(' ');
      b.append(prefix).append(letters(i));
    }
    return b.toString();
  }

  /** A distinct letters-only code for {@code i}: a, b, ..., z, ba, bb, ... */
  public static String letters(int i) {
    StringBuilder s = new StringBuilder();
    do {
      s.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return s.reverse().toString();
  }

  /** Random text mixing scripts, punctuation, controls, newlines and broken surrogates. */
  public static String random(Random r, int maxLen) {
    int len = r.nextInt(maxLen + 1);
    StringBuilder b = new StringBuilder(len);
    String[] pools = {
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
      "          \n\n\t\r",
      ".,;:!?'\"#-\u2022\u2026{}[]()@$%&*`\u201c\u201d\u2019",
      "0123456789",
      "\u4f60\u597d\u4e16\u754c\u6211\u7231\u5317\u4eac\u3002\uff0c",
      "\u3072\u3089\u304c\u306a\u30ab\u30bf\u30ab\u30ca",
      "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22",
      "\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u05e9\u05dc\u05d5\u05dd",
      "\ud83d\ude00\ud800\udc00\u0000\u0085\u2028"
    };
    while (b.length() < len) {
      String pool = pools[r.nextInt(pools.length)];
      int run = 1 + r.nextInt(12);
      for (int i = 0; i < run; i++) b.append(pool.charAt(r.nextInt(pool.length())));
    }
    return b.toString();
  }
}
