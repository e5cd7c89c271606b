// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

/** A tiny HTML writer: {@link #text} escapes, {@link #raw} does not. */
final class Html {
  final StringBuilder sb = new StringBuilder(16_384);

  Html raw(String s) {
    sb.append(s);
    return this;
  }

  Html text(String s) {
    escape(sb, s, false);
    return this;
  }

  /** An attribute value, escaped; the caller writes the quotes. */
  Html attr(String s) {
    escape(sb, s, true);
    return this;
  }

  Html el(String tag, String text) {
    sb.append('<').append(tag).append('>');
    escape(sb, text, false);
    sb.append("</").append(tag).append('>');
    return this;
  }

  Html link(String href, String text) {
    sb.append("<a href=\"");
    escape(sb, href, true);
    sb.append("\">");
    escape(sb, text, false);
    sb.append("</a>");
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  /** Escapes {@code & < >}, and {@code "} in attributes: the form {@code main_text} checks expect. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(sb, s, false);
    return sb.toString();
  }

  private static void escape(StringBuilder sb, String s, boolean attr) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attr ? "&quot;" : "\"");
        default -> sb.append(c);
      }
    }
  }
}
