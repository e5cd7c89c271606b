// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Builds WARC, ARC, HTTP and compressed bytes by hand for tests. */
final class WarcBytes {
  private WarcBytes() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** One WARC record with the given block; {@code extraHeaders} are CRLF-terminated lines. */
  static byte[] record(String type, String id, String uri, String date, String extraHeaders, byte[] block) {
    return recordWithLength(type, id, uri, date, extraHeaders, block, block.length);
  }

  static byte[] recordWithLength(
      String type, String id, String uri, String date, String extraHeaders, byte[] block, long contentLength) {
    StringBuilder h = new StringBuilder("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:").append(id).append(">\r\n");
    if (uri != null) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    if (date != null) {
      h.append("WARC-Date: ").append(date).append("\r\n");
    }
    h.append(extraHeaders);
    h.append("Content-Length: ").append(contentLength).append("\r\n\r\n");
    return concat(utf8(h.toString()), block, utf8("\r\n\r\n"));
  }

  static byte[] response(String id, String uri, byte[] httpBlock) {
    return record(
        "response", id, uri, "2024-05-18T01:58:10Z", "Content-Type: application/http; msgtype=response\r\n", httpBlock);
  }

  static byte[] http(int status, String headers, byte[] body) {
    return concat(utf8("HTTP/1.1 " + status + " OK\r\n" + headers + "\r\n"), body);
  }

  static byte[] html(String id, String uri, String text) {
    return response(id, uri, http(200, "Content-Type: text/html; charset=utf-8\r\n", utf8(text)));
  }

  static byte[] warcinfo() {
    return record(
        "warcinfo", "00000000-0000-0000-0000-000000000000", null, "2024-05-17T23:31:20Z",
        "Content-Type: application/warc-fields\r\n", utf8("software: test\r\n"));
  }

  static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** zlib-wrapped ({@code raw} false) or raw deflate data. */
  static byte[] deflate(byte[] data, boolean raw) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  /**
   * A valid brotli stream (RFC 7932) holding {@code data} in one uncompressed meta-block: WBITS
   * '0' (16), then ISLAST 0, MNIBBLES 0 (4 nibbles), MLEN-1 in 16 bits, ISUNCOMPRESSED 1, pad to
   * a byte, the data, then an empty last meta-block (ISLAST 1, ISLASTEMPTY 1). No encoder needed.
   */
  static byte[] brotliStored(byte[] data) {
    if (data.length == 0 || data.length > 65536) {
      throw new IllegalArgumentException("1..65536 bytes, got " + data.length);
    }
    long bits = 0; // bit i of the stream is bit i of this value (LSB first)
    int n = 0;
    bits |= 0L << n++; // WBITS = 16
    bits |= 0L << n++; // ISLAST = 0
    n += 2; // MNIBBLES = 0 -> 4 nibbles
    bits |= (long) (data.length - 1) << n;
    n += 16;
    bits |= 1L << n++; // ISUNCOMPRESSED
    int headerBytes = (n + 7) / 8;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < headerBytes; i++) {
      out.write((int) (bits >>> (8 * i)) & 0xff);
    }
    out.writeBytes(data);
    out.write(0x03); // ISLAST = 1, ISLASTEMPTY = 1
    return out.toByteArray();
  }

  static List<WarcEntry> readAll(byte[] file) {
    return readAll(file, ReadLimits.defaults());
  }

  static List<WarcEntry> readAll(byte[] file, ReadLimits limits) {
    List<WarcEntry> entries = new ArrayList<>();
    try (WarcEntryReader r = new WarcEntryReader("test.warc", new ByteArrayInputStream(file), limits)) {
      while (r.hasNext()) {
        entries.add(r.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
