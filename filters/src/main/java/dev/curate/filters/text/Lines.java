// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The three ways datatrove's rules cut a text into lines, and its paragraph split. They differ
 * on purpose (each rule was published with its own), so they are kept apart:
 *
 * <ul>
 *   <li>{@link #splitLines}: Python {@code str.splitlines()} (Gopher quality, C4);
 *   <li>{@link #splitNewline}: {@code text.split("\n")} (FineWeb quality);
 *   <li>{@link #splitNewlineRuns}: {@code re.split("\n+", text)} (Gopher repetition);
 *   <li>{@link #paragraphs}: {@code re.split(r"\n{2,}", text.strip())} (Gopher repetition).
 * </ul>
 */
public final class Lines {
  private Lines() {}

  /**
   * Python {@code str.splitlines()}: breaks on {@code \n}, {@code \r}, {@code \r\n}, VT, FF,
   * FS/GS/RS, NEL, U+2028 and U+2029; no trailing empty line; the empty text has no lines.
   */
  public static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    char[] a = text.toCharArray(); // array loops compile to far tighter code than charAt
    int n = a.length;
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = a[i];
      if (c <= '\r' ? c >= '\n' : (c < 0x85 ? c >= 0x1c && c <= 0x1e : isLineBreak(c))) {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && a[i + 1] == '\n') i++;
        start = i + 1;
      }
      i++;
    }
    if (start < n) out.add(text.substring(start));
    return out;
  }

  static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == 0x0b
        || c == 0x0c
        || (c >= 0x1c && c <= 0x1e)
        || c == 0x85
        || c == 0x2028
        || c == 0x2029;
  }

  /** {@code text.split("\n")}: always at least one (possibly empty) line. */
  public static List<String> splitNewline(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      out.add(text.substring(start, i));
      start = i + 1;
    }
    out.add(text.substring(start));
    return out;
  }

  /**
   * {@code re.split("\n+", text)}: like {@link #splitNewline} with interior empty lines removed;
   * an empty first or last part (text starting or ending with a newline) is kept.
   */
  public static List<String> splitNewlineRuns(String text) {
    List<String> all = splitNewline(text);
    List<String> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i);
      if (!line.isEmpty() || i == 0 || i == all.size() - 1) out.add(line);
    }
    return out;
  }

  /** {@code re.split(r"\n{2,}", text.strip())}: at least one (possibly empty) paragraph. */
  public static List<String> paragraphs(String text) {
    String s = PyStr.strip(text);
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = s.indexOf("\n\n");
    while (i >= 0) {
      out.add(s.substring(start, i));
      int j = i;
      while (j < s.length() && s.charAt(j) == '\n') j++;
      start = j;
      i = s.indexOf("\n\n", start);
    }
    out.add(s.substring(start));
    return out;
  }
}
