// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import dev.curate.jobs.StageOutput;
import java.io.PrintStream;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The dedup job done with Spark MLlib's {@code MinHashLSH}, for {@link DedupBenchmark}: what a
 * Spark user would write with MLlib's own API, from the same documents to the same kind of
 * output as our stage's near-duplicate step. Words ({@code RegexTokenizer} on runs of letters and
 * digits, lower-cased), word 5-grams ({@code NGram}), a binary {@code HashingTF} vector of 2^24
 * dimensions, {@code MinHashLSH.fit}, {@code approxSimilarityJoin} of the features with
 * themselves at Jaccard distance below {@code 1 - threshold}; then the pairs become removals the
 * way our stage does it (the same {@link Components}, the same survivor order), and the kept and
 * rejected documents are written as Parquet with {@code dup_cluster_id} and {@code duplicate_of}.
 */
final class MllibDedup {
  private MllibDedup() {}

  /**
   * @return {kept, rejected, pairs}
   */
  static long[] run(SparkSession spark, String inputDir, String outputDir, int tables, double threshold,
      Column[] byOrder, PrintStream log) {
    Dataset<Row> docs = spark.read().parquet(inputDir);
    Dataset<Row> words =
        new RegexTokenizer().setInputCol("text").setOutputCol("words").setPattern("[^\\p{L}\\p{N}]+")
            .setToLowercase(true).transform(docs.select("doc_id", "text"));
    Dataset<Row> grams = new NGram().setN(5).setInputCol("words").setOutputCol("grams").transform(words);
    // MinHashLSH refuses empty vectors: documents of fewer than five words take no part.
    Dataset<Row> features =
        new HashingTF().setInputCol("grams").setOutputCol("features").setNumFeatures(1 << 24).setBinary(true)
            .transform(grams.filter(size(col("grams")).gt(0)))
            .select("doc_id", "features")
            .persist(StorageLevel.MEMORY_AND_DISK());
    MinHashLSHModel model =
        new MinHashLSH().setNumHashTables(tables).setInputCol("features").setOutputCol("hashes").setSeed(1)
            .fit(features);
    Dataset<Row> pairs =
        model.approxSimilarityJoin(features, features, 1 - threshold, "distance")
            .select(col("datasetA.doc_id").as("a"), col("datasetB.doc_id").as("b"))
            .filter(col("a").lt(col("b")))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long pairCount = pairs.count();
    log.printf("bench-dedup: MLlib: %,d pairs at Jaccard distance < %.2f%n", pairCount, 1 - threshold);

    Components.Result cc = Components.of(pairs, log);
    Dataset<Row> members = docs.join(functions.broadcast(cc.labels().withColumnRenamed("node", "doc_id")), "doc_id");
    Dataset<Row> removed =
        members.withColumn("_first", first("doc_id").over(Window.partitionBy(col("component")).orderBy(byOrder)))
            .filter(col("_first").notEqual(col("doc_id")))
            .select(col("doc_id"), col("_first").as(DedupStage.DUPLICATE_OF))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long rejected = removed.count();
    Dataset<Row> all =
        docs.join(functions.broadcast(removed), "doc_id", "left")
            .withColumn(DedupStage.CLUSTER_ID, functions.coalesce(col(DedupStage.DUPLICATE_OF), col("doc_id")));
    all.filter(col(DedupStage.DUPLICATE_OF).isNull()).drop(DedupStage.DUPLICATE_OF)
        .write().mode(SaveMode.Overwrite).parquet(outputDir);
    all.filter(col(DedupStage.DUPLICATE_OF).isNotNull()).withColumn(StageOutput.REASON, lit(DedupStage.MINHASH))
        .write().mode(SaveMode.Overwrite).parquet(StageOutput.rejectedDir(outputDir));
    long kept = spark.read().parquet(outputDir).count();
    features.unpersist();
    pairs.unpersist();
    removed.unpersist();
    return new long[] {kept, rejected, pairCount};
  }
}
