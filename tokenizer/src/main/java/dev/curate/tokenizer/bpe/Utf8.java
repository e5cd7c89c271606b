// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/** UTF-8 encoding of a char range without a {@code String} or charset encoder. */
final class Utf8 {
  private Utf8() {}

  /**
   * Writes the UTF-8 of {@code chars[start, end)} to {@code out} (at least 3 bytes per char of
   * room) and returns the byte count. Surrogates must be paired (lone ones replaced already).
   */
  static int encode(char[] chars, int start, int end, byte[] out) {
    int o = 0;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[o++] = (byte) c;
      } else if (c < 0x800) {
        out[o++] = (byte) (0xC0 | (c >> 6));
        out[o++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < end) {
        int cp = Character.toCodePoint(c, chars[++i]);
        out[o++] = (byte) (0xF0 | (cp >> 18));
        out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[o++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[o++] = (byte) (0xE0 | (c >> 12));
        out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[o++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return o;
  }
}
