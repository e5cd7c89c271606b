// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/**
 * The pre-tokenizer of cl100k_base, Llama 3 and Qwen 2/3 without a regex engine:
 *
 * <pre>
 * (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
 * </pre>
 *
 * with {@code \p{N}} (Qwen) instead of {@code \p{N}{1,3}} by {@code maxDigits}; each alternative
 * is tried in order at each position, as a backtracking engine does. Tested equal to {@link
 * RegexPreTokenizer} on the parity corpus.
 */
final class Cl100kScanner extends Scanner {
  private final int maxDigits;
  private final boolean unicodeCase;
  private final boolean wholeTrailingRun;

  /**
   * @param pattern the pattern this scanner stands for
   * @param maxDigits 3 for {@code \p{N}{1,3}}, 1 for {@code \p{N}}
   * @param unicodeCase whether {@code (?i:'s)} also matches {@code 'ſ} (tiktoken)
   * @param wholeTrailingRun tiktoken's newer {@code \s++$} alternative
   */
  Cl100kScanner(String pattern, int maxDigits, boolean unicodeCase, boolean wholeTrailingRun) {
    super(pattern);
    this.maxDigits = maxDigits;
    this.unicodeCase = unicodeCase;
    this.wholeTrailingRun = wholeTrailingRun;
  }

  @Override
  int next(char[] s, int i, int n) {
    int cp = Scan.codePointAt(s, i, n);
    int w = Character.charCount(cp);
    byte c = CharClass.of(cp);
    if (cp == '\'') {
      int k = Scan.contraction(s, i, n, true, unicodeCase);
      if (k > 0) {
        return i + k;
      }
    }
    if (CharClass.isLetter(c)) {
      return Scan.letters(s, i + w, n);
    }
    if (c != CharClass.NEWLINE && c != CharClass.NUMBER && i + w < n
        && CharClass.isLetter(Scan.classAt(s, i + w, n))) {
      return Scan.letters(s, i + w, n);
    }
    if (c == CharClass.NUMBER) {
      return Scan.numbers(s, i, n, maxDigits);
    }
    int j = i;
    if (cp == ' ' && i + 1 < n && CharClass.isOther(Scan.classAt(s, i + 1, n))) {
      j = i + 1;
    }
    if (CharClass.isOther(Scan.classAt(s, j, n))) {
      return Scan.newlines(s, Scan.others(s, j, n), n);
    }
    return Scan.whitespace(s, i, n, wholeTrailingRun);
  }

}
