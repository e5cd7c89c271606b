// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import dev.curate.dedup.minhash.FastChars;
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
  private static final int PUNCTUATION = 1;
  private static final int WHITESPACE = 2;
  private static final int DIGIT = 4;
  /** {@link #normalize}'s classes of each character (as it sees it: after lower-casing). */
  private static final byte[] CLASS = new byte[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      CLASS[c] = (byte) ((isPunctuation(c) ? PUNCTUATION : 0) | (Character.isWhitespace(c) ? WHITESPACE : 0)
          | (Character.isDigit(c) ? DIGIT : 0));
    }
  }

  private ExactKey() {}

  /** The key of {@code text}; empty text after normalisation has the key of the empty string. */
  public static String of(String text, TextNormalization n) {
    Scratch scratch = SCRATCH.get();
    byte[] buffer = null;
    int length = -1;
    if (n.lowercase()) {
      buffer = scratch.buffer(3 * text.length());
      length = fastNormalizedUtf8(text, n, buffer);
    }
    if (length < 0) {
      buffer = normalize(text, n).getBytes(StandardCharsets.UTF_8);
      length = buffer.length;
    }
    MessageDigest sha = scratch.sha;
    sha.reset();
    sha.update(buffer, 0, length);
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  /**
   * Per-thread buffer and digest: a fresh 3-bytes-per-character buffer and a provider lookup per
   * document were about a fifth of the key's cost (zeroing alone is 450 MB per 100,000 pages).
   */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    private final MessageDigest sha;
    private byte[] buffer = new byte[1 << 16];

    Scratch() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required by every Java platform", e);
      }
    }

    byte[] buffer(int size) {
      if (size > 1 << 22) {
        return new byte[size]; // a huge page does not keep its buffer alive in the thread
      }
      if (buffer.length < size) {
        buffer = new byte[Math.max(size, buffer.length * 2)];
      }
      return buffer;
    }
  }

  /**
   * The UTF-8 bytes of {@link #normalize normalize(text, n)} (with lower-casing on) written into
   * {@code out} in one pass, without the intermediate strings: their length, or -1 if the text
   * has a character outside {@link FastChars} (then only the definition's path is right). For a
   * text of such characters NFKC changes nothing and lower-casing maps each character to one
   * character, so the definition's loop can run on the characters as they come. Three to five
   * times faster than the definition on prose, which is most of the key pass of the stage.
   */
  private static int fastNormalizedUtf8(String text, TextNormalization n, byte[] out) {
    byte[] cls = CLASS;
    int len = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!FastChars.is(c)) {
        return -1;
      }
      c = FastChars.lower(c);
      int k = cls[c];
      if (n.punctuation() && (k & PUNCTUATION) != 0) {
        continue;
      }
      if (n.digits() && (k & DIGIT) != 0) {
        c = '0';
      }
      if (n.whitespace() && (k & WHITESPACE) != 0) {
        space = len > 0;
        continue;
      }
      if (space) {
        out[len++] = ' ';
        space = false;
      }
      if (c < 0x80) {
        out[len++] = (byte) c;
      } else if (c < 0x800) {
        out[len++] = (byte) (0xC0 | c >> 6);
        out[len++] = (byte) (0x80 | c & 0x3F);
      } else { // never a surrogate: FastChars excludes them
        out[len++] = (byte) (0xE0 | c >> 12);
        out[len++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[len++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return len;
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
