// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.sample.SampleCrawl;
import dev.curate.sample.SampleSpec;
import dev.curate.sample.SampleSummary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Generate the sample crawl: realistic .warc.gz files built from real multilingual",
      "Europarl prose, with duplicates, near-duplicates, boilerplate-only, spam, short,",
      "non-HTML, non-200, non-UTF-8 and malformed records mixed in on purpose.",
      "Writes DIR/warc/*.warc.gz, DIR/truth.jsonl (what each page is) and DIR/SUMMARY.json.",
      "Deterministic: the same options write byte-identical files."
    })
final class SampleCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--docs", paramLabel = "N", description = "Pages to generate (default ${DEFAULT-VALUE}).")
  int docs = 3000;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--docs-per-file", paramLabel = "N", description = "Pages per file (default ${DEFAULT-VALUE}).")
  int docsPerFile = 500;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    SampleSummary summary = SampleCrawl.write(out, new SampleSpec(docs, seed, docsPerFile));
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "wrote %,d records in %d files to %s in %.1fs (%,.0f pages/s)%n  truth: %s%n  pages by kind: %s%n",
        summary.records(),
        summary.files(),
        summary.warcDir(),
        secs,
        docs / secs,
        summary.truthFile(),
        summary.pagesByKind());
    return 0;
  }
}
