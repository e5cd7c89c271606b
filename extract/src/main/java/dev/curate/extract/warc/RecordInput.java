// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;

/**
 * Buffered reader over a {@link DecodedStream} with look-ahead, line reading and push-back, which
 * tracks its position in decoded bytes. Short reads at end of file are returned, not thrown; the
 * callers decide whether that is a truncation.
 */
final class RecordInput implements Closeable {
  private static final int BUFFER = 64 * 1024;

  private final DecodedStream in;
  private byte[] buf = new byte[BUFFER];
  private int start; // next unread byte
  private int end; // end of valid bytes
  private long pos; // decoded position of buf[start]
  private boolean eof;

  RecordInput(DecodedStream in) {
    this.in = in;
  }

  /** Decoded position of the next byte to be read. */
  long position() {
    return pos;
  }

  /** File offset of the next byte to be read (member offset for gzip files). */
  long fileOffset() {
    return in.fileOffset(pos);
  }

  DecodedStream stream() {
    return in;
  }

  /** Byte at {@code position() + i}, or -1 past end of file; {@code i} must be below 32 KiB. */
  int peek(int i) throws IOException {
    while (start + i >= end) {
      if (!fill()) {
        return -1;
      }
    }
    return buf[start + i] & 0xff;
  }

  /** True if the next bytes equal {@code prefix}. */
  boolean startsWith(byte[] prefix) throws IOException {
    for (int i = 0; i < prefix.length; i++) {
      if (peek(i) != (prefix[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }

  int read() throws IOException {
    if (start == end && !fill()) {
      return -1;
    }
    pos++;
    return buf[start++] & 0xff;
  }

  /** Reads up to {@code len} bytes; returns fewer only at end of file (-1 if none). */
  int readFully(byte[] b, int off, int len) throws IOException {
    int done = 0;
    while (done < len) {
      if (start == end && !fill()) {
        break;
      }
      int n = Math.min(len - done, end - start);
      System.arraycopy(buf, start, b, off + done, n);
      start += n;
      pos += n;
      done += n;
    }
    return done == 0 && len > 0 ? -1 : done;
  }

  /** Skips up to {@code n} bytes; returns how many were skipped (fewer only at end of file). */
  long skip(long n) throws IOException {
    long done = 0;
    while (done < n) {
      if (start == end && !fill()) {
        break;
      }
      int k = (int) Math.min(n - done, end - start);
      start += k;
      pos += k;
      done += k;
    }
    return done;
  }

  /**
   * Reads one line including its {@code \n}, at most {@code max} bytes; the result lacks the
   * {@code \n} only when {@code max} was reached or the file ended. Null at end of file.
   */
  byte[] readLine(int max) throws IOException {
    byte[] line = new byte[Math.min(max, 256)];
    int n = 0;
    while (n < max) {
      int b = read();
      if (b < 0) {
        break;
      }
      if (n == line.length) {
        line = Arrays.copyOf(line, Math.min(max, line.length * 2));
      }
      line[n++] = (byte) b;
      if (b == '\n') {
        break;
      }
    }
    return n == 0 && max > 0 ? null : Arrays.copyOf(line, n);
  }

  /** Puts bytes back in front of the read point; the position moves back by {@code len}. */
  void unread(byte[] b, int off, int len) {
    if (len > start) {
      byte[] bigger = new byte[len + (end - start) + BUFFER];
      System.arraycopy(buf, start, bigger, len, end - start);
      end = len + (end - start);
      start = len;
      buf = bigger;
    }
    start -= len;
    System.arraycopy(b, off, buf, start, len);
    pos -= len;
  }

  /** Drops buffered bytes, e.g. after the stream skipped to the next gzip member. */
  void discardBuffered() {
    pos += end - start;
    start = end;
    eof = false;
  }

  /** True if the read point is at the start of a gzip member. */
  boolean atMemberStart() {
    return in.isMemberStart(pos);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (start > 0 && (end == buf.length || start == end)) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2); // only when peeking far ahead
    }
    int n = in.read(buf, end, buf.length - end);
    if (n < 0) {
      eof = true;
      return false;
    }
    end += n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
