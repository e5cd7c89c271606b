// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract;

/**
 * Why the extract stage did not turn a WARC record into a document.
 *
 * <p>Every record read is kept or has exactly one of these reasons. Reasons under {@code
 * extract.error.} are unreadable input (counted as errors); the others are records that were
 * read fine but are not pages with text.
 */
public final class ExtractReasons {
  public static final String NAME = "extract";
  /** warcinfo, request, metadata, revisit, ... records: not a fetched page. */
  public static final String NON_PAGE_RECORD = NAME + ".non_page_record";
  /** HTTP status other than 200 (redirects, 404s, server errors). */
  public static final String HTTP_STATUS = NAME + ".http_status";
  /** A 200 response whose payload is not HTML (PDF, image, JSON, ...). */
  public static final String NOT_HTML = NAME + ".not_html";
  /** Payload over {@code extract.max_payload_bytes}. */
  public static final String TOO_LARGE = NAME + ".too_large";
  /** Parsing and extraction ran over {@code extract.max_millis_per_record}. */
  public static final String TIMEOUT = NAME + ".timeout";
  /** The page has no main text (or less than {@code extract.min_text_chars}). */
  public static final String NO_TEXT = NAME + ".no_text";
  /** Prefix of unreadable-input reasons; the suffix is the reader's reason. */
  public static final String ERROR_PREFIX = NAME + ".error.";
  /** The extractor itself failed on this page (a bug, reported rather than fatal). */
  public static final String EXTRACTOR_FAILURE = ERROR_PREFIX + "extractor_failure";

  private ExtractReasons() {}

  public static boolean isError(String reason) {
    return reason != null && reason.startsWith(ERROR_PREFIX);
  }
}
