// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.mixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.core.config.TokenizeSettings;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.StageRunner;
import dev.curate.jobs.tokenize.TokenizeStage;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tokenize stage emits a mixture plan: repeats, phases in order, the realised mixture. */
@Tag("spark")
class MixtureTokenizeTest {
  @TempDir Path dir;

  @Test
  void realisedTokensPerDomainMatchTheTargetWithinOnePercentAndPhasesComeInOrder() throws Exception {
    SparkSession spark = MixtureCorpus.spark();
    MixtureCorpus.write(dir.resolve("in/docs.jsonl"), true);
    String mixtureOut = dir.resolve("mixture").toString();
    String tokenizeOut = dir.resolve("tokenize").toString();
    StageRunner runner = new StageRunner(spark, true, MixtureStageTest.QUIET);
    runner.run(
        new MixtureStage(dir.resolve("in").toString(), DocumentInput.Format.AUTO, MixtureCorpus.settings(120_000, 1),
            "cl100k_base", OutputFormat.PARQUET, MixtureStageTest.QUIET),
        mixtureOut);
    TokenizeSettings settings = new TokenizeSettings("cl100k_base", 256, 1, 16L, null, TokenizeSettings.ShardFormat.PARQUET);
    StageStats stats =
        runner.run(
                new TokenizeStage(mixtureOut, DocumentInput.Format.AUTO, settings, OutputFormat.PARQUET, MixtureStageTest.QUIET),
                tokenizeOut)
            .stats();

    JsonNode mixture = Mappers.JSON.readTree(dir.resolve("mixture/_MIXTURE.json").toFile());
    JsonNode realised = Mappers.JSON.readTree(dir.resolve("tokenize/shard_stats.json").toFile()).get("totals").get("domain_tokens");
    for (JsonNode d : mixture.get("domains")) {
      String domain = d.get("domain").asText();
      double target = d.get("target_tokens").asDouble();
      long got = realised.path(domain).asLong(0);
      assertEquals(d.get("planned_tokens").asLong(), got, domain); // the shards hold exactly the plan
      if (target > 0) {
        double off = Math.abs(got - target) / target;
        System.out.printf("mixture realised: %-8s target %9.0f realised %7d (%.3f%%)%n", domain, target, got, 100 * off);
        assertTrue(off < 0.01, domain + ": " + got + " vs " + target);
      }
    }
    assertEquals("temperature", Mappers.JSON.readTree(dir.resolve("tokenize/manifest.json").toFile()).get("mixture").get("strategy").asText());
    assertTrue(stats.reconciles(), stats.toString());
    assertEquals(mixture.get("planned_copies").asLong(), stats.metrics().get("copies"));
    assertEquals(mixture.get("documents_not_sampled").asLong() - 1, stats.rejected().get(TokenizeStage.NOT_SAMPLED));

    // Documents planned only for the last phase begin after every token of the first phase.
    var plan = spark.read().parquet(mixtureOut);
    long firstPhaseTokens = plan.selectExpr("sum(tokens * phase_repeats[0])").first().getLong(0);
    Set<String> annealOnly =
        plan.filter("phase_repeats[0] = 0 and phase_repeats[1] > 0").select("doc_id").collectAsList().stream()
            .map(r -> r.getString(0)).collect(Collectors.toSet());
    assertTrue(annealOnly.size() > 10, "science documents upsampled in the anneal phase only: " + annealOnly.size());
    var starts =
        spark.read().parquet(dir.resolve("tokenize/shards").toString())
            .selectExpr("row", "posexplode(doc_ids) as (i, id)", "doc_starts")
            .selectExpr("id", "row * 257 + doc_starts[i] as position");
    for (Row r : starts.collectAsList()) {
      boolean inFirstPhase = r.getLong(1) < firstPhaseTokens;
      assertTrue(!(inFirstPhase && annealOnly.contains(r.getString(0))), r.toString());
    }
    assertTrue(starts.filter("position >= " + firstPhaseTokens).count() > 0);

    // The run report's domain mix reads the same numbers back.
    var fs = org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration());
    var report = dev.curate.jobs.report.TokenizeOutput.read(fs, new org.apache.hadoop.fs.Path(tokenizeOut));
    for (var m : report.mix()) {
      assertEquals(realised.path(m.domain()).asLong(0), m.realised(), m.domain());
    }
    assertEquals(mixture.get("domains").size(), report.mix().size());
  }
}
