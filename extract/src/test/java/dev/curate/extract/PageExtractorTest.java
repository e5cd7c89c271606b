// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.DocIds;
import dev.curate.core.config.ExtractSettings;
import dev.curate.extract.warc.WarcEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageExtractorTest {
  private static final String ID = "<urn:uuid:00000000-0000-0000-0000-000000000001>";
  private static final String PAGE =
      "<html><head><title>Fisheries</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
          + "<article><h1>Fisheries</h1><p>The committee adopted the report on fisheries after a long debate in the chamber.</p>"
          + "<p>Members asked the Commission to publish its figures on quotas every year from now on.</p></article>"
          + "<footer>Copyright 2024 Example. All rights reserved.</footer></body></html>";

  private static ExtractSettings settings(long maxBytes, long maxMillis, int minChars) {
    return new ExtractSettings(maxBytes, maxMillis, minChars, ExtractSettings.TextFormat.PLAIN);
  }

  private static final PageExtractor DEFAULT = new PageExtractor(settings(16 << 20, 10_000, 1));

  private static WarcEntry entry(String type, int status, String contentType, String charset, byte[] payload) {
    return new WarcEntry("crawl.warc.gz", 1234, type, ID, "https://Example.ORG/fish page",
        Instant.parse("2024-03-01T00:00:00Z"), status, contentType, charset, payload,
        payload == null ? 0 : payload.length, null, null);
  }

  private static WarcEntry html(String body) {
    return entry("response", 200, "text/html", "utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void htmlPageBecomesADocumentWithItsMainText() {
    ExtractResult r = DEFAULT.apply(html(PAGE));
    assertNull(r.reason(), r.detail());
    assertTrue(r.text().contains("The committee adopted the report on fisheries"), r.text());
    assertTrue(r.text().contains("publish its figures on quotas"), r.text());
    assertTrue(!r.text().contains("All rights reserved"), r.text());
    assertEquals("Fisheries", r.title());
    assertEquals("example.org", r.host(), "lower-case host even with a space in the URL");
    assertEquals(DocIds.fromRecordId(ID), r.docId());
    assertEquals(r.text().getBytes(StandardCharsets.UTF_8).length, r.textBytes());
    assertEquals(1234, r.offset());
  }

  @Test
  void docIdDependsOnlyOnTheRecordId() {
    assertEquals(DEFAULT.apply(html(PAGE)).docId(), DEFAULT.apply(html(PAGE.replace("debate", "talk"))).docId());
    assertNotEquals(DocIds.fromRecordId(ID), DocIds.fromRecordId(ID.replace('1', '2')));
    assertTrue(DocIds.fromRecordId(ID).matches("[0-9a-f]{32}"));
  }

  @Test
  void nonPageRecordsAreRejectedWithTheirType() {
    for (String type : new String[] {"warcinfo", "request", "metadata", "revisit"}) {
      ExtractResult r = DEFAULT.apply(entry(type, -1, null, null, null));
      assertEquals(ExtractReasons.NON_PAGE_RECORD, r.reason());
      assertEquals(type, r.detail());
    }
  }

  @Test
  void responsesOtherThan200AreRejectedWithTheirStatus() {
    ExtractResult r = DEFAULT.apply(entry("response", 404, "text/html", null, PAGE.getBytes(StandardCharsets.UTF_8)));
    assertEquals(ExtractReasons.HTTP_STATUS, r.reason());
    assertEquals("404", r.detail());
  }

  @Test
  void nonHtmlPayloadsAreRejectedWithTheirContentType() {
    ExtractResult r = DEFAULT.apply(entry("response", 200, "application/pdf", null, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(ExtractReasons.NOT_HTML, r.reason());
    assertEquals("application/pdf", r.detail());
  }

  @Test
  void htmlWithoutAContentTypeIsRecognisedBySniffing() {
    ExtractResult r = DEFAULT.apply(entry("response", 200, null, null, ("  \n<!DOCTYPE html>" + PAGE).getBytes(StandardCharsets.UTF_8)));
    assertNull(r.reason(), r.detail());
    ExtractResult binary = DEFAULT.apply(entry("response", 200, "application/octet-stream", null, new byte[] {0, 1, 2, 3}));
    assertEquals(ExtractReasons.NOT_HTML, binary.reason());
  }

  @Test
  void payloadOverTheLimitIsRejectedWithoutParsing() {
    PageExtractor small = new PageExtractor(settings(2048, 10_000, 1));
    ExtractResult r = small.apply(html(PAGE + "<p>" + "x ".repeat(5000) + "</p>"));
    assertEquals(ExtractReasons.TOO_LARGE, r.reason());
    ExtractResult unread = DEFAULT.apply(entry("response", 200, "text/html", null, null));
    assertEquals(ExtractReasons.TOO_LARGE, unread.reason(), "the reader skipped the payload");
  }

  @Test
  void pageOverItsTimeBudgetIsRejectedAsTimeout() {
    PageExtractor hurried = new PageExtractor(settings(64 << 20, 1, 1));
    String big = "<html><body>" + "<div><p>word word word word word</p>".repeat(200_000) + "</body></html>";
    ExtractResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> hurried.apply(html(big)));
    assertEquals(ExtractReasons.TIMEOUT, r.reason());
  }

  @Test
  void payloadTheReaderSkippedForItsSizeIsATooLargeRejectionNotAnError() {
    WarcEntry skipped = new WarcEntry("crawl.warc.gz", 7, "response", ID, "https://example.org/big",
        null, 200, "text/html", null, null, 60_000_000, WarcEntry.PAYLOAD_TOO_LARGE, "60000000 bytes");
    ExtractResult r = DEFAULT.apply(skipped);
    assertEquals(ExtractReasons.TOO_LARGE, r.reason());
    assertTrue(!ExtractReasons.isError(r.reason()));
  }

  @Test
  void fiftyMegabytePageIsHandledWithinItsBudgetWhenTheSizeLimitAllowsIt() {
    StringBuilder sb = new StringBuilder(52_000_000).append("<html><body><article>");
    while (sb.length() < 50_000_000) {
      sb.append("<div class='c'><p>Members asked the Commission to publish its figures on quotas every year.</p></div>\n");
    }
    String page = sb.append("</article></body></html>").toString();
    PageExtractor generous = new PageExtractor(settings(64 << 20, 2_000, 1));
    long start = System.nanoTime();
    ExtractResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> generous.apply(html(page)));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(r.reason() == null || r.reason().equals(ExtractReasons.TIMEOUT), r.reason() + ": " + r.detail());
    if (ExtractReasons.TIMEOUT.equals(r.reason())) {
      // The parse is cut at the next chunk once the budget is spent; charset decoding and the
      // final check add a little. Far from unbounded.
      assertTrue(millis < 2_000 + 8_000, "stopped soon after its budget: " + millis + " ms");
    }
    ExtractResult limited = DEFAULT.apply(html(page));
    assertEquals(ExtractReasons.TOO_LARGE, limited.reason(), "the default 16 MiB limit rejects it unparsed");
  }

  @Test
  void deeplyNestedPageIsHandledWithoutOverflowingTheStack() {
    String deep = "<html><body>" + "<div>".repeat(100_000) + "<p>deep text here</p>" + "</div>".repeat(100_000) + "</body></html>";
    ExtractResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> DEFAULT.apply(html(deep)));
    assertTrue(r.reason() == null || r.reason().equals(ExtractReasons.NO_TEXT), r.reason() + ": " + r.detail());
  }

  @Test
  void pageWithoutMainTextIsRejectedAsNoText() {
    PageExtractor strict = new PageExtractor(settings(16 << 20, 10_000, 50));
    ExtractResult r = strict.apply(html("<html><body><p>Too short.</p></body></html>"));
    assertEquals(ExtractReasons.NO_TEXT, r.reason());
  }

  @Test
  void readErrorsBecomeErrorReasonsWithTheirDetail() {
    WarcEntry broken = new WarcEntry("crawl.warc.gz", 99, null, null, null, null, -1, null, null, null, 0,
        WarcEntry.TRUNCATED_FILE, "file ends inside a record");
    ExtractResult r = DEFAULT.apply(broken);
    assertEquals(ExtractReasons.ERROR_PREFIX + "truncated_file", r.reason());
    assertTrue(ExtractReasons.isError(r.reason()));
    assertEquals(99, r.offset());
    assertEquals("crawl.warc.gz", r.source());
  }

  @Test
  void wetConversionRecordsKeepTheirText() {
    ExtractResult r = DEFAULT.apply(entry("conversion", -1, "text/plain", null,
        "Already extracted text.\nSecond line.".getBytes(StandardCharsets.UTF_8)));
    assertNull(r.reason());
    assertEquals("Already extracted text.\nSecond line.", r.text());
  }

  @Test
  void charsetFromTheHeaderDecodesThePage() {
    byte[] latin = "<html><body><p>Le café de la gare est ouvert tout l'été pour les voyageurs pressés.</p></body></html>"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    ExtractResult r = DEFAULT.apply(entry("response", 200, "text/html", "windows-1252", latin));
    assertTrue(r.text().contains("café"), r.text());
    assertEquals("windows-1252", r.charset().toLowerCase(java.util.Locale.ROOT));
  }
}
