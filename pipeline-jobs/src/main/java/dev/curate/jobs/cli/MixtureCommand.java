// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.domains.DomainsStage;
import dev.curate.jobs.mixture.MixtureStage;
import dev.curate.mixture.search.MixtureSearch;
import dev.curate.mixture.search.RunsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "mixture",
    mixinStandardHelpOptions = true,
    subcommands = {MixtureCommand.Search.class},
    description = {
      "Mixture stage: documents and exact tokens per domain, domain weights (natural, temperature,",
      "unimax or explicit) under a token budget, max_epochs and min/max shares, optional phases,",
      "and how often the tokenize stage emits each document (phase_repeats); _MIXTURE.json has",
      "weights, targets and epochs per domain and phase. Configured under mixture: (docs/MIXTURE.md).",
      "Input: the domains stage's output (without a domain column every document is domain all)."
    })
final class MixtureCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "PATH", description = "Documents. Default: <work_dir>/domains (what curate run mixes).")
  String input;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "auto (default), parquet or jsonl.")
  String inputFormat = "auto";

  @Option(names = "--output", paramLabel = "DIR", description = "Output directory. Default: <work_dir>/mixture.")
  String output;

  @Override
  public Integer call() {
    PipelineConfig config = common.load(List.of());
    String in = input != null ? input : Pipeline.stageDir(config, DomainsStage.NAME);
    String out = output != null ? output : Pipeline.stageDir(config, MixtureStage.NAME);
    return common.runStage(
        config,
        new MixtureStage(
            in, DocumentInput.Format.parse(inputFormat), config.mixture(), config.tokenize().tokenizer(), config.format(),
            System.out),
        out);
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = {
        "RegMix-style mixture search: fits a ridge regression of loss on mixture weights (quadratic",
        "mixture terms plus log terms) to past runs and proposes the next mixtures to try, the",
        "predicted best first. Results: CSV with a header of domain names and loss, or JSON Lines",
        "{\"weights\": {domain: weight, ...}, \"loss\": x}."
      })
  static final class Search implements Callable<Integer> {
    @Option(names = "--results", required = true, paramLabel = "FILE", description = "Past runs: .csv or .jsonl.")
    Path results;

    @Option(names = "--propose", paramLabel = "K", description = "Mixtures to propose. Default: 8.")
    int propose = 8;

    @Option(names = "--candidates", paramLabel = "N", description = "Random mixtures scored by the model. Default: 20000.")
    int candidates = 20_000;

    @Option(names = "--min-distance", paramLabel = "D", description = "Least L1 distance between proposals. Default: 0.05.")
    double minDistance = 0.05;

    @Option(names = "--lambda", paramLabel = "L", description = "Ridge penalty. Default: 1e-6.")
    double lambda = 1e-6;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random candidates. Default: 1.")
    long seed = 1;

    @Override
    public Integer call() throws Exception {
      RunsFile file = RunsFile.read(results);
      var proposals =
          new MixtureSearch(file.domains().size(), candidates, lambda, minDistance).propose(file.runs(), propose, seed);
      double best = file.runs().stream().mapToDouble(r -> r.loss()).min().orElse(Double.NaN);
      System.out.printf(Locale.ROOT, "%d runs over %d domains; best loss so far %.5f%n", file.runs().size(), file.domains().size(), best);
      StringBuilder header = new StringBuilder("rank  predicted_loss");
      file.domains().forEach(d -> header.append(String.format(Locale.ROOT, "  %10s", d)));
      System.out.println(header);
      for (int i = 0; i < proposals.size(); i++) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d  %14.5f", i + 1, proposals.get(i).predictedLoss()));
        for (double w : proposals.get(i).weights()) {
          line.append(String.format(Locale.ROOT, "  %10.4f", w));
        }
        System.out.println(line);
      }
      System.out.println("predicted best: rank 1 (mixture.strategy: explicit with these weights)");
      return 0;
    }
  }
}
