// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.jobs.PipelineConfig;
import dev.curate.core.config.SampleSettings;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.Summary;
import dev.curate.jobs.extract.ExtractStage;
import dev.curate.jobs.filter.FilterStage;
import dev.curate.jobs.sample.DemoQualityModel;
import dev.curate.jobs.sample.SampleTruthCheck;
import org.apache.spark.sql.SparkSession;
import dev.curate.sample.SampleCrawl;
import dev.curate.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate the sample crawl (once; cached in --sample-dir), run every stage on it in",
      "Spark local mode with conf/demo.yaml, print the summary, and write the run's HTML",
      "report (curate report) to <work_dir>/report.html."
    })
final class DemoCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--sample-dir", paramLabel = "DIR", description = "Where the sample crawl is cached (default ${DEFAULT-VALUE}).")
  Path sampleDir = Path.of("work/demo/sample");

  /** The demo keeps documents whose quality score is at least this. */
  static final double QUALITY_THRESHOLD = 0.5;

  /** The last run's comparison with the sample's ground truth (for tests). */
  static SampleTruthCheck.Result lastTruthCheck;
  /** The last run's quality-model training report (null when an existing model was reused). */
  static dev.curate.filters.quality.QualityModelTraining.Report lastQualityReport;
  /** The last run's dedup evaluation against exact Jaccard (for tests). */
  static dev.curate.jobs.dedup.DedupEvaluation.Result lastDedupEvaluation;
  /** The last run's mean quality score by page kind (for tests). */
  static java.util.Map<String, Double> lastQualityByKind;

  @Override
  public Integer call() throws IOException {
    PipelineConfig base =
        common.loadBundled("conf/demo.yaml", List.of("input=" + sampleDir.resolve("warc")));
    // The demo trains its own quality model from the sample's ground truth, then filters with it.
    Path qualityModel = Path.of(base.workDir(), "quality_model", "quality.bin");
    List<String> overrides = new java.util.ArrayList<>(List.of("input=" + sampleDir.resolve("warc")));
    if (base.filter().quality().model() == null) {
      overrides.add("filter.quality.model=" + qualityModel);
      overrides.add("filter.quality.threshold=" + QUALITY_THRESHOLD);
    } else {
      qualityModel = null; // the user's config names a model: use it as it is
    }
    PipelineConfig config = common.loadBundled("conf/demo.yaml", overrides);
    boolean regenerated = ensureSample(config.sample());
    // A new sample invalidates every stage output made from the old one.
    boolean force = common.force || regenerated;
    Path model = qualityModel;
    List<Pipeline.StageRun> runs =
        Pipeline.run(
            config,
            common.master,
            force,
            System.out,
            (spark, extractDir) -> {
              if (model != null) {
                lastQualityReport =
                    DemoQualityModel.ensure(
                        spark, sampleDir.resolve("truth.jsonl").toString(), extractDir,
                        config.format().toString(), model, force, System.out);
              }
            });
    int code = Summary.printAndExitCode(runs, System.out);
    lastTruthCheck = SampleTruthCheck.run(
        SparkSession.active(),
        sampleDir.resolve("truth.jsonl").toString(),
        Pipeline.stageDir(config, ExtractStage.NAME),
        config.format().toString(),
        System.out);
    SampleTruthCheck.filterByKind(
        SparkSession.active(),
        sampleDir.resolve("truth.jsonl").toString(),
        Pipeline.stageDir(config, FilterStage.NAME),
        config.format().toString(),
        System.out);
    lastDedupEvaluation =
        dev.curate.jobs.dedup.DedupEvaluation.run(
            SparkSession.active(),
            Pipeline.stageDir(config, dev.curate.jobs.dedup.DedupStage.NAME),
            config.format().toString(),
            config.dedup(),
            0.8,
            System.out);
    lastQualityByKind =
        SampleTruthCheck.qualityByKind(
            SparkSession.active(),
            sampleDir.resolve("truth.jsonl").toString(),
            Pipeline.stageDir(config, FilterStage.NAME),
            config.format().toString(),
            System.out);
    // One page for people about the whole run, as `curate report` writes it.
    ReportCommand.write(SparkSession.active(), config.workDir(), null, System.out);
    return code;
  }

  /** Generates the sample unless a complete one with the same settings is already there. */
  private boolean ensureSample(SampleSettings s) throws IOException {
    Path marker = sampleDir.resolve("_SAMPLE_SPEC");
    String spec = SampleCrawl.GENERATOR + " docs=" + s.docs() + " seed=" + s.seed() + " docs_per_file=" + s.docsPerFile() + "\n";
    if (Files.exists(marker) && Files.readString(marker).equals(spec)) {
      System.out.println("demo: using the cached sample crawl in " + sampleDir);
      return false;
    }
    System.out.println("demo: generating the sample crawl (" + spec.strip() + ") into " + sampleDir);
    Path tmp = sampleDir.resolveSibling(sampleDir.getFileName() + ".tmp");
    deleteTree(tmp);
    SampleCrawl.write(tmp, new SampleSpec(s.docs(), s.seed(), s.docsPerFile()));
    Files.writeString(tmp.resolve("_SAMPLE_SPEC"), spec);
    deleteTree(sampleDir);
    Files.createDirectories(sampleDir.toAbsolutePath().getParent());
    Files.move(tmp, sampleDir, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
