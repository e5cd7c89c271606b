// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.sample;

import dev.curate.extract.ExtractReasons;
import dev.curate.extract.bench.WordF1;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Compares the extract stage's output on the sample crawl with the sample's ground truth: what
 * happened to each page kind, whether that is what should happen, and the word F1 of the kept
 * text against the true main text.
 *
 * <p>Kept pages are matched by WARC record id; rejected ones by file name and byte offset,
 * because a garbage record has no id.
 */
public final class SampleTruthCheck {
  private SampleTruthCheck() {}

  /**
   * Result of the comparison.
   *
   * @param outcomes pages by {@code kind[/defect] -> outcome}, e.g. {@code non_200 -> extract.http_status}
   * @param unexpected pages whose outcome is not the expected one
   * @param meanF1 mean word F1 of kept text against the true main text, over {@code contentPages}
   */
  public record Result(
      java.util.Map<String, Long> outcomes, long pages, long unexpected, long contentPages, double meanF1) {}

  private static final UserDefinedFunction EXPECTED =
      functions.udf(
          (UDF2<String, String, String>) SampleTruthCheck::expectedOutcome, DataTypes.StringType);
  private static final UserDefinedFunction BASENAME =
      functions.udf(
          (UDF1<String, String>) p -> p == null ? null : p.substring(p.lastIndexOf('/') + 1),
          DataTypes.StringType);
  private static final UserDefinedFunction F1 =
      functions.udf(
          (UDF2<String, String, Double>) (out, truth) -> WordF1.score(out == null ? "" : out, truth).f1(),
          DataTypes.DoubleType);

  /** What the extract stage should do with a page of this kind and defect. */
  static String expectedOutcome(String kind, String defect) {
    switch (kind) {
      case "non_html":
        return ExtractReasons.NOT_HTML;
      case "non_200":
        return ExtractReasons.HTTP_STATUS;
      case "boilerplate_only":
        return ExtractReasons.NO_TEXT;
      case "malformed":
        if ("invalid_warc_date".equals(defect)) {
          return "kept";
        }
        if ("broken_chunked".equals(defect)) {
          return ExtractReasons.ERROR_PREFIX + "bad_chunked_encoding";
        }
        if ("truncated_file".equals(defect)) {
          return ExtractReasons.ERROR_PREFIX + "truncated_file";
        }
        return ExtractReasons.ERROR_PREFIX + "malformed_record";
      default:
        return "kept";
    }
  }

  public static Result run(
      SparkSession spark, String truthFile, String extractDir, String format, PrintStream out) {
    String source = format.equals("jsonl") ? "json" : "parquet";
    Dataset<Row> truth = spark.read().json(truthFile);
    Dataset<Row> kept =
        spark.read().format(source).load(extractDir)
            .select(functions.col("warc_record_id").as("k_id"), functions.col("text"));
    Dataset<Row> rejected =
        spark.read().format(source).load(extractDir + "/rejected")
            .select(
                BASENAME.apply(functions.col("source")).as("r_file"),
                functions.col("offset").as("r_offset"),
                functions.col("reason"));
    Dataset<Row> joined =
        truth
            .join(kept, truth.col("record_id").equalTo(kept.col("k_id")), "left")
            .join(
                rejected,
                truth.col("file").equalTo(rejected.col("r_file"))
                    .and(truth.col("offset").equalTo(rejected.col("r_offset"))),
                "left");
    Column outcome =
        functions.when(functions.col("k_id").isNotNull(), functions.lit("kept"))
            .when(functions.col("reason").isNotNull(), functions.col("reason"))
            .otherwise(functions.lit("(not found)"));
    Dataset<Row> outcomes =
        joined
            .withColumn("outcome", outcome)
            .withColumn("expected", EXPECTED.apply(functions.col("kind"), functions.col("defect")))
            .cache();

    out.println();
    out.println("== sample ground truth vs extract ==");
    out.printf(Locale.ROOT, "%-18s %-22s %-40s %8s%n", "kind", "defect", "outcome", "pages");
    List<Row> table =
        outcomes
            .groupBy("kind", "defect", "outcome", "expected")
            .count()
            .orderBy("kind", "defect", "outcome")
            .collectAsList();
    long pages = 0;
    long unexpected = 0;
    java.util.Map<String, Long> byOutcome = new java.util.TreeMap<>();
    for (Row r : table) {
      byOutcome.put(
          r.getString(0) + (r.isNullAt(1) ? "" : "/" + r.getString(1)) + " -> " + r.getString(2),
          r.getLong(4));
      boolean ok = r.getString(2).equals(r.getString(3));
      pages += r.getLong(4);
      unexpected += ok ? 0 : r.getLong(4);
      out.printf(
          Locale.ROOT,
          "%-18s %-22s %-40s %,8d%s%n",
          r.getString(0),
          r.isNullAt(1) ? "" : r.getString(1),
          r.getString(2),
          r.getLong(4),
          ok ? "" : "   (expected " + r.getString(3) + ")");
    }
    Row f1 =
        outcomes
            .filter(functions.col("outcome").equalTo("kept").and(functions.length(functions.col("main_text")).gt(0)))
            .agg(functions.count(functions.lit(1)), functions.avg(F1.apply(functions.col("text"), functions.col("main_text"))))
            .first();
    long contentPages = f1.getLong(0);
    double meanF1 = f1.isNullAt(1) ? 0 : f1.getDouble(1);
    out.printf(
        Locale.ROOT,
        "pages as expected: %,d of %,d; kept text vs true main text: mean word F1 %.3f over %,d pages%n",
        pages - unexpected,
        pages,
        meanF1,
        contentPages);
    outcomes.unpersist();
    return new Result(byOutcome, pages, unexpected, contentPages, meanF1);
  }

  /**
   * Prints what the filter stage did with each kind of page that extract kept: kept, or the
   * rule family that dropped it. Clean prose should pass, spam and boilerplate should not.
   */
  public static java.util.Map<String, Long> filterByKind(
      SparkSession spark, String truthFile, String filterDir, String format, PrintStream out) {
    String source = format.equals("jsonl") ? "json" : "parquet";
    Dataset<Row> truth = spark.read().json(truthFile).select("record_id", "kind");
    Dataset<Row> kept =
        spark.read().format(source).load(filterDir)
            .select(functions.col("warc_record_id").as("id"), functions.lit("kept").as("outcome"));
    Dataset<Row> dropped =
        spark.read().format(source).load(filterDir + "/rejected")
            .select(
                functions.col("warc_record_id").as("id"),
                functions.substring_index(functions.col("reason"), ".", 1).as("outcome"));
    Dataset<Row> judged = kept.union(dropped);
    List<Row> rows =
        truth.join(judged, truth.col("record_id").equalTo(judged.col("id")))
            .groupBy("kind", "outcome").count().orderBy("kind", "outcome").collectAsList();
    out.println();
    out.println("== sample ground truth vs filter (pages extract kept) ==");
    java.util.Map<String, Long> result = new java.util.TreeMap<>();
    for (Row r : rows) {
      out.printf(Locale.ROOT, "%-18s %-24s %,8d%n", r.getString(0), r.getString(1), r.getLong(2));
      result.put(r.getString(0) + " -> " + r.getString(1), r.getLong(2));
    }
    return result;
  }

  /**
   * Mean {@code quality_score} of the documents the filter scored (all of them, kept or dropped),
   * by sample page kind: the separation the quality model achieves.
   */
  public static java.util.Map<String, Double> qualityByKind(
      SparkSession spark, String truthFile, String filterDir, String format, PrintStream out) {
    String source = format.equals("jsonl") ? "json" : "parquet";
    Dataset<Row> truth = spark.read().json(truthFile).select("record_id", "kind");
    Dataset<Row> scored =
        spark.read().format(source).load(filterDir).select("warc_record_id", "quality_score")
            .union(
                spark.read().format(source).load(filterDir + "/rejected")
                    .select("warc_record_id", "quality_score"))
            .filter(functions.col("quality_score").isNotNull());
    List<Row> rows =
        truth.join(scored, truth.col("record_id").equalTo(scored.col("warc_record_id")))
            .groupBy("kind")
            .agg(
                functions.count("*"),
                functions.avg("quality_score"),
                functions.min("quality_score"),
                functions.max("quality_score"))
            .orderBy("kind")
            .collectAsList();
    java.util.Map<String, Double> result = new java.util.TreeMap<>();
    if (rows.isEmpty()) {
      return result;
    }
    out.println();
    out.println("== quality_score by page kind (every document the filter read) ==");
    out.printf(Locale.ROOT, "%-18s %8s %8s %8s %8s%n", "kind", "docs", "mean", "min", "max");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT, "%-18s %,8d %8.3f %8.3f %8.3f%n",
          r.getString(0), r.getLong(1), r.getDouble(2), r.getFloat(3), r.getFloat(4));
      result.put(r.getString(0), r.getDouble(2));
    }
    return result;
  }
}
