// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** HTTP payloads other than templated HTML, and the byte-level codings applied to bodies. */
final class Bodies {
  private Bodies() {}

  private static final ConcurrentHashMap<Charset, byte[]> TABLES = new ConcurrentHashMap<>();

  /**
   * Encodes text in a charset; characters the charset lacks become numeric character references
   * ({@code &#8364;}), as browsers do when submitting forms and as many CMSs do on output.
   */
  static byte[] encode(String s, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    byte[] table = TABLES.computeIfAbsent(cs, Bodies::table); // char -> byte, 0 = unmappable
    WarcOut.Buf out = new WarcOut.Buf(s.length() + 64);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      byte b = table[c];
      if (b != 0 || c == 0) {
        out.put(b);
      } else {
        int cp = s.codePointAt(i);
        if (Character.isSupplementaryCodePoint(cp)) {
          i++;
        }
        out.ascii("&#").ascii(Integer.toString(cp)).ascii(";");
      }
    }
    return out.toByteArray();
  }

  private static byte[] table(Charset cs) {
    byte[] t = new byte[65536];
    var enc = cs.newEncoder();
    for (int c = 1; c < 65536; c++) {
      if (!Character.isSurrogate((char) c) && enc.canEncode((char) c)) {
        byte[] b = String.valueOf((char) c).getBytes(cs);
        if (b.length == 1) {
          t[c] = b[0];
        }
      }
    }
    return t;
  }

  /** A deterministic gzip stream (Content-Encoding: gzip): mtime 0, OS 255, level 6. */
  static byte[] gzip(byte[] data) {
    Deflater d = new Deflater(WarcOut.LEVEL, true);
    try {
      d.setInput(data);
      d.finish();
      WarcOut.Buf out = new WarcOut.Buf(data.length / 3 + 64);
      out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
      byte[] buf = new byte[8192];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      CRC32 crc = new CRC32();
      crc.update(data);
      out.writeIntLe((int) crc.getValue());
      out.writeIntLe(data.length);
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  /** Chunked transfer coding with chunk sizes drawn from {@code r}, lowercase hex sizes. */
  static byte[] chunk(byte[] data, SplittableRandom r) {
    WarcOut.Buf out = new WarcOut.Buf(data.length + 256);
    int pos = 0;
    while (pos < data.length) {
      int n = Math.min(data.length - pos, 512 + r.nextInt(3584));
      out.ascii(Integer.toHexString(n)).ascii("\r\n").write(data, pos, n).ascii("\r\n");
      pos += n;
    }
    out.ascii("0\r\n\r\n");
    return out.toByteArray();
  }

  /** Broken chunked coding: a good first chunk, then a size line that is not hex, no last chunk. */
  static byte[] brokenChunks(byte[] data) {
    int first = Math.min(data.length, 1024);
    WarcOut.Buf out = new WarcOut.Buf(data.length + 64);
    out.ascii(Integer.toHexString(first)).ascii("\r\n").write(data, 0, first).ascii("\r\n");
    out.ascii("1g3zz\r\n").write(data, first, data.length - first);
    return out.toByteArray();
  }

  /** A small but well-formed one-page PDF 1.4 showing the title (ASCII-folded). */
  static byte[] pdf(String title) {
    String text = Sites.slug(title).replace('-', ' ');
    String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
    String[] objs = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
          + " /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    };
    StringBuilder sb = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    int[] offsets = new int[objs.length];
    for (int i = 0; i < objs.length; i++) {
      offsets[i] = sb.length();
      sb.append(i + 1).append(" 0 obj\n").append(objs[i]).append("\nendobj\n");
    }
    int xref = sb.length();
    sb.append("xref\n0 ").append(objs.length + 1).append("\n0000000000 65535 f \n");
    for (int off : offsets) {
      sb.append(String.format(Locale.ROOT, "%010d 00000 n \n", off));
    }
    sb.append("trailer\n<< /Size ").append(objs.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A valid 8-bit grayscale PNG, 24 to 87 pixels square, with a seeded gradient. */
  static byte[] png(SplittableRandom r) {
    int w = 24 + r.nextInt(64);
    int h = w;
    int a = r.nextInt(4) + 1;
    int b = r.nextInt(4) + 1;
    byte[] raw = new byte[h * (w + 1)];
    for (int y = 0; y < h; y++) {
      raw[y * (w + 1)] = 0; // filter: none
      for (int x = 0; x < w; x++) {
        raw[y * (w + 1) + 1 + x] = (byte) (a * x + b * y);
      }
    }
    Deflater d = new Deflater(WarcOut.LEVEL);
    byte[] z;
    try {
      d.setInput(raw);
      d.finish();
      byte[] buf = new byte[raw.length + 64];
      int n = d.deflate(buf);
      z = Arrays.copyOf(buf, n);
    } finally {
      d.end();
    }
    WarcOut.Buf out = new WarcOut.Buf(z.length + 64);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    WarcOut.Buf ihdr = new WarcOut.Buf(13);
    beInt(ihdr, w);
    beInt(ihdr, h);
    ihdr.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit, grayscale, deflate, no filter, no interlace
    pngChunk(out, "IHDR", ihdr.toByteArray());
    pngChunk(out, "IDAT", z);
    pngChunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void pngChunk(WarcOut.Buf out, String type, byte[] data) {
    beInt(out, data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(t).write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    beInt(out, (int) crc.getValue());
  }

  private static void beInt(WarcOut.Buf out, int v) {
    out.write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
  }

  /** The small HTML page a server sends with a 301, 404 or 500. */
  static String errorPage(int status, String reason, String server) {
    return "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
        + status + " " + reason + "</h1></center>\r\n<hr><center>" + Html.escape(server)
        + "</center>\r\n</body>\r\n</html>\r\n";
  }
}
