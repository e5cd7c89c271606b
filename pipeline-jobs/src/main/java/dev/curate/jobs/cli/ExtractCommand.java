// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.extract.ExtractStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract stage: WARC/WARC.gz/WET/ARC files in, documents (main text + metadata) out.",
      "Writes part-*.parquet (or .json with --format jsonl), rejected/ with a reason for every",
      "record not kept, _STATS.json and _SUCCESS."
    })
final class ExtractCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "PATH", description = "Crawl files: a directory (searched recursively) or one file. Default: the config's input.")
  String input;

  @Option(names = "--output", paramLabel = "DIR", description = "Output directory. Default: <work_dir>/extract.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (default) or jsonl.")
  String format;

  @Override
  public Integer call() {
    List<String> extra = new ArrayList<>();
    if (input != null) {
      extra.add("input=" + input);
    }
    if (format != null) {
      extra.add("format=" + format);
    }
    PipelineConfig config = common.load(extra);
    if (config.input() == null) {
      throw new IllegalArgumentException("extract: --input PATH is required (or input: in --config)");
    }
    String out = output != null ? output : Pipeline.stageDir(config, ExtractStage.NAME);
    return common.runStage(
        config, new ExtractStage(config.input(), config.extract(), config.format(), System.out), out);
  }
}
