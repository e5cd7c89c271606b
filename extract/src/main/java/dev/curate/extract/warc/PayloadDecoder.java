// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.brotli.dec.BrotliInputStream;

/**
 * Removes HTTP transfer and content codings from a stored body: {@code chunked}, {@code gzip} /
 * {@code x-gzip}, {@code deflate} (zlib or raw, as browsers accept both) and {@code br}.
 *
 * <p>Decoding is lenient the way browsers and warcio are: when a body fails at its first byte
 * (e.g. {@code Transfer-Encoding: chunked} on a body that was stored de-chunked) the raw body is
 * kept; when it fails later (a cut-off gzip stream) the bytes decoded so far are kept. Either way
 * the result carries the error so it can be counted. A gzip stream whose deflate data is complete
 * but whose 8-byte trailer is missing decodes without error.
 */
final class PayloadDecoder {
  /** Decoded body; {@code payload} is null only for {@link WarcEntry#PAYLOAD_TOO_LARGE}. */
  record Result(byte[] payload, String error, String detail) {}

  private PayloadDecoder() {}

  /**
   * @param body stored HTTP body (after the header block)
   * @param transferCodings Transfer-Encoding values in header order
   * @param contentCodings Content-Encoding values in header order
   * @param max largest decoded size accepted, in bytes
   */
  static Result decode(byte[] body, List<String> transferCodings, List<String> contentCodings, long max) {
    byte[] data = body;
    String error = null;
    String detail = null;
    List<String> codings = new ArrayList<>(); // applied by the server in this order
    for (List<String> list : List.of(contentCodings, transferCodings)) {
      for (String value : list) {
        for (String c : value.split(",")) {
          String coding = c.trim().toLowerCase(Locale.ROOT);
          if (!coding.isEmpty() && !coding.equals("identity") && !coding.equals("none")) {
            codings.add(coding);
          }
        }
      }
    }
    if (body.length == 0) {
      return new Result(body, null, null); // e.g. revisit records: headers only
    }
    for (int i = codings.size() - 1; i >= 0; i--) { // undo in reverse order
      String coding = codings.get(i);
      try {
        if (coding.equals("chunked")) {
          data = dechunk(data, max);
        } else {
          data = decompress(coding, data, max);
        }
      } catch (TooLarge e) {
        return new Result(null, WarcEntry.PAYLOAD_TOO_LARGE, e.getMessage());
      } catch (Partial e) {
        if (e.decoded.length == 0 && looksStoredDecoded(coding, data)) {
          continue; // header kept after the crawler removed the coding: not an error
        }
        String reason = coding.equals("chunked") ? WarcEntry.BAD_CHUNKED_ENCODING : WarcEntry.BAD_CONTENT_ENCODING;
        if (error == null) {
          error = reason;
          detail = e.getMessage();
        }
        // Nothing decoded: the header most likely lied, keep the bytes as they are.
        if (e.decoded.length > 0) {
          data = e.decoded;
        }
      }
    }
    return new Result(data, error, detail);
  }

  /** Decoding failed; {@code decoded} holds what was decoded before the failure. */
  static final class Partial extends Exception {
    private static final long serialVersionUID = 1L;
    final transient byte[] decoded;

    Partial(String message, byte[] decoded) {
      super(message);
      this.decoded = decoded;
    }
  }

  static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    TooLarge(long max) {
      super("decoded payload exceeds " + max + " bytes");
    }
  }

  static byte[] dechunk(byte[] in, long max) throws Partial, TooLarge {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    int pos = 0;
    boolean first = true;
    while (true) {
      int eol = indexOf(in, (byte) '\n', pos);
      if (eol < 0) {
        if (pos >= in.length || isBlank(in, pos, in.length)) {
          // Body cut after a complete chunk (e.g. WARC-Truncated): accept what we have.
          throw new Partial("chunked body ends without the final chunk", out.toByteArray());
        }
        throw new Partial("chunk size line not terminated at body byte " + pos, out.toByteArray());
      }
      String line = new String(in, pos, eol - pos, java.nio.charset.StandardCharsets.ISO_8859_1);
      int semi = line.indexOf(';');
      String hex = (semi >= 0 ? line.substring(0, semi) : line).trim();
      long size;
      try {
        size = hex.isEmpty() || hex.length() > 15 ? -1 : Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 0) {
        if (first) {
          throw new Partial("body is not chunked (first line '" + preview(line) + "')", new byte[0]);
        }
        throw new Partial("bad chunk size '" + preview(line) + "' at body byte " + pos, out.toByteArray());
      }
      first = false;
      pos = eol + 1;
      if (size == 0) {
        return out.toByteArray(); // trailers after the last chunk are ignored
      }
      int available = (int) Math.min(size, in.length - pos);
      if (out.size() + (long) available > max) {
        throw new TooLarge(max);
      }
      out.write(in, pos, available);
      pos += available;
      if (available < size) {
        throw new Partial("chunk of " + size + " bytes cut after " + available, out.toByteArray());
      }
      if (pos < in.length && in[pos] == '\r') {
        pos++;
      }
      if (pos < in.length && in[pos] == '\n') {
        pos++;
      }
    }
  }

  static byte[] decompress(String coding, byte[] in, long max) throws Partial, TooLarge {
    switch (coding) {
      case "gzip":
      case "x-gzip":
        return gunzip(in, max);
      case "compress":
      case "x-compress":
      case "zstd":
      case "sdch":
        throw new Partial("unsupported content coding '" + coding + "'", new byte[0]);
      case "deflate":
        boolean zlib = in.length >= 2 && (in[0] & 0x0f) == 8 && (((in[0] & 0xff) << 8) | (in[1] & 0xff)) % 31 == 0;
        return inflate(in, zlib ? 2 : 0, true, max, "deflate"); // zlib: skip header, ignore Adler-32
      case "br":
        return brotli(in, max);
      default:
        throw new Partial("unsupported content coding '" + coding + "'", new byte[0]);
    }
  }

  private static byte[] gunzip(byte[] in, long max) throws Partial, TooLarge {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length * 4));
    int pos = 0;
    boolean first = true;
    while (first || (pos + 2 < in.length && (in[pos] & 0xff) == 0x1f && (in[pos + 1] & 0xff) == 0x8b)) {
      int data = gzipHeaderEnd(in, pos);
      if (data < 0) {
        throw new Partial("not gzip data", out.toByteArray());
      }
      Inflated r = inflateInto(in, data, true, max - out.size(), out);
      if (!r.finished) {
        throw new Partial("gzip data " + r.problem, out.toByteArray());
      }
      pos = r.end + 8; // trailer, tolerated if missing
      first = false;
    }
    return out.toByteArray();
  }

  private static byte[] inflate(byte[] in, int off, boolean raw, long max, String name) throws Partial, TooLarge {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length * 4));
    Inflated r = inflateInto(in, off, raw, max, out);
    if (!r.finished) {
      throw new Partial(name + " data " + r.problem, out.toByteArray());
    }
    return out.toByteArray();
  }

  private record Inflated(boolean finished, int end, String problem) {}

  private static Inflated inflateInto(byte[] in, int off, boolean raw, long max, ByteArrayOutputStream out)
      throws TooLarge {
    Inflater inflater = new Inflater(raw);
    try {
      inflater.setInput(in, off, in.length - off);
      byte[] chunk = new byte[16 * 1024];
      long produced = 0;
      while (!inflater.finished()) {
        int n;
        try {
          n = inflater.inflate(chunk);
        } catch (DataFormatException e) {
          return new Inflated(false, in.length, "corrupt: " + e.getMessage());
        }
        if (n == 0) {
          if (inflater.needsInput()) {
            return new Inflated(false, in.length, "ends early");
          }
          if (inflater.needsDictionary()) {
            return new Inflated(false, in.length, "needs a preset dictionary");
          }
        }
        produced += n;
        if (produced > max) {
          throw new TooLarge(max);
        }
        out.write(chunk, 0, n);
      }
      return new Inflated(true, in.length - inflater.getRemaining(), null);
    } finally {
      inflater.end();
    }
  }

  /** Offset of the deflate data after a gzip header at {@code pos}, or -1 if there is none. */
  private static int gzipHeaderEnd(byte[] in, int pos) {
    if (pos + 10 > in.length || (in[pos] & 0xff) != 0x1f || (in[pos + 1] & 0xff) != 0x8b || in[pos + 2] != 8) {
      return -1;
    }
    int flags = in[pos + 3] & 0xff;
    int p = pos + 10;
    if ((flags & 4) != 0) {
      if (p + 2 > in.length) {
        return -1;
      }
      p += 2 + ((in[p] & 0xff) | (in[p + 1] & 0xff) << 8);
    }
    for (int flag : new int[] {8, 16}) {
      if ((flags & flag) != 0) {
        while (p < in.length && in[p] != 0) {
          p++;
        }
        p++;
      }
    }
    if ((flags & 2) != 0) {
      p += 2;
    }
    return p <= in.length ? p : -1;
  }

  private static byte[] brotli(byte[] in, long max) throws Partial, TooLarge {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length * 4));
    byte[] chunk = new byte[16 * 1024];
    try (InputStream br = new BrotliInputStream(new ByteArrayInputStream(in))) {
      int n;
      while ((n = br.read(chunk)) > 0) {
        if (out.size() + (long) n > max) {
          throw new TooLarge(max);
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new Partial("brotli data corrupt or cut: " + e.getMessage(), out.toByteArray());
    }
  }

  /**
   * True if a body that failed to decode at its first byte is evidently plain: for gzip, no gzip
   * magic; for chunked, a first line that is no chunk size; otherwise, bytes that look like text.
   * Archives often keep {@code Content-Encoding} / {@code Transfer-Encoding} headers on bodies the
   * crawler already decoded (ClueWeb09, some wget versions).
   */
  static boolean looksStoredDecoded(String coding, byte[] data) {
    switch (coding) {
      case "chunked":
        return true;
      case "gzip":
      case "x-gzip":
        return data.length < 2 || (data[0] & 0xff) != 0x1f || (data[1] & 0xff) != 0x8b;
      default:
        return looksLikeText(data);
    }
  }

  /** No NUL and at most 1% other control bytes in the first 1 KiB. */
  static boolean looksLikeText(byte[] data) {
    int n = Math.min(data.length, 1024);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = data[i] & 0xff;
      if (c == 0) {
        return false;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0c) {
        control++;
      }
    }
    return control * 100 <= n;
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlank(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] != '\r' && a[i] != '\n' && a[i] != ' ' && a[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String preview(String s) {
    String t = s.length() > 20 ? s.substring(0, 20) + "..." : s;
    StringBuilder sb = new StringBuilder();
    for (char c : t.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\x%02x", (int) c));
    }
    return sb.toString();
  }
}
