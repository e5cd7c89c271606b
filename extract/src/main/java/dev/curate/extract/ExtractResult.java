// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract;

import java.time.Instant;

/**
 * The outcome for one WARC record: a document ({@code reason == null}) or a rejection.
 *
 * <p>Rejections keep whatever was known about the record (file, offset, type, id, URL) so that
 * {@code rejected/} lists every dropped record with where it came from. Fields that do not apply
 * are null (or -1 for numbers).
 *
 * @param docId stable id derived from the WARC record id (null if the record had none)
 * @param source input file
 * @param offset byte offset of the record in the input file
 * @param payloadBytes payload size as stored in the record, bytes
 * @param textBytes UTF-8 size of {@code text}, bytes
 * @param reason null if kept, else one of {@link ExtractReasons}
 * @param detail human-readable detail of the reason (status code, content type, exception)
 */
public record ExtractResult(
    String docId,
    String url,
    String host,
    Instant crawlDate,
    String source,
    long offset,
    String warcType,
    String warcRecordId,
    String title,
    String text,
    String contentType,
    String charset,
    long payloadBytes,
    long textBytes,
    String reason,
    String detail) {

  public boolean kept() {
    return reason == null;
  }
}
