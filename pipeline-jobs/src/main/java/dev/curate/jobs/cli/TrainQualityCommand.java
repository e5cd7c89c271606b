// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.filters.fasttext.TrainingArgs;
import dev.curate.filters.quality.QualityModelTraining;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.quality.QualityReports;
import dev.curate.jobs.quality.TrainingDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "train-quality",
    mixinStandardHelpOptions = true,
    description = {
      "Train a fastText quality classifier, as DCLM built its filter: good documents",
      "(__label__hq) against others (__label__cc), word bigrams, a few epochs. Holds out a",
      "test split (by a hash of the text) and reports precision, recall and ROC-AUC on it.",
      "The model is a standard fastText .bin (C++ fastText and its Python binding read it);",
      "use it with --set filter.quality.model=MODEL and filter.quality.threshold or",
      "filter.quality.keep_top_fraction. A report is written next to it (MODEL.report.json).",
      "Inputs: a .txt file (one document per line) or Parquet/JSON Lines documents with a",
      "text column (for example a stage output directory)."
    })
final class TrainQualityCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--positive", required = true, paramLabel = "PATH", description = "Good documents.")
  String positive;

  @Option(names = "--negative", required = true, paramLabel = "PATH", description = "Other documents.")
  String negative;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write (.bin).")
  Path out;

  @Option(names = "--holdout", paramLabel = "FRACTION", description = "Share held out for testing (default ${DEFAULT-VALUE}).")
  double holdout = 0.1;

  @Option(names = "--max-docs", paramLabel = "N", description = "At most N documents per class (default: all).")
  long maxDocs;

  @Option(names = "--dim", description = "Vector size (default ${DEFAULT-VALUE}).")
  int dim = TrainingArgs.qualityDefaults().dim();

  @Option(names = "--epoch", description = "Passes over the data (default ${DEFAULT-VALUE}).")
  int epoch = TrainingArgs.qualityDefaults().epoch();

  @Option(names = "--lr", description = "Initial learning rate (default ${DEFAULT-VALUE}).")
  double lr = TrainingArgs.qualityDefaults().lr();

  @Option(names = "--word-ngrams", description = "Longest word n-gram (default ${DEFAULT-VALUE}).")
  int wordNgrams = TrainingArgs.qualityDefaults().wordNgrams();

  @Option(names = "--min-count", description = "Minimum word count (default ${DEFAULT-VALUE}).")
  int minCount = TrainingArgs.qualityDefaults().minCount();

  @Option(names = "--bucket", description = "Hash buckets for word n-grams (default ${DEFAULT-VALUE}).")
  int bucket = TrainingArgs.qualityDefaults().bucket();

  @Option(names = "--seed", description = "Seed of weights and example order (default ${DEFAULT-VALUE}).")
  long seed = TrainingArgs.qualityDefaults().seed();

  @Override
  public Integer call() throws IOException {
    TrainingArgs args = new TrainingArgs(dim, epoch, lr, wordNgrams, minCount, bucket, 0, 0, seed);
    PipelineConfig config = common.load(List.of());
    Supplier<SparkSession> spark = () -> Sessions.create(config.spark(), common.master);
    List<String> good = TrainingDocuments.read(spark, positive, maxDocs);
    List<String> bad = TrainingDocuments.read(spark, negative, maxDocs);
    System.out.printf("train-quality: %,d good documents from %s, %,d others from %s%n", good.size(), positive, bad.size(), negative);
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    QualityModelTraining.Report report =
        QualityModelTraining.train(good, bad, args, holdout, out, System.out::println);
    QualityReports.print(report, System.out);
    return 0;
  }
}
