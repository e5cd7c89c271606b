// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

/**
 * Range checks for config records' compact constructors.
 *
 * <p>Each check names the key as it is written in YAML so that {@link ConfigLoader} can report
 * {@code file: key: problem}.
 */
public final class Check {
  private Check() {}

  public static long positive(String key, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(key + ": must be > 0, got " + value);
    }
    return value;
  }

  public static int positive(String key, int value) {
    return (int) positive(key, (long) value);
  }

  public static long atLeast(String key, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(key + ": must be >= " + min + ", got " + value);
    }
    return value;
  }

  public static double between(String key, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          key + ": must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  public static <T> T required(String key, T value) {
    if (value == null) {
      throw new IllegalArgumentException(key + ": is required");
    }
    return value;
  }

  public static String nonBlank(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + ": must be a non-empty string");
    }
    return value;
  }
}
