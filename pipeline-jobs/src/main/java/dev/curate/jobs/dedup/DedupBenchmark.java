// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.apache.spark.sql.functions.col;

import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.dedup.DedupSettings;
import dev.curate.dedup.minhash.MinHasher;
import dev.curate.dedup.minhash.Shingles;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.StageRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * End-to-end dedup timings on a {@link SyntheticCrawl}: our stage, and optionally Spark MLlib's
 * {@code MinHashLSH.approxSimilarityJoin} at the same Jaccard threshold on the same documents,
 * with the recall of each on the planted near-duplicate pairs (exact Jaccard ≥ 0.9, and 0.8–0.9).
 */
public final class DedupBenchmark {
  private DedupBenchmark() {}

  /** What one run measured. */
  public record Result(long docs, double oursSeconds, long oursKept, Double mllibSeconds,
      long pairs90, long pairs80, long ours90, long ours80, long mllib90, long mllib80) {}

  public static Result run(SparkSession spark, SyntheticCrawl crawl, String inputDir, String workDir,
      DedupSettings settings, boolean vsMllib, int mllibTables, double mllibLimitSeconds, PrintStream out) {
    long t0 = System.nanoTime();
    if (!Files.exists(Path.of(inputDir, "_DONE"))) {
      crawl.generate(spark, Math.max(4, spark.sparkContext().defaultParallelism() * 4))
          .write().mode(SaveMode.Overwrite).parquet(inputDir);
      try {
        Files.createFile(Path.of(inputDir, "_DONE"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.printf(Locale.ROOT, "bench-dedup: generated %s in %.1f s%n", inputDir, (System.nanoTime() - t0) / 1e9);
    }
    long docs = spark.read().parquet(inputDir).count();
    String output = workDir + "/dedup-out";
    long t1 = System.nanoTime();
    StageStats stats = new StageRunner(spark, true, out).run(
        new DedupStage(inputDir, DocumentInput.Format.PARQUET, settings, OutputFormat.PARQUET, false, out), output).stats();
    double ours = (System.nanoTime() - t1) / 1e9;
    out.printf(Locale.ROOT, "bench-dedup: ours: %,d documents -> %,d kept %s in %.1f s (%,.0f docs/s)%n",
        docs, stats.kept(), stats.rejected(), ours, docs / ours);
    if (!vsMllib) {
      return new Result(docs, ours, stats.kept(), null, 0, 0, 0, 0, 0, 0);
    }

    // Truth: all pairs inside each planted family, with their exact Jaccard.
    int size = settings.minhash().shingleSize();
    Dataset<Row> docsIn = spark.read().parquet(inputDir).filter(col("family").geq(0));
    Dataset<Row> truth = docsIn.groupByKey((MapFunction<Row, Long>) r -> r.getLong(r.fieldIndex("family")), Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (f, rows) -> familyPairs(rows, size),
            Encoders.row(new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType)
                .add("jaccard", DataTypes.DoubleType)))
        .filter(col("jaccard").geq(0.8))
        .cache();
    long pairs90 = truth.filter(col("jaccard").geq(0.9)).count();
    long pairs80 = truth.filter(col("jaccard").lt(0.9)).count();

    Dataset<Row> clusters = spark.read().parquet(output).select("doc_id", DedupStage.CLUSTER_ID)
        .unionByName(spark.read().parquet(output + "/rejected").select("doc_id", DedupStage.CLUSTER_ID));
    Dataset<Row> together = truth
        .join(clusters.withColumnRenamed("doc_id", "a").withColumnRenamed(DedupStage.CLUSTER_ID, "ca"), "a")
        .join(clusters.withColumnRenamed("doc_id", "b").withColumnRenamed(DedupStage.CLUSTER_ID, "cb"), "b")
        .filter(col("ca").equalTo(col("cb")));
    long ours90 = together.filter(col("jaccard").geq(0.9)).count();
    long ours80 = together.filter(col("jaccard").lt(0.9)).count();

    long t2 = System.nanoTime();
    Dataset<Row> features = spark.read().parquet(inputDir).select("doc_id", "text")
        .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0), vector(r.getString(1), size)),
            Encoders.row(new StructType().add("doc_id", DataTypes.StringType).add("features", SQLDataTypes.VectorType())))
        .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r -> r.get(1) != null);
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(mllibTables).setInputCol("features")
        .setOutputCol("hashes").setSeed(1).fit(features);
    Dataset<Row> found = model.approxSimilarityJoin(features, features, 0.2, "distance")
        .select(col("datasetA.doc_id").as("a"), col("datasetB.doc_id").as("b"), col("distance"))
        .filter(col("a").lt(col("b")));
    // MLlib materialises every pair of a cluster: give up after the time limit rather than hang.
    java.util.Timer timer = new java.util.Timer("mllib-time-limit", true);
    timer.schedule(new java.util.TimerTask() {
      @Override
      public void run() {
        spark.sparkContext().cancelJobGroup("mllib-bench");
      }
    }, (long) (mllibLimitSeconds * 1000));
    spark.sparkContext().setJobGroup("mllib-bench", "MLlib MinHashLSH approxSimilarityJoin", true);
    try {
      found.write().mode(SaveMode.Overwrite).parquet(workDir + "/mllib-pairs");
    } catch (Exception e) { // SparkException (job group cancelled), thrown unchecked from Scala
      double gaveUp = (System.nanoTime() - t2) / 1e9;
      out.printf(Locale.ROOT, "%nbench-dedup: MLlib MinHashLSH (%d hash tables) did not finish in %.0f s (limit %.0f s);"
          + " ours took %.1f s on the same documents: more than %.0fx faster%n",
          mllibTables, gaveUp, mllibLimitSeconds, ours, gaveUp / ours);
      return new Result(docs, ours, stats.kept(), null, pairs90, pairs80, ours90, ours80, 0, 0);
    } finally {
      timer.cancel();
      spark.sparkContext().clearJobGroup();
    }
    double mllib = (System.nanoTime() - t2) / 1e9;
    Dataset<Row> mllibPairs = spark.read().parquet(workDir + "/mllib-pairs");
    Dataset<Row> hit = truth.join(mllibPairs.select("a", "b"), new String[] {"a", "b"});
    long mllib90 = hit.filter(col("jaccard").geq(0.9)).count();
    long mllib80 = hit.filter(col("jaccard").lt(0.9)).count();
    out.printf(Locale.ROOT, "bench-dedup: MLlib MinHashLSH (%d hash tables) approxSimilarityJoin at distance < 0.2:"
        + " %,d pairs in %.1f s%n", mllibTables, mllibPairs.count(), mllib);
    out.printf(Locale.ROOT, "%nplanted pairs: %,d with Jaccard >= 0.9, %,d in [0.8, 0.9)%n", pairs90, pairs80);
    out.printf(Locale.ROOT, "%-34s %10s %14s %14s%n", "method", "seconds", "recall >= 0.9", "recall 0.8-0.9");
    out.printf(Locale.ROOT, "%-34s %10.1f %14.4f %14.4f%n", "curate dedup stage (whole stage)", ours,
        ratio(ours90, pairs90), ratio(ours80, pairs80));
    out.printf(Locale.ROOT, "%-34s %10.1f %14.4f %14.4f%n", "MLlib MinHashLSH join", mllib,
        ratio(mllib90, pairs90), ratio(mllib80, pairs80));
    out.printf(Locale.ROOT, "speed-up: %.1fx%n", mllib / ours);
    return new Result(docs, ours, stats.kept(), mllib, pairs90, pairs80, ours90, ours80, mllib90, mllib80);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 1 : (double) a / b;
  }

  private static Iterator<Row> familyPairs(Iterator<Row> rows, int size) {
    List<String> ids = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      ids.add(r.getString(r.fieldIndex("doc_id")));
      shingles.add(Shingles.of(r.getString(r.fieldIndex("text")), null, size));
    }
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        double jac = MinHasher.jaccard(shingles.get(i), shingles.get(j));
        out.add(a.compareTo(b) < 0 ? RowFactory.create(a, b, jac) : RowFactory.create(b, a, jac));
      }
    }
    return out.iterator();
  }

  /** The shingle set as a binary sparse vector of 2^24 dimensions (what MinHashLSH takes). */
  private static org.apache.spark.ml.linalg.Vector vector(String text, int size) {
    long[] sh = Shingles.of(text, null, size);
    if (sh.length == 0) {
      return null;
    }
    int[] idx = new int[sh.length];
    for (int i = 0; i < sh.length; i++) {
      idx[i] = (int) (sh[i] >>> 40);
    }
    Arrays.sort(idx);
    int n = 0;
    for (int i = 0; i < idx.length; i++) {
      if (n == 0 || idx[i] != idx[n - 1]) {
        idx[n++] = idx[i];
      }
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(1 << 24, Arrays.copyOf(idx, n), ones);
  }
}
