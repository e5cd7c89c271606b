// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.extract.ExtractStage;
import dev.curate.jobs.filter.FilterStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "filter",
    mixinStandardHelpOptions = true,
    description = {
      "Filter stage: language ID (fastText lid.176) and heuristic quality rules (Gopher,",
      "C4, FineWeb, URL lists), configured under filter: in the config.",
      "Input: the extract stage's output, or any Parquet/JSON Lines documents with a text column."
    })
final class FilterCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "PATH", description = "Documents. Default: <work_dir>/extract.")
  String input;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "auto (default), parquet or jsonl.")
  String inputFormat = "auto";

  @Option(names = "--output", paramLabel = "DIR", description = "Output directory. Default: <work_dir>/filter.")
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
    DocumentInput.Format inFormat = DocumentInput.Format.parse(inputFormat);
    String in = input != null ? input : Pipeline.stageDir(config, ExtractStage.NAME);
    String out = output != null ? output : Pipeline.stageDir(config, FilterStage.NAME);
    return common.runStage(
        config, new FilterStage(in, inFormat, config.filter(), config.format(), System.out), out);
  }
}
