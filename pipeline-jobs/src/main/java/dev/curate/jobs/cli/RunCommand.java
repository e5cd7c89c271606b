// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.Summary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run every stage of a config on its input, each into <work_dir>/<stage>/.",
      "Finished stages are skipped (--force redoes them); an interrupted run resumes by rerunning."
    })
final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    if (common.config == null) {
      throw new IllegalArgumentException("run: --config FILE is required (see conf/demo.yaml)");
    }
    PipelineConfig config = common.load(List.of());
    List<Pipeline.StageRun> runs = Pipeline.run(config, common.master, common.force, System.out);
    return Summary.printAndExitCode(runs, System.out);
  }
}
