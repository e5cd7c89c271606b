// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.jobs.StageRunner;
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

    CurateCommandTest.Result second = CurateCommandTest.curate(args);
    assertEquals(0, second.code(), second.err());
    assertTrue(second.out().contains("using the cached sample crawl"), second.out());
    assertTrue(second.out().contains("already done"), second.out());

    CurateCommandTest.Result inspect = CurateCommandTest.curate("inspect", extract.toString(), "--rows", "2");
    assertEquals(0, inspect.code(), inspect.err());
    assertTrue(inspect.out().contains("kept documents: " + String.format(java.util.Locale.ROOT, "%,d", stats.kept())), inspect.out());
    assertTrue(inspect.out().contains("rejected by reason"), inspect.out());
  }
}
