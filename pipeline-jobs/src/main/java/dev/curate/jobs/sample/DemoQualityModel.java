// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.sample;

import dev.curate.filters.fasttext.TrainingArgs;
import dev.curate.filters.quality.QualityModelTraining;
import dev.curate.jobs.quality.QualityReports;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The demo's quality model, trained from the sample crawl's ground truth: the extracted text of
 * normal pages (Europarl prose) is good; that of keyword-spam and boilerplate-only pages is not.
 * It is the DCLM recipe in miniature, on text the extract stage really produced. The sample's
 * "short" pages are left out of training: their text is good prose, only short, and length is the
 * rules' job (gopher_quality.short_doc), not the content model's.
 */
public final class DemoQualityModel {
  /** Page kinds whose extracted text is the negative class. */
  public static final Set<String> JUNK = Set.of("spam", "boilerplate_only");
  /**
   * A small model for a few thousand pages: 32-dimensional vectors, 100,000 bigram buckets; more
   * epochs and a higher rate than DCLM's, which had 800,000 documents to learn from.
   */
  public static final TrainingArgs ARGS = new TrainingArgs(32, 20, 0.5, 2, 1, 100_000, 0, 0, 1);

  private DemoQualityModel() {}

  /** Trains into {@code model} unless it exists and {@code force} is false; returns the report or null. */
  public static QualityModelTraining.Report ensure(
      SparkSession spark, String truthFile, String extractDir, String format, Path model, boolean force,
      PrintStream log) throws IOException {
    if (!force && Files.isRegularFile(model)) {
      log.println("demo: using the quality model in " + model + " (--force retrains it)");
      return null;
    }
    String source = format.equals("jsonl") ? "json" : "parquet";
    Dataset<Row> truth = spark.read().json(truthFile).select("record_id", "kind");
    Dataset<Row> docs = spark.read().format(source).load(extractDir).select("warc_record_id", "text");
    List<Row> rows =
        truth.join(docs, truth.col("record_id").equalTo(docs.col("warc_record_id")))
            .select("kind", "text", "record_id")
            .orderBy("record_id")
            .collectAsList();
    List<String> good = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (Row r : rows) {
      String kind = r.getString(0);
      if (kind.equals("normal")) {
        good.add(r.getString(1));
      } else if (JUNK.contains(kind)) {
        bad.add(r.getString(1));
      }
    }
    Files.createDirectories(model.toAbsolutePath().getParent());
    log.printf(
        "demo: training the quality model on extracted text: %,d normal pages (good) vs %,d spam"
            + " and boilerplate-only pages%n",
        good.size(), bad.size());
    QualityModelTraining.Report report =
        QualityModelTraining.train(good, bad, ARGS, 0.2, model, line -> {});
    QualityReports.print(report, log);
    return report;
  }
}
