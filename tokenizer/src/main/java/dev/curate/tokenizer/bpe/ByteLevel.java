// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import java.util.Arrays;

/**
 * GPT-2's byte-to-character map ({@code bytes_to_unicode}), by which Hugging Face byte-level
 * vocabularies spell bytes as printable characters: bytes {@code !..~}, {@code ¡..¬} and {@code
 * ®..ÿ} are themselves, the other 68 are U+0100 onwards in byte order (space is {@code Ġ}).
 */
final class ByteLevel {
  private static final int[] CHAR_TO_BYTE = new int[0x200];

  static {
    Arrays.fill(CHAR_TO_BYTE, -1);
    int extra = 0;
    for (int b = 0; b < 256; b++) {
      boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
      CHAR_TO_BYTE[printable ? b : 0x100 + extra++] = b;
    }
  }

  private ByteLevel() {}

  /** The bytes a byte-level token string spells, or null if a character is outside the map. */
  static byte[] toBytes(String token) {
    byte[] out = new byte[token.length()];
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      int b = c < CHAR_TO_BYTE.length ? CHAR_TO_BYTE[c] : -1;
      if (b < 0) {
        return null;
      }
      out[i] = (byte) b;
    }
    return out;
  }
}
