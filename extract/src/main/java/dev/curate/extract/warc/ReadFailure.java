// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.io.IOException;

/**
 * A format problem found while reading, carrying the {@link WarcEntry} reason and the file offset
 * where it was seen. Plain {@link IOException}s that are not {@code ReadFailure}s are I/O errors.
 */
final class ReadFailure extends IOException {
  private static final long serialVersionUID = 1L;

  final String reason;
  final long fileOffset;

  ReadFailure(String reason, long fileOffset, String message) {
    super(message);
    this.reason = reason;
    this.fileOffset = fileOffset;
  }

  static ReadFailure truncated(long fileOffset, String message) {
    return new ReadFailure(WarcEntry.TRUNCATED_FILE, fileOffset, message);
  }

  static ReadFailure corruptGzip(long fileOffset, String message) {
    return new ReadFailure(WarcEntry.CORRUPT_GZIP, fileOffset, message);
  }

  static ReadFailure malformed(long fileOffset, String message) {
    return new ReadFailure(WarcEntry.MALFORMED_RECORD, fileOffset, message);
  }
}
