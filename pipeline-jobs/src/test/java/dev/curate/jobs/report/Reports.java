// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import dev.curate.jobs.report.RunReport.Bar;
import dev.curate.jobs.report.RunReport.Bin;
import dev.curate.jobs.report.RunReport.Histogram;
import dev.curate.jobs.report.RunReport.Shard;
import dev.curate.jobs.report.RunReport.StageFunnel;
import java.util.List;
import java.util.Map;

/** Hand-made reports for the page tests: the numbers of a tiny run, every section present. */
final class Reports {
  private Reports() {}

  static RunReport full() {
    Map<String, Double> q = Map.of("min", 3.0, "p10", 10.0, "p50", 120.0, "p90", 900.0, "p99", 2000.0, "max", 2500.0, "mean", 300.5);
    return new RunReport(
        "work/demo/out",
        "2026-11-22T20:00:00Z",
        List.of(
            new StageFunnel("extract", 100, 60, List.of(new Bar("extract.http_status", 30)),
                List.of(new Bar("extract.error.truncated_file", 10)), 50_000L, null, 1200, true),
            new StageFunnel("filter", 60, 50, List.of(new Bar("language.low_score", 10)), List.of(), 40_000L, null, 900, true),
            new StageFunnel("tokenize", 50, 50, List.of(), List.of(), null, 12_345L, 700, true)),
        List.of("dedup: not in this run (no dedup/_STATS.json); skipped"),
        "filter",
        50,
        List.of(new Bar("en", 30), new Bar("de", 20)),
        new Histogram(List.of("documents"), List.of(new Bin(100, 150, List.of(20L)), new Bin(150, 200, List.of(30L))), q),
        new Histogram(List.of("documents"), List.of(new Bin(10, 15, List.of(50L))), q),
        Map.of("min", 5.0, "p50", 200.0),
        List.of(new Bar("news", 40), new Bar("forum", 10)),
        new Histogram(List.of("kept", "rejected"), List.of(new Bin(0, 0.5, List.of(0L, 8L)), new Bin(0.5, 1, List.of(50L, 2L))), q),
        List.of(new Bar("2", 4), new Bar("3", 1)),
        List.of(new Shard("shard-00000", 4, 8000, 30L), new Shard("shard-00001", 3, 4345, 20L)));
  }

  /** A run with extract only: no languages, domains, quality, duplicates or shards. */
  static RunReport extractOnly() {
    Map<String, Double> q = Map.of("min", 3.0, "p50", 120.0, "max", 2500.0);
    return new RunReport(
        "out", "2026-11-22T20:00:00Z",
        List.of(new StageFunnel("extract", 10, 10, List.of(), List.of(), 1000L, null, 100, true)),
        List.of("filter: not in this run", "dedup: not in this run", "tokenize: not in this run"),
        "extract", 10, List.of(),
        new Histogram(List.of("documents"), List.of(new Bin(100, 150, List.of(10L))), q),
        new Histogram(List.of("documents"), List.of(new Bin(10, 15, List.of(10L))), q),
        Map.of(), List.of(), null, List.of(), List.of());
  }
}
