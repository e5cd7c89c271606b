// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.jobs.StageRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLayoutTest {
  @TempDir Path run;

  @Test
  void findsStagesInPipelineOrderAndNotesTheMissingOnes() throws Exception {
    stage("tokenize", true);
    stage("extract", true);
    stage("filter", true);
    stage("zz_custom", true);
    stage("dedup-pairs", "filter", true);
    Files.createDirectories(run.resolve("quality_model")); // not a stage: no _STATS.json
    RunLayout.Layout layout = RunLayout.of(new Configuration(), run.toString());
    assertEquals(
        List.of("extract", "filter", "dedup-pairs", "tokenize", "zz_custom"),
        layout.stages().stream().map(RunLayout.StageDir::name).toList(),
        "by the stage that wrote each output, its pipeline output first");
    assertFalse(layout.stage("dedup-pairs").pipelineOutput());
    assertTrue(layout.stage("filter").pipelineOutput());
    assertEquals(List.of("dedup: not in this run (no dedup/_STATS.json); skipped"), layout.notes());
    assertEquals(42, layout.stage("filter").stats().recordsIn());
  }

  @Test
  void unfinishedStageIsReportedWithANote() throws Exception {
    stage("extract", false);
    RunLayout.Layout layout = RunLayout.of(new Configuration(), run.toString());
    assertFalse(layout.stage("extract").finished());
    assertTrue(layout.notes().contains("extract: unfinished (no _SUCCESS); its numbers may be partial"), layout.notes().toString());
  }

  @Test
  void directoryWithoutStagesIsNotARun() throws Exception {
    Files.createDirectories(run.resolve("something"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunLayout.of(new Configuration(), run.toString()));
    assertTrue(e.getMessage().contains(run + " is not a run directory"), e.getMessage());
  }

  @Test
  void stageOutputGivenAsRunNamesTheRunAboveIt() throws Exception {
    Path extract = stage("extract", true);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunLayout.of(new Configuration(), extract.toString()));
    assertTrue(e.getMessage().contains("is one stage's output"), e.getMessage());
    assertTrue(e.getMessage().endsWith(run.toString()), e.getMessage());
  }

  @Test
  void missingDirectoryIsNotARun() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RunLayout.of(new Configuration(), run.resolve("nope").toString()));
    assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
  }

  @Test
  void unreadableStatsNameTheFile() throws Exception {
    Path dir = Files.createDirectories(run.resolve("filter"));
    Files.writeString(dir.resolve(StageRunner.STATS), "{\"stage\": ");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunLayout.of(new Configuration(), run.toString()));
    assertTrue(e.getMessage().contains("filter/_STATS.json"), e.getMessage());
  }

  private Path stage(String name, boolean finished) throws Exception {
    return stage(name, name, finished);
  }

  private Path stage(String name, String writtenBy, boolean finished) throws Exception {
    Path dir = Files.createDirectories(run.resolve(name));
    StageStats stats = new StageStats(writtenBy, "in", dir.toString(), "parquet", 42, 40, Map.of("x.y", 2L), Map.of(), Map.of(), 10, "2026-11-22T20:00:00Z");
    Mappers.JSON.writeValue(dir.resolve(StageRunner.STATS).toFile(), stats);
    if (finished) {
      Files.writeString(dir.resolve(StageRunner.SUCCESS), "");
    }
    return dir;
  }
}
