// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.apache.spark.sql.functions.col;

import com.sun.management.OperatingSystemMXBean;
import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.dedup.DedupSettings;
import dev.curate.dedup.minhash.MinHasher;
import dev.curate.dedup.minhash.Shingles;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.StageRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * End-to-end dedup timings on a {@link SyntheticCrawl}: our stage, and optionally the same job
 * done with Spark MLlib's {@code MinHashLSH.approxSimilarityJoin} ({@link MllibDedup}) at the same
 * Jaccard threshold on the same documents, with the recall of each on the planted near-duplicate
 * pairs (exact Jaccard ≥ 0.9, and 0.8–0.9): a pair is found when both documents end in one cluster.
 *
 * <p>Both timers run from the same Parquet documents to written outputs (kept and rejected
 * documents with their cluster): ours is the whole stage as {@code curate dedup} runs it (keys,
 * exact and URL dedup, LSH, verification, components, survivors, output, {@code _STATS.json} and
 * its read-back counts); MLlib's is its feature pipeline, fit, join, the same components and
 * survivor order, and output. Each method warms up untimed, then runs {@code repeat} timed rounds
 * (ours first, then MLlib's, in one JVM; or alternating), and the medians are reported.
 */
public final class DedupBenchmark {
  private DedupBenchmark() {}

  /** What one run measured (medians over the rounds). */
  public record Result(long docs, double oursSeconds, long oursKept, Double mllibSeconds,
      long pairs90, long pairs80, long ours90, long ours80, long mllib90, long mllib80) {}

  /**
   * @param warmupDocs before the timed rounds, both methods run once, untimed, on about this many
   *     of the documents (0: no warm-up; negative or at least all: on all of them, as JMH's warm-up
   *     iterations do), so that the timed rounds do not pay for the JVM's JIT compilation and Spark's
   *     first-use costs (class loading, code generation), which otherwise fall on whichever method
   *     runs first. A 10,000-document warm-up (the default until 2026-11-23) left our first two timed
   *     rounds 1.3-1.7x the later ones: the JIT kept compiling Spark's and Parquet's code paths that
   *     only the full size exercises often enough.
   * @param alternate whether the rounds alternate, ours then MLlib's, after one warm-up of both (the
   *     way until 2026-11-23); otherwise each method warms up and runs all its rounds in turn, ours
   *     first, as JMH measures each benchmark after its own warm-up. Alternating, MLlib's rounds left
   *     the JIT compiling for many seconds into ours (21 s of compilation over its first round and our
   *     next one), so our rounds paid for its code.
   */
  public static Result run(SparkSession spark, SyntheticCrawl crawl, String inputDir, String workDir,
      DedupSettings settings, boolean vsMllib, int mllibTables, double mllibLimitSeconds, int repeat, long warmupDocs,
      boolean alternate, PrintStream out) {
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
    String mllibOutput = workDir + "/mllib-out";
    double threshold = settings.minhash().minJaccard();
    List<Double> ours = new ArrayList<>();
    List<Double> mllib = new ArrayList<>();
    StageStats stats = null;
    long warmupSize = warmupDocs < 0 ? docs : Math.min(warmupDocs, docs);
    JobCounter jobs = JobCounter.attach(spark.sparkContext(), out);
    if (alternate) {
      if (warmupDocs != 0) {
        warmUp(spark, inputDir, workDir, settings, true, vsMllib, mllibTables, warmupSize, docs, out);
      }
      for (int round = 1; round <= repeat; round++) {
        stats = oursRound(spark, inputDir, output, settings, docs, round, jobs, ours, out);
        if (vsMllib && !mllibRound(spark, inputDir, mllibOutput, mllibTables, threshold, settings, mllibLimitSeconds, round,
            jobs, ours, mllib, out)) {
          return new Result(docs, median(ours), stats.kept(), null, 0, 0, 0, 0, 0, 0);
        }
      }
    } else {
      if (warmupDocs != 0) {
        warmUp(spark, inputDir, workDir, settings, true, false, mllibTables, warmupSize, docs, out);
      }
      for (int round = 1; round <= repeat; round++) {
        stats = oursRound(spark, inputDir, output, settings, docs, round, jobs, ours, out);
      }
      if (vsMllib && warmupDocs != 0) {
        warmUp(spark, inputDir, workDir, settings, false, true, mllibTables, warmupSize, docs, out);
      }
      for (int round = 1; vsMllib && round <= repeat; round++) {
        if (!mllibRound(spark, inputDir, mllibOutput, mllibTables, threshold, settings, mllibLimitSeconds, round, jobs, ours,
            mllib, out)) {
          return new Result(docs, median(ours), stats.kept(), null, 0, 0, 0, 0, 0, 0);
        }
      }
    }
    if (!vsMllib) {
      return new Result(docs, median(ours), stats.kept(), null, 0, 0, 0, 0, 0, 0);
    }

    // Truth: all pairs inside each planted family, with their exact Jaccard on our shingles.
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
    long[] oursFound = found(spark, truth, output);
    long[] mllibFound = found(spark, truth, mllibOutput);
    double oursMedian = median(ours);
    double mllibMedian = median(mllib);
    out.printf(Locale.ROOT, "%nplanted pairs: %,d with Jaccard >= 0.9, %,d in [0.8, 0.9)%n", pairs90, pairs80);
    out.printf(Locale.ROOT, "%-40s %10s %14s %14s  %s%n", "method (documents to written output)", "seconds",
        "recall >= 0.9", "recall 0.8-0.9", "rounds");
    out.printf(Locale.ROOT, "%-40s %10.1f %14.4f %14.4f  %s%n", "curate dedup stage", oursMedian,
        ratio(oursFound[0], pairs90), ratio(oursFound[1], pairs80), seconds(ours));
    out.printf(Locale.ROOT, "%-40s %10.1f %14.4f %14.4f  %s%n",
        "MLlib MinHashLSH (" + mllibTables + " tables) + components", mllibMedian,
        ratio(mllibFound[0], pairs90), ratio(mllibFound[1], pairs80), seconds(mllib));
    out.printf(Locale.ROOT, "speed-up (medians): %.1fx%n", mllibMedian / oursMedian);
    return new Result(docs, oursMedian, stats.kept(), mllibMedian, pairs90, pairs80, oursFound[0], oursFound[1],
        mllibFound[0], mllibFound[1]);
  }

  /** One timed round of our stage; its time goes to {@code ours}. */
  private static StageStats oursRound(SparkSession spark, String inputDir, String output, DedupSettings settings, long docs,
      int round, JobCounter jobs, List<Double> ours, PrintStream out) {
    jobs.takeSummary(spark.sparkContext());
    long cpu = processCpuNanos();
    long t = System.nanoTime();
    StageStats stats = new StageRunner(spark, true, out).run(
        new DedupStage(inputDir, DocumentInput.Format.PARQUET, settings, OutputFormat.PARQUET, false, out), output).stats();
    ours.add((System.nanoTime() - t) / 1e9);
    out.printf(Locale.ROOT, "bench-dedup: round %d: ours: %,d documents -> %,d kept %s in %.1f s (%,.0f docs/s; %s; %.1f s process CPU; %s)%n",
        round, docs, stats.kept(), stats.rejected(), ours.get(ours.size() - 1), docs / ours.get(ours.size() - 1),
        jobs.takeSummary(spark.sparkContext()), (processCpuNanos() - cpu) / 1e9, gcJit());
    return stats;
  }

  /** One timed round of MLlib's job; its time goes to {@code mllib}; false if it hit the time limit. */
  private static boolean mllibRound(SparkSession spark, String inputDir, String mllibOutput, int mllibTables, double threshold,
      DedupSettings settings, double mllibLimitSeconds, int round, JobCounter jobs, List<Double> ours, List<Double> mllib,
      PrintStream out) {
    jobs.takeSummary(spark.sparkContext());
    long cpu = processCpuNanos();
    MllibRun m = timedMllib(spark, inputDir, mllibOutput, mllibTables, threshold, settings, mllibLimitSeconds, out);
    if (m == null) {
      out.printf(Locale.ROOT, "%nbench-dedup: MLlib MinHashLSH (%d hash tables) did not finish in %.0f s;"
          + " ours took %.1f s (median) on the same documents: more than %.0fx faster%n",
          mllibTables, mllibLimitSeconds, median(ours), mllibLimitSeconds / median(ours));
      return false;
    }
    mllib.add(m.seconds());
    out.printf(Locale.ROOT, "bench-dedup: round %d: MLlib: %,d kept, %,d removed (%,d pairs) in %.1f s (%s; %.1f s process CPU; %s)%n",
        round, m.counts()[0], m.counts()[1], m.counts()[2], m.seconds(), jobs.takeSummary(spark.sparkContext()),
        (processCpuNanos() - cpu) / 1e9, gcJit());
    return true;
  }

  /** Both methods once, untimed, on a sample of about {@code n} documents, or on all of them (their outputs go to their own folders). */
  private static void warmUp(SparkSession spark, String inputDir, String workDir, DedupSettings settings, boolean withOurs,
      boolean vsMllib, int mllibTables, long n, long docs, PrintStream out) {
    long t = System.nanoTime();
    String sample = n >= docs ? inputDir : workDir + "/warmup-sample-" + n;
    if (!Files.exists(Path.of(sample, "_DONE"))) {
      // A sample spread over the input's files (not limit(n), which is one partition): the
      // warm-up then runs the same multi-task stages and shuffles as the timed rounds.
      Dataset<Row> all = spark.read().parquet(inputDir);
      all.sample(false, Math.min(1.0, (double) n / Math.max(1, all.count())), 42).write().mode(SaveMode.Overwrite).parquet(sample);
      try {
        Files.createFile(Path.of(sample, "_DONE"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    if (withOurs) {
      new StageRunner(spark, true, quiet).run(
          new DedupStage(sample, DocumentInput.Format.PARQUET, settings, OutputFormat.PARQUET, false, quiet), workDir + "/warmup-out");
    }
    if (vsMllib) {
      MllibDedup.run(spark, sample, workDir + "/warmup-mllib-out", mllibTables, settings.minhash().minJaccard(),
          DedupStage.survivorOrder(settings.order()), quiet);
    }
    out.printf(Locale.ROOT, "bench-dedup: warm-up (untimed): %s on %,d documents in %.1f s%n",
        withOurs ? (vsMllib ? "ours and MLlib" : "ours") : "MLlib", n, (System.nanoTime() - t) / 1e9);
  }

  /** One timed MLlib run: seconds and {kept, rejected, pairs}. */
  private record MllibRun(double seconds, long[] counts) {}

  /** MLlib's run, cancelled after the time limit (MLlib materialises every pair of a cluster); null if cancelled. */
  private static MllibRun timedMllib(SparkSession spark, String inputDir, String outputDir, int tables, double threshold,
      DedupSettings settings, double limitSeconds, PrintStream out) {
    java.util.Timer timer = new java.util.Timer("mllib-time-limit", true);
    timer.schedule(new java.util.TimerTask() {
      @Override
      public void run() {
        spark.sparkContext().cancelJobGroup("mllib-bench");
      }
    }, (long) (limitSeconds * 1000));
    spark.sparkContext().setJobGroup("mllib-bench", "MLlib MinHashLSH dedup", true);
    long t = System.nanoTime();
    try {
      long[] counts = MllibDedup.run(spark, inputDir, outputDir, tables, threshold, DedupStage.survivorOrder(settings.order()), out);
      return new MllibRun((System.nanoTime() - t) / 1e9, counts);
    } catch (Exception e) { // SparkException (job group cancelled), thrown unchecked from Scala
      if ((System.nanoTime() - t) / 1e9 < limitSeconds) { // failed, not stopped by the time limit
        throw e instanceof RuntimeException r ? r : new IllegalStateException("MLlib run failed", e);
      }
      return null;
    } finally {
      timer.cancel();
      spark.sparkContext().clearJobGroup();
    }
  }

  /** Truth pairs (by Jaccard >= 0.9, in [0.8, 0.9)) whose two documents share a dup_cluster_id in an output. */
  private static long[] found(SparkSession spark, Dataset<Row> truth, String output) {
    Dataset<Row> clusters = spark.read().parquet(output).select("doc_id", DedupStage.CLUSTER_ID)
        .unionByName(spark.read().parquet(output + "/rejected").select("doc_id", DedupStage.CLUSTER_ID));
    Dataset<Row> together = truth
        .join(clusters.withColumnRenamed("doc_id", "a").withColumnRenamed(DedupStage.CLUSTER_ID, "ca"), "a")
        .join(clusters.withColumnRenamed("doc_id", "b").withColumnRenamed(DedupStage.CLUSTER_ID, "cb"), "b")
        .filter(col("ca").equalTo(col("cb")));
    return new long[] {together.filter(col("jaccard").geq(0.9)).count(), together.filter(col("jaccard").lt(0.9)).count()};
  }

  static String gcJit() {
    long gc = 0;
    for (var b : ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += b.getCollectionTime();
    }
    return "gc " + gc + " ms, jit " + ManagementFactory.getCompilationMXBean().getTotalCompilationTime() + " ms";
  }

  /** CPU time of this JVM so far (all threads: tasks, driver, JIT, GC). */
  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double median(List<Double> xs) {
    List<Double> sorted = new ArrayList<>(xs);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String seconds(List<Double> xs) {
    return xs.stream().map(x -> String.format(Locale.ROOT, "%.1f", x)).collect(java.util.stream.Collectors.joining(" "));
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
}
