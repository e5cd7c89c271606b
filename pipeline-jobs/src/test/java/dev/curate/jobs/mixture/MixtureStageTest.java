// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.mixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.core.config.MixtureSettings;
import dev.curate.core.config.OutputFormat;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.StageRunner;
import dev.curate.jobs.tokenize.TokenizerFixtures;
import dev.curate.tokenizer.Tokenizers;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
class MixtureStageTest {
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  @TempDir static Path dir;
  static SparkSession spark;

  @BeforeAll
  static void corpus() throws Exception {
    spark = MixtureCorpus.spark();
    MixtureCorpus.write(dir.resolve("in/docs.jsonl"), true);
    MixtureCorpus.write(dir.resolve("plain/docs.jsonl"), false);
  }

  static StageStats run(String in, String out, MixtureSettings s) {
    return run(in, out, s, "cl100k_base");
  }

  static StageStats run(String in, String out, MixtureSettings s, String tokenizer) {
    MixtureStage stage =
        new MixtureStage(dir.resolve(in).toString(), DocumentInput.Format.AUTO, s, tokenizer, OutputFormat.PARQUET, QUIET);
    return new StageRunner(spark, true, QUIET).run(stage, dir.resolve(out).toString()).stats();
  }

  static Map<String, Integer> repeats(String out) {
    Map<String, Integer> m = new HashMap<>();
    for (Row r : spark.read().parquet(dir.resolve(out).toString()).select("doc_id", "repeats").collectAsList()) {
      m.put(r.getString(0), r.getInt(1));
    }
    return m;
  }

  @Test
  void plannedTokensMatchEveryDomainsTargetWithinOnePercentAndEveryPhaseWithinHalfADocument() throws Exception {
    StageStats stats = run("in", "out", MixtureCorpus.settings(120_000, 1));
    assertEquals(1761, stats.recordsIn());
    assertEquals(1761, stats.kept());
    long longest =
        spark.read().parquet(dir.resolve("out").toString()).agg(org.apache.spark.sql.functions.max("tokens")).first().getLong(0);
    JsonNode m = Mappers.JSON.readTree(dir.resolve("out/_MIXTURE.json").toFile());
    assertEquals("temperature", m.get("strategy").asText());
    assertEquals(2, m.get("phases").size());
    for (JsonNode phase : m.get("phases")) {
      for (JsonNode d : phase.get("domains")) {
        double target = d.get("target_tokens").asDouble();
        long planned = d.get("planned_tokens").asLong();
        if (target == 0) { // the blank document, without a domain: nothing to emit
          assertEquals("unlabelled", d.get("domain").asText());
          assertEquals(0, planned);
          continue;
        }
        assertTrue(Math.abs(planned - target) <= longest / 2.0, phase.get("name") + " " + d + ": " + planned);
      }
    }
    for (JsonNode d : m.get("domains")) {
      double target = d.get("target_tokens").asDouble();
      if (target > 0) {
        assertTrue(Math.abs(d.get("planned_tokens").asLong() - target) / target < 0.01, d.toString());
      }
    }
    assertEquals(stats.metrics().get("planned_tokens"), m.get("planned_tokens").asLong());
    // news is under one epoch: some of its documents are not emitted at all, nor is the blank one.
    var out = spark.read().parquet(dir.resolve("out").toString());
    assertEquals(out.filter("repeats = 0").count(), stats.metrics().get("documents_not_sampled"));
    assertEquals(0, out.filter("doc_id = 'blank'").first().<Integer>getAs("repeats"));
  }

  @Test
  void theSameSeedGivesTheSameRepeatsAndPhaseRepeatsAddUp() {
    run("in", "a", MixtureCorpus.settings(120_000, 1));
    run("in", "b", MixtureCorpus.settings(120_000, 1));
    assertEquals(repeats("a"), repeats("b"));
    long mismatched =
        spark.read().parquet(dir.resolve("a").toString())
            .selectExpr("repeats != aggregate(phase_repeats, 0, (x, y) -> x + y) as bad").filter("bad").count();
    assertEquals(0, mismatched);
  }

  @Test
  void withoutADomainColumnEveryDocumentIsInDomainAll() throws Exception {
    MixtureSettings natural =
        new MixtureSettings(
            MixtureSettings.Strategy.NATURAL, 1, null, 4, Map.of(), Map.of(), Map.of(), List.of(), 3, List.of(), 1);
    StageStats stats = run("plain", "plain-out", natural);
    assertEquals(1760, stats.metrics().get("planned_copies")); // one pass: every non-blank document once
    JsonNode m = Mappers.JSON.readTree(dir.resolve("plain-out/_MIXTURE.json").toFile());
    assertEquals(1, m.get("domains").size());
    assertEquals("all", m.get("domains").get(0).get("domain").asText());
    assertEquals(1.0, m.get("domains").get(0).get("weight").asDouble(), 1e-12);
  }

  @Test
  void anInfeasibleBudgetStopsTheStageNamingTheConstraint() {
    Exception e = assertThrows(Exception.class, () -> run("in", "huge", MixtureCorpus.settings(10_000_000, 1)));
    Throwable root = e;
    while (root.getCause() != null && !(root instanceof dev.curate.mixture.weights.InfeasibleMixtureException)) {
      root = root.getCause();
    }
    assertTrue(root.getMessage().startsWith("mixture.max_epochs: budget 10M tokens needs"), root.getMessage());
  }

  @Test
  void aHuggingFaceTokenizerFileCountsTheSameTokensAsTheEncodingItMirrors() throws Exception {
    Path json = TokenizerFixtures.gpt2TokenizerJson();
    assumeTrue(Files.isRegularFile(json), "no fixture at " + json);
    MixtureSettings natural =
        new MixtureSettings(
            MixtureSettings.Strategy.NATURAL, 1, null, 4, Map.of(), Map.of(), Map.of(), List.of(), 3, List.of(), 1);
    run("plain", "hf-out", natural, Tokenizers.HF_PREFIX + json);
    run("plain", "r50k-out", natural, "r50k_base");
    JsonNode hf = Mappers.JSON.readTree(dir.resolve("hf-out/_MIXTURE.json").toFile());
    JsonNode r50k = Mappers.JSON.readTree(dir.resolve("r50k-out/_MIXTURE.json").toFile());
    long tokens = r50k.get("domains").get(0).get("tokens_available").asLong();
    assertTrue(tokens > 100_000, "tokens counted: " + tokens);
    assertEquals(tokens, hf.get("domains").get(0).get("tokens_available").asLong());
  }
}
