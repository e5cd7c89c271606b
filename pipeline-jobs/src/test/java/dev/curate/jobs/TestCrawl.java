// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Two small real WARC files with a known mix of records, written with jwarc plus hand-made
 * damage: what the extract stage tests read.
 *
 * <p>{@code good.warc.gz}: warcinfo, request, article page (kept), 404 (http_status), PDF
 * (not_html), a garbage gzip member (error), a windows-1252 page (kept). {@code
 * truncated.warc.gz}: one page (kept), then a record cut off mid-way (error).
 */
final class TestCrawl {
  static final int RECORDS = 9;
  static final int KEPT = 3;
  static final int NON_PAGE = 2;
  static final int HTTP_STATUS = 1;
  static final int NOT_HTML = 1;
  static final int ERRORS = 2;

  static final String ARTICLE_SENTENCE =
      "The committee adopted the report on fisheries after a long and careful debate.";
  static final String CAFE_SENTENCE = "Le café de la place reste ouvert tout l'été pour les habitants.";

  private TestCrawl() {}

  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Instant date = Instant.parse("2024-03-05T10:15:30Z");
    Path good = dir.resolve("good.warc.gz");
    try (OutputStream out = Files.newOutputStream(good)) {
      WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP);
      w.write(new Warcinfo.Builder().recordId(id(0)).date(date).filename("good.warc.gz").build());
      w.write(new WarcRequest.Builder("https://news.example.org/fisheries").recordId(id(1)).date(date)
          .body(MediaType.HTTP_REQUEST, "GET /fisheries HTTP/1.1\r\nHost: news.example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
          .build());
      w.write(response(2, "https://news.example.org/fisheries", 200, "text/html; charset=utf-8",
          article("Fisheries report adopted", ARTICLE_SENTENCE), StandardCharsets.UTF_8, date));
      w.write(response(3, "https://news.example.org/missing", 404, "text/html",
          "<html><body><h1>Not found</h1></body></html>", StandardCharsets.UTF_8, date));
      w.write(response(4, "https://news.example.org/report.pdf", 200, "application/pdf",
          "%PDF-1.4 not really a pdf", StandardCharsets.ISO_8859_1, date));
      out.flush();
      // A gzip member that holds no WARC record: a reader must report it and go on.
      out.write(gzip("this is not a WARC record at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
      out.flush();
      w.write(response(5, "http://cafe.example.fr/ete", 200, "text/html; charset=windows-1252",
          article("Le café", CAFE_SENTENCE), Charset.forName("windows-1252"), date));
    }
    Path truncated = dir.resolve("truncated.warc.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), WarcCompression.GZIP);
    w.write(response(6, "https://blog.example.com/a", 200, "text/html",
        article("A blog post", ARTICLE_SENTENCE.replace("fisheries", "forestry")), StandardCharsets.UTF_8, date));
    int firstEnd = bytes.size();
    w.write(response(7, "https://blog.example.com/b", 200, "text/html",
        article("Another post", ARTICLE_SENTENCE), StandardCharsets.UTF_8, date));
    byte[] all = bytes.toByteArray();
    Files.write(truncated, Arrays.copyOf(all, firstEnd + (all.length - firstEnd) / 2));
    return dir;
  }

  static String article(String title, String sentence) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      p.append(sentence).append(' ');
    }
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body>"
        + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        + "<li><a href='/sport'>Sport</a></li><li><a href='/contact'>Contact</a></li></ul></nav>"
        + "<article><h1>" + title + "</h1><p>" + p.toString().strip() + "</p><p>" + p.toString().strip()
        + "</p></article>"
        + "<footer><p>Copyright 2024 Example Media. All rights reserved.</p>"
        + "<a href='/privacy'>Privacy policy</a> <a href='/terms'>Terms of use</a></footer>"
        + "</body></html>";
  }

  private static WarcResponse response(
      int n, String url, int status, String contentType, String body, Charset cs, Instant date) {
    byte[] payload = body.getBytes(cs);
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + payload.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] http = Arrays.copyOf(headBytes, headBytes.length + payload.length);
    System.arraycopy(payload, 0, http, headBytes.length, payload.length);
    return new WarcResponse.Builder(URI.create(url)).recordId(id(n)).date(date)
        .body(MediaType.HTTP_RESPONSE, http).build();
  }

  static UUID id(int n) {
    return UUID.nameUUIDFromBytes(("test-crawl-" + n).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
