// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.charset;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the charset label declared by {@code <meta charset=...>} or {@code <meta
 * http-equiv="Content-Type" content="...; charset=...">} in the first bytes of an HTML document.
 *
 * <p>A simplified HTML5 prescan (https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding):
 * comments are skipped, attributes of every tag are parsed so that a quoted {@code "<meta"} is not
 * mistaken for a tag, and the first declaring {@code meta} wins.
 */
final class MetaCharsetScanner {
  private MetaCharsetScanner() {}

  /** The declared label (not validated), or null. */
  static String scan(byte[] bytes, int maxBytes) {
    int n = Math.min(bytes.length, maxBytes);
    // ISO-8859-1 maps bytes 1:1 to chars, so indexes stay byte offsets (ASCII-compatible prescan).
    String s = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    int i = 0;
    while (i < n) {
      int lt = s.indexOf('<', i);
      if (lt < 0) {
        return null;
      }
      if (s.startsWith("<!--", lt)) {
        int end = s.indexOf("-->", lt + 4);
        if (end < 0) {
          return null;
        }
        i = end + 3;
        continue;
      }
      boolean meta = s.regionMatches(true, lt + 1, "meta", 0, 4) && lt + 5 < n && isTagEnd(s.charAt(lt + 5));
      int p = lt + 1;
      if (meta) {
        p = lt + 5;
      } else if (p < n && (isLetter(s.charAt(p)) || s.charAt(p) == '/')) {
        while (p < n && !isSpace(s.charAt(p)) && s.charAt(p) != '>') {
          p++;
        }
      } else if (p < n && (s.charAt(p) == '!' || s.charAt(p) == '?')) {
        int end = s.indexOf('>', p);
        if (end < 0) {
          return null;
        }
        i = end + 1;
        continue;
      } else {
        i = lt + 1;
        continue;
      }
      // attributes up to '>'
      String charset = null;
      String httpEquiv = null;
      String content = null;
      while (true) {
        while (p < n && (isSpace(s.charAt(p)) || s.charAt(p) == '/')) {
          p++;
        }
        if (p >= n || s.charAt(p) == '>') {
          break;
        }
        int nameStart = p;
        while (p < n && !isSpace(s.charAt(p)) && "=/>".indexOf(s.charAt(p)) < 0) {
          p++;
        }
        String name = s.substring(nameStart, p).toLowerCase(Locale.ROOT);
        while (p < n && isSpace(s.charAt(p))) {
          p++;
        }
        String value = "";
        if (p < n && s.charAt(p) == '=') {
          p++;
          while (p < n && isSpace(s.charAt(p))) {
            p++;
          }
          if (p < n && (s.charAt(p) == '"' || s.charAt(p) == '\'')) {
            char q = s.charAt(p);
            int end = s.indexOf(q, p + 1);
            if (end < 0) {
              return null;
            }
            value = s.substring(p + 1, end);
            p = end + 1;
          } else {
            int vs = p;
            while (p < n && !isSpace(s.charAt(p)) && s.charAt(p) != '>') {
              p++;
            }
            value = s.substring(vs, p);
          }
        }
        if (meta) {
          if (name.equals("charset") && charset == null) {
            charset = value;
          } else if (name.equals("http-equiv") && httpEquiv == null) {
            httpEquiv = value;
          } else if (name.equals("content") && content == null) {
            content = value;
          }
        }
      }
      if (meta) {
        if (charset != null && !charset.isBlank()) {
          return charset.trim();
        }
        if (httpEquiv != null && httpEquiv.trim().equalsIgnoreCase("content-type") && content != null) {
          String fromContent = charsetFromContent(content);
          if (fromContent != null) {
            return fromContent;
          }
        }
      }
      i = p + 1;
    }
    return null;
  }

  /** HTML "extracting a character encoding from a meta element". */
  static String charsetFromContent(String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int k = lower.indexOf("charset", from);
      if (k < 0) {
        return null;
      }
      int p = k + 7;
      while (p < lower.length() && isSpace(lower.charAt(p))) {
        p++;
      }
      if (p >= lower.length() || lower.charAt(p) != '=') {
        from = k + 7;
        continue;
      }
      p++;
      while (p < lower.length() && isSpace(lower.charAt(p))) {
        p++;
      }
      if (p >= lower.length()) {
        return null;
      }
      char c = content.charAt(p);
      if (c == '"' || c == '\'') {
        int end = content.indexOf(c, p + 1);
        return end < 0 ? null : content.substring(p + 1, end).trim();
      }
      int end = p;
      while (end < content.length() && !isSpace(content.charAt(end)) && content.charAt(end) != ';') {
        end++;
      }
      return end > p ? content.substring(p, end) : null;
    }
  }

  private static boolean isTagEnd(char c) {
    return isSpace(c) || c == '/' || c == '>';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
