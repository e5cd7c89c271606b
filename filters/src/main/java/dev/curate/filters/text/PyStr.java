// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Python {@code str} semantics that the published rules depend on: what {@code isspace()},
 * {@code strip()}, {@code split()} and {@code count()} do, and lengths in code points ({@code
 * len(s)}), so that thresholds mean the same as in datatrove.
 */
public final class PyStr {
  private PyStr() {}

  /** Python {@code str.isspace()} for one UTF-16 unit (all such characters are in the BMP). */
  public static boolean isSpace(char c) {
    if (c <= ' ') return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    if (c < 0x85) return false;
    return c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }

  /** Number of code points in {@code s[from, to)}: Python's {@code len}. */
  public static int length(CharSequence s, int from, int to) {
    int n = to - from;
    for (int i = from; i < to - 1; i++) {
      if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
        n--;
        i++;
      }
    }
    return n;
  }

  /** Number of code points in {@code a[from, to)}. */
  public static int length(char[] a, int from, int to) {
    int n = to - from;
    for (int i = from; i < to - 1; i++) {
      if (Character.isHighSurrogate(a[i]) && Character.isLowSurrogate(a[i + 1])) {
        n--;
        i++;
      }
    }
    return n;
  }

  public static int length(CharSequence s) {
    return length(s, 0, s.length());
  }

  /** Python {@code len(s)}: fast when the string has no surrogates. */
  public static int length(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (Character.isSurrogate(s.charAt(i))) return length((CharSequence) s, 0, n);
    }
    return n;
  }

  /** Python {@code s.strip()}. */
  public static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) from++;
    while (to > from && isSpace(s.charAt(to - 1))) to--;
    return s.substring(from, to);
  }

  /** Index of the first non-space character ({@code lstrip}), or {@code s.length()}. */
  public static int lstripIndex(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) i++;
    return i;
  }

  /** End index after {@code rstrip}. */
  public static int rstripIndex(String s) {
    int i = s.length();
    while (i > 0 && isSpace(s.charAt(i - 1))) i--;
    return i;
  }

  /** Whether {@code s.strip() == ""}. */
  public static boolean isBlank(String s) {
    return lstripIndex(s) == s.length();
  }

  /** Python {@code s.split()}: runs of whitespace separate, no empty parts. */
  public static List<String> splitWhitespace(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) i++;
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) i++;
      if (i > start) out.add(s.substring(start, i));
    }
    return out;
  }

  /** Python {@code s.count(sub)}: non-overlapping occurrences. */
  public static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
    return n;
  }

  /** Python {@code s.count(c)} for one character. */
  public static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
    return n;
  }

  /**
   * Whether {@code s} may contain {@code lowerAscii} (lower-case ASCII) once lower-cased: a
   * cheap superset test, without lower-casing {@code s}, that finds every match of {@code
   * s.lower()} (and may report a few more, for characters like U+0130 that Java folds further).
   */
  public static boolean mayContainIgnoreCase(String s, String lowerAscii) {
    char first = lowerAscii.charAt(0);
    char upper = Character.toUpperCase(first);
    int len = lowerAscii.length();
    for (int i = s.indexOf(first); i >= 0; i = s.indexOf(first, i + 1)) {
      if (s.regionMatches(true, i, lowerAscii, 0, len)) return true;
    }
    for (int i = s.indexOf(upper); i >= 0; i = s.indexOf(upper, i + 1)) {
      if (s.regionMatches(true, i, lowerAscii, 0, len)) return true;
    }
    return false;
  }
}
