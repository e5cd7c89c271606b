// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a WARC, WET or ARC file (plain or gzip, detected from the first bytes) as a stream of
 * {@link WarcEntry}s: one per record, plus one per bad stretch of the file. Never throws on bad
 * input and always terminates.
 *
 * <p>Per record, only the current payload is held in memory, and only when it fits {@link
 * ReadLimits#maxPayloadBytes()}. Payloads are read for {@code response}, {@code revisit}, {@code
 * resource} and {@code conversion} records (HTTP headers parsed, transfer and content codings
 * removed: see {@link PayloadDecoder}); other record types are skipped with {@code payload} null.
 *
 * <p>Recovery: after a corrupt gzip member, reading resumes at the next member that inflates;
 * after a malformed record or junk, at the next line starting with {@code WARC/<digit>} (for ARC,
 * the next line that parses as an ARC header). A record followed by junk instead of {@code CRLF
 * CRLF} is kept (its Content-Length was too small) and the junk is one {@link
 * WarcEntry#MALFORMED_RECORD} entry. A record whose Content-Length is too large swallows the next
 * record; when its payload was read, the swallowed {@code CRLF CRLF WARC/} is found, the record is
 * cut there, a {@code MALFORMED_RECORD} entry is added, and reading goes on from there. Digests
 * are not checked. Unparseable WARC-Dates give a null date, not an error.
 *
 * <p>ARC records map to {@code warcType} {@code warcinfo} (the {@code filedesc://} record, no
 * payload) or {@code response} (HTTP status parsed when the block starts with {@code HTTP/}, else
 * the block is the payload and the ARC content type is used), so that ARC and WARC responses flow
 * through the pipeline the same way. Their {@code recordId} is {@link Fields#arcRecordId}.
 *
 * <p><b>NOTE</b>: an empty file (or one holding only blank lines) yields no entries at all.
 */
public final class WarcEntryReader implements Iterator<WarcEntry>, Closeable {
  private static final int MAX_HEADER_BYTES = 256 * 1024; // WARC and HTTP header blocks
  private static final int MAX_ARC_HEADER_LINE = 8 * 1024;
  private static final int MAX_STALLED_STEPS = 1000;
  private static final byte[] WARC_PREFIX = ascii("WARC/");
  private static final byte[] HTTP_PREFIX = ascii("HTTP/");

  private enum Format {
    DETECT,
    WARC,
    ARC,
    DONE
  }

  private final String source;
  private final long maxPayload;
  private final InputStream rawIn;
  private RecordInput input;
  private Format format = Format.DETECT;
  private final ArrayDeque<WarcEntry> queue = new ArrayDeque<>();
  private boolean skipMemberPending; // after corrupt_gzip: move to the next gzip member
  private boolean resyncPending; // after a reported error: silently find the next record
  private Rec current; // record being read, so errors can carry its metadata
  private long lastPosition = Long.MIN_VALUE;
  private int stalledSteps;

  /**
   * @param source file name or path reported in every entry
   * @param in the file's bytes as stored (gzip, plain, ...); closed by {@link #close()}
   * @param limits per-record limits
   */
  public WarcEntryReader(String source, InputStream in, ReadLimits limits) {
    this.source = source;
    this.rawIn = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024);
    this.maxPayload = limits.maxPayloadBytes();
  }

  /**
   * Opens {@code file}. A file that cannot be opened yields a single {@link WarcEntry#IO_ERROR}
   * entry instead of an exception.
   */
  public static WarcEntryReader open(Path file, ReadLimits limits) {
    try {
      return new WarcEntryReader(file.toString(), Files.newInputStream(file), limits);
    } catch (IOException | UncheckedIOException e) {
      WarcEntryReader r = new WarcEntryReader(file.toString(), InputStream.nullInputStream(), limits);
      r.queue.add(r.errorEntry(0, WarcEntry.IO_ERROR, "cannot open " + file + ": " + e));
      r.format = Format.DONE;
      return r;
    }
  }

  @Override
  public boolean hasNext() {
    while (queue.isEmpty() && format != Format.DONE) {
      step();
    }
    return !queue.isEmpty();
  }

  @Override
  public WarcEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more entries in " + source);
    }
    return queue.poll();
  }

  @Override
  public void close() throws IOException {
    format = Format.DONE;
    if (input != null) {
      input.close();
    } else {
      rawIn.close();
    }
  }

  // ---- state machine ----

  private void step() {
    try {
      if (skipMemberPending) {
        skipMemberPending = false;
        input.discardBuffered();
        input.stream().skipToNextMember();
        resyncPending = true;
      }
      if (format == Format.DETECT) {
        detect();
      } else {
        if (resyncPending) {
          resyncPending = false;
          if (format == Format.WARC) {
            scanToWarcRecord(false);
          } else {
            scanToArcHeader();
          }
        }
        if (format == Format.WARC) {
          readWarcRecord();
        } else if (format == Format.ARC) {
          readArcRecord();
        }
      }
    } catch (ReadFailure f) {
      report(f);
    } catch (IOException e) {
      queue.add(errorEntry(offsetForError(), WarcEntry.IO_ERROR, e.toString()));
      format = Format.DONE;
    } catch (RuntimeException e) { // defensive: a parser bug must not end the whole file
      queue.add(errorEntry(offsetForError(), WarcEntry.MALFORMED_RECORD, "unexpected " + e));
      resyncPending = true;
    } finally {
      current = null;
    }
    guardProgress();
  }

  private void report(ReadFailure f) {
    Rec r = current != null ? current : new Rec(f.fileOffset);
    queue.add(r.failed(f.reason, f.getMessage()));
    switch (f.reason) {
      case WarcEntry.CORRUPT_GZIP:
        skipMemberPending = true;
        break;
      case WarcEntry.MALFORMED_RECORD:
        resyncPending = true;
        break;
      default: // truncated_file and anything unexpected end the file
        format = Format.DONE;
    }
  }

  /** Stops a reader that keeps producing entries without consuming input (a bug guard). */
  private void guardProgress() {
    if (input == null || format == Format.DONE) {
      return;
    }
    long pos = input.position();
    if (pos != lastPosition || skipMemberPending) {
      lastPosition = pos;
      stalledSteps = 0;
      return;
    }
    if (++stalledSteps > MAX_STALLED_STEPS) {
      queue.add(errorEntry(offsetForError(), WarcEntry.IO_ERROR, "reader made no progress at decoded byte " + pos));
      format = Format.DONE;
    }
  }

  private long offsetForError() {
    if (current != null) {
      return current.offset;
    }
    return input == null ? 0 : input.fileOffset();
  }

  // ---- format detection ----

  private void detect() throws IOException {
    if (input == null) {
      rawIn.mark(16);
      byte[] magic = new byte[4];
      int n = rawIn.readNBytes(magic, 0, 4);
      rawIn.reset();
      if (n == 0) {
        format = Format.DONE; // empty file
        return;
      }
      String unsupported = unsupportedCompression(magic, n);
      if (unsupported != null) {
        queue.add(errorEntry(0, WarcEntry.UNSUPPORTED_FORMAT, unsupported + " compression is not supported"));
        format = Format.DONE;
        return;
      }
      boolean gzip = n >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
      input = new RecordInput(gzip ? new GzipMemberStream(rawIn) : DecodedStream.plain(rawIn));
    }
    skipBlank();
    if (input.peek(0) < 0) {
      format = Format.DONE;
      return;
    }
    if (atWarcVersion(0)) {
      format = Format.WARC;
      return;
    }
    long offset = input.fileOffset();
    byte[] line = input.readLine(MAX_ARC_HEADER_LINE);
    input.unread(line, 0, line.length);
    String text = new String(line, StandardCharsets.ISO_8859_1);
    if (text.startsWith("filedesc://") || ArcHeader.parse(text) != null) {
      format = Format.ARC;
      return;
    }
    queue.add(
        errorEntry(
            offset,
            WarcEntry.UNSUPPORTED_FORMAT,
            "neither WARC nor ARC; starts with '" + Fields.preview(line, line.length, 32) + "'"));
    format = Format.DONE;
  }

  private static String unsupportedCompression(byte[] m, int n) {
    int b0 = m[0] & 0xff;
    int b1 = m[1] & 0xff;
    int b2 = m[2] & 0xff;
    int b3 = m[3] & 0xff;
    if (n < 4) {
      return null;
    }
    if (b0 == 0x04 && b1 == 0x22 && b2 == 0x4d && b3 == 0x18) {
      return "LZ4 frame";
    }
    if ((b0 & 0xf0) == 0x50 && b1 == 0x2a && b2 == 0x4d && b3 == 0x18) {
      return "LZ4 skippable frame";
    }
    if (b0 == 0x28 && b1 == 0xb5 && b2 == 0x2f && b3 == 0xfd) {
      return "zstd"; // jwarc reads it with a native library we do not ship
    }
    if (b0 == 'B' && b1 == 'Z' && b2 == 'h') {
      return "bzip2";
    }
    if (b0 == 0xfd && b1 == '7' && b2 == 'z' && b3 == 'X') {
      return "xz";
    }
    return null;
  }

  // ---- WARC ----

  private void readWarcRecord() throws IOException {
    skipBlank();
    if (input.peek(0) < 0) {
      format = Format.DONE;
      return;
    }
    if (!atWarcVersion(0)) {
      reportJunk();
      return;
    }
    input.stream().forgetBefore(input.position());
    Rec r = current = new Rec(input.fileOffset());
    Map<String, String> h = readWarcHeader(r);
    r.warcType = lower(h.get("warc-type"));
    r.recordId = trimToNull(h.get("warc-record-id"));
    r.targetUri = Fields.targetUri(h.get("warc-target-uri"));
    r.date = Fields.parseDate(h.get("warc-date"));
    String warcContentType = h.get("content-type");
    long length = parseLength(h.get("content-length"));
    if (length < 0) {
      throw ReadFailure.malformed(
          r.offset, "missing or bad Content-Length '" + h.get("content-length") + "' in WARC header");
    }
    String type = r.warcType == null ? "" : r.warcType;
    switch (type) {
      case "response":
      case "revisit":
        if (length >= HTTP_PREFIX.length && input.startsWith(HTTP_PREFIX)) {
          readHttp(r, length);
        } else {
          readPlainBlock(r, length, nonHttp(warcContentType));
        }
        break;
      case "resource":
      case "conversion":
        readPlainBlock(r, length, warcContentType);
        break;
      default: // request, warcinfo, metadata, continuation, unknown types: no payload needed
        skipExactly(length, "record block");
    }
    finishWarcRecord(r, length);
  }

  private Map<String, String> readWarcHeader(Rec r) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    String last = null;
    int total = 0;
    boolean first = true;
    while (true) {
      byte[] line = input.readLine(MAX_HEADER_BYTES - total);
      if (line == null || (line[line.length - 1] != '\n' && total + line.length < MAX_HEADER_BYTES)) {
        throw ReadFailure.truncated(r.offset, "file ends inside the WARC header at " + r.offset);
      }
      total += line.length;
      if (line[line.length - 1] != '\n') {
        throw ReadFailure.malformed(r.offset, "WARC header longer than " + MAX_HEADER_BYTES + " bytes");
      }
      String s = stripEol(new String(line, StandardCharsets.UTF_8));
      if (first) { // the WARC/1.x version line
        first = false;
        continue;
      }
      if (s.isEmpty()) {
        return fields;
      }
      if ((s.charAt(0) == ' ' || s.charAt(0) == '\t') && last != null) {
        fields.computeIfPresent(last, (k, v) -> v + " " + s.trim());
        continue;
      }
      int colon = s.indexOf(':');
      if (colon > 0) {
        last = s.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        fields.putIfAbsent(last, s.substring(colon + 1).trim());
      }
    }
  }

  /**
   * Checks what follows the block. {@code CRLF CRLF} (or any run of line ends, or none) then end
   * of file or the next record is fine; otherwise tries to recover a swallowed record, else
   * leaves the junk for the next step to report.
   */
  private void finishWarcRecord(Rec r, long length) throws IOException {
    int ws = 0;
    boolean clean;
    try {
      while (ws < 1024 && (input.peek(ws) == '\r' || input.peek(ws) == '\n')) {
        ws++;
      }
      clean = !r.shortBody && (input.peek(ws) < 0 || atWarcVersion(ws));
    } catch (ReadFailure f) {
      if (r.shortBody) {
        throw f;
      }
      // The look-ahead hit a bad or cut gzip member after this complete record: keep the record.
      queue.add(r.decodeAndBuild());
      current = null;
      throw f;
    }
    WarcEntry overrun = null;
    if (clean) {
      input.skip(ws);
    } else if (r.rawBody != null) {
      int k = embeddedRecordStart(r.rawBody, r.rawLength);
      if (k >= 0) {
        input.unread(r.rawBody, k, r.rawLength - k);
        r.rawLength = k - 4; // the CRLF CRLF ending the real block is not payload
        r.payloadBytes = r.rawLength;
        r.shortBody = false;
        overrun =
            errorEntry(
                r.offset,
                WarcEntry.MALFORMED_RECORD,
                "Content-Length " + length + " runs into the next record, found after " + r.rawLength + " payload bytes");
      }
    }
    if (r.shortBody) {
      throw ReadFailure.truncated(r.offset, "file ends inside the record at " + r.offset + " (Content-Length " + length + ")");
    }
    queue.add(r.decodeAndBuild());
    if (overrun != null) {
      queue.add(overrun);
    }
  }

  /** Index just after the first {@code CRLF CRLF} followed by {@code WARC/<digit>}, or -1. */
  private static int embeddedRecordStart(byte[] b, int len) {
    outer:
    for (int i = 0; i + 10 <= len; i++) {
      if (b[i] != '\r' || b[i + 1] != '\n' || b[i + 2] != '\r' || b[i + 3] != '\n') {
        continue;
      }
      for (int j = 0; j < WARC_PREFIX.length; j++) {
        if (b[i + 4 + j] != WARC_PREFIX[j]) {
          continue outer;
        }
      }
      if (Character.isDigit(b[i + 9])) {
        return i + 4;
      }
    }
    return -1;
  }

  private void reportJunk() throws IOException {
    long offset = input.fileOffset();
    byte[] head = new byte[24];
    int n = 0;
    while (n < head.length && input.peek(n) >= 0) {
      head[n] = (byte) input.peek(n);
      n++;
    }
    long skipped = scanToWarcRecord(true);
    queue.add(
        errorEntry(
            offset,
            WarcEntry.MALFORMED_RECORD,
            "skipped " + skipped + " bytes that are not a WARC record: '" + Fields.preview(head, n, 24) + "'"));
  }

  /**
   * Moves to the next line starting with {@code WARC/<digit>} (or the next gzip member starting
   * so); returns the number of bytes skipped. At end of file the reader stops there.
   */
  private long scanToWarcRecord(boolean consumeFirst) throws IOException {
    long skipped = 0;
    boolean lineStart = true;
    if (consumeFirst) {
      int b = input.read();
      if (b < 0) {
        return 0;
      }
      skipped++;
      lineStart = b == '\n';
    }
    while (true) {
      // Peek first: peeking inflates far enough to learn whether a gzip member starts here.
      if (atWarcVersion(0) && (lineStart || input.atMemberStart())) {
        return skipped;
      }
      int b = input.read();
      if (b < 0) {
        return skipped;
      }
      skipped++;
      lineStart = b == '\n';
    }
  }

  private boolean atWarcVersion(int i) throws IOException {
    for (int j = 0; j < WARC_PREFIX.length; j++) {
      if (input.peek(i + j) != WARC_PREFIX[j]) {
        return false;
      }
    }
    int d = input.peek(i + WARC_PREFIX.length);
    return d >= '0' && d <= '9';
  }

  // ---- ARC ----

  private void readArcRecord() throws IOException {
    skipBlank();
    if (input.peek(0) < 0) {
      format = Format.DONE;
      return;
    }
    long offset = input.fileOffset();
    byte[] line = input.readLine(MAX_ARC_HEADER_LINE);
    boolean complete = line[line.length - 1] == '\n';
    if (!complete && input.peek(0) < 0) {
      throw ReadFailure.truncated(offset, "file ends inside an ARC header at " + offset);
    }
    ArcHeader h = complete ? ArcHeader.parse(new String(line, StandardCharsets.ISO_8859_1)) : null;
    if (h == null) {
      queue.add(
          errorEntry(
              offset,
              WarcEntry.MALFORMED_RECORD,
              "bad ARC header '" + Fields.preview(line, line.length, 80).trim() + "'"));
      resyncPending = true;
      return;
    }
    Rec r = current = new Rec(offset);
    r.targetUri = h.url();
    r.date = Fields.parseDate(h.date());
    r.recordId = Fields.arcRecordId(h.url(), h.date(), offset);
    if (h.url().startsWith("filedesc:")) {
      r.warcType = "warcinfo";
      skipExactly(h.length(), "ARC file description");
    } else {
      r.warcType = "response";
      if (h.length() >= HTTP_PREFIX.length && input.startsWith(HTTP_PREFIX)) {
        readHttp(r, h.length());
      } else {
        readPlainBlock(r, h.length(), h.contentType());
      }
    }
    if (r.shortBody) {
      throw ReadFailure.truncated(r.offset, "file ends inside the ARC record at " + r.offset);
    }
    queue.add(r.decodeAndBuild());
  }

  /** Silently skips lines until one parses as an ARC header, which is left unread. */
  private void scanToArcHeader() throws IOException {
    while (true) {
      byte[] line = input.readLine(MAX_ARC_HEADER_LINE);
      if (line == null) {
        return;
      }
      if (line[line.length - 1] == '\n' && ArcHeader.parse(new String(line, StandardCharsets.ISO_8859_1)) != null) {
        input.unread(line, 0, line.length);
        return;
      }
    }
  }

  /** Header line of an ARC v1 ({@code URL IP date type length}) or v2 (10 fields) record. */
  record ArcHeader(String url, String date, String contentType, long length) {
    static ArcHeader parse(String line) {
      String[] t = line.trim().split(" +");
      int n = t.length;
      if (n < 5) {
        return null;
      }
      long length = parseLength(t[n - 1]);
      int dateIdx = n >= 10 && isArcDate(t[n - 8]) ? n - 8 : n - 3; // v2, else v1 (URL may hold spaces)
      int urlEnd = dateIdx - 1; // IP address before the date
      if (length < 0 || urlEnd < 1 || !isArcDate(t[dateIdx])) {
        return null;
      }
      String url = String.join(" ", Arrays.asList(t).subList(0, urlEnd));
      if (url.indexOf(':') < 0) {
        return null;
      }
      return new ArcHeader(url, t[dateIdx], t[dateIdx + 1], length);
    }

    private static boolean isArcDate(String s) {
      return s.length() >= 8 && s.length() <= 20 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }

  // ---- blocks and HTTP ----

  /** Reads an HTTP response: status line and headers, then the body as payload. */
  private void readHttp(Rec r, long blockLength) throws IOException {
    r.http = true;
    long remaining = blockLength;
    int headerBytes = 0;
    boolean statusLine = true;
    boolean complete = false;
    while (remaining > 0) {
      int max = (int) Math.min(remaining, MAX_HEADER_BYTES - headerBytes);
      if (max == 0) {
        break;
      }
      byte[] line = input.readLine(max);
      if (line == null) {
        r.shortBody = true;
        return;
      }
      headerBytes += line.length;
      remaining -= line.length;
      boolean eol = line[line.length - 1] == '\n';
      if (!eol && remaining > 0 && headerBytes < MAX_HEADER_BYTES) {
        r.shortBody = true; // end of file
        return;
      }
      String s = stripEol(new String(line, StandardCharsets.ISO_8859_1));
      if (statusLine) {
        statusLine = false;
        r.httpStatus = parseStatus(s);
        continue;
      }
      if (s.isEmpty()) {
        complete = true;
        break;
      }
      int colon = s.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = s.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = s.substring(colon + 1).trim();
      switch (name) {
        case "content-type":
          if (r.contentType == null) {
            r.contentType = Fields.mediaType(value);
            r.headerCharset = Fields.charsetParam(value);
          }
          break;
        case "content-encoding":
          r.contentCodings.add(value);
          break;
        case "transfer-encoding":
          r.transferCodings.add(value);
          break;
        default:
          break;
      }
    }
    if (!complete && remaining > 0) { // header block over the limit
      skipExactly(remaining, "HTTP body");
      r.error = WarcEntry.MALFORMED_RECORD;
      r.errorDetail = "HTTP header longer than " + MAX_HEADER_BYTES + " bytes";
      r.payloadBytes = remaining;
      return;
    }
    readBody(r, remaining);
  }

  private void readPlainBlock(Rec r, long length, String contentType) throws IOException {
    r.contentType = Fields.mediaType(contentType);
    r.headerCharset = Fields.charsetParam(contentType);
    readBody(r, length);
  }

  /** Reads {@code length} body bytes into memory, or skips them if over the limit. */
  private void readBody(Rec r, long length) throws IOException {
    r.payloadBytes = length;
    if (length > maxPayload) {
      long skipped = input.skip(length);
      r.shortBody = skipped < length;
      r.error = WarcEntry.PAYLOAD_TOO_LARGE;
      r.errorDetail = "payload of " + length + " bytes exceeds the limit of " + maxPayload;
      return;
    }
    byte[] body = new byte[(int) length];
    int n = Math.max(0, input.readFully(body, 0, body.length));
    r.rawBody = body;
    r.rawLength = n;
    r.shortBody = n < length;
  }

  private void skipExactly(long n, String what) throws IOException {
    if (input.skip(n) < n) {
      long at = current != null ? current.offset : input.fileOffset();
      throw ReadFailure.truncated(at, "file ends inside the " + what + " of the record at " + at);
    }
  }

  private void skipBlank() throws IOException {
    int b;
    while ((b = input.peek(0)) == '\r' || b == '\n' || b == ' ' || b == '\t') {
      input.read();
    }
  }

  private static int parseStatus(String statusLine) {
    String[] t = statusLine.trim().split("\\s+");
    if (t.length < 2 || t[1].length() != 3) {
      return -1;
    }
    try {
      int s = Integer.parseInt(t[1]);
      return s >= 100 ? s : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long parseLength(String s) {
    if (s == null) {
      return -1;
    }
    String t = s.trim();
    if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Long.parseLong(t);
  }

  private static String nonHttp(String contentType) {
    String t = Fields.mediaType(contentType);
    return t != null && t.startsWith("application/http") ? null : contentType;
  }

  private static String stripEol(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String trimToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }

  private static String lower(String s) {
    String t = trimToNull(s);
    return t == null ? null : t.toLowerCase(Locale.ROOT);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private WarcEntry errorEntry(long offset, String reason, String detail) {
    return new WarcEntry(source, offset, null, null, null, null, -1, null, null, null, -1, reason, detail);
  }

  /** Mutable state of the record being read. */
  private final class Rec {
    final long offset;
    String warcType;
    String recordId;
    String targetUri;
    java.time.Instant date;
    int httpStatus = -1;
    String contentType;
    String headerCharset;
    long payloadBytes = -1;
    boolean http;
    final List<String> transferCodings = new ArrayList<>();
    final List<String> contentCodings = new ArrayList<>();
    byte[] rawBody; // stored body, may be longer than rawLength
    int rawLength;
    boolean shortBody; // the file ended inside the body
    String error;
    String errorDetail;

    Rec(long offset) {
      this.offset = offset;
    }

    WarcEntry decodeAndBuild() {
      byte[] payload = null;
      if (rawBody != null && error == null) {
        byte[] body = rawLength == rawBody.length ? rawBody : Arrays.copyOf(rawBody, rawLength);
        payload = body;
        if (http) {
          PayloadDecoder.Result d = PayloadDecoder.decode(body, transferCodings, contentCodings, maxPayload);
          payload = d.payload();
          error = d.error();
          errorDetail = d.detail();
        }
      }
      return entry(payload, error, errorDetail);
    }

    WarcEntry failed(String reason, String detail) {
      return entry(null, reason, detail);
    }

    private WarcEntry entry(byte[] payload, String err, String detail) {
      return new WarcEntry(
          source,
          offset,
          warcType,
          recordId,
          targetUri,
          date,
          httpStatus,
          contentType,
          headerCharset,
          payload,
          payloadBytes,
          err,
          detail);
    }
  }
}
