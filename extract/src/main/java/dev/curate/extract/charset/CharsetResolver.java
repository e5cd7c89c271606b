// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.charset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes payload bytes to text, choosing the charset the way browsers do: byte order mark, then
 * the HTTP header charset, then a {@code <meta>} declaration in the first {@value #PRESCAN_BYTES}
 * bytes ({@link MetaCharsetScanner}), then detection (strict UTF-8 check, then juniversalchardet),
 * else UTF-8. Unknown or unsupported labels fall through to the next step. Never throws: malformed
 * bytes become U+FFFD.
 *
 * <p>Labels map as in the WHATWG Encoding Standard (https://encoding.spec.whatwg.org/#names-and-labels):
 * {@code ISO-8859-1} and {@code US-ASCII} decode as {@code windows-1252}, {@code GB2312} as GBK,
 * {@code EUC-KR} as {@code windows-949}, {@code Shift_JIS} as {@code windows-31j}. UTF-7 and
 * UTF-32 are refused (browsers do not support them). A {@code <meta>} declaring UTF-16 means
 * UTF-8 (HTML prescan rule).
 */
public final class CharsetResolver {
  /** Bytes searched for a {@code <meta>} charset declaration. */
  public static final int PRESCAN_BYTES = 4096;

  /** Bytes given to the detector. */
  static final int DETECT_BYTES = 64 * 1024;

  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    alias("UTF-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8");
    alias(
        "windows-1252",
        "ansi_x3.4-1968", "ascii", "us-ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
        "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "x-cp1252",
        "x-user-defined");
    alias(
        "windows-1254",
        "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
        "iso_8859-9:1989", "l5", "latin5", "x-cp1254");
    alias("x-windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "tis620", "windows-874");
    alias(
        "GBK",
        "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58",
        "x-gbk");
    alias(
        "x-windows-949",
        "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
        "ksc5601", "ksc_5601", "windows-949");
    alias("windows-31j", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis");
    alias("Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
    alias("UTF-16LE", "utf-16", "utf-16le", "unicodefffe", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode");
    alias("UTF-16BE", "utf-16be", "unicodefeff");
    alias("ISO-8859-8", "iso-8859-8-i", "csiso88598i", "logical");
    alias("KOI8-U", "koi8-ru", "koi8-u");
    alias("x-MacRoman", "csmacintosh", "mac", "macintosh", "x-mac-roman");
  }

  private CharsetResolver() {}

  private static void alias(String charset, String... labels) {
    for (String label : labels) {
      ALIASES.put(label, charset);
    }
  }

  /**
   * Decodes {@code payload}.
   *
   * @param payload bytes to decode; null is treated as empty
   * @param headerCharset charset parameter of the HTTP Content-Type, or null
   */
  public static DecodedText decode(byte[] payload, String headerCharset) {
    byte[] b = payload == null ? new byte[0] : payload;
    // 1. byte order mark
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return decode(b, 3, StandardCharsets.UTF_8, DecodedText.BOM);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return decode(b, 2, StandardCharsets.UTF_16BE, DecodedText.BOM);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return decode(b, 2, StandardCharsets.UTF_16LE, DecodedText.BOM);
    }
    // 2. HTTP header
    Charset cs = forLabel(headerCharset);
    if (cs != null) {
      return decode(b, 0, cs, DecodedText.HEADER);
    }
    // 3. <meta charset> / <meta http-equiv>
    cs = forMetaLabel(MetaCharsetScanner.scan(b, PRESCAN_BYTES));
    if (cs != null) {
      return decode(b, 0, cs, DecodedText.META);
    }
    // 4. detection
    cs = detect(b);
    if (cs != null) {
      return decode(b, 0, cs, DecodedText.DETECTED);
    }
    return decode(b, 0, StandardCharsets.UTF_8, DecodedText.DEFAULT);
  }

  /** The charset a browser uses for {@code label}, or null if unknown or unsupported. */
  public static Charset forLabel(String label) {
    String key = normalize(label);
    if (key == null || key.contains("utf-7") || key.contains("utf7") || key.contains("utf-32") || key.contains("ucs-4")) {
      return null;
    }
    if (key.startsWith("iso-2022-kr") || key.startsWith("hz-gb") || key.startsWith("iso-2022-cn") || key.equals("replacement")) {
      return null; // WHATWG "replacement" encodings
    }
    String name = ALIASES.getOrDefault(key, key);
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) { // IllegalCharsetNameException, UnsupportedCharsetException
      return null;
    }
  }

  private static Charset forMetaLabel(String label) {
    Charset cs = forLabel(label);
    if (cs == null) {
      return null;
    }
    // HTML prescan: a meta tag cannot truthfully declare UTF-16 (it was read as ASCII).
    String n = cs.name();
    return n.startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
  }

  private static String normalize(String label) {
    if (label == null) {
      return null;
    }
    String s = label.trim().toLowerCase(Locale.ROOT);
    int start = 0;
    int end = s.length();
    while (start < end && !isLabelChar(s.charAt(start))) {
      start++;
    }
    while (end > start && !isLabelChar(s.charAt(end - 1))) {
      end--;
    }
    s = s.substring(start, end);
    return s.isEmpty() ? null : s;
  }

  private static boolean isLabelChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
  }

  /** Valid UTF-8 with non-ASCII bytes is UTF-8; pure ASCII is left to the default; else chardet. */
  static Charset detect(byte[] b) {
    int n = Math.min(b.length, DETECT_BYTES);
    Boolean utf8 = utf8Verdict(b, n);
    if (utf8 != null) {
      return utf8 ? StandardCharsets.UTF_8 : null;
    }
    UniversalDetector detector = new UniversalDetector(null);
    detector.handleData(b, 0, n);
    detector.dataEnd();
    return forLabel(detector.getDetectedCharset());
  }

  /**
   * TRUE if the first {@code n} bytes are valid UTF-8 with at least one multi-byte sequence (a
   * sequence cut at {@code n} is allowed), FALSE if all ASCII, null if not UTF-8.
   */
  private static Boolean utf8Verdict(byte[] b, int n) {
    boolean multi = false;
    int i = 0;
    while (i < n) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        min = 0x10000;
      } else {
        return null;
      }
      int cp = c & (0xff >> (len + 1));
      for (int k = 1; k < len; k++) {
        if (i + k >= n) {
          return multi ? Boolean.TRUE : null; // cut at the sample end
        }
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          return null;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return null;
      }
      multi = true;
      i += len;
    }
    return multi;
  }

  private static DecodedText decode(byte[] b, int offset, Charset cs, String method) {
    String text;
    try {
      text =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(b, offset, b.length - offset))
              .toString();
    } catch (CharacterCodingException | RuntimeException e) { // not expected with REPLACE
      text = new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
      cs = StandardCharsets.UTF_8;
    }
    return new DecodedText(text, cs.name(), method);
  }
}
