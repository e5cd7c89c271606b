// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.dedup.DedupStage;
import dev.curate.jobs.domains.DomainsStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "domains",
    mixinStandardHelpOptions = true,
    description = {
      "Domains stage: a domain and domain_score for every document, configured under domains:",
      "URL rules first (first match wins), then k-means clusters of document embeddings named by",
      "their distinctive terms (mode cluster; also cluster_id), or a fastText topic model from",
      "curate train-domains (mode classifier). Writes the per-domain table _DOMAINS.json.",
      "Input: the dedup stage's output, or any Parquet/JSON Lines documents with a text column."
    })
final class DomainsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "PATH", description = "Documents. Default: <work_dir>/dedup.")
  String input;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "auto (default), parquet or jsonl.")
  String inputFormat = "auto";

  @Option(names = "--output", paramLabel = "DIR", description = "Output directory. Default: <work_dir>/domains.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (default) or jsonl.")
  String format;

  @Override
  public Integer call() {
    List<String> extra = new ArrayList<>();
    if (format != null) {
      extra.add("format=" + format);
    }
    PipelineConfig config = common.load(extra);
    String in = input != null ? input : Pipeline.stageDir(config, DedupStage.NAME);
    String out = output != null ? output : Pipeline.stageDir(config, DomainsStage.NAME);
    return common.runStage(
        config, new DomainsStage(in, DocumentInput.Format.parse(inputFormat), config.domains(), config.format(), System.out), out);
  }
}
