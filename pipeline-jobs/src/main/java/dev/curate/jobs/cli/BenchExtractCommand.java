// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.extract.bench.WcxbBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench-extract",
    mixinStandardHelpOptions = true,
    description = {
      "Score the main-content extractor on pages with ground truth in the WCXB layout",
      "(html/NNNN.html.gz + ground-truth/NNNN.json.gz): word F1, precision, recall,",
      "with/without snippet rates, per page type, and pages/s on one thread. No Spark."
    })
final class BenchExtractCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/data/wcxb-dev")
  String data;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N pages.")
  Integer limit;

  @Option(names = "--worst", paramLabel = "K", description = "List the K worst pages (default 10).")
  Integer worst;

  @Option(names = "--format", paramLabel = "FORMAT", description = "plain (default) or markdown.")
  String format;

  @Option(
      names = "--passes",
      paramLabel = "P",
      description =
          "Extract every page P times and time the last pass, so the JIT is warm (default 1;"
              + " bin/bench-extract-speed is the speed benchmark).")
  Integer passes;

  @Option(names = "--dump", paramLabel = "DIR", description = "Write each page's extracted text to DIR.")
  String dump;

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>(List.of("--data", data));
    if (limit != null) {
      args.add("--limit");
      args.add(limit.toString());
    }
    if (worst != null) {
      args.add("--worst");
      args.add(worst.toString());
    }
    if (format != null) {
      args.add("--format");
      args.add(format);
    }
    if (passes != null) {
      args.add("--passes");
      args.add(passes.toString());
    }
    if (dump != null) {
      args.add("--dump");
      args.add(dump);
    }
    WcxbBenchmark.main(args.toArray(new String[0]));
    return 0;
  }
}
