// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.dedup.DedupStage;
import dev.curate.jobs.filter.FilterStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Dedup stage: exact (normalised text), URL and MinHash-LSH near-duplicate removal,",
      "configured under dedup: in the config. One survivor per duplicate cluster, chosen by",
      "dedup.survivor_order; kept documents gain dup_cluster_id and dup_cluster_size.",
      "Input: the filter stage's output, or any Parquet/JSON Lines documents with a text column."
    })
final class DedupCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "PATH", description = "Documents. Default: <work_dir>/filter.")
  String input;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "auto (default), parquet or jsonl.")
  String inputFormat = "auto";

  @Option(names = "--output", paramLabel = "DIR", description = "Output directory. Default: <work_dir>/dedup.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (default) or jsonl.")
  String format;

  @Option(names = "--emit-pairs", description = "Also write candidate pairs with estimated and exact Jaccard to <output>/pairs/.")
  boolean emitPairs;

  @Option(names = "--state", paramLabel = "DIR",
      description = {"Incremental: deduplicate this batch against the index in DIR (keys of all earlier",
          "batches; created on first use) and add it. Earlier documents whose decision changes are",
          "listed in <output>/superseded/. Default: dedup.state of the config."})
  String state;

  @Option(names = "--batch-id", paramLabel = "NAME", description = "Name of this batch in the index (default: a hash of --input). Rerunning a batch replaces it.")
  String batchId;

  @Override
  public Integer call() {
    List<String> extra = new ArrayList<>();
    if (format != null) {
      extra.add("format=" + format);
    }
    PipelineConfig config = common.load(extra);
    String in = input != null ? input : Pipeline.stageDir(config, FilterStage.NAME);
    String out = output != null ? output : Pipeline.stageDir(config, DedupStage.NAME);
    return common.runStage(
        config,
        new DedupStage(
            in, DocumentInput.Format.parse(inputFormat), config.dedup(), config.format(), emitPairs,
            state != null ? state : config.dedup().state(), batchId, System.out),
        out);
  }
}
