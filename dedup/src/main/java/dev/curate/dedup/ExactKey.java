// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The exact-duplicate key of a text: a 128-bit hash (the first half of SHA-256, as 32 hex
 * characters) of the text after the configured normalisation, so two documents that differ only
 * in what the normalisation removes share a key.
 */
public final class ExactKey {
  private ExactKey() {}

  /** The key of {@code text}; empty text after normalisation has the key of the empty string. */
  public static String of(String text, TextNormalization n) {
    byte[] bytes = normalize(text, n).getBytes(StandardCharsets.UTF_8);
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The text as the key sees it (for inspection and tests). */
  public static String normalize(String text, TextNormalization n) {
    String s = n.nfkc() ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
    if (n.lowercase()) {
      s = s.toLowerCase(Locale.ROOT);
    }
    if (!n.punctuation() && !n.digits() && !n.whitespace()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (n.punctuation() && isPunctuation(c)) {
        continue;
      }
      if (n.digits() && Character.isDigit(c)) {
        c = '0';
      }
      if (n.whitespace() && Character.isWhitespace(c) || c == 0xA0) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.appendCodePoint(c);
    }
    return b.toString();
  }

  private static boolean isPunctuation(int c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
