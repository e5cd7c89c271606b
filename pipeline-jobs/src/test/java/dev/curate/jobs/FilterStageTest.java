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
}
