// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import static dev.curate.extract.warc.WarcBytes.concat;
import static dev.curate.extract.warc.WarcBytes.gzip;
import static dev.curate.extract.warc.WarcBytes.html;
import static dev.curate.extract.warc.WarcBytes.http;
import static dev.curate.extract.warc.WarcBytes.readAll;
import static dev.curate.extract.warc.WarcBytes.record;
import static dev.curate.extract.warc.WarcBytes.response;
import static dev.curate.extract.warc.WarcBytes.utf8;
import static dev.curate.extract.warc.WarcBytes.warcinfo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcEntryReaderTest {
  private static final String ID1 = "11111111-1111-1111-1111-111111111111";
  private static final String ID2 = "22222222-2222-2222-2222-222222222222";
  private static final String ID3 = "33333333-3333-3333-3333-333333333333";

  private static String text(WarcEntry e) {
    return new String(e.payload(), StandardCharsets.UTF_8);
  }

  private static List<String> errors(List<WarcEntry> entries) {
    return entries.stream().map(WarcEntry::error).collect(Collectors.toList());
  }

  @Test
  void plainWarcYieldsEveryRecordWithItsMetadata() {
    byte[] file =
        concat(
            warcinfo(),
            record("request", ID1, "http://example.com/", "2024-05-18T01:58:10Z", "", utf8("GET / HTTP/1.1\r\n\r\n")),
            html(ID2, "http://example.com/", "<p>hello</p>"));
    List<WarcEntry> entries = readAll(file);
    assertEquals(3, entries.size());
    assertEquals(List.of("warcinfo", "request", "response"), entries.stream().map(WarcEntry::warcType).collect(Collectors.toList()));
    assertNull(entries.get(0).payload(), "no body for warcinfo");
    assertNull(entries.get(1).payload(), "no body for request");
    WarcEntry r = entries.get(2);
    assertNull(r.error());
    assertEquals("test.warc", r.source());
    assertEquals("<urn:uuid:" + ID2 + ">", r.recordId());
    assertEquals("http://example.com/", r.targetUri());
    assertEquals(Instant.parse("2024-05-18T01:58:10Z"), r.date());
    assertEquals(200, r.httpStatus());
    assertEquals("text/html", r.contentType());
    assertEquals("utf-8", r.headerCharset());
    assertEquals("<p>hello</p>", text(r));
    assertEquals(12, r.payloadBytes());
    assertEquals(warcinfo().length + entries.get(1).offset() - warcinfo().length, entries.get(1).offset());
    assertEquals(0, entries.get(0).offset());
    assertEquals(warcinfo().length, entries.get(1).offset());
  }

  @Test
  void gzipFileReportsTheOffsetOfEachMember() {
    byte[] a = gzip(warcinfo());
    byte[] b = gzip(html(ID1, "http://a/", "a"));
    byte[] c = gzip(html(ID2, "http://b/", "b"));
    List<WarcEntry> entries = readAll(concat(a, b, c));
    assertEquals(Arrays.asList(null, null, null), errors(entries));
    assertEquals(List.of(0L, (long) a.length, (long) a.length + b.length),
        entries.stream().map(WarcEntry::offset).collect(Collectors.toList()));
    assertEquals("b", text(entries.get(2)));
  }

  @Test
  void recordSpanningGzipMembersIsRead() {
    byte[] rec = html(ID1, "http://a/", "x".repeat(500));
    byte[] file = concat(gzip(Arrays.copyOf(rec, 100)), gzip(Arrays.copyOfRange(rec, 100, rec.length)), gzip(html(ID2, "http://b/", "b")));
    List<WarcEntry> entries = readAll(file);
    assertEquals(Arrays.asList(null, null), errors(entries));
    assertEquals("x".repeat(500), text(entries.get(0)));
  }

  @Test
  void truncatedGzipYieldsGoodRecordsThenOneTruncatedEntry() {
    byte[] a = gzip(warcinfo());
    byte[] b = gzip(html(ID1, "http://a/", "a"));
    byte[] c = gzip(html(ID2, "http://b/", "some longer text ".repeat(200)));
    byte[] file = concat(a, b, Arrays.copyOf(c, c.length / 2));
    List<WarcEntry> entries = readAll(file);
    assertEquals(Arrays.asList(null, null, WarcEntry.TRUNCATED_FILE), errors(entries));
    WarcEntry t = entries.get(2);
    assertEquals(a.length + b.length, t.offset());
    assertNull(t.payload());
  }

  @Test
  void plainFileEndingInsideARecordYieldsOneTruncatedEntry() {
    byte[] good = html(ID1, "http://a/", "a");
    byte[] cut = html(ID2, "http://b/", "b".repeat(300));
    List<WarcEntry> entries = readAll(concat(good, Arrays.copyOf(cut, cut.length - 100)));
    assertEquals(Arrays.asList(null, WarcEntry.TRUNCATED_FILE), errors(entries));
    assertEquals("response", entries.get(1).warcType());
    assertEquals("http://b/", entries.get(1).targetUri());
    assertEquals(good.length, entries.get(1).offset());
  }

  @Test
  void garbageGzipMemberBetweenGoodRecordsIsSkipped() {
    byte[] a = gzip(html(ID1, "http://a/", "a"));
    byte[] bad = gzip(html(ID2, "http://bad/", "bad"));
    Arrays.fill(bad, 10, bad.length, (byte) 0xff); // valid header, corrupt deflate data
    byte[] c = gzip(html(ID3, "http://c/", "c"));
    List<WarcEntry> entries = readAll(concat(a, bad, c));
    assertEquals(Arrays.asList(null, WarcEntry.CORRUPT_GZIP, null), errors(entries));
    assertEquals(a.length, entries.get(1).offset());
    assertEquals("c", text(entries.get(2)));
  }

  @Test
  void validGzipMemberHoldingBinaryJunkDoesNotSwallowTheNextRecord() {
    byte[] a = gzip(html(ID1, "http://a/", "a"));
    // Inflates fine but holds no WARC record and does not end with a newline: the record in the
    // next member must still be found at the member boundary.
    byte[] binary = new byte[70_000];
    new java.util.Random(7).nextBytes(binary);
    for (int i = 0; i < binary.length; i++) {
      binary[i] = binary[i] == '\n' ? 0 : binary[i];
    }
    byte[] junk = gzip(binary);
    byte[] c = gzip(html(ID3, "http://c/", "c"));
    byte[] d = gzip(html(ID2, "http://d/", "d"));
    List<WarcEntry> entries = readAll(concat(a, junk, c, d));
    assertEquals(Arrays.asList(null, WarcEntry.MALFORMED_RECORD, null, null), errors(entries));
    assertEquals("http://c/", entries.get(2).targetUri());
    assertEquals("http://d/", entries.get(3).targetUri());
  }

  @Test
  void junkBytesBetweenGzipMembersAreSkipped() {
    byte[] a = gzip(html(ID1, "http://a/", "a"));
    byte[] c = gzip(html(ID3, "http://c/", "c"));
    List<WarcEntry> entries = readAll(concat(a, utf8("this is not gzip at all"), c));
    assertEquals(Arrays.asList(null, WarcEntry.CORRUPT_GZIP, null), errors(entries));
    assertEquals("http://c/", entries.get(2).targetUri());
  }

  @Test
  void invalidDateKeepsTheRecordWithNullDate() {
    byte[] rec = record("resource", ID1, "http://a/", "2008-10-294T05:21:46-0700", "Content-Type: text/plain\r\n", utf8("hi"));
    WarcEntry e = readAll(rec).get(0);
    assertNull(e.error());
    assertNull(e.date());
    assertEquals("hi", text(e));
  }

  @Test
  void offsetDatesWithoutColonAreParsed() {
    byte[] rec = record("resource", ID1, "http://a/", "2008-10-29T05:21:46-0700", "", utf8("hi"));
    assertEquals(Instant.parse("2008-10-29T12:21:46Z"), readAll(rec).get(0).date());
  }

  @Test
  void targetUriWithSpacesAndAngleBracketsIsKept() {
    byte[] a = record("resource", ID1, "  http://example.com/a b c.html ", "2024-01-01T00:00:00Z", "", utf8("x"));
    byte[] b = record("resource", ID2, "<http://example.com/>", "2024-01-01T00:00:00Z", "", utf8("y"));
    List<WarcEntry> entries = readAll(concat(a, b));
    assertEquals("http://example.com/a b c.html", entries.get(0).targetUri());
    assertEquals("http://example.com/", entries.get(1).targetUri());
  }

  @Test
  void chunkedBodyIsDechunked() {
    byte[] body = utf8("5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n");
    WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Transfer-Encoding: chunked\r\n", body))).get(0);
    assertNull(e.error());
    assertEquals("hello, world", text(e));
    assertEquals(body.length, e.payloadBytes());
  }

  @Test
  void wrongChunkSizeYieldsBadChunkedEncodingWithTheDecodedPart() {
    byte[] body = utf8("5\r\nhello\r\nzz\r\nmore\r\n0\r\n\r\n");
    WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Transfer-Encoding: chunked\r\n", body))).get(0);
    assertEquals(WarcEntry.BAD_CHUNKED_ENCODING, e.error());
    assertEquals("hello", text(e));
  }

  @Test
  void chunkedHeaderOnAnAlreadyDechunkedBodyKeepsTheBody() {
    byte[] body = utf8("<html>not chunked</html>");
    WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Transfer-Encoding: chunked\r\n", body))).get(0);
    assertNull(e.error());
    assertEquals("<html>not chunked</html>", text(e));
  }

  @Test
  void contentLengthTooSmallKeepsTheRecordAndReportsTheJunk() {
    byte[] block = http(200, "Content-Type: text/plain\r\n", utf8("0123456789"));
    byte[] bad = WarcBytes.recordWithLength("response", ID1, "http://a/", "2024-01-01T00:00:00Z", "", block, block.length - 4);
    byte[] next = html(ID2, "http://b/", "b");
    List<WarcEntry> entries = readAll(concat(bad, next));
    assertEquals(Arrays.asList(null, WarcEntry.MALFORMED_RECORD, null), errors(entries));
    assertEquals("012345", text(entries.get(0)));
    assertEquals("http://b/", entries.get(2).targetUri());
  }

  @Test
  void contentLengthTooLargeRecoversTheSwallowedRecord() {
    byte[] block = http(200, "Content-Type: text/plain\r\n", utf8("0123456789"));
    byte[] bad = WarcBytes.recordWithLength("response", ID1, "http://a/", "2024-01-01T00:00:00Z", "", block, block.length + 40);
    byte[] next = html(ID2, "http://b/", "b");
    byte[] last = html(ID3, "http://c/", "c");
    List<WarcEntry> entries = readAll(concat(bad, next, last));
    assertEquals(Arrays.asList(null, WarcEntry.MALFORMED_RECORD, null, null), errors(entries));
    assertEquals("0123456789", text(entries.get(0)));
    assertEquals("http://b/", entries.get(2).targetUri());
    assertEquals("b", text(entries.get(2)));
    assertEquals("c", text(entries.get(3)));
  }

  @Test
  void missingContentLengthIsMalformedAndReadingContinues() {
    byte[] bad = utf8("WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: abc\r\n\r\nsome block\r\n\r\n");
    List<WarcEntry> entries = readAll(concat(html(ID1, "http://a/", "a"), bad, html(ID2, "http://b/", "b")));
    assertEquals(Arrays.asList(null, WarcEntry.MALFORMED_RECORD, null), errors(entries));
    assertEquals("resource", entries.get(1).warcType());
    assertEquals("b", text(entries.get(2)));
  }

  @Test
  void gzipAndXGzipContentEncodingsAreDecoded() {
    byte[] body = gzip(utf8("<p>compressed</p>"));
    for (String coding : List.of("gzip", "x-gzip")) {
      WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Content-Encoding: " + coding + "\r\n", body))).get(0);
      assertNull(e.error(), coding);
      assertEquals("<p>compressed</p>", text(e));
      assertEquals(body.length, e.payloadBytes());
    }
  }

  @Test
  void chunkedGzipBodyIsDechunkedThenDecompressed() {
    byte[] gz = gzip(utf8("<p>both</p>"));
    byte[] body = concat(utf8(Integer.toHexString(gz.length) + "\r\n"), gz, utf8("\r\n0\r\n\r\n"));
    WarcEntry e = readAll(response(ID1, "http://a/",
        http(200, "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", body))).get(0);
    assertNull(e.error());
    assertEquals("<p>both</p>", text(e));
  }

  @Test
  void deflateIsDecodedWithAndWithoutZlibWrapper() {
    for (boolean raw : new boolean[] {false, true}) {
      byte[] body = WarcBytes.deflate(utf8("<p>deflated</p>"), raw);
      WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Content-Encoding: deflate\r\n", body))).get(0);
      assertNull(e.error(), "raw=" + raw);
      assertEquals("<p>deflated</p>", text(e));
    }
  }

  @Test
  void brotliIsDecoded() {
    byte[] body = WarcBytes.brotliStored(utf8("<p>brotli</p>"));
    WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Content-Encoding: br\r\n", body))).get(0);
    assertNull(e.error());
    assertEquals("<p>brotli</p>", text(e));
  }

  @Test
  void cutGzipBodyYieldsBadContentEncodingWithTheDecodedPart() {
    String page = "<p>" + "lorem ipsum dolor sit amet ".repeat(2000) + "</p>";
    byte[] gz = gzip(utf8(page));
    byte[] body = Arrays.copyOf(gz, gz.length / 2);
    WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Content-Encoding: gzip\r\n", body))).get(0);
    assertEquals(WarcEntry.BAD_CONTENT_ENCODING, e.error());
    assertNotNull(e.payload());
    assertTrue(page.startsWith(text(e)) && e.payload().length > 0);
  }

  @Test
  void gzipTrailerMissingIsNotAnError() {
    byte[] gz = gzip(utf8("<p>complete</p>"));
    byte[] body = Arrays.copyOf(gz, gz.length - 8);
    WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Content-Encoding: gzip\r\n", body))).get(0);
    assertNull(e.error());
    assertEquals("<p>complete</p>", text(e));
  }

  @Test
  void contentEncodingHeaderOnAnUncompressedBodyKeepsTheBody() {
    WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Content-Encoding: gzip\r\n", utf8("<html>plain</html>")))).get(0);
    assertNull(e.error());
    assertEquals("<html>plain</html>", text(e));
  }

  @Test
  void payloadOverTheLimitIsSkippedButKeepsItsMetadata() {
    byte[] big = response(ID1, "http://big/", http(404, "Content-Type: text/html; charset=\"ISO-8859-1\"\r\n", utf8("x".repeat(1000))));
    List<WarcEntry> entries = readAll(concat(big, html(ID2, "http://b/", "small")), new ReadLimits(100));
    assertEquals(Arrays.asList(WarcEntry.PAYLOAD_TOO_LARGE, null), errors(entries));
    WarcEntry e = entries.get(0);
    assertNull(e.payload());
    assertEquals(1000, e.payloadBytes());
    assertEquals(404, e.httpStatus());
    assertEquals("text/html", e.contentType());
    assertEquals("ISO-8859-1", e.headerCharset());
    assertEquals("http://big/", e.targetUri());
    assertEquals("small", text(entries.get(1)));
  }

  @Test
  void decodedPayloadOverTheLimitIsReportedNotInflated() {
    byte[] bomb = gzip(new byte[100_000]);
    WarcEntry e = readAll(response(ID1, "http://a/", http(200, "Content-Encoding: gzip\r\n", bomb)), new ReadLimits(10_000)).get(0);
    assertEquals(WarcEntry.PAYLOAD_TOO_LARGE, e.error());
    assertNull(e.payload());
  }

  @Test
  void wetConversionRecordCarriesItsText() {
    byte[] rec = record("conversion", ID1, "https://example.com/", "2024-05-31T01:16:40Z",
        "Content-Type: text/plain\r\n", utf8("Plain text\nsecond line"));
    WarcEntry e = readAll(gzip(concat(warcinfo(), rec))).get(1);
    assertEquals("conversion", e.warcType());
    assertEquals("text/plain", e.contentType());
    assertEquals(-1, e.httpStatus());
    assertEquals("Plain text\nsecond line", text(e));
  }

  @Test
  void revisitWithHeadersOnlyHasAnEmptyPayload() {
    byte[] rec = record("revisit", ID1, "http://a/", "2024-01-01T00:00:00Z", "",
        http(200, "Content-Encoding: gzip\r\nContent-Type: text/html\r\n", new byte[0]));
    WarcEntry e = readAll(rec).get(0);
    assertNull(e.error());
    assertEquals(200, e.httpStatus());
    assertEquals(0, e.payload().length);
  }

  @Test
  void arcFileYieldsFiledescAsWarcinfoAndRecordsAsResponses() {
    String filedescBlock = "1 0 test\nURL IP-address Archive-date Content-type Archive-length\n";
    byte[] page = http(200, "Content-Type: text/html\r\n", utf8("<p>arc</p>"));
    byte[] file = concat(
        utf8("filedesc://test.arc 127.0.0.1 20140216050221 text/plain " + filedescBlock.length() + "\n" + filedescBlock + "\n"),
        utf8("http://example.com/ 93.184.216.119 20140216050221 text/html " + page.length + "\n"), page, utf8("\n"));
    for (byte[] input : List.of(file, gzip(file))) {
      List<WarcEntry> entries = readAll(input);
      assertEquals(Arrays.asList(null, null), errors(entries));
      assertEquals("warcinfo", entries.get(0).warcType());
      WarcEntry r = entries.get(1);
      assertEquals("response", r.warcType());
      assertEquals("http://example.com/", r.targetUri());
      assertEquals(Instant.parse("2014-02-16T05:02:21Z"), r.date());
      assertEquals(200, r.httpStatus());
      assertEquals("<p>arc</p>", text(r));
      assertTrue(r.recordId().startsWith("<urn:uuid:"));
      assertEquals(r.recordId(), readAll(input).get(1).recordId(), "synthetic id is stable");
    }
  }

  @Test
  void lz4MagicYieldsOneUnsupportedFormatEntry() {
    byte[] file = concat(new byte[] {0x04, 0x22, 0x4d, 0x18}, new byte[100]);
    List<WarcEntry> entries = readAll(file);
    assertEquals(List.of(WarcEntry.UNSUPPORTED_FORMAT), errors(entries));
  }

  @Test
  void bytesThatAreNeitherWarcNorArcYieldOneUnsupportedFormatEntry() {
    assertEquals(List.of(WarcEntry.UNSUPPORTED_FORMAT), errors(readAll(utf8("<html><body>just a page</body></html>\n"))));
    assertEquals(List.of(WarcEntry.UNSUPPORTED_FORMAT), errors(readAll(gzip(utf8("{\"json\": true}\n")))));
  }

  @Test
  void emptyFileYieldsNoEntries() {
    assertEquals(List.of(), readAll(new byte[0]));
    assertEquals(List.of(), readAll(gzip(new byte[0])));
  }

  @Test
  void missingFileYieldsOneIoErrorEntry(@TempDir Path dir) throws Exception {
    try (WarcEntryReader r = WarcEntryReader.open(dir.resolve("missing.warc.gz"), ReadLimits.defaults())) {
      assertTrue(r.hasNext());
      assertEquals(WarcEntry.IO_ERROR, r.next().error());
      assertTrue(!r.hasNext());
    }
  }

  @Test
  void openReadsAFileFromDisk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.warc.gz");
    Files.write(file, concat(gzip(warcinfo()), gzip(html(ID1, "http://a/", "a"))));
    try (WarcEntryReader r = WarcEntryReader.open(file, ReadLimits.defaults())) {
      assertEquals("warcinfo", r.next().warcType());
      WarcEntry e = r.next();
      assertEquals(file.toString(), e.source());
      assertEquals("a", text(e));
      assertTrue(!r.hasNext());
    }
  }

  @Test
  void entryToStringShowsPayloadSizeNotBytes() {
    WarcEntry e = readAll(html(ID1, "http://a/", "abc")).get(0);
    assertArrayEquals(utf8("abc"), e.payload());
    assertTrue(e.toString().contains("payload=3 bytes"));
  }
}
