// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.domains;

import static org.apache.spark.sql.functions.col;

import dev.curate.jobs.DocumentInput;
import dev.curate.mixture.domains.ClusterAgreement;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Purity and NMI of a domains output's {@code cluster_id} and {@code domain} against a labelled
 * column: one of the output's own, or one of a truth file joined by {@code url} (the sample
 * crawl's {@code truth.jsonl} has {@code topic}, the Europarl debate title). Documents without a
 * label are left out and counted.
 */
public final class DomainEvaluation {
  private DomainEvaluation() {}

  /** The scores per assignment column ({@code cluster_id}, {@code domain}) present. */
  public static Map<String, ClusterAgreement.Scores> run(
      SparkSession spark, String stageDir, String labelColumn, String truth, PrintStream out) {
    Dataset<Row> docs = DocumentInput.read(spark, stageDir, DocumentInput.Format.AUTO);
    if (truth != null) {
      Dataset<Row> labels = spark.read().json(truth);
      requireColumn(labels, labelColumn, truth);
      requireColumn(labels, "url", truth);
      requireColumn(docs, "url", stageDir);
      if (Arrays.asList(docs.columns()).contains(labelColumn)) {
        docs = docs.drop(labelColumn);
      }
      // A URL can appear in several truth records (redirects, duplicates): one label per URL.
      Dataset<Row> byUrl =
          labels.filter(col(labelColumn).isNotNull())
              .groupBy(col("url"))
              .agg(org.apache.spark.sql.functions.min(col(labelColumn).cast(DataTypes.StringType)).as(labelColumn));
      docs = docs.join(byUrl, "url", "left");
    }
    requireColumn(docs, labelColumn, stageDir);
    long all = docs.count();
    Dataset<Row> labelled = docs.filter(col(labelColumn).isNotNull()).cache();
    long withLabel = labelled.count();
    out.printf("domain-eval: %s against %s%s: %,d of %,d documents have a label%n",
        stageDir, labelColumn, truth == null ? "" : " of " + truth, withLabel, all);
    Map<String, ClusterAgreement.Scores> scores = new LinkedHashMap<>();
    for (String assignment : List.of(DomainsStage.CLUSTER_ID, DomainsStage.DOMAIN)) {
      if (!Arrays.asList(docs.columns()).contains(assignment)) {
        continue;
      }
      List<ClusterAgreement.Cell> cells = new ArrayList<>();
      for (Row r :
          labelled.filter(col(assignment).isNotNull())
              .groupBy(col(assignment).cast(DataTypes.StringType), col(labelColumn).cast(DataTypes.StringType))
              .count()
              .collectAsList()) {
        cells.add(new ClusterAgreement.Cell(r.getString(0), r.getString(1), r.getLong(2)));
      }
      if (cells.isEmpty()) {
        continue;
      }
      ClusterAgreement.Scores s = ClusterAgreement.of(cells);
      scores.put(assignment, s);
      out.printf(
          "  %-10s purity %.4f  NMI %.4f  (%,d documents, %d groups, %d labels)%n",
          assignment, s.purity(), s.nmi(), s.documents(), s.clusters(), s.labels());
    }
    labelled.unpersist();
    if (scores.isEmpty()) {
      throw new IllegalArgumentException(
          stageDir + ": no labelled document has a cluster_id or domain (is it a domains stage output?)");
    }
    return scores;
  }

  private static void requireColumn(Dataset<Row> data, String column, String where) {
    if (!Arrays.asList(data.columns()).contains(column)) {
      throw new IllegalArgumentException(
          where + ": no column '" + column + "'; found " + Arrays.toString(data.columns()));
    }
  }
}
