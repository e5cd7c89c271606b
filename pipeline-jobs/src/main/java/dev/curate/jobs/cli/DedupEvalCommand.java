// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.Pipeline;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.dedup.DedupEvaluation;
import dev.curate.jobs.dedup.DedupStage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "dedup-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Pair-level precision and recall of a dedup output against the exact truth: all pairs of",
      "documents (kept and rejected) with exact Jaccard >= --threshold on the stage's shingles",
      "are true near-duplicates; pairs in the same output cluster are predicted ones. Also checks",
      "that exact duplicates share a cluster, and, if the stage ran with --emit-pairs, the bias",
      "and binomial-band coverage of the MinHash estimates. Brute force: samples up to 60,000 docs."
    })
final class DedupEvalCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A dedup output. Default: <work_dir>/dedup.")
  String dir;

  @Option(names = "--threshold", description = "Jaccard of a true near-duplicate pair (default ${DEFAULT-VALUE}).")
  double threshold = 0.8;

  @Override
  public Integer call() {
    PipelineConfig config = common.load(List.of());
    String d = dir != null ? dir : Pipeline.stageDir(config, DedupStage.NAME);
    DedupEvaluation.run(
        Sessions.create(config.spark(), common.master), d, config.format().toString(), config.dedup(), threshold, System.out);
    return 0;
  }
}
