// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.time.Instant;

/**
 * One record read from a WARC/ARC/WET file, or one bad stretch of the file.
 *
 * <p>{@code error} is null for a good record. Otherwise it is one of the reason constants below
 * and {@code errorDetail} says what was found. {@code payload} is null for every error except the
 * two decoding errors ({@link #BAD_CHUNKED_ENCODING}, {@link #BAD_CONTENT_ENCODING}), where it
 * holds a best-effort body: the raw body when decoding failed at its first byte (the header lied,
 * as browsers and warcio assume), else the part decoded before the failure.
 *
 * @param source input file name or path, as given to the reader
 * @param offset byte offset of the record in the file as stored (for gzip files: the offset of
 *     the gzip member holding the record start); best effort for errors
 * @param warcType WARC-Type ({@code response}, {@code resource}, {@code conversion}, {@code
 *     request}, {@code warcinfo}, {@code metadata}, {@code revisit}, ...); ARC records map to
 *     {@code warcinfo} (the {@code filedesc://} record) or {@code response}; null if unknown
 * @param recordId WARC-Record-ID; for ARC a synthetic {@code <urn:uuid:...>} derived from URL,
 *     date and offset; null if unknown
 * @param targetUri WARC-Target-URI, trimmed, angle brackets removed, inner spaces kept; may be null
 * @param date WARC-Date; null if missing or unparseable (not an error)
 * @param httpStatus HTTP status for records carrying an HTTP response, else -1
 * @param contentType payload media type, lower-case, without parameters; null if none
 * @param headerCharset charset parameter of that Content-Type, or null
 * @param payload payload with transfer and content encodings removed; null when not read
 * @param payloadBytes payload size as stored in the record, before decoding; -1 if unknown
 * @param error null if fine, else a reason constant of this class
 * @param errorDetail human-readable detail of the error, null if fine
 */
public record WarcEntry(
    String source,
    long offset,
    String warcType,
    String recordId,
    String targetUri,
    Instant date,
    int httpStatus,
    String contentType,
    String headerCharset,
    byte[] payload,
    long payloadBytes,
    String error,
    String errorDetail) {

  /** The file ends inside a record or gzip member; the reader stops after this entry. */
  public static final String TRUNCATED_FILE = "truncated_file";

  /**
   * Bytes that are not a valid record where one was expected: bad header, missing or wrong
   * Content-Length, junk between records. The reader skips to the next record start.
   */
  public static final String MALFORMED_RECORD = "malformed_record";

  /** A gzip member that cannot be inflated, or junk between gzip members; skipped to the next. */
  public static final String CORRUPT_GZIP = "corrupt_gzip";

  /** {@code Transfer-Encoding: chunked} whose body is not validly chunked. */
  public static final String BAD_CHUNKED_ENCODING = "bad_chunked_encoding";

  /** Content-Encoding that is unsupported or whose data does not decode. */
  public static final String BAD_CONTENT_ENCODING = "bad_content_encoding";

  /** Payload over {@link ReadLimits#maxPayloadBytes()}, stored or decoded; metadata is kept. */
  public static final String PAYLOAD_TOO_LARGE = "payload_too_large";

  /** Neither WARC nor ARC, or a compression we cannot read (LZ4, zstd, bzip2); one per file. */
  public static final String UNSUPPORTED_FORMAT = "unsupported_format";

  /** The underlying stream failed (not a format problem); the reader stops after this entry. */
  public static final String IO_ERROR = "io_error";

  /** True if this entry carries an error. */
  public boolean isError() {
    return error != null;
  }

  @Override
  public String toString() {
    return "WarcEntry{source="
        + source
        + ", offset="
        + offset
        + ", warcType="
        + warcType
        + ", recordId="
        + recordId
        + ", targetUri="
        + targetUri
        + ", date="
        + date
        + ", httpStatus="
        + httpStatus
        + ", contentType="
        + contentType
        + ", headerCharset="
        + headerCharset
        + ", payload="
        + (payload == null ? "null" : payload.length + " bytes")
        + ", payloadBytes="
        + payloadBytes
        + ", error="
        + error
        + ", errorDetail="
        + errorDetail
        + "}";
  }
}
