// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.filters.FilterSettings;
import dev.curate.filters.LanguageFilter;
import dev.curate.filters.LanguageSettings;
import dev.curate.filters.heuristic.FilterSpec;
import dev.curate.filters.heuristic.GopherQualitySpec;
import dev.curate.jobs.filter.FilterStage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
class FilterStageTest {
  @TempDir Path dir;
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  static final String ENGLISH =
      "The committee adopted the report on fisheries after a long debate in the chamber. "
          + "Members said that the quotas have to be set with care, and that the fleet must be given time to adapt. ";
  static final String GERMAN =
      "Der Ausschuss hat den Bericht über die Fischerei nach einer langen Aussprache angenommen. "
          + "Die Mitglieder sagten, dass die Quoten mit Sorgfalt festgelegt werden müssen. ";

  @Test
  void documentsAreJudgedByLanguageAndRulesAndEveryOneIsAccounted() throws Exception {
    Path input = dir.resolve("docs.jsonl");
    Files.writeString(
        input,
        "{\"doc_id\": \"a\", \"url\": \"https://a.example/\", \"text\": \"" + ENGLISH.repeat(6) + "\", \"extra\": 1}\n"
            + "{\"doc_id\": \"b\", \"text\": \"" + GERMAN.repeat(6) + "\"}\n"
            + "{\"doc_id\": \"c\", \"text\": \"" + "buy cheap shoes online discount sale best price free shipping ".repeat(8) + "\"}\n"
            + "{\"doc_id\": \"d\", \"text\": null}\n");
    FilterSettings settings =
        new FilterSettings(
            new LanguageSettings(System.getProperty("curate.lid.model"), List.of("en"), 0.65, Map.of()),
            List.<FilterSpec>of(new GopherQualitySpec(null, null, null, null, null, null, null, null, null, null)));
    FilterStage stage = new FilterStage(input.toString(), DocumentInput.Format.JSONL, settings, OutputFormat.PARQUET, QUIET);
    Path out = dir.resolve("filter");
    StageStats s = new StageRunner(SparkTestSession.get(), false, QUIET).run(stage, out.toString()).stats();

    assertEquals(4, s.recordsIn());
    assertEquals(1, s.kept());
    assertTrue(s.reconciles());
    assertEquals(1L, s.rejected().get(LanguageFilter.UNWANTED_LANGUAGE), s.rejected().toString());
    assertEquals(1L, s.rejected().get(FilterStage.NULL_TEXT), s.rejected().toString());
    assertEquals(1, s.rejected().keySet().stream().filter(r -> r.startsWith("gopher_quality.")).count(), s.rejected().toString());

    Dataset<Row> kept = SparkTestSession.get().read().parquet(out.toString());
    Row a = kept.first();
    assertEquals("a", a.getAs("doc_id"));
    assertEquals("en", a.getAs("lang"));
    assertEquals("Latn", a.getAs("lang_script"));
    assertTrue(((Float) a.getAs("lang_score")) > 0.65f);
    assertEquals(1L, (Long) a.getAs("extra"), "input columns pass through");
    scala.collection.Map<String, Double> signals = a.getMap(a.fieldIndex("filter_signals"));
    assertTrue(signals.contains("language.score"), signals.toString());

    Dataset<Row> rejected = SparkTestSession.get().read().parquet(out.resolve("rejected").toString());
    Row german = rejected.filter(functions.col("doc_id").equalTo("b")).first();
    assertEquals("de", german.getAs("lang"));
    assertEquals(LanguageFilter.UNWANTED_LANGUAGE, german.getAs("reason"));
  }

  private static final String[] SPAM_WORDS = {"cheap", "best", "buy", "online", "casino", "free", "bonus", "deal", "click", "now"};

  private static String spam(int i) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < 30; j++) {
      b.append(SPAM_WORDS[(i * 3 + j * (i % 4 + 1)) % SPAM_WORDS.length]).append(' ');
    }
    return b.toString().strip();
  }

  private static String prose(int i) {
    String[] sentences = (ENGLISH + GERMAN.replace("Der Ausschuss", "The board")).split("(?<=\\.) ");
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < 6; j++) {
      b.append(sentences[(i + j) % sentences.length]).append(' ');
    }
    return b.toString().strip();
  }

  /** A small quality model: prose (good) against keyword spam. */
  private Path qualityModel() throws Exception {
    java.util.List<String> good = new java.util.ArrayList<>();
    java.util.List<String> bad = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      good.add(prose(i) + " Item " + i + ".");
      bad.add(spam(i));
    }
    Path model = dir.resolve("quality.bin");
    dev.curate.filters.quality.QualityModelTraining.train(
        good, bad, dev.curate.filters.fasttext.TrainingArgs.qualityDefaults().withBucket(10_000).withDim(8), 0.0, model, l -> {});
    return model;
  }

  private StageStats filterWithQuality(Path input, dev.curate.filters.quality.QualitySettings quality, Path out) {
    FilterSettings settings =
        new FilterSettings(
            new LanguageSettings(System.getProperty("curate.lid.model"), List.of(), 0.0, Map.of()), List.of(), quality);
    FilterStage stage = new FilterStage(input.toString(), DocumentInput.Format.JSONL, settings, OutputFormat.PARQUET, QUIET);
    return new StageRunner(SparkTestSession.get(), false, QUIET).run(stage, out.toString()).stats();
  }

  private Path mixedDocuments() throws Exception {
    Path input = dir.resolve("mixed.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      b.append("{\"doc_id\": \"p").append(i).append("\", \"text\": \"").append(prose(i + 3)).append("\"}\n");
      b.append("{\"doc_id\": \"s").append(i).append("\", \"text\": \"").append(spam(i + 100)).append("\"}\n");
    }
    Files.writeString(input, b.toString());
    return input;
  }

  @Test
  void documentsBelowTheQualityThresholdAreRejectedWithTheirScore() throws Exception {
    Path model = qualityModel();
    StageStats s =
        filterWithQuality(
            mixedDocuments(), new dev.curate.filters.quality.QualitySettings(model.toString(), null, 0.5, null), dir.resolve("t"));
    assertTrue(s.reconciles());
    assertEquals(10, s.kept(), s.toString());
    assertEquals(10L, s.rejected().get(dev.curate.filters.FilterPipeline.QUALITY_BELOW_THRESHOLD), s.rejected().toString());
    Dataset<Row> kept = SparkTestSession.get().read().parquet(dir.resolve("t").toString());
    assertEquals(10, kept.filter(functions.col("doc_id").startsWith("p")).count());
    assertEquals(0, kept.filter(functions.col(FilterStage.QUALITY_SCORE).lt(0.5)).count());
    Dataset<Row> rejected = SparkTestSession.get().read().parquet(dir.resolve("t/rejected").toString());
    assertEquals(0, rejected.filter(functions.col(FilterStage.QUALITY_SCORE).isNull()).count(), "rejected ones keep their score");
  }

  @Test
  void keepTopFractionKeepsExactlyTheBestScoringShare() throws Exception {
    Path model = qualityModel();
    StageStats s =
        filterWithQuality(
            mixedDocuments(), new dev.curate.filters.quality.QualitySettings(model.toString(), null, null, 0.25), dir.resolve("top"));
    assertTrue(s.reconciles());
    assertEquals(5, s.kept(), "ceil(0.25 x 20)");
    assertEquals(15L, s.rejected().get(dev.curate.filters.FilterPipeline.QUALITY_BELOW_TOP_FRACTION), s.rejected().toString());
    Dataset<Row> kept = SparkTestSession.get().read().parquet(dir.resolve("top").toString());
    Dataset<Row> rejected = SparkTestSession.get().read().parquet(dir.resolve("top/rejected").toString());
    float lowestKept = kept.agg(functions.min(FilterStage.QUALITY_SCORE)).first().getFloat(0);
    float highestDropped = rejected.agg(functions.max(FilterStage.QUALITY_SCORE)).first().getFloat(0);
    assertTrue(lowestKept >= highestDropped, lowestKept + " < " + highestDropped);
    assertEquals(5, kept.filter(functions.col("doc_id").startsWith("p")).count(), "the kept ones are prose");
  }
}
