// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.dedup.DedupBenchmark;
import dev.curate.jobs.dedup.SyntheticCrawl;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "bench-dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Time the dedup stage on a synthetic crawl of --docs documents built from Europarl",
      "sentences (a share are planted near-duplicates; --giant adds one templated cluster of",
      "that many pages). --vs-mllib also runs Spark MLlib's MinHashLSH approxSimilarityJoin at",
      "the same threshold on the same documents and prints the time and recall of both. The",
      "crawl is generated once into --work (cached)."
    })
final class BenchDedupCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--docs", description = "Documents (default ${DEFAULT-VALUE}).")
  long docs = 100_000;

  @Option(names = "--giant", description = "Members of one templated cluster, added (default ${DEFAULT-VALUE}).")
  long giant;

  @Option(names = "--duplicate-share", description = "Share of planted near-duplicates (default ${DEFAULT-VALUE}).")
  double duplicateShare = 0.1;

  @Option(names = "--max-edit", description = "Largest share of words a near-duplicate changes (default ${DEFAULT-VALUE}).")
  double maxEdit = 0.05;

  @Option(names = "--vs-mllib", description = "Also run Spark MLlib MinHashLSH and compare.")
  boolean vsMllib;

  @Option(names = "--mllib-tables", description = "MLlib hash tables (default ${DEFAULT-VALUE}).")
  int mllibTables = 5;

  @Option(names = "--mllib-limit", paramLabel = "SECONDS", description = "Stop MLlib after this long and report a lower bound (default ${DEFAULT-VALUE}).")
  double mllibLimit = 900;

  @Option(names = "--repeat", description = "Timed rounds of each method, in one JVM; medians are reported (default ${DEFAULT-VALUE}).")
  int repeat = 1;

  @Option(names = "--warmup-docs", description = "Before the timed rounds, run each method once, untimed, on a sample of about this many of the documents, so that the timed rounds do not pay for JIT compilation and Spark's first-use costs (0: none; default: all of them, a full untimed round each).")
  long warmupDocs = -1;

  @Option(names = "--alternate", description = "Alternate the rounds, ours then MLlib's, after one warm-up of both; by default each method warms up and then runs all its rounds in turn, ours first.")
  boolean alternate;

  @Option(names = "--work", paramLabel = "DIR", description = "Where the crawl and outputs go (default ${DEFAULT-VALUE}).")
  String work = "work/bench-dedup";

  @Override
  public Integer call() {
    PipelineConfig config = common.load(List.of());
    String input = String.format("%s/input-%d-%d-%.3f-%.3f", work, docs, giant, duplicateShare, maxEdit);
    DedupBenchmark.run(
        Sessions.create(config.spark(), common.master),
        new SyntheticCrawl(docs, duplicateShare, maxEdit, giant, 42),
        input, work, config.dedup(), vsMllib, mllibTables, mllibLimit, repeat, warmupDocs, alternate, System.out);
    return 0;
  }
}
