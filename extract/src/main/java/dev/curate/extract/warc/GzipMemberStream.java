// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates a multi-member gzip file (RFC 1952) and remembers where each member starts, so records
 * can be located by file offset and reading can resume at the next member after a corrupt one.
 *
 * <p>Unlike {@link java.util.zip.GZIPInputStream} it reports a file cut inside a member as {@link
 * WarcEntry#TRUNCATED_FILE}, and corrupt data or junk between members as {@link
 * WarcEntry#CORRUPT_GZIP}, both as {@link ReadFailure}s with the member offset. CRC and ISIZE are
 * not checked (WARC digests are ignored too).
 */
final class GzipMemberStream extends DecodedStream {
  private static final int CAPACITY = 512 * 1024; // bytes of raw (compressed) input kept in memory
  private static final int RETAIN = 256 * 1024; // raw bytes kept behind the read point for resync
  private static final int MAX_HEADER_STRING = 64 * 1024; // FNAME / FCOMMENT bound

  private final InputStream raw;
  private final byte[] buf = new byte[CAPACITY];
  private int bufPos; // next raw byte not yet handed to the inflater
  private int bufEnd;
  private long bufFileOffset; // file offset of buf[0]
  private boolean rawEof;

  private final Inflater inflater = new Inflater(true);
  private boolean inMember;
  private long memberOffset; // file offset of the current (or last attempted) member
  private long produced; // decoded bytes produced so far
  private final TreeMap<Long, Long> starts = new TreeMap<>(); // decoded pos -> member file offset

  private byte[] pending; // bytes inflated while validating a resync candidate
  private int pendingPos;

  GzipMemberStream(InputStream raw) {
    this.raw = raw;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pending != null) {
      int n = Math.min(len, pending.length - pendingPos);
      System.arraycopy(pending, pendingPos, b, off, n);
      pendingPos += n;
      if (pendingPos == pending.length) {
        pending = null;
      }
      return n;
    }
    return inflate(b, off, len);
  }

  private int inflate(byte[] b, int off, int len) throws IOException {
    int idle = 0; // guards against an inflater that neither produces nor consumes
    while (true) {
      if (!inMember && !startMember()) {
        return -1;
      }
      if (inflater.needsInput()) {
        if (bufPos == bufEnd && !fill()) {
          throw ReadFailure.truncated(memberOffset, "file ends inside gzip member at " + memberOffset);
        }
        inflater.setInput(buf, bufPos, bufEnd - bufPos);
        bufPos = bufEnd;
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw ReadFailure.corruptGzip(
            memberOffset, "corrupt deflate data in gzip member at " + memberOffset + ": " + e.getMessage());
      }
      if (n > 0) {
        produced += n;
        return n;
      }
      if (inflater.finished()) {
        bufPos = bufEnd - inflater.getRemaining();
        skipRaw(8, "gzip trailer"); // CRC32 + ISIZE, not checked
        inMember = false;
        continue;
      }
      if (inflater.needsDictionary()) {
        throw ReadFailure.corruptGzip(memberOffset, "gzip member at " + memberOffset + " needs a dictionary");
      }
      if (!inflater.needsInput() && ++idle > 3) {
        throw ReadFailure.corruptGzip(memberOffset, "inflater stalled in gzip member at " + memberOffset);
      }
    }
  }

  /** Parses a member header at the read point; false at a clean end of file. */
  private boolean startMember() throws IOException {
    memberOffset = filePosition();
    int b0 = rawByte();
    if (b0 < 0) {
      return false;
    }
    int b1 = needRaw();
    if (b0 != 0x1f || b1 != 0x8b) {
      throw ReadFailure.corruptGzip(memberOffset, "no gzip member at offset " + memberOffset);
    }
    int method = needRaw();
    int flags = needRaw();
    if (method != 8 || (flags & 0xe0) != 0) {
      throw ReadFailure.corruptGzip(
          memberOffset, "bad gzip header at " + memberOffset + " (method " + method + ", flags " + flags + ")");
    }
    skipRaw(6, "gzip header"); // MTIME, XFL, OS
    if ((flags & 4) != 0) { // FEXTRA, e.g. the WARC "sl" record-length field
      int xlen = needRaw() | needRaw() << 8;
      skipRaw(xlen, "gzip extra field");
    }
    for (int flag : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
      if ((flags & flag) != 0) {
        int n = 0;
        while (needRaw() != 0) {
          if (++n > MAX_HEADER_STRING) {
            throw ReadFailure.corruptGzip(memberOffset, "unterminated gzip header string at " + memberOffset);
          }
        }
      }
    }
    if ((flags & 2) != 0) { // FHCRC
      skipRaw(2, "gzip header");
    }
    inflater.reset();
    inMember = true;
    starts.put(produced, memberOffset);
    return true;
  }

  @Override
  void skipToNextMember() throws IOException {
    pending = null;
    inMember = false;
    inflater.reset();
    long scan = memberOffset + 1;
    while (true) {
      int i = (int) Math.max(0, scan - bufFileOffset);
      bufPos = Math.min(i, bufEnd);
      if (!findMagic()) {
        return; // end of file: nothing more to read
      }
      scan = filePosition();
      try {
        byte[] probe = new byte[256];
        int n = inflate(probe, 0, probe.length);
        if (n > 0) {
          pending = java.util.Arrays.copyOf(probe, n);
          pendingPos = 0;
        }
        return;
      } catch (ReadFailure f) {
        if (!WarcEntry.CORRUPT_GZIP.equals(f.reason)) {
          throw f;
        }
        inMember = false;
        inflater.reset();
        scan++;
      }
    }
  }

  /** Moves the read point to the next 1f 8b 08 sequence; false if the file ends first. */
  private boolean findMagic() throws IOException {
    while (true) {
      while (bufPos + 3 <= bufEnd) {
        if ((buf[bufPos] & 0xff) == 0x1f && (buf[bufPos + 1] & 0xff) == 0x8b && buf[bufPos + 2] == 8) {
          return true;
        }
        bufPos++;
      }
      if (!fill()) {
        bufPos = bufEnd;
        return false;
      }
    }
  }

  private long filePosition() {
    return bufFileOffset + bufPos;
  }

  private int rawByte() throws IOException {
    if (bufPos == bufEnd && !fill()) {
      return -1;
    }
    return buf[bufPos++] & 0xff;
  }

  private int needRaw() throws IOException {
    int b = rawByte();
    if (b < 0) {
      throw ReadFailure.truncated(memberOffset, "file ends inside gzip member at " + memberOffset);
    }
    return b;
  }

  private void skipRaw(int n, String what) throws IOException {
    for (int i = 0; i < n; i++) {
      if (rawByte() < 0) {
        throw ReadFailure.truncated(memberOffset, "file ends inside " + what + " at " + memberOffset);
      }
    }
  }

  /**
   * Reads more raw bytes after {@code bufEnd}; false at end of file. Keeps up to {@link #RETAIN}
   * bytes of the current member behind the read point so {@link #skipToNextMember} can rescan it.
   */
  private boolean fill() throws IOException {
    if (rawEof) {
      return false;
    }
    if (bufEnd == buf.length) {
      long memberIdx = memberOffset - bufFileOffset;
      int keep = (int) Math.max(Math.max(0, memberIdx), bufPos - RETAIN);
      keep = Math.min(keep, bufPos);
      System.arraycopy(buf, keep, buf, 0, bufEnd - keep);
      bufFileOffset += keep;
      bufPos -= keep;
      bufEnd -= keep;
      if (bufEnd == buf.length) { // nothing could be dropped: keep only the read point onwards
        System.arraycopy(buf, bufPos, buf, 0, bufEnd - bufPos);
        bufFileOffset += bufPos;
        bufEnd -= bufPos;
        bufPos = 0;
      }
    }
    int n = raw.read(buf, bufEnd, buf.length - bufEnd);
    if (n < 0) {
      rawEof = true;
      return false;
    }
    bufEnd += n;
    return true;
  }

  @Override
  long fileOffset(long pos) {
    Map.Entry<Long, Long> e = starts.floorEntry(pos);
    return e == null ? 0 : e.getValue();
  }

  @Override
  boolean isMemberStart(long pos) {
    return starts.containsKey(pos);
  }

  @Override
  void forgetBefore(long pos) {
    Long floor = starts.floorKey(pos);
    if (floor != null) {
      starts.headMap(floor, false).clear();
    }
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    raw.close();
  }
}
