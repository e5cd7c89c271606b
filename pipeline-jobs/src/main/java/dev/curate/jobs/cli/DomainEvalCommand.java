// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.Pipeline;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.domains.DomainEvaluation;
import dev.curate.jobs.domains.DomainsStage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "domain-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster quality of a domains output: purity and NMI (normalised mutual information) of",
      "cluster_id and domain against a labelled column, either of the output itself or of a",
      "truth file joined by url (--truth; the sample crawl's truth.jsonl has topic, the Europarl",
      "debate title). Documents without a label are left out."
    })
final class DomainEvalCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A domains output. Default: <work_dir>/domains.")
  String dir;

  @Option(names = "--label-column", required = true, paramLabel = "COL", description = "Column holding the reference labels.")
  String labelColumn;

  @Option(names = "--truth", paramLabel = "PATH", description = "JSON Lines with url and the label column, joined by url.")
  String truth;

  @Override
  public Integer call() {
    PipelineConfig config = common.load(List.of());
    String d = dir != null ? dir : Pipeline.stageDir(config, DomainsStage.NAME);
    DomainEvaluation.run(Sessions.create(config.spark(), common.master), d, labelColumn, truth, System.out);
    return 0;
  }
}
