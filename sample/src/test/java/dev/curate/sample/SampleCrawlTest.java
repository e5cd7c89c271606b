// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class SampleCrawlTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path shared;
  private static SampleSummary summary;
  private static JsonNode summaryJson;
  private static List<JsonNode> truth;
  private static Map<String, JsonNode> byId;

  @BeforeAll
  static void writeDefaultCrawl() throws IOException {
    summary = SampleCrawl.write(shared, SampleSpec.defaults());
    summaryJson = MAPPER.readTree(shared.resolve("SUMMARY.json").toFile());
    truth = new ArrayList<>();
    byId = new HashMap<>();
    for (String line : Files.readAllLines(summary.truthFile())) {
      JsonNode n = MAPPER.readTree(line);
      truth.add(n);
      byId.put(n.get("record_id").asText(), n);
    }
  }

  @Test
  void rejectsIllegalArguments() {
    assertThrows(IllegalArgumentException.class, () -> new SampleSpec(0, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> new SampleSpec(10, 1, 0));
    assertEquals(new SampleSpec(3000, 42, 500), SampleSpec.defaults());
  }

  @Test
  void sameSeedWritesIdenticalBytesWhateverTheThreadCount(@TempDir Path a, @TempDir Path b)
      throws IOException {
    SampleSpec spec = new SampleSpec(450, 7, 100);
    SampleCrawl.write(a, spec);
    String old = System.getProperty("curate.sample.threads");
    System.setProperty("curate.sample.threads", "1");
    try {
      SampleCrawl.write(b, spec);
    } finally {
      if (old == null) {
        System.clearProperty("curate.sample.threads");
      } else {
        System.setProperty("curate.sample.threads", old);
      }
    }
    List<Path> files = listFiles(a);
    assertEquals(List.of("SUMMARY.json", "truth.jsonl", "warc/sample-00000.warc.gz",
        "warc/sample-00001.warc.gz", "warc/sample-00002.warc.gz", "warc/sample-00003.warc.gz",
        "warc/sample-00004.warc.gz"), files.stream().map(p -> p.toString().replace('\\', '/')).toList());
    assertEquals(files, listFiles(b));
    for (Path p : files) {
      assertArrayEquals(Files.readAllBytes(a.resolve(p)), Files.readAllBytes(b.resolve(p)), p.toString());
    }
  }

  @Test
  void differentSeedWritesDifferentPages(@TempDir Path a, @TempDir Path b) throws IOException {
    SampleCrawl.write(a, new SampleSpec(50, 1, 50));
    SampleCrawl.write(b, new SampleSpec(50, 2, 50));
    assertFalse(Files.readString(a.resolve("truth.jsonl")).equals(Files.readString(b.resolve("truth.jsonl"))));
  }

  private static List<Path> listFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  @Test
  void countsPerKindMatchSummaryAndTruth() {
    assertEquals(3000, truth.size());
    Map<String, Long> fromTruth = new TreeMap<>();
    truth.forEach(n -> fromTruth.merge(n.get("kind").asText(), 1L, Long::sum));
    Map<String, Long> fromSummary = new TreeMap<>();
    summaryJson.get("pages_by_kind").fields().forEachRemaining(e -> fromSummary.put(e.getKey(), e.getValue().asLong()));
    assertEquals(fromSummary, fromTruth);
    assertEquals(new TreeMap<>(summary.pagesByKind()), fromTruth);
    assertEquals(6, summary.files());
    assertEquals(summaryJson.get("records").asLong(), summary.records());
  }

  @Test
  void everyKindAppearsAtItsDefaultShare() {
    Map<String, Long> k = summary.pagesByKind();
    assertEquals(PageKind.values().length, k.size());
    k.forEach((kind, n) -> assertTrue(n >= 40, kind + ": " + n));
    assertEquals(2204, k.get("normal")); // 147 of every 200, less the truncated last page
    assertEquals(150, k.get("near_duplicate"));
    JsonNode charsets = summaryJson.get("charsets");
    for (String cs : List.of("windows-1252", "ISO-8859-1", "ISO-8859-7")) {
      assertTrue(charsets.path(cs).asLong() >= 5, cs + " pages: " + charsets.path(cs));
    }
    for (String d : List.of("garbage_gzip_member", "invalid_warc_date", "broken_chunked", "truncated_file")) {
      assertTrue(summaryJson.get("defects").path(d).asLong() >= 1, d);
    }
    assertTrue(summaryJson.get("content_encoding_gzip").asLong() >= 50);
    assertTrue(summaryJson.get("chunked").asLong() >= 20);
  }

  @Test
  void warcFilesParseWithJwarcAndRecordCountsMatchSummary() throws Exception {
    Map<String, Long> types = new TreeMap<>();
    int garbage = 0;
    int truncated = 0;
    for (int f = 0; f < summary.files(); f++) {
      Path file = summary.warcDir().resolve(CrawlPlan.fileName(f));
      List<WarcMembers.Member> members = WarcMembers.split(Files.readAllBytes(file));
      assertEquals("warcinfo", WarcMembers.parse(members.get(0).raw()).type());
      for (WarcMembers.Member m : members) {
        if (m.inflated() == null) {
          truncated++;
          continue;
        }
        if (!new String(m.inflated(), 0, Math.min(8, m.inflated().length), StandardCharsets.ISO_8859_1).startsWith("WARC/1.0")) {
          garbage++;
          assertThrows(IOException.class, () -> WarcMembers.parse(m.raw()));
          continue;
        }
        WarcRecord r = WarcMembers.parse(m.raw());
        types.merge(r.type(), 1L, Long::sum);
      }
    }
    Map<String, Long> expected = new TreeMap<>();
    summaryJson.get("records_by_type").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
    assertEquals(expected, types);
    assertEquals(summaryJson.get("defects").get("garbage_gzip_member").asInt(), garbage);
    assertEquals(1, truncated);
  }

  @Test
  void truthOffsetsPointAtTheResponseRecord() throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (JsonNode n : truth) {
      String defect = n.get("defect").isNull() ? null : n.get("defect").asText();
      byte[] member = member(files, n);
      if ("garbage_gzip_member".equals(defect) || "truncated_file".equals(defect)) {
        assertThrows(IOException.class, () -> WarcMembers.parse(member).headers());
        continue;
      }
      WarcResponse r = (WarcResponse) WarcMembers.parse(member);
      assertEquals(n.get("record_id").asText(), "<" + r.id() + ">");
      assertEquals(n.get("url").asText(), r.target());
      assertEquals(n.get("http_status").asInt(), r.http().status());
      if ("invalid_warc_date".equals(defect)) {
        assertThrows(RuntimeException.class, r::date);
      } else {
        assertEquals(n.get("warc_date").asText(), r.date().toString());
      }
    }
  }

  @Test
  void charsetPagesAreEncodedOnlyInTheirDeclaredCharset() throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    int checked = 0;
    for (JsonNode n : truth) {
      String cs = n.path("charset").asText("");
      if (!n.get("content_type").asText("").equals("text/html") || cs.equals("UTF-8") || cs.isEmpty()) {
        continue;
      }
      WarcResponse r = (WarcResponse) WarcMembers.parse(member(files, n));
      byte[] body = r.http().bodyDecoded().stream().readAllBytes();
      String html = new String(body, Charset.forName(cs));
      String header = r.http().headers().first("Content-Type").orElse("");
      String declared = n.get("charset_declared").asText();
      assertEquals(declared.equals("header"), header.toLowerCase(java.util.Locale.ROOT).contains("charset=" + cs.toLowerCase(java.util.Locale.ROOT)), header);
      boolean inMeta = java.util.regex.Pattern.compile("charset=\"?" + java.util.regex.Pattern.quote(cs),
          java.util.regex.Pattern.CASE_INSENSITIVE).matcher(html).find();
      assertEquals(declared.equals("meta"), inMeta, n.get("url").asText());
      assertMainTextIn(n, html);
      if (!n.get("main_text").asText().chars().allMatch(c -> c < 128)) {
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)), "not UTF-8");
      }
      checked++;
    }
    assertTrue(checked >= 50, "legacy charset pages checked: " + checked);
  }

  @Test
  void mainTextAppearsEscapedInTheHtml() throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    int checked = 0;
    for (JsonNode n : truth) {
      if (!n.get("defect").isNull() || n.get("main_text").asText().isEmpty()) {
        continue;
      }
      WarcResponse r = (WarcResponse) WarcMembers.parse(member(files, n));
      byte[] body = r.http().bodyDecoded().stream().readAllBytes();
      String html = new String(body, Charset.forName(n.get("charset").asText()));
      assertTrue(html.contains(Html.escape(n.get("title").asText())), "title of " + n.get("url"));
      assertMainTextIn(n, html);
      checked++;
    }
    assertTrue(checked > 2500, "pages checked: " + checked);
  }

  private static void assertMainTextIn(JsonNode n, String html) {
    for (String block : n.get("main_text").asText().split("\n\n")) {
      for (String cell : block.split(" \\| ")) {
        assertTrue(html.contains(Html.escape(cell)), () -> "missing in " + n.get("url") + ": " + cell);
      }
    }
  }

  /**
   * Sentences as the pipeline's C4 rule counts them, line by line: a sentence ends at a run of
   * {@code . ! ?} that follows text since the last end and is followed by optional closing quotes
   * or brackets, then a space or the end of the line; a period after a one-letter upper-case
   * initial ends none; text after the last end is a sentence too.
   */
  static int sentenceEnds(String text) {
    int sentences = 0;
    for (String line : text.split("\n")) {
      boolean open = false;
      int wordStart = 0;
      int n = line.length();
      int i = 0;
      while (i < n) {
        char c = line.charAt(i);
        if (Character.isWhitespace(c)) {
          wordStart = ++i;
        } else if (c == '.' || c == '!' || c == '?') {
          int j = i;
          while (j < n && ".!?".indexOf(line.charAt(j)) >= 0) {
            j++;
          }
          int k = j;
          while (k < n && CLOSERS.indexOf(line.charAt(k)) >= 0) {
            k++;
          }
          boolean initial = c == '.' && j - i == 1 && i - wordStart == 1 && Character.isUpperCase(line.charAt(i - 1));
          if ((k == n || Character.isWhitespace(line.charAt(k))) && open && !initial) {
            sentences++;
            open = false;
          }
          i = k;
        } else {
          open = true;
          i++;
        }
      }
      sentences += open ? 1 : 0;
    }
    return sentences;
  }

  private static final String CLOSERS = "\"')]\u201d\u2019\u00bb";
  private static final java.util.regex.Pattern TERMINAL =
      java.util.regex.Pattern.compile("[.!?\u2026][\"')\\]\u201d\u2019\u00bb]*$");
  private static final java.util.regex.Pattern GREEK_TERMINAL =
      java.util.regex.Pattern.compile("[.!?\u2026;\u037e][\"')\\]\u201d\u2019\u00bb]*$");

  private static boolean endsWithTerminal(String p) {
    boolean greek = p.chars().anyMatch(c -> c >= 0x370 && c < 0x400);
    return (greek ? GREEK_TERMINAL : TERMINAL).matcher(p).find();
  }

  @Test
  void normalPagesAreArticlesOfWholeSentences() {
    CrawlPlan plan = new CrawlPlan(SampleSpec.defaults(), Corpus.get());
    int checked = 0;
    long words = 0;
    long sentences = 0;
    for (int i = 0; i < truth.size(); i++) {
      JsonNode n = truth.get(i);
      if (!n.get("kind").asText().equals("normal")) {
        continue;
      }
      String text = n.get("main_text").asText();
      int ends = sentenceEnds(text);
      int w = text.split("\\s+").length;
      assertTrue(ends >= 5, () -> n.get("url") + ": " + ends + " sentences in " + text);
      assertTrue(w >= 120, () -> n.get("url") + ": " + w + " words");
      Article a = plan.article(i);
      assertEquals(text, a.mainText(), "truth main_text is the planned article");
      for (Article.Block b : a.blocks()) {
        List<String> units = b.type() == Article.Type.PARAGRAPH ? List.of(b.text())
            : b.type() == Article.Type.LIST ? b.items() : List.of();
        for (String p : units) {
          assertTrue(endsWithTerminal(p), () -> n.get("url") + ": paragraph ends mid-sentence: " + p);
          int c = p.codePointAt(0);
          assertTrue(Character.isUpperCase(c) || Character.isDigit(c) || "\"'(\u00bf\u00a1\u00ab\u201e\u201c".indexOf(c) >= 0,
              () -> n.get("url") + ": paragraph starts mid-sentence: " + p);
        }
      }
      words += w;
      sentences += ends;
      checked++;
    }
    assertEquals(2204, checked);
    assertTrue(words / checked >= 150, "average words " + words / checked);
    assertTrue(sentences / checked >= 7, "average sentences " + sentences / checked);
  }

  @Test
  void duplicatesKeepWholeSentencesAndShortPagesStayShort() {
    int near = 0;
    for (JsonNode n : truth) {
      String kind = n.get("kind").asText();
      String text = n.get("main_text").asText();
      if (kind.equals("short")) {
        assertFalse(text.contains("\n"), text);
        assertTrue(sentenceEnds(text) <= 2 && text.split(" ").length <= 60, text);
      } else if (kind.equals("exact_duplicate") || kind.equals("near_duplicate")) {
        assertTrue(text.split("\\s+").length >= 100, text);
        assertTrue(sentenceEnds(text) >= 4, text);
        // near-duplicate edits keep each paragraph's last word: blocks ending like the original's
        String[] o = byId.get(n.get("dup_of").asText()).get("main_text").asText().split("\n\n");
        String[] d = text.split("\n\n");
        assertEquals(o.length, d.length);
        for (int k = 0; k < o.length; k++) {
          String last = o[k].substring(o[k].lastIndexOf(' ') + 1);
          assertTrue(d[k].endsWith(last), d[k] + " should end like " + o[k]);
        }
        near += kind.equals("near_duplicate") ? 1 : 0;
      }
    }
    assertEquals(150, near);
  }

  @Test
  void exactDuplicatesRepeatTheOriginalOnAnotherUrl() {
    int n = 0;
    for (JsonNode d : truth) {
      if (d.get("kind").asText().equals("exact_duplicate")) {
        JsonNode o = byId.get(d.get("dup_of").asText());
        assertNotNull(o, "original in truth");
        assertEquals("normal", o.get("kind").asText());
        assertEquals(o.get("main_text"), d.get("main_text"));
        assertEquals(o.get("title"), d.get("title"));
        assertFalse(o.get("url").equals(d.get("url")));
        n++;
      } else if (!d.get("kind").asText().equals("near_duplicate")) {
        assertTrue(d.get("dup_of").isNull());
      }
    }
    assertEquals(120, n);
  }

  @Test
  void nearDuplicatesDifferByAboutTheRecordedEditRate() {
    int n = 0;
    for (JsonNode d : truth) {
      if (!d.get("kind").asText().equals("near_duplicate")) {
        continue;
      }
      JsonNode o = byId.get(d.get("dup_of").asText());
      String[] a = o.get("main_text").asText().split("\\s+");
      String[] b = d.get("main_text").asText().split("\\s+");
      int edits = d.get("edits").asInt();
      double rate = d.get("edit_rate").asDouble();
      int dist = wordDistance(a, b);
      assertTrue(Math.abs(edits - rate * a.length) <= 1.5, "edits " + edits + " vs rate " + rate + " of " + a.length);
      assertTrue(dist <= edits && dist >= Math.max(1, edits * 0.6), "distance " + dist + ", edits " + edits);
      n++;
    }
    assertEquals(150, n);
  }

  /** Word-level Levenshtein distance, two rows. */
  static int wordDistance(String[] a, String[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int sub = prev[j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  @Test
  void nonHtmlAndNon200PagesHaveNoMainText() {
    Map<String, Long> types = new TreeMap<>();
    Map<Integer, Long> statuses = new TreeMap<>();
    for (JsonNode n : truth) {
      String kind = n.get("kind").asText();
      if (kind.equals("non_html")) {
        types.merge(n.get("content_type").asText(), 1L, Long::sum);
      } else if (kind.equals("non_200")) {
        statuses.merge(n.get("http_status").asInt(), 1L, Long::sum);
        assertEquals(n.get("http_status").asInt() == 301, !n.get("location").isNull());
      } else if (kind.equals("boilerplate_only")) {
        assertNull(n.get("topic").textValue());
      } else {
        continue;
      }
      assertTrue(kind.equals("boilerplate_only") || n.get("title").isNull());
      assertEquals("", n.get("main_text").asText());
    }
    assertEquals(Map.of("application/json", 30L, "application/pdf", 30L, "image/png", 30L, "text/plain", 30L), types);
    assertEquals(Map.of(301, 30L, 404, 30L, 500, 30L), statuses);
  }

  private static byte[] member(Map<String, byte[]> files, JsonNode n) throws IOException {
    byte[] f = files.computeIfAbsent(n.get("file").asText(), name -> {
      try {
        return Files.readAllBytes(summary.warcDir().resolve(name));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    int off = n.get("offset").asInt();
    return java.util.Arrays.copyOfRange(f, off, off + n.get("length").asInt());
  }
}
