// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/**
 * o200k_base's pre-tokenizer without a regex engine:
 *
 * <pre>
 * [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
 * |[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
 * |\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+
 * </pre>
 *
 * The first two alternatives are resolved as the backtracking engine would: with the optional
 * prefix before without it, the "upper" run ({@code U*}: Lu, Lt, Lm, Lo, M) greedy, giving back
 * characters until a "lower" run ({@code W+}: Ll, Lm, Lo, M) can start. Tested equal to {@link
 * RegexPreTokenizer} on the parity corpus.
 */
final class O200kScanner extends Scanner {

  O200kScanner(String pattern) {
    super(pattern);
  }

  @Override
  int next(char[] s, int i, int n) {
    int cp = Scan.codePointAt(s, i, n);
    int w = Character.charCount(cp);
    byte c = CharClass.of(cp);
    boolean prefix = c != CharClass.NEWLINE && c != CharClass.NUMBER && !CharClass.isLetter(c);
    int e = -1;
    if (prefix) {
      e = upperThenLower(s, i + w, n);
    }
    if (e < 0) {
      e = upperThenLower(s, i, n);
    }
    if (e < 0 && prefix) {
      e = upperRun(s, i + w, n);
    }
    if (e < 0) {
      e = upperRun(s, i, n);
    }
    if (e >= 0) {
      return e < n && s[e] == '\'' ? e + Scan.contraction(s, e, n, true, true) : e;
    }
    if (c == CharClass.NUMBER) {
      return Scan.numbers(s, i, n, 3);
    }
    int j = i;
    if (cp == ' ' && i + 1 < n && CharClass.isOther(Scan.classAt(s, i + 1, n))) {
      j = i + 1;
    }
    if (CharClass.isOther(Scan.classAt(s, j, n))) {
      j = Scan.others(s, j, n);
      while (j < n && (s[j] == '\r' || s[j] == '\n' || s[j] == '/')) {
        j++;
      }
      return j;
    }
    return Scan.whitespace(s, i, n, false);
  }

  /** {@code [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]} as a {@link Scan#run} mask. */
  private static final int UPPER =
      1 << CharClass.UPPER | 1 << CharClass.CASELESS | 1 << CharClass.MARK;
  /** {@code [\p{Ll}\p{Lm}\p{Lo}\p{M}]} as a {@link Scan#run} mask. */
  private static final int LOWER =
      1 << CharClass.LOWER | 1 << CharClass.CASELESS | 1 << CharClass.MARK;

  /** {@code U*W+} from {@code k}: its end, or -1. */
  private static int upperThenLower(char[] s, int k, int n) {
    int q = k;
    int afterLastBoth = -1; // end of the last character in both classes (Lm, Lo, M)
    while (q < n) {
      int cp = Scan.codePointAt(s, q, n);
      byte c = CharClass.of(cp);
      if ((UPPER >>> c & 1) == 0) {
        break;
      }
      q += Character.charCount(cp);
      if (c != CharClass.UPPER) {
        afterLastBoth = q;
      }
    }
    if (q < n && Scan.classAt(s, q, n) == CharClass.LOWER) {
      return Scan.run(s, q, n, LOWER);
    }
    return afterLastBoth;
  }

  /** {@code U+W*} from {@code k}: its end, or -1. */
  private static int upperRun(char[] s, int k, int n) {
    int q = Scan.run(s, k, n, UPPER);
    return q == k ? -1 : Scan.run(s, q, n, LOWER);
  }
}
