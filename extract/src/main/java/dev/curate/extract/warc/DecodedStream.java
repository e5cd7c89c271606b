// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.io.IOException;
import java.io.InputStream;

/**
 * The decompressed bytes of a file, with a map from positions in that stream (counted in bytes
 * returned by {@link #read}) back to offsets in the file as stored.
 */
abstract class DecodedStream extends InputStream {
  /** File offset of the unit (gzip member, or the byte itself) holding decoded position {@code pos}. */
  abstract long fileOffset(long pos);

  /** True if a new gzip member starts exactly at decoded position {@code pos}. */
  abstract boolean isMemberStart(long pos);

  /** Drops bookkeeping for positions before {@code pos}; they will not be asked for again. */
  abstract void forgetBefore(long pos);

  /**
   * After a {@link WarcEntry#CORRUPT_GZIP} failure: skips to the next gzip member that inflates.
   * Unsupported for plain files.
   */
  void skipToNextMember() throws IOException {
    throw new UnsupportedOperationException("not a gzip stream");
  }

  /** Uncompressed file: decoded position == file offset. */
  static DecodedStream plain(InputStream in) {
    return new DecodedStream() {
      @Override
      public int read() throws IOException {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }

      @Override
      long fileOffset(long pos) {
        return pos;
      }

      @Override
      boolean isMemberStart(long pos) {
        return false;
      }

      @Override
      void forgetBefore(long pos) {}
    };
  }
}
