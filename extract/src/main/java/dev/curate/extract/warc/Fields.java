// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.UUID;

/** Lenient parsing of header field values: dates, media types, target URIs. */
final class Fields {
  private Fields() {}

  // 2008-10-29T05:21:46-0700 (WARC/0.18, ClueWeb) and 2017-03-06T04:03:53+00:00
  private static final DateTimeFormatter OFFSET_NO_COLON =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendPattern("[XXX][XX][X]")
          .toFormatter(Locale.ROOT);

  // ARC dates: 14 digits, UTC
  private static final DateTimeFormatter ARC_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);

  /** WARC-Date (ISO 8601, W3C profile) or a 14-digit ARC date; null if unparseable. */
  static Instant parseDate(String value) {
    if (value == null) {
      return null;
    }
    String s = value.trim();
    if (s.isEmpty()) {
      return null;
    }
    try {
      if (s.length() == 14 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return LocalDateTime.parse(s, ARC_DATE).toInstant(ZoneOffset.UTC);
      }
      if (s.endsWith("Z") || s.endsWith("z")) {
        return Instant.parse(s.substring(0, s.length() - 1) + "Z");
      }
      if (s.length() > 19 && (s.indexOf('+', 19) > 0 || s.indexOf('-', 19) > 0)) {
        return OffsetDateTime.parse(s, OFFSET_NO_COLON).toInstant();
      }
      return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Media type of a Content-Type value, lower-case, without parameters; null if blank. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    String t = (semi >= 0 ? contentType.substring(0, semi) : contentType).trim().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? null : t;
  }

  /** The {@code charset} parameter of a Content-Type value, unquoted; null if absent. */
  static String charsetParam(String contentType) {
    if (contentType == null) {
      return null;
    }
    String[] parts = contentType.split(";");
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0 && parts[i].substring(0, eq).trim().equalsIgnoreCase("charset")) {
        String v = parts[i].substring(eq + 1).trim();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
          v = v.substring(1, v.length() - 1).trim();
        }
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  /** Target URI trimmed, with the angle brackets of WARC 1.0's grammar (wget) removed. */
  static String targetUri(String value) {
    if (value == null) {
      return null;
    }
    String s = value.trim();
    if (s.length() >= 2 && s.charAt(0) == '<' && s.charAt(s.length() - 1) == '>') {
      s = s.substring(1, s.length() - 1).trim();
    }
    return s.isEmpty() ? null : s;
  }

  /** Stable id for an ARC record, which has none: a name-based UUID of URL, date and offset. */
  static String arcRecordId(String url, String date, long offset) {
    byte[] key = (url + " " + date + " " + offset).getBytes(StandardCharsets.UTF_8);
    return "<urn:uuid:" + UUID.nameUUIDFromBytes(key) + ">";
  }

  /** Up to {@code max} bytes as printable ASCII with escapes, for error details. */
  static String preview(byte[] b, int len, int max) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(len, max); i++) {
      int c = b[i] & 0xff;
      if (c >= 0x20 && c < 0x7f) {
        sb.append((char) c);
      } else {
        sb.append(String.format(Locale.ROOT, "\\x%02x", c));
      }
    }
    return len > max ? sb + "..." : sb.toString();
  }
}
