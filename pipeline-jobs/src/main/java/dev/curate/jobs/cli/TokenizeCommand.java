// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.mixture.MixtureStage;
import dev.curate.jobs.tokenize.TokenizeStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "tokenize",
    mixinStandardHelpOptions = true,
    description = {
      "Tokenize stage: seeded global shuffle of documents, exact token ids, rows of exactly",
      "seq_len + 1 tokens (documents run on across rows; doc_starts marks where each begins),",
      "written as shards/shard-NNNNN.parquet (or Megatron .bin/.idx) with manifest.json,",
      "shard_stats.json and shard_stats.parquet; configured under tokenize: (docs/TOKENIZE.md).",
      "Input: the mixture stage's output (each document emitted per its phase_repeats, phases in",
      "order; docs/MIXTURE.md), or any Parquet/JSON Lines documents with a text column."
    })
final class TokenizeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "PATH", description = "Documents. Default: <work_dir>/mixture (what curate run tokenizes).")
  String input;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "auto (default), parquet or jsonl.")
  String inputFormat = "auto";

  @Option(names = "--output", paramLabel = "DIR", description = "Output directory. Default: <work_dir>/tokenize.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (packed rows) or megatron (.bin/.idx). Default: tokenize.format.")
  String format;

  @Option(names = "--tokenizer", paramLabel = "NAME", description = "e.g. r50k_base, cl100k_base, o200k_base. Default: tokenize.tokenizer.")
  String tokenizer;

  @Option(names = "--seq-len", paramLabel = "N", description = "Tokens per training sequence; rows hold N + 1. Default: tokenize.seq_len.")
  Integer seqLen;

  @Option(names = "--seed", paramLabel = "S", description = "Document shuffle seed. Default: tokenize.seed.")
  Long seed;

  @Override
  public Integer call() {
    List<String> extra = new ArrayList<>();
    if (format != null) {
      extra.add("tokenize.format=" + format);
    }
    if (tokenizer != null) {
      extra.add("tokenize.tokenizer=" + tokenizer);
    }
    if (seqLen != null) {
      extra.add("tokenize.seq_len=" + seqLen);
    }
    if (seed != null) {
      extra.add("tokenize.seed=" + seed);
    }
    PipelineConfig config = common.load(extra);
    String in = input != null ? input : Pipeline.stageDir(config, MixtureStage.NAME);
    String out = output != null ? output : Pipeline.stageDir(config, TokenizeStage.NAME);
    return common.runStage(
        config,
        new TokenizeStage(in, DocumentInput.Format.parse(inputFormat), config.tokenize(), config.format(), System.out),
        out);
  }
}
