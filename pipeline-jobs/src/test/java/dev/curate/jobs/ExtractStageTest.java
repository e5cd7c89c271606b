// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.StageStats;
import dev.curate.core.config.ExtractSettings;
import dev.curate.core.config.OutputFormat;
import dev.curate.extract.ExtractReasons;
import dev.curate.jobs.extract.ExtractStage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
class ExtractStageTest {
  @TempDir static Path shared;
  @TempDir Path dir;
  static Path crawl;
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @BeforeAll
  static void writeCrawl() throws IOException {
    crawl = TestCrawl.write(shared.resolve("crawl"));
  }

  private static SparkSession spark() {
    return SparkTestSession.get();
  }

  private static ExtractStage stage(OutputFormat format) {
    return new ExtractStage(
        crawl.toString(),
        new ExtractSettings(16 << 20, 10_000, 1, ExtractSettings.TextFormat.PLAIN),
        format,
        QUIET);
  }

  private StageRunner.Outcome run(Path out, boolean force, OutputFormat format) {
    return new StageRunner(spark(), force, QUIET).run(stage(format), out.toString());
  }

  @Test
  void everyRecordIsKeptOrRejectedWithItsReason() {
    Path out = dir.resolve("extract");
    StageStats s = run(out, false, OutputFormat.PARQUET).stats();
    assertEquals(TestCrawl.RECORDS, s.recordsIn());
    assertEquals(TestCrawl.KEPT, s.kept());
    assertEquals(TestCrawl.NON_PAGE, s.rejected().get(ExtractReasons.NON_PAGE_RECORD));
    assertEquals(TestCrawl.HTTP_STATUS, s.rejected().get(ExtractReasons.HTTP_STATUS));
    assertEquals(TestCrawl.NOT_HTML, s.rejected().get(ExtractReasons.NOT_HTML));
    assertEquals(TestCrawl.ERRORS, s.errorsTotal());
    assertTrue(s.reconciles());
    assertTrue(Files.exists(out.resolve(StageRunner.SUCCESS)));
    assertTrue(Files.exists(out.resolve(StageRunner.STATS)));

    Dataset<Row> rejected = spark().read().parquet(out.resolve("rejected").toString());
    assertEquals(s.rejectedTotal() + s.errorsTotal(), rejected.count());
    for (Row r : rejected.filter(functions.col("reason").startsWith(ExtractReasons.ERROR_PREFIX)).collectAsList()) {
      assertNotNull(r.getAs("source"), "an error names its file");
      assertTrue(((Long) r.getAs("offset")) >= 0, "an error has its offset");
    }
    List<String> errorFiles =
        rejected.filter(functions.col("reason").startsWith(ExtractReasons.ERROR_PREFIX))
            .select("source").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertTrue(errorFiles.stream().anyMatch(f -> f.endsWith("good.warc.gz")), errorFiles.toString());
    assertTrue(errorFiles.stream().anyMatch(f -> f.endsWith("truncated.warc.gz")), errorFiles.toString());
  }

  @Test
  void keptDocumentsCarryTheContractColumnsAndTheMainText() {
    Path out = dir.resolve("extract");
    run(out, false, OutputFormat.PARQUET);
    Dataset<Row> kept = spark().read().parquet(out.toString());
    assertEquals(TestCrawl.KEPT, kept.count(), "reading the stage directory gives the kept documents only");
    assertEquals(
        List.of("doc_id", "url", "host", "crawl_date", "source", "warc_record_id", "title", "text",
            "content_type", "charset", "payload_bytes", "text_bytes"),
        List.of(kept.columns()));
    Row article = kept.filter(functions.col("url").equalTo("https://news.example.org/fisheries")).first();
    assertEquals("news.example.org", article.getAs("host"));
    assertEquals("text/html", article.getAs("content_type"));
    String text = article.getAs("text");
    assertTrue(text.contains(TestCrawl.ARTICLE_SENTENCE), text);
    assertFalse(text.contains("All rights reserved"), "footer dropped: " + text);
    Row cafe = kept.filter(functions.col("host").equalTo("cafe.example.fr")).first();
    assertTrue(((String) cafe.getAs("text")).contains(TestCrawl.CAFE_SENTENCE), "windows-1252 decoded");
    assertEquals("windows-1252", ((String) cafe.getAs("charset")).toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void sameInputGivesTheSameRowsAndIds() {
    run(dir.resolve("a"), false, OutputFormat.PARQUET);
    run(dir.resolve("b"), false, OutputFormat.PARQUET);
    assertEquals(rows(dir.resolve("a")), rows(dir.resolve("b")));
    List<String> ids = spark().read().parquet(dir.resolve("a").toString()).select("doc_id")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertTrue(ids.stream().allMatch(id -> id.matches("[0-9a-f]{32}")), ids.toString());
    assertEquals(ids.size(), ids.stream().distinct().count());
  }

  @Test
  void finishedStageIsSkippedOnRerunAndRedoneWhenForced() throws IOException {
    Path out = dir.resolve("extract");
    run(out, false, OutputFormat.PARQUET);
    List<Path> before = partFiles(out);
    StageRunner.Outcome again = run(out, false, OutputFormat.PARQUET);
    assertTrue(again.skipped());
    assertEquals(TestCrawl.KEPT, again.stats().kept());
    assertEquals(before, partFiles(out), "skipped stage leaves its files alone");
    StageRunner.Outcome forced = run(out, true, OutputFormat.PARQUET);
    assertFalse(forced.skipped());
    assertFalse(before.equals(partFiles(out)), "forced stage rewrote its files");
    assertEquals(TestCrawl.KEPT, forced.stats().kept());
  }

  @Test
  void stageKilledMidwayIsRedoneCleanlyWithTheSameResult() throws IOException {
    Path reference = dir.resolve("reference");
    run(reference, false, OutputFormat.PARQUET);
    // What a killed run leaves: some part files, maybe a stats file, but no _SUCCESS.
    Path out = dir.resolve("extract");
    Files.createDirectories(out.resolve("rejected"));
    Files.writeString(out.resolve("part-00099-left-over.parquet"), "half-written");
    Files.writeString(out.resolve("rejected/part-00007-left-over.parquet"), "half-written");
    StageRunner.Outcome outcome = run(out, false, OutputFormat.PARQUET);
    assertFalse(outcome.skipped());
    assertFalse(Files.exists(out.resolve("part-00099-left-over.parquet")));
    assertEquals(rows(reference), rows(out));
  }

  @Test
  void jsonLinesOutputHasTheSameDocuments() {
    run(dir.resolve("parquet"), false, OutputFormat.PARQUET);
    StageStats s = run(dir.resolve("jsonl"), false, OutputFormat.JSONL).stats();
    assertTrue(s.reconciles());
    assertEquals("jsonl", s.format());
    List<String> parquetIds = ids(spark().read().parquet(dir.resolve("parquet").toString()));
    List<String> jsonIds = ids(spark().read().json(dir.resolve("jsonl").toString()));
    assertEquals(parquetIds, jsonIds);
  }

  private static List<String> ids(Dataset<Row> d) {
    return d.select("doc_id").orderBy("doc_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  private static List<String> rows(Path out) {
    return spark().read().parquet(out.toString()).orderBy("doc_id").collectAsList().stream()
        .map(Row::toString).collect(Collectors.toList());
  }

  private static List<Path> partFiles(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().collect(Collectors.toList());
    }
  }
}
