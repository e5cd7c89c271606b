// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level precision, recall and F1 between an extracted text and the expected main content.
 *
 * <p>The WCXB scoring rule: lower-case both texts, split into {@code \w+} tokens (Unicode), count
 * tokens as multisets; precision = overlap / output tokens, recall = overlap / expected tokens.
 * Empty output against empty truth scores 1; empty against non-empty scores 0.
 */
public final class WordF1 {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Precision, recall and F1 of one page, each in [0, 1]. */
  public record Score(double precision, double recall, double f1) {}

  private WordF1() {}

  /** Lower-cased word tokens of {@code text} with their counts. */
  public static Map<String, Integer> tokens(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }

  /** Scores {@code output} against {@code expected}. */
  public static Score score(String output, String expected) {
    Map<String, Integer> out = tokens(output);
    Map<String, Integer> exp = tokens(expected);
    long outN = sum(out);
    long expN = sum(exp);
    if (outN == 0 && expN == 0) {
      return new Score(1, 1, 1);
    }
    if (outN == 0 || expN == 0) {
      return new Score(0, 0, 0);
    }
    long overlap = 0;
    for (Map.Entry<String, Integer> e : out.entrySet()) {
      Integer c = exp.get(e.getKey());
      if (c != null) {
        overlap += Math.min(c, e.getValue());
      }
    }
    double p = (double) overlap / outN;
    double r = (double) overlap / expN;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(p, r, f1);
  }

  /** Whether {@code snippet} occurs in {@code text} after collapsing whitespace in both. */
  public static boolean containsSnippet(String text, String snippet) {
    String s = normalizeSpace(snippet);
    return !s.isEmpty() && normalizeSpace(text).contains(s);
  }

  /** Collapses every whitespace run to one space and trims. */
  public static String normalizeSpace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static long sum(Map<String, Integer> counts) {
    long n = 0;
    for (int c : counts.values()) {
      n += c;
    }
    return n;
  }
}
