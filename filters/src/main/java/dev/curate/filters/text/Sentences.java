// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

/**
 * Counts sentences in one line, standing in for NLTK Punkt's {@code sent_tokenize} that C4's
 * "at least 5 sentences" rule uses. A sentence ends at a run of {@code . ! ?} (or the CJK
 * {@code 。！？}) followed, after optional closing quotes or brackets, by a space or the end of
 * the line; a period after a one-letter initial ("J. Smith") does not end one. Text after the
 * last terminator counts as a sentence, so a non-blank line has at least one.
 */
public final class Sentences {
  private Sentences() {}

  public static int count(String line) {
    int n = line.length();
    int sentences = 0;
    boolean open = false; // non-space, non-terminator text seen since the last boundary
    int wordStart = 0;
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (PyStr.isSpace(c)) {
        wordStart = ++i;
        continue;
      }
      if (isCjkTerminator(c)) {
        while (i < n && isCjkTerminator(line.charAt(i))) i++;
        if (open) sentences++;
        open = false;
        wordStart = i;
        continue;
      }
      if (c == '.' || c == '!' || c == '?') {
        int j = i;
        while (j < n && (line.charAt(j) == '.' || line.charAt(j) == '!' || line.charAt(j) == '?'))
          j++;
        int k = j;
        while (k < n && isCloser(line.charAt(k))) k++;
        boolean boundary = k == n || PyStr.isSpace(line.charAt(k));
        boolean initial =
            c == '.' && j - i == 1 && i - wordStart == 1 && Character.isUpperCase(line.charAt(i - 1));
        if (boundary && open && !initial) {
          sentences++;
          open = false;
        }
        i = k;
        continue;
      }
      open = true;
      i++;
    }
    return open ? sentences + 1 : sentences;
  }

  private static boolean isCjkTerminator(char c) {
    return c == '\u3002' || c == '\uff01' || c == '\uff1f';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019'
        || c == '\u00bb';
  }
}
