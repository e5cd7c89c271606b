// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.curate.sample.WarcOut.Buf;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes one WARC file and its part of the ground truth: a warcinfo record, then for each page a
 * request, a response (or its defective stand-in) and a metadata record.
 */
final class FileGenerator {
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String UA = "CCBot/2.0 (https://commoncrawl.org/faq/)";

  /** Counts for one file; merged in file order into SUMMARY.json. */
  static final class Stats {
    final long[] kinds = new long[PageKind.values().length];
    final TreeMap<String, Long> recordsByType = new TreeMap<>();
    final TreeMap<String, Long> defects = new TreeMap<>();
    final TreeMap<String, Long> charsets = new TreeMap<>();
    long gzipMembers;
    long contentEncodingGzip;
    long chunked;
    long warcBytes;

    void record(String type) {
      recordsByType.merge(type, 1L, Long::sum);
    }
  }

  private final CrawlPlan plan;
  private final int file;
  private final String fileName;
  private final Stats stats = new Stats();
  private final Buf block = new Buf(1 << 16);
  private final Buf rec = new Buf(1 << 16);

  FileGenerator(CrawlPlan plan, int file) {
    this.plan = plan;
    this.file = file;
    this.fileName = CrawlPlan.fileName(file);
  }

  /** What one page turned out to be; written as one truth line. */
  private static final class Page {
    long index;
    PageKind kind;
    String defect;
    String url;
    Sites.Site site;
    String template;
    String title;
    String topic;
    String mainText = "";
    String dupOf;
    Double editRate;
    Integer edits;
    int status = 200;
    String location;
    String contentType;
    String charset;
    String charsetDeclared;
    String contentEncoding;
    boolean chunked;
    int sourceLine = -1;
    Instant fetched;
    byte[] http; // the response block: status line, headers, wire body
    byte[] payload; // entity body (transfer coding removed) for WARC-Payload-Digest
    String payloadType;
  }

  Stats write(Path warc, Path truthPart) throws IOException {
    long first = (long) file * plan.spec.docsPerFile();
    long end = Math.min(plan.spec.docs(), first + plan.spec.docsPerFile());
    try (WarcOut out = new WarcOut(warc);
        JsonGenerator json = JSON.createGenerator(truthPart.toFile(), JsonEncoding.UTF8)) {
      json.setRootValueSeparator(null); // lines end with '\n', written explicitly
      writeWarcinfo(out);
      for (long i = first; i < end; i++) {
        Page p = build(i);
        writePage(out, p, json);
      }
      stats.warcBytes = out.position();
    }
    return stats;
  }

  // ---- planning one page ----

  private Page build(long i) {
    Page p = new Page();
    p.index = i;
    p.kind = plan.kind(i);
    p.fetched = plan.fetchTime(i);
    int ord = plan.ordinal(i);
    SplittableRandom r = Seeds.rng(plan.seed, i, CrawlPlan.SALT_PAGE);
    // Hosts are Zipf-like: a few hosts hold many pages, as in a real crawl.
    p.site = plan.sites.get((int) (plan.sites.size() * Math.pow(r.nextDouble(), 2)));
    Templates.Template tpl = Templates.ALL.get(p.site.template());
    Corpus.Line line = plan.corpus.line(plan.line(i));
    String section = Seeds.pick(r, Templates.SECTIONS);
    int pageId = (int) (10_000 + i);
    Article article = null;
    long original = -1;
    p.sourceLine = line.source();
    p.topic = line.title();
    switch (p.kind) {
      case NORMAL -> article = plan.article(i);
      case EXACT_DUPLICATE, NEAR_DUPLICATE -> {
        original = plan.original(i);
        if (original < 0) {
          p.kind = PageKind.NORMAL;
          article = plan.article(i);
        } else {
          line = plan.corpus.line(plan.line(original));
          p.sourceLine = line.source();
          p.topic = line.title();
          p.dupOf = plan.responseId(original);
          article = plan.article(original);
          if (p.kind == PageKind.NEAR_DUPLICATE) {
            p.editRate = CrawlPlan.EDIT_RATES[ord % CrawlPlan.EDIT_RATES.length];
            int[] edits = new int[1];
            article = Articles.nearDuplicate(article, p.editRate, Seeds.rng(plan.seed, i, CrawlPlan.SALT_EDIT), edits);
            p.edits = edits[0];
          }
        }
      }
      case SHORT -> article = Articles.shortArticle(line);
      case SPAM -> {
        article = Articles.spam(r);
        p.topic = null;
        p.sourceLine = -1;
      }
      case BOILERPLATE_ONLY -> {
        p.topic = null;
        p.sourceLine = -1;
      }
      case MALFORMED -> {
        p.defect = plan.truncated(i) ? "truncated_file"
            : new String[] {"garbage_gzip_member", "invalid_warc_date", "broken_chunked"}[ord % 3];
        if (!"garbage_gzip_member".equals(p.defect)) {
          article = plan.article(i);
        }
      }
      default -> { }
    }
    String slug = article == null ? section : p.kind == PageKind.SPAM ? Sites.slug(article.title()) : line.slug();
    String path = tpl.path(pageId, slug, line.date(), section);
    if (p.kind == PageKind.BOILERPLATE_ONLY) {
      path = "/" + section + "/page/" + (2 + r.nextInt(40)) + "?p=" + pageId;
    }
    String origin = (p.site.https() ? "https://" : "http://") + p.site.host();
    p.template = tpl.name();
    switch (p.kind) {
      case NON_HTML -> nonHtml(p, r, ord, origin, pageId, line);
      case NON_200 -> non200(p, r, ord, origin, path);
      default -> {
        p.url = origin + path;
        if ("garbage_gzip_member".equals(p.defect)) {
          p.template = null;
          p.topic = null;
          p.sourceLine = -1;
        } else {
          html(p, r, tpl, article, path, section, line);
        }
      }
    }
    if (p.kind == PageKind.NON_HTML || p.kind == PageKind.NON_200) {
      p.topic = p.kind == PageKind.NON_HTML ? p.topic : null;
      p.template = null;
    }
    return p;
  }

  private void html(
      Page p, SplittableRandom r, Templates.Template tpl, Article article, String path, String section,
      Corpus.Line line) {
    Charset cs = StandardCharsets.UTF_8;
    boolean legacyOk = p.kind == PageKind.NORMAL || p.kind == PageKind.SHORT;
    double u = r.nextDouble();
    if (legacyOk && line.legacy() == Corpus.ISO_8859_7 && u < 0.3) {
      cs = Corpus.ISO_8859_7;
    } else if (legacyOk && line.legacy() == Corpus.ISO_8859_1 && u < 0.08) {
      cs = u < 0.04 ? Corpus.WINDOWS_1252 : Corpus.ISO_8859_1;
    }
    double d = r.nextDouble();
    if (cs != StandardCharsets.UTF_8) {
      p.charsetDeclared = d < 0.5 ? "header" : "meta";
    } else {
      p.charsetDeclared = d < 0.6 ? "both" : d < 0.8 ? "header" : d < 0.95 ? "meta" : "none";
    }
    String label = cs == StandardCharsets.UTF_8 ? (r.nextBoolean() ? "UTF-8" : "utf-8")
        : r.nextBoolean() ? cs.name() : cs.name().toLowerCase(Locale.ROOT);
    boolean inMeta = p.charsetDeclared.equals("meta") || p.charsetDeclared.equals("both");
    boolean inHeader = p.charsetDeclared.equals("header") || p.charsetDeclared.equals("both");
    List<String[]> related = new ArrayList<>();
    int nRelated = 4 + r.nextInt(3);
    for (int k = 0; k < nRelated; k++) {
      Corpus.Line o = plan.corpus.line(r.nextInt(plan.corpus.size()));
      related.add(new String[] {o.title(), tpl.path(10_000 + r.nextInt(1_000_000), o.slug(), o.date(), section)});
    }
    List<String[]> comments = new ArrayList<>();
    int nComments = r.nextDouble() < 0.4 ? 1 + r.nextInt(4) : 0;
    for (int k = 0; k < nComments; k++) {
      comments.add(new String[] {Seeds.pick(r, Templates.AUTHORS), line.date(), Seeds.pick(r, Templates.COMMENT_TEXTS)});
    }
    String title = article != null ? article.title()
        : Sites.cap(section) + " - page " + (2 + r.nextInt(40));
    int year = p.fetched.atZone(ZoneOffset.UTC).getYear();
    Templates.PageView view = new Templates.PageView(p.site, path, title, article,
        inMeta ? (r.nextBoolean() ? "meta" : "http-equiv") : null, label, related, comments,
        line.date(), section, year, r);
    Html h = new Html();
    tpl.render(h, view);
    byte[] body = Bodies.encode(h.toString(), cs);
    p.title = title;
    p.mainText = article != null ? article.mainText() : "";
    p.charset = cs.name();
    p.contentType = "text/html";
    p.payloadType = "text/html";
    boolean gzip = r.nextDouble() < 0.12;
    boolean chunked = r.nextDouble() < 0.06 || "broken_chunked".equals(p.defect);
    response(p, r, 200, "OK", inHeader ? "text/html; charset=" + label : "text/html", body, gzip, chunked, null);
  }

  private void nonHtml(Page p, SplittableRandom r, int ord, String origin, int pageId, Corpus.Line line) {
    String slug = line.slug();
    byte[] body;
    String type;
    switch (ord % 4) {
      case 0 -> {
        p.url = origin + "/files/" + pageId + "-" + slug + ".pdf";
        body = Bodies.pdf(line.title());
        type = "application/pdf";
      }
      case 1 -> {
        p.url = origin + "/images/" + pageId + ".png";
        body = Bodies.png(r);
        type = "image/png";
        p.topic = null;
        p.sourceLine = -1;
      }
      case 2 -> {
        p.url = origin + "/api/v2/items/" + pageId + ".json";
        body = json(pageId, line);
        type = "application/json";
        p.charset = "UTF-8";
      }
      default -> {
        p.url = origin + "/downloads/" + pageId + "-" + slug + ".txt";
        body = (line.title() + "\n\n" + String.join("\n\n", line.paragraphs()) + "\n").getBytes(StandardCharsets.UTF_8);
        type = "text/plain";
        p.charset = "UTF-8";
      }
    }
    p.contentType = type;
    p.payloadType = type;
    String header = p.charset != null ? type + "; charset=utf-8" : type;
    response(p, r, 200, "OK", header, body, false, false, null);
  }

  private static byte[] json(int id, Corpus.Line line) {
    String first = line.paragraphs().get(0);
    java.io.StringWriter sb = new java.io.StringWriter();
    try (JsonGenerator g = JSON.createGenerator(sb)) {
      g.writeStartObject();
      g.writeNumberField("id", id);
      g.writeStringField("title", line.title());
      g.writeStringField("date", line.date());
      g.writeStringField("summary", first.length() > 200 ? first.substring(0, 200) : first);
      g.writeArrayFieldStart("tags");
      g.writeString("parliament");
      g.writeString("debate");
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void non200(Page p, SplittableRandom r, int ord, String origin, String path) {
    p.url = origin + path;
    p.contentType = "text/html";
    p.payloadType = "text/html";
    p.charset = "UTF-8";
    p.topic = null;
    p.sourceLine = -1;
    int status;
    String reason;
    switch (ord % 3) {
      case 0 -> {
        status = 301;
        reason = "Moved Permanently";
        p.location = origin + path + (path.contains("?") ? "&" : "?") + "ref=moved";
      }
      case 1 -> {
        status = 404;
        reason = "Not Found";
      }
      default -> {
        status = 500;
        reason = "Internal Server Error";
      }
    }
    p.status = status;
    byte[] body = Bodies.errorPage(status, reason, p.site.server()).getBytes(StandardCharsets.UTF_8);
    response(p, r, status, reason, "text/html; charset=utf-8", body, false, false, p.location);
  }

  /** Builds the HTTP response block and the payload used for WARC-Payload-Digest. */
  private void response(
      Page p, SplittableRandom r, int status, String reason, String contentType, byte[] body,
      boolean gzip, boolean chunked, String location) {
    byte[] entity = gzip ? Bodies.gzip(body) : body;
    byte[] wire = !chunked ? entity
        : "broken_chunked".equals(p.defect) ? Bodies.brokenChunks(entity) : Bodies.chunk(entity, r);
    StringBuilder h = new StringBuilder(512);
    h.append("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
    h.append("Date: ").append(HTTP_DATE.format(p.fetched)).append("\r\n");
    h.append("Server: ").append(p.site.server()).append("\r\n");
    h.append("Content-Type: ").append(contentType).append("\r\n");
    if (chunked) {
      h.append("Transfer-Encoding: chunked\r\n");
    } else {
      h.append("Content-Length: ").append(entity.length).append("\r\n");
    }
    if (gzip) {
      h.append("Content-Encoding: gzip\r\n");
    }
    if (location != null) {
      h.append("Location: ").append(location).append("\r\n");
    }
    if (status == 200) {
      h.append("Vary: Accept-Encoding\r\n");
      if (r.nextBoolean()) {
        h.append("Cache-Control: max-age=").append(60 * (1 + r.nextInt(60))).append("\r\n");
      }
      if (r.nextInt(4) == 0) {
        h.append("Set-Cookie: sid=").append(Long.toHexString(r.nextLong())).append("; Path=/; HttpOnly\r\n");
      }
    }
    h.append("Connection: close\r\n\r\n");
    byte[] head = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] http = new byte[head.length + wire.length];
    System.arraycopy(head, 0, http, 0, head.length);
    System.arraycopy(wire, 0, http, head.length, wire.length);
    p.http = http;
    p.payload = "broken_chunked".equals(p.defect) ? wire : entity;
    p.contentEncoding = gzip ? "gzip" : null;
    p.chunked = chunked;
  }

  // ---- writing ----

  private void writeWarcinfo(WarcOut out) throws IOException {
    block.reset();
    block.ascii("software: " + SampleCrawl.GENERATOR + " (jwarc-compatible WARC/1.0 writer)\r\n")
        .ascii("isPartOf: ").ascii(plan.crawlName).ascii("\r\n")
        .ascii("operator: curate sample generator\r\n")
        .ascii("description: Synthetic crawl built from Europarl text, seed ").ascii(Long.toString(plan.seed))
        .ascii("\r\n")
        .ascii("robots: checked via crawler-commons 1.4 (https://github.com/crawler-commons/crawler-commons)\r\n")
        .ascii("format: WARC File Format 1.0\r\n")
        .ascii("conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n");
    WarcOut.record(rec, List.of(
        "WARC-Type", "warcinfo",
        "WARC-Date", iso(plan.windowStart),
        "WARC-Record-ID", plan.warcinfoId(file),
        "Content-Type", "application/warc-fields",
        "WARC-Filename", fileName), block);
    out.writeMember(rec);
    stats.record("warcinfo");
    stats.gzipMembers++;
  }

  private void writePage(WarcOut out, Page p, JsonGenerator json) throws IOException {
    long i = p.index;
    String date = iso(p.fetched);
    String host = p.site.host();
    // request
    String target = p.url.substring(p.url.indexOf('/', p.url.indexOf("//") + 2));
    block.reset();
    block.ascii("GET ").ascii(target).ascii(" HTTP/1.1\r\n")
        .ascii("User-Agent: ").ascii(UA).ascii("\r\n")
        .ascii("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n")
        .ascii("Accept-Language: en-US,en;q=0.5\r\n")
        .ascii("Accept-Encoding: br,gzip\r\n")
        .ascii("Host: ").ascii(host).ascii("\r\n")
        .ascii("Connection: Keep-Alive\r\n\r\n");
    WarcOut.record(rec, List.of(
        "WARC-Type", "request",
        "WARC-Date", date,
        "WARC-Record-ID", plan.requestId(i),
        "Content-Type", "application/http; msgtype=request",
        "WARC-Warcinfo-ID", plan.warcinfoId(file),
        "WARC-IP-Address", p.site.ip(),
        "WARC-Target-URI", p.url,
        "WARC-Block-Digest", WarcOut.sha1(block.array(), 0, block.size())), block);
    out.writeMember(rec);
    stats.record("request");
    stats.gzipMembers++;
    // response, or what stands in for it
    long offset = out.position();
    long length;
    if ("garbage_gzip_member".equals(p.defect)) {
      SplittableRandom g = Seeds.rng(plan.seed, i, CrawlPlan.SALT_BODY);
      byte[] junk = new byte[200 + g.nextInt(1800)];
      for (int k = 0; k < junk.length; k++) {
        junk[k] = (byte) g.nextInt(256);
      }
      rec.reset();
      rec.write(junk);
      length = out.writeMember(rec);
    } else {
      block.reset();
      block.write(p.http);
      String warcDate = "invalid_warc_date".equals(p.defect) ? invalidDate(p.fetched) : date;
      WarcOut.record(rec, List.of(
          "WARC-Type", "response",
          "WARC-Date", warcDate,
          "WARC-Record-ID", plan.responseId(i),
          "Content-Type", "application/http; msgtype=response",
          "WARC-Warcinfo-ID", plan.warcinfoId(file),
          "WARC-Concurrent-To", plan.requestId(i),
          "WARC-IP-Address", p.site.ip(),
          "WARC-Target-URI", p.url,
          "WARC-Payload-Digest", WarcOut.sha1(p.payload, 0, p.payload.length),
          "WARC-Block-Digest", WarcOut.sha1(block.array(), 0, block.size()),
          "WARC-Identified-Payload-Type", p.payloadType), block);
      if ("truncated_file".equals(p.defect)) {
        length = out.writeTruncatedMember(rec, 0.5);
      } else {
        length = out.writeMember(rec);
        stats.record("response");
      }
    }
    stats.gzipMembers++;
    // metadata (not after a garbage member, and the truncated file simply ends)
    if (p.defect == null || (!p.defect.equals("garbage_gzip_member") && !p.defect.equals("truncated_file"))) {
      block.reset();
      block.ascii("fetchTimeMs: ").ascii(Integer.toString(40 + (int) (Seeds.mix(plan.seed, i, 99) & 1023)))
          .ascii("\r\n");
      if (p.charset != null) {
        block.ascii("charset-detected: ").ascii(p.charset).ascii("\r\n");
      }
      WarcOut.record(rec, List.of(
          "WARC-Type", "metadata",
          "WARC-Date", date,
          "WARC-Record-ID", plan.metadataId(i),
          "Content-Type", "application/warc-fields",
          "WARC-Warcinfo-ID", plan.warcinfoId(file),
          "WARC-Concurrent-To", plan.responseId(i),
          "WARC-Target-URI", p.url,
          "WARC-Block-Digest", WarcOut.sha1(block.array(), 0, block.size())), block);
      out.writeMember(rec);
      stats.record("metadata");
      stats.gzipMembers++;
    }
    // stats and truth
    stats.kinds[p.kind.ordinal()]++;
    if (p.defect != null) {
      stats.defects.merge(p.defect, 1L, Long::sum);
    }
    if (p.charset != null) {
      stats.charsets.merge(p.charset, 1L, Long::sum);
    }
    if (p.contentEncoding != null) {
      stats.contentEncodingGzip++;
    }
    if (p.chunked) {
      stats.chunked++;
    }
    truth(json, p, offset, length);
  }

  private void truth(JsonGenerator g, Page p, long offset, long length) throws IOException {
    g.writeStartObject();
    g.writeStringField("record_id", plan.responseId(p.index));
    g.writeStringField("url", p.url);
    g.writeStringField("host", p.site.host());
    g.writeStringField("file", fileName);
    g.writeNumberField("offset", offset);
    g.writeNumberField("length", length);
    g.writeStringField("warc_date", iso(p.fetched));
    g.writeStringField("kind", p.kind.label());
    g.writeStringField("defect", p.defect);
    g.writeStringField("template", p.template);
    g.writeStringField("title", p.title);
    g.writeStringField("topic", p.topic);
    g.writeStringField("main_text", p.mainText);
    g.writeStringField("dup_of", p.dupOf);
    if (p.editRate == null) {
      g.writeNullField("edit_rate");
      g.writeNullField("edits");
    } else {
      g.writeNumberField("edit_rate", p.editRate);
      g.writeNumberField("edits", p.edits);
    }
    if (p.defect != null && p.defect.equals("garbage_gzip_member")) {
      g.writeNullField("http_status");
    } else {
      g.writeNumberField("http_status", p.status);
    }
    g.writeStringField("location", p.location);
    g.writeStringField("content_type", p.contentType);
    g.writeStringField("charset", p.charset);
    g.writeStringField("charset_declared", p.charsetDeclared);
    g.writeStringField("content_encoding", p.contentEncoding);
    g.writeBooleanField("chunked", p.chunked);
    if (p.sourceLine < 0) {
      g.writeNullField("source_line");
    } else {
      g.writeNumberField("source_line", p.sourceLine);
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }

  static String iso(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  /** A WARC-Date with a three-digit day and a numeric offset, like one seen in real crawls. */
  private static String invalidDate(Instant t) {
    var z = t.atZone(ZoneOffset.ofHours(-7));
    return String.format(Locale.ROOT, "%04d-%02d-%02d4T%02d:%02d:%02d-0700",
        z.getYear(), z.getMonthValue(), z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond());
  }
}
