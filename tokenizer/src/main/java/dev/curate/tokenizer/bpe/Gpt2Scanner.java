// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/**
 * GPT-2's pre-tokenizer (r50k_base, and Hugging Face's {@code ByteLevel} with {@code use_regex})
 * without a regex engine:
 *
 * <pre>
 * 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
 * </pre>
 *
 * Tested equal to {@link RegexPreTokenizer} on the parity corpus.
 */
final class Gpt2Scanner extends Scanner {

  Gpt2Scanner(String pattern) {
    super(pattern);
  }

  @Override
  int next(char[] s, int i, int n) {
    int cp = Scan.codePointAt(s, i, n);
    if (cp == '\'') {
      int k = Scan.contraction(s, i, n, false, false);
      if (k > 0) {
        return i + k;
      }
    }
    int start = i;
    byte c = CharClass.of(cp);
    if (cp == ' ' && i + 1 < n) {
      byte next = Scan.classAt(s, i + 1, n);
      if (!CharClass.isSpace(next)) {
        start = i + 1;
        c = next;
      }
    }
    if (CharClass.isLetter(c)) {
      return Scan.letters(s, start, n);
    }
    if (c == CharClass.NUMBER) {
      return Scan.numbers(s, start, n, Integer.MAX_VALUE);
    }
    if (CharClass.isOther(c)) {
      return Scan.others(s, start, n);
    }
    int j = i;
    while (j < n && CharClass.isSpace(CharClass.of(s[j]))) {
      j++;
    }
    return Scan.plainWhitespace(i, j, n);
  }

}
