// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.core.doc.Document;
import dev.curate.filters.FilterPipeline;
import dev.curate.filters.FilterSettings;
import dev.curate.filters.fasttext.LidSpeedBenchmark;
import dev.curate.filters.quality.QualityScorer;
import dev.curate.filters.quality.QualitySettings;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.extract.ExtractStage;
import dev.curate.jobs.filter.FilterStage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "bench-filter",
    mixinStandardHelpOptions = true,
    description = {
      "Per-core speed of the filter stage: reads documents (default: the extract stage's",
      "output), then times the configured filter (language ID, language rule, the rules and",
      "the quality model, if any) on ONE thread, without Spark, and prints documents/s per round",
      "and the median. --vs-fasttext also times language ID alone against the C++",
      "`fasttext predict-prob` on the same texts (Debian package fasttext)."
    })
final class BenchFilterCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "PATH", description = "Documents. Default: <work_dir>/extract.")
  String input;

  @Option(names = "--quality-model", paramLabel = "MODEL", description = "Use this quality model (threshold 0.5), overriding filter.quality.")
  Path qualityModel;

  @Option(names = "--rounds", description = "Timed rounds after 3 s of warm-up (default ${DEFAULT-VALUE}).")
  int rounds = 7;

  @Option(names = "--max-docs", paramLabel = "N", description = "At most N documents (default ${DEFAULT-VALUE}).")
  int maxDocs = 20_000;

  @Option(names = "--vs-fasttext", paramLabel = "BINARY", arity = "0..1", fallbackValue = "fasttext",
      description = "Also compare language ID with the C++ binary (default name: fasttext).")
  String fasttext;

  @Override
  public Integer call() throws Exception {
    List<String> extra = new ArrayList<>();
    if (qualityModel != null) {
      extra.add("filter.quality.model=" + qualityModel);
      extra.add("filter.quality.threshold=0.5");
    }
    PipelineConfig config = common.load(extra);
    String in = input != null ? input : Pipeline.stageDir(config, ExtractStage.NAME);
    List<Document> docs = new ArrayList<>();
    Iterator<Row> rows =
        DocumentInput.read(Sessions.create(config.spark(), common.master), in, DocumentInput.Format.AUTO)
            .filter(functions.col("text").isNotNull())
            .select(functions.col("doc_id").cast("string"), functions.col("text"))
            .limit(maxDocs)
            .toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      docs.add(new Document(r.getString(0), null, r.getString(1), null));
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(in + ": no documents with text");
    }
    FilterSettings settings = config.filter();
    String lid = FilterStage.languageModelPath(settings);
    FilterPipeline pipeline =
        new FilterPipeline(
            settings.language(), FilterPipeline.build(settings.rules()), lid, settings.quality(), settings.quality().model());
    long bytes = docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf(
        Locale.ROOT, "%,d documents from %s, %,d bytes (%.1f KB/doc)%nfilter: %s%n",
        docs.size(), in, bytes, bytes / 1024.0 / docs.size(), pipeline.describe());

    double[] whole = time("whole filter", docs, bytes, d -> pipeline.apply(d).kept() ? 1 : 0);
    QualitySettings quality = settings.quality();
    if (quality.enabled()) {
      QualityScorer scorer = new QualityScorer(quality.model(), quality.label());
      time("quality model alone", docs, bytes, d -> scorer.score(d.text()) >= 0.5f ? 1 : 0);
    }
    System.out.printf(
        Locale.ROOT, "filter throughput: %,.0f documents/s per core (median of %d rounds, one thread)%n",
        whole[rounds / 2], rounds);

    if (fasttext != null) {
      List<String> lines = new ArrayList<>(docs.size());
      for (Document d : docs) {
        lines.add(d.text().replace('\n', ' ').replace('\r', ' '));
      }
      System.out.println(LidSpeedBenchmark.compare(Path.of(lid), lines, fasttext, 3));
    }
    return 0;
  }

  private interface Work {
    int apply(Document d);
  }

  /** Warm-up passes for at least 3 s (the JIT), then {@code rounds} timed passes; sorted rates. */
  private double[] time(String what, List<Document> docs, long bytes, Work work) {
    int sink = 0;
    long warmEnd = System.nanoTime() + 3_000_000_000L;
    do {
      for (Document d : docs) {
        sink += work.apply(d);
      }
    } while (System.nanoTime() < warmEnd);
    double[] rates = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      int kept = 0;
      for (Document d : docs) {
        kept += work.apply(d);
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      rates[r] = docs.size() / secs;
      sink += kept;
      System.out.printf(
          Locale.ROOT, "  %s, round %d: %,.0f docs/s, %.1f MB/s, kept %,d%n",
          what, r + 1, rates[r], bytes / 1e6 / secs, kept);
    }
    Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "%s: median %,.0f documents/s [%d]%n", what, rates[rounds / 2], sink);
    return rates;
  }
}
