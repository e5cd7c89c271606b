// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

/**
 * datatrove's {@code PUNCTUATION} set ({@code datatrove/utils/text.py}): ASCII and CJK punctuation,
 * a few symbols, and the C0/C1 control characters except tab and line feed.
 *
 * <p><b>NOTE</b>: the set includes the fullwidth digit one (U+FF11) and excludes most other
 * Unicode punctuation; this is reproduced as published, because Gopher's "non-symbol word" count
 * depends on it.
 */
public final class Punctuation {
  // Copied character for character from datatrove's PUNCTUATION string.
  private static final String CHARS =
      "!/\u2014\u201d:\uff05\uff11\u3008&(\u3001\u2501\\\u3010#%\u300c\u300d\uff0c\u3011\uff1b+^]~"
          + "\u201c\u300a\u201e';\u2019{|\u2236\u00b4[=-`*\uff0e\uff08\u2013\uff1f\uff01\uff1a$\uff5e"
          + "\u00ab\u3009,><\u300b)?\uff09\u3002\u2026@_.\"}\u25ba\u00bb";

  private static final java.util.BitSet SET = new java.util.BitSet(0x10000);

  static {
    for (int i = 0; i < CHARS.length(); i++) SET.set(CHARS.charAt(i));
    // (0, 9), (11, 13), (13, 32), (127, 160): every control character but \t and \n.
    SET.set(0, 9);
    SET.set(11, 32);
    SET.set(127, 160);
  }

  private Punctuation() {}

  /** Whether {@code c} is in datatrove's {@code PUNCTUATION_SET}. */
  public static boolean contains(char c) {
    return SET.get(c);
  }

  /**
   * Whether a word consists only of punctuation (datatrove: a word is a "symbol" word unless
   * {@code any(ch not in PUNCTUATION_SET for ch in w)}).
   */
  public static boolean isSymbolWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!SET.get(word.charAt(i))) return false;
    }
    return true;
  }
}
