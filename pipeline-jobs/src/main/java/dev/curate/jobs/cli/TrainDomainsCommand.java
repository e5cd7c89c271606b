// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import static org.apache.spark.sql.functions.col;

import dev.curate.filters.fasttext.TrainingArgs;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.Sessions;
import dev.curate.mixture.domains.TopicModelTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "train-domains",
    mixinStandardHelpOptions = true,
    description = {
      "Train a fastText topic classifier from labelled documents (Parquet or JSON Lines with a",
      "text column and a label column), with curate's own fastText trainer: word bigrams, softmax",
      "over the topics. Holds out a share of the documents (by a hash of the text) and reports",
      "accuracy on them. The model is a standard fastText .bin; use it with",
      "--set domains.mode=classifier --set domains.model=MODEL (domain_score = its probability)."
    })
final class TrainDomainsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", required = true, paramLabel = "LABELLED", description = "Labelled documents.")
  String input;

  @Option(names = "--label-column", required = true, paramLabel = "C", description = "Column holding each document's topic.")
  String labelColumn;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write (.bin).")
  Path out;

  @Option(names = "--holdout", paramLabel = "FRACTION", description = "Share held out for testing (default ${DEFAULT-VALUE}).")
  double holdout = 0.1;

  @Option(names = "--max-docs", paramLabel = "N", description = "At most N documents (default: all).")
  long maxDocs;

  @Option(names = "--dim", description = "Vector size (default ${DEFAULT-VALUE}).")
  int dim = TopicModelTraining.defaults().dim();

  @Option(names = "--epoch", description = "Passes over the data (default ${DEFAULT-VALUE}).")
  int epoch = TopicModelTraining.defaults().epoch();

  @Option(names = "--lr", description = "Initial learning rate (default ${DEFAULT-VALUE}).")
  double lr = TopicModelTraining.defaults().lr();

  @Option(names = "--seed", description = "Seed of weights and example order (default ${DEFAULT-VALUE}).")
  long seed = TopicModelTraining.defaults().seed();

  @Override
  public Integer call() throws IOException {
    TrainingArgs d = TopicModelTraining.defaults();
    TrainingArgs args = new TrainingArgs(dim, epoch, lr, d.wordNgrams(), d.minCount(), d.bucket(), d.minn(), d.maxn(), seed);
    PipelineConfig config = common.load(List.of());
    SparkSession spark = Sessions.create(config.spark(), common.master);
    Dataset<Row> docs = DocumentInput.read(spark, input, DocumentInput.Format.AUTO);
    if (!Arrays.asList(docs.columns()).contains(labelColumn)) {
      throw new IllegalArgumentException(
          input + ": no label column '" + labelColumn + "'; found " + Arrays.toString(docs.columns()));
    }
    Dataset<Row> labelled =
        docs.filter(col(labelColumn).isNotNull())
            .select(col(labelColumn).cast(DataTypes.StringType), col("text"))
            .orderBy(col("text")); // the same input gives the same example list, so the same model
    if (maxDocs > 0) {
      labelled = labelled.limit((int) Math.min(Integer.MAX_VALUE, maxDocs));
    }
    List<TopicModelTraining.Example> examples = new ArrayList<>();
    for (Row r : labelled.collectAsList()) {
      examples.add(new TopicModelTraining.Example(r.getString(0), r.getString(1)));
    }
    System.out.printf("train-domains: %,d labelled documents from %s (%s)%n", examples.size(), input, labelColumn);
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    TopicModelTraining.Report report = TopicModelTraining.train(examples, args, holdout, out, System.out::println);
    System.out.printf(
        Locale.ROOT,
        "train-domains: %d topics, %,d trained, %,d held out, held-out accuracy %.4f; model %s%n",
        report.topics(), report.trained(), report.heldOut(), report.heldOutAccuracy(), out);
    return 0;
  }
}
