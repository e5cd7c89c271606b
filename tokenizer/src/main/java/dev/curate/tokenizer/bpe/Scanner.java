// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import dev.curate.tokenizer.IntList;

/**
 * A pre-tokenizer written by hand for one known pattern: every position starts a match (the
 * patterns are total), so splitting is "end of the piece at {@code i}" until the text ends.
 */
abstract class Scanner implements PreTokenizer {
  private final String pattern;

  Scanner(String pattern) {
    this.pattern = pattern;
  }

  /** End of the piece that starts at {@code i < n}. */
  abstract int next(char[] s, int i, int n);

  @Override
  public final void split(char[] s, int n, IntList ends) {
    int i = 0;
    while (i < n) {
      i = next(s, i, n);
      ends.add(i);
    }
  }

  @Override
  public final String pattern() {
    return pattern;
  }
}
