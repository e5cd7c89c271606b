// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import dev.curate.tokenizer.IntList;
import java.nio.CharBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits with a regular expression, for patterns no hand-written scanner knows, and as the
 * reference the scanners are tested against.
 *
 * <p>The pattern is written for Rust's regex crate or Oniguruma; {@code \s}, {@code \S}, {@code
 * \d} and {@code \D} are rewritten to their Unicode meaning there ({@code \p{IsWhite_Space}},
 * {@code \p{Nd}}), which {@code java.util.regex} gives only under flags that would also change
 * {@code (?i)}. {@code (?i)} is ASCII-only, as in Oniguruma (so {@code (?i:'s)} does not match
 * {@code 'ſ}), unless {@code unicodeCase} (tiktoken's Rust regex folds ſ to s).
 */
final class RegexPreTokenizer implements PreTokenizer {
  private final String source;
  private final Pattern pattern;

  /**
   * @param source the pattern as the tokenizer file declares it
   * @param unicodeCase whether {@code (?i)} folds case beyond ASCII (tiktoken) or not (HF)
   */
  RegexPreTokenizer(String source, boolean unicodeCase) {
    this.source = source;
    this.pattern = Pattern.compile(translate(source), unicodeCase ? Pattern.UNICODE_CASE : 0);
  }

  @Override
  public void split(char[] text, int length, IntList ends) {
    Matcher m = pattern.matcher(CharBuffer.wrap(text, 0, length));
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        ends.add(m.start());
      }
      if (m.end() > m.start()) {
        ends.add(m.end());
      }
      last = m.end();
    }
    if (last < length) {
      ends.add(length);
    }
  }

  @Override
  public String pattern() {
    return source;
  }

  static String translate(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 32);
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(++i);
        switch (next) {
          case 's' -> out.append("\\p{IsWhite_Space}");
          case 'S' -> out.append("\\P{IsWhite_Space}");
          case 'd' -> out.append("\\p{Nd}");
          case 'D' -> out.append("\\P{Nd}");
          default -> out.append(c).append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
