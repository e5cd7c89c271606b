// SPDX-License-Identifier: Apache-2.0
package dev.curate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test: the harness runs every contender on two hand-made pages and prints a row each. */
class ExtractSpeedBenchmarkTest {
  private static final String ARTICLE =
      "<!doctype html><html><head><meta charset=utf-8><title>Tide tables</title></head><body>"
          + "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/about>About</a></nav>"
          + "<article><h1>Tide tables</h1>"
          + "<p>The tide rises and falls twice a day along most of the coast, pulled by the moon and,"
          + " to a lesser degree, the sun. Harbour masters publish tables a year ahead.</p>"
          + "<p>Spring tides come after full and new moons; neap tides fall between them. Fishermen"
          + " plan their trips around both, and so do the ferries in the shallow straits.</p>"
          + "</article><footer>© 2024 Coast Weekly · <a href=/privacy>Privacy</a></footer></body></html>";

  private static final String LATIN1 =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
          + "<title>Café</title></head><body><div id=menu><a href=/a>Accueil</a></div>"
          + "<div class=content><p>Le café de la gare ouvre à six heures. On y sert des croissants,"
          + " du pain de campagne et un café noir très serré aux voyageurs du premier train.</p>"
          + "<p>Le dimanche, le marché s'installe devant la façade et la terrasse déborde.</p></div>"
          + "</body></html>";

  @TempDir Path dir;

  @Test
  void runsEveryContenderAndPrintsARowEach() throws IOException {
    write("0001", ARTICLE, StandardCharsets.UTF_8);
    write("0002", LATIN1, StandardCharsets.ISO_8859_1);
    List<BenchPage> pages = BenchPages.load(dir, Integer.MAX_VALUE);
    assertEquals(2, pages.size());
    assertTrue(pages.get(1).html().contains("Le café de la gare"), "meta charset honoured");
    assertEquals(ARTICLE.getBytes(StandardCharsets.UTF_8).length, pages.get(0).utf8Bytes());

    List<Contender> all = Contender.all();
    ExtractSpeedBenchmark.Report r =
        ExtractSpeedBenchmark.run(pages, all, 0, 1, new PrintStream(OutputStream.nullOutputStream()));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ExtractSpeedBenchmark.print(r, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String table = buf.toString(StandardCharsets.UTF_8);
    System.out.print(table);

    for (Contender c : all) {
      assertTrue(table.lines().anyMatch(l -> l.startsWith(c.name() + " ")), "row for " + c.name());
      ExtractSpeedBenchmark.Row row = r.row(c.name());
      assertEquals(0, row.errors(), c.name() + ": " + row.firstError());
      assertTrue(row.medianPagesPerSecond() > 0, c.name());
    }
    // every extractor keeps some article text
    for (String name : List.of(Contender.OURS, Contender.READABILITY4J, Contender.BOILERPIPE_ARTICLE)) {
      assertTrue(r.row(name).outputChars() > 100, name + " output " + r.row(name).outputChars());
    }
    assertTrue(table.contains("ratio curate / readability4j ="), table);
  }

  @Test
  void decodesByteOrderMarkAndDefaultsToUtf8() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', (byte) 0xc3, (byte) 0xa9};
    assertEquals("hé", BenchPages.decode(bom));
    assertEquals("hé", BenchPages.decode("hé".getBytes(StandardCharsets.UTF_8)));
    // a <meta> declaring UTF-16 means UTF-8
    assertEquals("<meta charset=utf-16>é", BenchPages.decode("<meta charset=utf-16>é".getBytes(StandardCharsets.UTF_8)));
  }

  private void write(String id, String html, Charset cs) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
      out.write(html.getBytes(cs));
    }
  }
}
