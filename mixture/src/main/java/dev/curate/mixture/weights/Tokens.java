// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

import java.util.Locale;

/** Token counts and ratios as error messages show them. */
final class Tokens {
  private Tokens() {}

  /** {@code 10B}, {@code 2.5M}, {@code 1200}. */
  static String human(double tokens) {
    double a = Math.abs(tokens);
    if (a >= 1e9) {
      return number(tokens / 1e9) + "B";
    }
    if (a >= 1e6) {
      return number(tokens / 1e6) + "M";
    }
    if (a >= 1e4) {
      return number(tokens / 1e3) + "K";
    }
    return number(tokens);
  }

  /** At most 2 decimals, no trailing zeros: {@code 4}, {@code 7.3}, {@code 0.15}. */
  static String number(double x) {
    String s = String.format(Locale.ROOT, "%.2f", x);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
