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
    return n.lowercase() ? of(SCRATCH.get().chars(text), text.length(), n) : hashed(normalize(text, n));
  }

  /**
   * The key of the characters {@code text[0, length)} (for callers that hold a text as characters
   * already, such as one decoded from UTF-8 into a reused array).
   */
  public static String of(char[] text, int length, TextNormalization n) {
    if (!n.lowercase()) {
      return hashed(normalize(new String(text, 0, length), n));
    }
    Scratch scratch = SCRATCH.get();
    byte[] buffer = scratch.buffer(3 * length);
    int bytes = fastNormalizedUtf8(text, length, n, buffer);
    return bytes < 0 ? hashed(normalize(new String(text, 0, length), n)) : hashed(buffer, bytes);
  }

  private static String hashed(String normalized) {
    byte[] bytes = normalized.getBytes(StandardCharsets.UTF_8);
    return hashed(bytes, bytes.length);
  }

  private static String hashed(byte[] buffer, int length) {
    MessageDigest sha = SCRATCH.get().sha;
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

    private char[] chars = new char[1 << 14];

    /** The text's characters, in a per-thread array unless the text is huge. */
    char[] chars(String text) {
      int length = text.length();
      if (length > 1 << 20) {
        return text.toCharArray();
      }
      if (chars.length < length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      text.getChars(0, length, chars, 0);
      return chars;
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
   * character, so the definition's loop can run on the characters as they come; a Greek capital
   * sigma is lower-cased by its context ({@link FastChars#lowerSigma}). One lookup per character
   * ({@link #table}) says what to write. Three to five times faster than the definition on prose,
   * which is most of the key pass of the stage.
   */
  private static int fastNormalizedUtf8(char[] t, int length, TextNormalization n, byte[] out) {
    int[] table = table(n);
    int len = 0;
    boolean space = false;
    for (int i = 0; i < length; i++) {
      int m = table[t[i]];
      if (m < 0x80) { // the usual case: an ASCII character to write
        if (space) {
          out[len++] = ' ';
          space = false;
        }
        out[len++] = (byte) m;
        continue;
      }
      if ((m & SKIP) != 0) {
        continue;
      }
      if ((m & GAP) != 0) {
        space = len > 0;
        continue;
      }
      if ((m & SLOW) != 0) {
        m = t[i] == FastChars.SIGMA ? FastChars.lowerSigma(t, i, length) : -1;
        if (m < 0) {
          return -1;
        }
      }
      if (space) {
        out[len++] = ' ';
        space = false;
      }
      char c = (char) m;
      if (c < 0x800) {
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

  /** {@link #table} entry flags: drop the character; it is whitespace; not a fast character. */
  private static final int SKIP = 1 << 16;
  private static final int GAP = 1 << 17;
  private static final int SLOW = 1 << 18;

  /** Tables by the normalisation's punctuation, digits and whitespace switches (built on first use). */
  private static final int[][] TABLES = new int[8][];

  /**
   * Per character, what the one-pass key writes for it when lower-casing: the character to write
   * (lower-cased, a digit as {@code 0} if so configured), {@link #SKIP}, {@link #GAP} or {@link
   * #SLOW}: the definition's loop, decided in advance.
   */
  private static int[] table(TextNormalization n) {
    int which = (n.punctuation() ? 1 : 0) | (n.digits() ? 2 : 0) | (n.whitespace() ? 4 : 0);
    int[] table = TABLES[which];
    if (table == null) {
      table = new int[65536];
      for (int i = 0; i < 65536; i++) {
        char c = (char) i;
        if (!FastChars.is(c)) {
          table[i] = SLOW;
          continue;
        }
        c = FastChars.lower(c);
        int k = CLASS[c];
        if (n.punctuation() && (k & PUNCTUATION) != 0) {
          table[i] = SKIP;
        } else if (n.digits() && (k & DIGIT) != 0) {
          table[i] = '0';
        } else if (n.whitespace() && (k & WHITESPACE) != 0) {
          table[i] = GAP;
        } else {
          table[i] = c;
        }
      }
      TABLES[which] = table; // racing threads build equal tables
    }
    return table;
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
