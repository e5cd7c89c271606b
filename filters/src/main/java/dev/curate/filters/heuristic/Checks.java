// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

/** Constructor argument checks with messages that name the filter, the parameter and the value. */
final class Checks {
  private Checks() {}

  static double atLeastZero(String filter, String param, double value) {
    if (!(value >= 0)) { // also rejects NaN
      throw new IllegalArgumentException(
          filter + ": " + param + " must be >= 0, got " + value);
    }
    return value;
  }

  static double fraction(String filter, String param, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          filter + ": " + param + " must be in [0, 1], got " + value);
    }
    return value;
  }

  static int atLeastZero(String filter, String param, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(filter + ": " + param + " must be >= 0, got " + value);
    }
    return value;
  }

  static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
