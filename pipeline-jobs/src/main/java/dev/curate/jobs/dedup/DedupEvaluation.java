// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import dev.curate.dedup.DedupSettings;
import dev.curate.dedup.ExactKey;
import dev.curate.dedup.minhash.MinHasher;
import dev.curate.dedup.minhash.Shingles;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Pair-level quality of a dedup output against the exact truth, by brute force (for samples up to
 * tens of thousands of documents): every pair of documents with exact Jaccard ≥ {@code threshold}
 * on the stage's own shingles is a true near-duplicate pair; every pair in the same output
 * cluster is a predicted one. Also checks that all exact duplicates (equal normalised text) share
 * a cluster.
 */
public final class DedupEvaluation {
  /** Above this many documents the all-pairs truth is too slow for a driver. */
  public static final int MAX_DOCS = 60_000;

  private DedupEvaluation() {}

  /** Pair counts and the rates they give. */
  public record Result(
      int documents,
      long truePairs,
      long predictedPairs,
      long truePositives,
      long exactPairs,
      long exactPairsTogether,
      double threshold) {
    public double precision() {
      return predictedPairs == 0 ? 1 : (double) truePositives / predictedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1 : (double) truePositives / truePairs;
    }

    public double exactRecall() {
      return exactPairs == 0 ? 1 : (double) exactPairsTogether / exactPairs;
    }
  }

  private record Doc(String id, String cluster, long[] shingles, String exactKey) {}

  public static Result run(SparkSession spark, String dedupDir, String format, DedupSettings settings, double threshold, PrintStream out) {
    String source = format.equals("jsonl") ? "json" : "parquet";
    Dataset<Row> kept = spark.read().format(source).load(dedupDir).select("doc_id", "text", "lang", DedupStage.CLUSTER_ID);
    Dataset<Row> gone = spark.read().format(source).load(dedupDir + "/rejected").select("doc_id", "text", "lang", DedupStage.CLUSTER_ID);
    List<Row> rows = kept.unionByName(gone).orderBy("doc_id").collectAsList();
    if (rows.size() > MAX_DOCS) {
      throw new IllegalArgumentException(
          dedupDir + ": " + rows.size() + " documents; the all-pairs evaluation handles at most " + MAX_DOCS);
    }
    List<Doc> docs = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String text = r.isNullAt(1) ? "" : r.getString(1);
      String lang = r.isNullAt(2) ? null : r.getString(2);
      docs.add(new Doc(r.getString(0), r.getString(3),
          Shingles.of(text, lang, settings.minhash().shingleSize()), ExactKey.of(text, settings.normalization())));
    }
    // Truth: all pairs at or above the threshold. J(A,B) <= min/max of the sizes, so after sorting
    // by size only a window of neighbours can qualify.
    List<Doc> bySize = new ArrayList<>(docs);
    bySize.sort(Comparator.comparingInt(d -> d.shingles().length));
    long truePairs = 0;
    long truePositives = 0;
    for (int i = 0; i < bySize.size(); i++) {
      Doc a = bySize.get(i);
      if (a.shingles().length == 0) {
        continue;
      }
      for (int j = i + 1; j < bySize.size(); j++) {
        Doc b = bySize.get(j);
        if (a.shingles().length < threshold * b.shingles().length) {
          break;
        }
        if (MinHasher.jaccard(a.shingles(), b.shingles()) >= threshold) {
          truePairs++;
          if (a.cluster().equals(b.cluster())) {
            truePositives++;
          }
        }
      }
    }
    Map<String, Long> clusterSizes = new HashMap<>();
    Map<String, Map<String, Long>> exactByKey = new HashMap<>();
    for (Doc d : docs) {
      clusterSizes.merge(d.cluster(), 1L, Long::sum);
      exactByKey.computeIfAbsent(d.exactKey(), k -> new HashMap<>()).merge(d.cluster(), 1L, Long::sum);
    }
    long predicted = 0;
    for (long n : clusterSizes.values()) {
      predicted += n * (n - 1) / 2;
    }
    // Predicted pairs with J below the threshold are false positives; pairs above were counted.
    long exactPairs = 0;
    long exactTogether = 0;
    for (Map<String, Long> byCluster : exactByKey.values()) {
      long n = byCluster.values().stream().mapToLong(Long::longValue).sum();
      exactPairs += n * (n - 1) / 2;
      for (long c : byCluster.values()) {
        exactTogether += c * (c - 1) / 2;
      }
    }
    Result r = new Result(docs.size(), truePairs, predicted, truePositives, exactPairs, exactTogether, threshold);
    out.printf(Locale.ROOT,
        "dedup vs exact Jaccard >= %.2f over all %,d documents: %,d true pairs, %,d predicted (same cluster);"
            + " precision %.4f, recall %.4f; exact duplicates together: %,d of %,d pairs (%.1f%%)%n",
        threshold, r.documents(), r.truePairs(), r.predictedPairs(), r.precision(), r.recall(),
        r.exactPairsTogether(), r.exactPairs(), 100 * r.exactRecall());
    pairEstimates(spark, dedupDir, source, settings.minhash().bands() * settings.minhash().rows(), out);
    return r;
  }

  /**
   * Over the candidate pairs written by {@code --emit-pairs}: the mean of (estimated − exact
   * Jaccard) and the share of pairs inside the binomial 95% band ±1.96·sqrt(J(1−J)/k).
   */
  public static double[] pairEstimates(SparkSession spark, String dedupDir, String source, int k, PrintStream out) {
    String dir = dedupDir + "/pairs";
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir);
      if (!p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
        return null;
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<Row> pairs = spark.read().format(source).load(dir).select("estimated_jaccard", "jaccard").collectAsList();
    if (pairs.isEmpty()) {
      return null;
    }
    double bias = 0;
    long inside = 0;
    for (Row r : pairs) {
      double est = r.getDouble(0);
      double j = r.getDouble(1);
      bias += est - j;
      if (Math.abs(est - j) <= 1.96 * Math.sqrt(j * (1 - j) / k) + 1e-12) {
        inside++;
      }
    }
    bias /= pairs.size();
    double share = (double) inside / pairs.size();
    out.printf(Locale.ROOT,
        "MinHash estimate over %,d candidate pairs (k = %d): mean(estimated - exact) %+.4f; inside the binomial 95%% band: %.1f%%%n",
        pairs.size(), k, bias, 100 * share);
    return new double[] {bias, share, pairs.size()};
  }
}
