// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.util.Arrays;

/**
 * Per-thread buffers for one prediction, reused across calls so the hot path does not allocate.
 * Arrays grow by doubling and never shrink.
 */
final class Scratch {
  byte[] utf8 = new byte[4096]; // the line, UTF-8 encoded
  byte[] word = new byte[256]; // "<" + token + ">" for char n-grams of an out-of-vocabulary token
  int[] ids = new int[1024]; // input-matrix rows of the line (words, char n-grams, word n-grams)
  int idCount;
  int[] wordHashes = new int[256]; // FNV-1a hash of each word token, for word n-grams
  int hashCount;
  final float[] hidden; // (dim) mean of the input rows
  final float[] output; // (nlabels) scores for softmax / one-vs-all
  float[] heapScores = new float[8]; // top-k log-probabilities
  int[] heapLabels = new int[8];
  int heapSize;

  Scratch(int dim, int nlabels) {
    hidden = new float[dim];
    output = new float[nlabels];
  }

  void addId(int id) {
    if (idCount == ids.length) {
      ids = Arrays.copyOf(ids, ids.length * 2);
    }
    ids[idCount++] = id;
  }

  void addWordHash(int h) {
    if (hashCount == wordHashes.length) {
      wordHashes = Arrays.copyOf(wordHashes, wordHashes.length * 2);
    }
    wordHashes[hashCount++] = h;
  }

  byte[] word(int capacity) {
    if (word.length < capacity) {
      word = new byte[Math.max(capacity, word.length * 2)];
    }
    return word;
  }

  void ensureHeap(int k) {
    if (heapScores.length < k + 1) {
      heapScores = new float[k + 1];
      heapLabels = new int[k + 1];
    }
  }

  /**
   * Encodes {@code text} as UTF-8 into {@link #utf8} and returns the byte length. An unpaired
   * surrogate becomes {@code '?'}, as {@code String.getBytes(UTF_8)} does.
   */
  int encode(String text) {
    int n = text.length();
    if (utf8.length < 3 * n) {
      utf8 = new byte[Math.max(3 * n, utf8.length * 2)];
    }
    byte[] out = utf8;
    int p = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out[p++] = (byte) c;
      } else if (c < 0x800) {
        out[p++] = (byte) (0xC0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        char d;
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(d = text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, d);
          i++;
          out[p++] = (byte) (0xF0 | (cp >> 18));
          out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          out[p++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          out[p++] = '?';
        }
      } else {
        out[p++] = (byte) (0xE0 | (c >> 12));
        out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return p;
  }
}
