// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/**
 * The character classes the pre-tokenizer patterns test ({@code \p{L}}, its case subsets, {@code
 * \p{M}}, {@code \p{N}}, {@code \s}), one byte per code point, from a table for the BMP.
 *
 * <p>{@code \s} is Unicode White_Space, as in Rust's regex crate (tiktoken) and Oniguruma (Hugging
 * Face tokenizers): unlike {@link Character#isWhitespace}, it includes U+00A0 and U+0085 and
 * excludes U+001C..U+001F.
 */
final class CharClass {
  /** Lu, Lt. */
  static final byte UPPER = 1;
  /** Ll. */
  static final byte LOWER = 2;
  /** Lm, Lo: letters that are both "upper" and "lower" in o200k's pattern. */
  static final byte CASELESS = 3;
  /** Mn, Mc, Me: not letters, but part of o200k's letter runs. */
  static final byte MARK = 4;
  /** Nd, Nl, No. */
  static final byte NUMBER = 5;
  /** {@code \r} and {@code \n}. */
  static final byte NEWLINE = 6;
  /** White_Space other than {@code \r\n}. */
  static final byte SPACE = 7;
  /** Everything else ({@code [^\s\p{L}\p{N}]} minus marks). */
  static final byte OTHER = 0;

  private static final byte[] BMP = new byte[0x10000];

  static {
    for (int cp = 0; cp < 0x10000; cp++) {
      BMP[cp] = compute(cp);
    }
  }

  private CharClass() {}

  static byte of(int cp) {
    return cp < 0x10000 ? BMP[cp] : compute(cp);
  }

  static boolean isLetter(byte c) {
    return c >= UPPER && c <= CASELESS;
  }

  static boolean isSpace(byte c) {
    return c >= NEWLINE;
  }

  /** {@code [^\s\p{L}\p{N}]}: punctuation, symbols, marks, controls, unassigned. */
  static boolean isOther(byte c) {
    return c == OTHER || c == MARK;
  }

  private static byte compute(int cp) {
    if (cp == '\r' || cp == '\n') {
      return NEWLINE;
    }
    if (isWhiteSpace(cp)) {
      return SPACE;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.TITLECASE_LETTER -> UPPER;
      case Character.LOWERCASE_LETTER -> LOWER;
      case Character.MODIFIER_LETTER, Character.OTHER_LETTER -> CASELESS;
      case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK ->
          MARK;
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> NUMBER;
      default -> OTHER;
    };
  }

  /** The Unicode White_Space property (PropList.txt). */
  static boolean isWhiteSpace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D)
        || cp == 0x20
        || cp == 0x85
        || cp == 0xA0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x202F
        || cp == 0x205F
        || cp == 0x3000;
  }
}
