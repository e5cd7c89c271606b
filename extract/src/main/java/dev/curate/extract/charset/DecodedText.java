// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.charset;

/**
 * Text decoded from a payload.
 *
 * @param text decoded text, malformed bytes replaced by U+FFFD, byte order mark removed
 * @param charset Java name of the charset used, e.g. {@code UTF-8}, {@code windows-1252}
 * @param method how it was chosen: {@code bom}, {@code header}, {@code meta}, {@code detected} or
 *     {@code default}
 */
public record DecodedText(String text, String charset, String method) {
  public static final String BOM = "bom";
  public static final String HEADER = "header";
  public static final String META = "meta";
  public static final String DETECTED = "detected";
  public static final String DEFAULT = "default";
}
