// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Spark SQL's order of strings (by UTF-8 bytes, which is code point order) for plain Java code
 * that must agree with {@code min(doc_id)} and sorts done by Spark: {@link String#compareTo}
 * compares UTF-16 units and so puts U+10000 and above (surrogate pairs) before U+E000..U+FFFF,
 * where Spark puts them after.
 */
final class SparkStringOrder implements Comparator<String>, Serializable {
  private static final long serialVersionUID = 1L;
  static final SparkStringOrder INSTANCE = new SparkStringOrder();

  private SparkStringOrder() {}

  @Override
  public int compare(String a, String b) {
    return compareStrings(a, b);
  }

  static int compareStrings(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (x >= 0xD800 && y >= 0xD800) {
          // Surrogates move above U+E000..U+FFFF, which move down: code point order.
          return codePointRank(x) - codePointRank(y);
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  static String min(String a, String b) {
    return compareStrings(a, b) <= 0 ? a : b;
  }

  private static int codePointRank(char c) {
    return c >= 0xE000 ? c - 0x800 : c + 0x2000;
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
