// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.jobs.StageRunner;
import dev.curate.jobs.sample.SampleTruthCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spark")
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demoGeneratesTheSampleRunsEveryStageAndReconciles() throws Exception {
    String[] args = {
      "demo",
      "--sample-dir", dir.resolve("sample").toString(),
      "--set", "work_dir=" + dir.resolve("out"),
      "--set", "sample.docs=300",
      "--set", "sample.docs_per_file=100",
      "--set", "filter.language.model=" + System.getProperty("curate.lid.model"),
      "--master", "local[2]"
    };
    CurateCommandTest.Result first = CurateCommandTest.curate(args);
    assertEquals(0, first.code(), first.out() + first.err());
    assertTrue(first.out().contains("all stages reconcile"), first.out());
    Path extract = dir.resolve("out/extract");
    assertTrue(Files.exists(extract.resolve(StageRunner.SUCCESS)));
    StageStats stats = Mappers.JSON.readValue(extract.resolve(StageRunner.STATS).toFile(), StageStats.class);
    assertTrue(stats.reconciles());
    assertTrue(stats.kept() > 150, "most sample pages are kept: " + stats.kept());
    assertEquals(3, stats.metrics().get("input_files"));

    // Every page of the sample is accounted for and the kinds with a clear outcome get it.
    SampleTruthCheck.Result truth = DemoCommand.lastTruthCheck;
    assertEquals(300, truth.pages());
    assertEquals(0, truth.outcomes().keySet().stream().filter(k -> k.endsWith("(not found)")).count(), truth.outcomes().toString());
    for (String kind : new String[] {"normal", "exact_duplicate", "near_duplicate"}) {
      assertTrue(truth.outcomes().keySet().stream().filter(k -> k.startsWith(kind + " ")).allMatch(k -> k.endsWith("-> kept")), truth.outcomes().toString());
    }
    assertTrue(truth.outcomes().keySet().stream().filter(k -> k.startsWith("non_200 ")).allMatch(k -> k.endsWith("-> extract.http_status")));
    assertTrue(truth.outcomes().keySet().stream().filter(k -> k.startsWith("non_html ")).allMatch(k -> k.endsWith("-> extract.not_html")));
    assertTrue(truth.outcomes().keySet().stream().filter(k -> k.startsWith("malformed/garbage")).allMatch(k -> k.endsWith("-> extract.error.malformed_record")));
    assertTrue(truth.meanF1() > 0.9, "kept text matches the true main text: " + truth.meanF1());

    Path filter = dir.resolve("out/filter");
    StageStats filtered = Mappers.JSON.readValue(filter.resolve(StageRunner.STATS).toFile(), StageStats.class);
    assertEquals(stats.kept(), filtered.recordsIn(), "filter reads what extract kept");
    assertTrue(filtered.reconciles());
    assertTrue(first.out().contains("language."), "summary shows filter reasons: " + first.out());

    // Dedup: every stage reconciles, exact duplicates always share a cluster.
    StageStats deduped = Mappers.JSON.readValue(dir.resolve("out/dedup").resolve(StageRunner.STATS).toFile(), StageStats.class);
    assertEquals(filtered.kept(), deduped.recordsIn(), "dedup reads what filter kept");
    assertTrue(deduped.rejected().getOrDefault("dedup.exact", 0L) > 0, deduped.rejected().toString());
    assertEquals(1.0, DemoCommand.lastDedupEvaluation.exactRecall());
    assertTrue(DemoCommand.lastDedupEvaluation.precision() >= 0.98, DemoCommand.lastDedupEvaluation.toString());
    assertTrue(DemoCommand.lastDedupEvaluation.recall() >= 0.95, DemoCommand.lastDedupEvaluation.toString());

    // Tokenize: the documents the mixture plans are in the shards, which the manifest lists,
    // and the shard statistics count them by domain.
    Path tokenize = dir.resolve("out/tokenize");
    StageStats labelled = Mappers.JSON.readValue(dir.resolve("out/domains").resolve(StageRunner.STATS).toFile(), StageStats.class);
    StageStats tokenized = Mappers.JSON.readValue(tokenize.resolve(StageRunner.STATS).toFile(), StageStats.class);
    // The mixture stage plans every document the domains stage kept; tokenize emits exactly the plan.
    StageStats mixed = Mappers.JSON.readValue(dir.resolve("out/mixture").resolve(StageRunner.STATS).toFile(), StageStats.class);
    assertEquals(labelled.kept(), mixed.recordsIn(), "mixture reads what the domains stage kept");
    assertEquals(labelled.kept(), mixed.kept());
    assertEquals(mixed.kept(), tokenized.recordsIn(), "tokenize reads what the mixture stage kept");
    assertTrue(tokenized.reconciles(), tokenized.toString());
    assertEquals(mixed.metrics().get("planned_copies"), tokenized.metrics().get("copies"));
    assertEquals(mixed.metrics().get("planned_tokens"), tokenized.metrics().get("tokens"));
    assertTrue(Mappers.JSON.readTree(tokenize.resolve("shard_stats.json").toFile()).get("totals").get("domains").size() > 1);
    assertTrue(tokenized.metrics().get("tokens") > 0 && tokenized.metrics().get("shards") > 0, tokenized.toString());
    assertTrue(Files.exists(tokenize.resolve("manifest.json")) && Files.exists(tokenize.resolve("shard_stats.parquet")));

    // The demo trains its quality model from the sample's truth and filters with it.
    dev.curate.filters.quality.QualityModelTraining.Report quality = DemoCommand.lastQualityReport;
    assertTrue(quality != null && quality.heldOut() != null, first.out());
    assertTrue(quality.heldOut().rocAuc() > 0.8, "held-out ROC-AUC " + quality.heldOut().rocAuc());
    assertTrue(quality.heldOut().meanScorePositive() > quality.heldOut().meanScoreNegative() + 0.3, quality.toString());
    assertTrue(first.out().contains("held out: ROC-AUC"), first.out());
    assertTrue(DemoCommand.lastQualityByKind.get("normal") > 0.8, DemoCommand.lastQualityByKind.toString());
    assertTrue(
        DemoCommand.lastQualityByKind.get("spam") < DemoCommand.lastQualityByKind.get("normal") - 0.3,
        "spam scores low: " + DemoCommand.lastQualityByKind);

    CurateCommandTest.Result second = CurateCommandTest.curate(args);
    assertEquals(0, second.code(), second.err());
    assertTrue(second.out().contains("using the cached sample crawl"), second.out());
    assertTrue(second.out().contains("already done"), second.out());
    assertTrue(second.out().contains("using the quality model"), second.out());

    CurateCommandTest.Result inspect = CurateCommandTest.curate("inspect", extract.toString(), "--rows", "2");
    assertEquals(0, inspect.code(), inspect.err());
    assertTrue(inspect.out().contains("kept documents: " + String.format(java.util.Locale.ROOT, "%,d", stats.kept())), inspect.out());
    assertTrue(inspect.out().contains("rejected by reason"), inspect.out());

    CurateCommandTest.Result shards = CurateCommandTest.curate("inspect", tokenize.toString());
    assertEquals(0, shards.code(), shards.err());
    assertTrue(shards.out().contains("shards/shard-00000.parquet"), shards.out());
  }
}
