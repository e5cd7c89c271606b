// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Settings of the extract stage (WARC records to documents).
 *
 * @param maxPayloadBytes HTTP payloads larger than this (after content decoding) are rejected as
 *     {@code extract.too_large} without being parsed
 * @param maxMillisPerRecord wall-clock budget for parsing and extracting one page; a page over
 *     it is rejected as {@code extract.timeout}
 * @param minTextChars documents whose main text is shorter are rejected as {@code
 *     extract.no_text}; 1 keeps every page with any text
 * @param textFormat {@code plain} text, or {@code markdown} that keeps headings and list marks
 */
public record ExtractSettings(
    long maxPayloadBytes, long maxMillisPerRecord, int minTextChars, TextFormat textFormat)
    implements java.io.Serializable {
  public ExtractSettings {
    Check.atLeast("extract.max_payload_bytes", maxPayloadBytes, 1024);
    Check.positive("extract.max_millis_per_record", maxMillisPerRecord);
    Check.positive("extract.min_text_chars", minTextChars);
    Check.required("extract.text_format", textFormat);
  }

  /** Output text flavour. */
  public enum TextFormat {
    @JsonProperty("plain")
    PLAIN,
    @JsonProperty("markdown")
    MARKDOWN
  }
}
