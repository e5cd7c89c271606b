// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.netpreserve.jwarc.WarcDigest;

/**
 * Writes one {@code .warc.gz} file, each record its own gzip member (as Common Crawl does), with a
 * fixed gzip header (mtime 0, OS 255) and a fixed deflate level so the bytes are reproducible.
 */
final class WarcOut implements Closeable {
  static final int LEVEL = 6;
  private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private final OutputStream out;
  private final Deflater deflater = new Deflater(LEVEL, true);
  private final CRC32 crc = new CRC32();
  private final Buf member = new Buf(1 << 16);
  private final byte[] chunk = new byte[1 << 16];
  private long position;

  WarcOut(Path path) throws IOException {
    out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
  }

  long position() {
    return position;
  }

  /** Compresses {@code data} as one gzip member; returns the member's length in bytes. */
  long writeMember(Buf data) throws IOException {
    gzip(data.array(), data.size());
    return emit(member.size());
  }

  /** Writes only the first {@code keep} share of the compressed member: a truncated file. */
  long writeTruncatedMember(Buf data, double keep) throws IOException {
    gzip(data.array(), data.size());
    return emit(Math.max(GZIP_HEADER.length + 1, (int) (member.size() * keep)));
  }

  private long emit(int n) throws IOException {
    out.write(member.array(), 0, n);
    position += n;
    return n;
  }

  private void gzip(byte[] data, int len) {
    member.reset();
    member.write(GZIP_HEADER);
    crc.reset();
    crc.update(data, 0, len);
    deflater.reset();
    deflater.setInput(data, 0, len);
    deflater.finish();
    while (!deflater.finished()) {
      int n = deflater.deflate(chunk);
      member.write(chunk, 0, n);
    }
    int c = (int) crc.getValue();
    member.writeIntLe(c);
    member.writeIntLe(len);
  }

  @Override
  public void close() throws IOException {
    deflater.end();
    out.close();
  }

  // ---- record formatting ----

  /**
   * Appends a WARC/1.0 record: version line, {@code headers} as name/value pairs in the given
   * order with Content-Length as the fourth header (Common Crawl's order), the block
   * and the two CRLFs.
   */
  static void record(Buf out, List<String> headers, Buf block) {
    out.reset();
    out.ascii("WARC/1.0\r\n");
    for (int i = 0; i < headers.size(); i += 2) {
      if (i == 6) {
        out.ascii("Content-Length: ").ascii(Integer.toString(block.size())).ascii("\r\n");
      }
      out.ascii(headers.get(i)).ascii(": ").ascii(headers.get(i + 1)).ascii("\r\n");
    }
    if (headers.size() <= 6) {
      out.ascii("Content-Length: ").ascii(Integer.toString(block.size())).ascii("\r\n");
    }
    out.ascii("\r\n");
    out.write(block.array(), 0, block.size());
    out.ascii("\r\n\r\n");
  }

  /** {@code sha1:BASE32}, as in Common Crawl's WARC-Block-Digest and WARC-Payload-Digest. */
  static String sha1(byte[] data, int off, int len) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      md.update(data, off, len);
      return new WarcDigest("sha1", md.digest()).prefixedBase32();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JDK", e);
    }
  }

  /** A growable byte buffer whose array is visible (no copies, no locks). */
  static final class Buf {
    private byte[] a;
    private int n;

    Buf(int capacity) {
      a = new byte[capacity];
    }

    byte[] array() {
      return a;
    }

    int size() {
      return n;
    }

    void reset() {
      n = 0;
    }

    void truncate(int size) {
      n = size;
    }

    private void ensure(int extra) {
      if (n + extra > a.length) {
        a = Arrays.copyOf(a, Math.max(a.length * 2, n + extra));
      }
    }

    Buf put(byte b) {
      ensure(1);
      a[n++] = b;
      return this;
    }

    Buf write(byte[] b) {
      return write(b, 0, b.length);
    }

    Buf write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, a, n, len);
      n += len;
      return this;
    }

    Buf write(Buf b) {
      return write(b.a, 0, b.n);
    }

    Buf ascii(String s) {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        a[n++] = (byte) s.charAt(i);
      }
      return this;
    }

    Buf utf8(String s) {
      return write(s.getBytes(StandardCharsets.UTF_8));
    }

    void writeIntLe(int v) {
      ensure(4);
      a[n++] = (byte) v;
      a[n++] = (byte) (v >>> 8);
      a[n++] = (byte) (v >>> 16);
      a[n++] = (byte) (v >>> 24);
    }

    byte[] toByteArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
