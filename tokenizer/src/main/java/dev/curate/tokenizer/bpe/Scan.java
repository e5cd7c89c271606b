// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/** Code-point steps shared by the hand-written scanners; offsets are UTF-16 indexes. */
final class Scan {
  private Scan() {}

  static int codePointAt(char[] s, int i, int n) {
    char c = s[i];
    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s[i + 1])) {
      return Character.toCodePoint(c, s[i + 1]);
    }
    return c;
  }

  static byte classAt(char[] s, int i, int n) {
    char c = s[i];
    return c < 0xD800 ? CharClass.of(c) : CharClass.of(codePointAt(s, i, n));
  }

  /** {@code \p{L}} as a mask of {@link CharClass} values, for {@link #run}. */
  static final int LETTERS = 1 << CharClass.UPPER | 1 << CharClass.LOWER | 1 << CharClass.CASELESS;
  /** {@code [^\s\p{L}\p{N}]} as a mask. */
  static final int OTHERS = 1 << CharClass.OTHER | 1 << CharClass.MARK;

  /** End of the run, from {@code i}, of code points whose class is in {@code mask}. */
  static int run(char[] s, int i, int n, int mask) {
    while (i < n) {
      int cp = codePointAt(s, i, n);
      if ((mask >>> CharClass.of(cp) & 1) == 0) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** End of the run of {@code \p{L}} from {@code i}. */
  static int letters(char[] s, int i, int n) {
    return run(s, i, n, LETTERS);
  }

  /** End of the run of {@code \p{N}} from {@code i}, at most {@code max} code points. */
  static int numbers(char[] s, int i, int n, int max) {
    for (int count = 0; count < max && i < n; count++) {
      int cp = codePointAt(s, i, n);
      if (CharClass.of(cp) != CharClass.NUMBER) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** End of the run of {@code [^\s\p{L}\p{N}]} from {@code i}. */
  static int others(char[] s, int i, int n) {
    return run(s, i, n, OTHERS);
  }

  /** End of the run of {@code [\r\n]} from {@code i}. */
  static int newlines(char[] s, int i, int n) {
    while (i < n && (s[i] == '\r' || s[i] == '\n')) {
      i++;
    }
    return i;
  }

  /**
   * Length of {@code 's|'t|'re|'ve|'m|'ll|'d} at {@code i} (where {@code s[i] == '\''}), or 0.
   *
   * @param ignoreCase ASCII case-insensitive, as {@code (?i:...)} in Oniguruma
   * @param unicodeCase also ſ (U+017F) for s, as {@code (?i:...)} in Rust's regex and in
   *     java.util.regex under UNICODE_CASE
   */
  static int contraction(char[] s, int i, int n, boolean ignoreCase, boolean unicodeCase) {
    if (i + 1 >= n) {
      return 0;
    }
    char a = fold(s[i + 1], ignoreCase, unicodeCase);
    if (a == 's' || a == 't' || a == 'm' || a == 'd') {
      return 2;
    }
    if (i + 2 < n) {
      char b = fold(s[i + 2], ignoreCase, unicodeCase);
      if ((a == 'r' || a == 'v') && b == 'e' || a == 'l' && b == 'l') {
        return 3;
      }
    }
    return 0;
  }

  private static char fold(char c, boolean ignoreCase, boolean unicodeCase) {
    if (ignoreCase && c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    if (unicodeCase && c == '\u017F') {
      return 's';
    }
    return c;
  }

  /**
   * End of the whitespace piece at {@code i} under {@code \s*[\r\n]+|\s+(?!\S)|\s+}: up to the
   * last newline of the run if it has one, else the run less its last character when a
   * non-space follows (that character goes with the next word).
   *
   * @param wholeTrailingRun tiktoken's {@code \s++$} first: a run reaching the end is one piece
   */
  static int whitespace(char[] s, int i, int n, boolean wholeTrailingRun) {
    int j = i;
    int lastNewline = -1;
    while (j < n) {
      byte c = CharClass.of(s[j]); // White_Space is all in the BMP
      if (!CharClass.isSpace(c)) {
        break;
      }
      if (c == CharClass.NEWLINE) {
        lastNewline = j;
      }
      j++;
    }
    if (wholeTrailingRun && j == n) {
      return n;
    }
    if (lastNewline >= 0) {
      return lastNewline + 1;
    }
    return plainWhitespace(i, j, n);
  }

  /** {@code \s+(?!\S)|\s+} over the run {@code [i, j)}. */
  static int plainWhitespace(int i, int j, int n) {
    if (j == n || j - i == 1) {
      return j;
    }
    return j - 1;
  }
}
