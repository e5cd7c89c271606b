// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import dev.curate.dedup.minhash.MinHasher;
import dev.curate.dedup.minhash.Shingles;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The LSH part of near-duplicate removal, from shared band keys to candidate links and their
 * verification, as plain RDD operations: these rows are a few percent of the documents', and as
 * Spark SQL queries their cost was planning and code generation (about 13 jobs), not work.
 *
 * <p>Every bucket (band, key) links its members to its smallest member (its head, in Spark's
 * string order, as {@code min(doc_id)} would pick), so a bucket of k documents costs k - 1 links.
 */
final class LshLinks {
  /** Columns of {@code --emit-pairs}. */
  static final StructType PAIRS =
      new StructType()
          .add("a", DataTypes.StringType, false)
          .add("b", DataTypes.StringType, false)
          .add("estimated_jaccard", DataTypes.DoubleType, false)
          .add("jaccard", DataTypes.DoubleType, false);
  private static final StructType IDS = new StructType().add("doc_id", DataTypes.StringType, false);

  private LshLinks() {}

  /** A band and its key. */
  record Bucket(int band, long key) implements Serializable {}

  /** Largest bucket, buckets with more than one member, and documents in those. */
  record BucketStats(long largest, long shared, long documents) {}

  /**
   * @param entries {@code (band, key) -> doc_id}
   * @return every bucket of more than one member, its members with the head first (locally
   *     checkpointed: saved by the first job that reads it)
   */
  static JavaRDD<String[]> buckets(JavaPairRDD<Bucket, String> entries, int partitions) {
    JavaRDD<String[]> buckets =
        HashGroups.group(entries, partitions)
            .map(g -> headFirst(g._2()))
            .filter(m -> m.length > 1);
    HashGroups.saved(buckets);
    return buckets;
  }

  /** The bucket's members with the smallest first. */
  static String[] headFirst(Iterable<String> members) {
    List<String> all = new ArrayList<>();
    int head = 0;
    for (String m : members) {
      if (!all.isEmpty() && SparkStringOrder.compareStrings(m, all.get(head)) < 0) {
        head = all.size();
      }
      all.add(m);
    }
    String[] out = all.toArray(new String[0]);
    String h = out[head];
    out[head] = out[0];
    out[0] = h;
    return out;
  }

  /** Candidate documents: every member of a bucket (locally checkpointed). */
  static JavaRDD<String> documents(JavaRDD<String[]> buckets) {
    JavaRDD<String> docs = HashGroups.distinct(buckets.flatMap(m -> List.of(m).iterator()), buckets.getNumPartitions());
    HashGroups.saved(docs);
    return docs;
  }

  /** One job: statistics of the buckets and of the candidate documents (which it saves). */
  static BucketStats stats(JavaRDD<String[]> buckets, JavaRDD<String> documents) {
    long[] b =
        buckets.map(m -> new long[] {m.length, 1})
            .fold(new long[] {0, 0}, (x, y) -> new long[] {Math.max(x[0], y[0]), x[1] + y[1]});
    return new BucketStats(b[0], b[1], documents.count());
  }

  /** Distinct candidate links {@code (member, head)}. */
  static JavaPairRDD<String, String> candidates(JavaRDD<String[]> buckets) {
    return HashGroups.distinct(
        buckets.flatMapToPair(m -> {
          List<Tuple2<String, String>> out = new ArrayList<>(m.length - 1);
          for (int i = 1; i < m.length; i++) {
            out.add(new Tuple2<>(m[i], m[0]));
          }
          return out.iterator();
        }),
        buckets.getNumPartitions());
  }

  /**
   * Every candidate pair with its estimated Jaccard (from the signatures) and exact Jaccard (from
   * the shingle sets): {@link #PAIRS} rows.
   *
   * @param keys {@link DedupKeys#schema} rows of every document
   * @param broadcast whether the candidate documents' shingles are few enough to send to every
   *     task (about 2 KB a document) instead of shuffling both sides of two joins
   */
  static JavaRDD<Row> pairs(Dataset<Row> keys, JavaRDD<String> documents, JavaPairRDD<String, String> candidates,
      boolean broadcast) {
    Dataset<Row> ids = keys.sparkSession().createDataFrame(documents.map(RowFactory::create), IDS);
    JavaPairRDD<String, byte[][]> sets =
        keys.select(DedupKeys.DOC_ID, DedupKeys.SHINGLES, DedupKeys.SIGNATURE)
            .join(broadcast ? functions.broadcast(ids) : ids, DedupKeys.DOC_ID)
            .javaRDD()
            // Sorted here, once per candidate document (the key pass keeps them in text order).
            .mapToPair(r -> new Tuple2<>(r.getString(0),
                new byte[][] {DedupKeys.pack(Shingles.sortedDistinct(DedupKeys.longs((byte[]) r.get(1)))), (byte[]) r.get(2)}));
    if (broadcast) {
      Map<String, byte[][]> local = new java.util.HashMap<>(sets.collectAsMap());
      Broadcast<Map<String, byte[][]>> shared = JavaSparkContext.fromSparkContext(keys.sparkSession().sparkContext()).broadcast(local);
      return candidates.map(t -> pair(t._1(), t._2(), shared.value().get(t._1()), shared.value().get(t._2())));
    }
    int partitions = candidates.getNumPartitions();
    return HashGroups.join(
            HashGroups.join(candidates, sets, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()))),
            sets, partitions)
        .map(t -> pair(t._2()._1()._1(), t._1(), t._2()._1()._2(), t._2()._2()));
  }

  private static Row pair(String a, String b, byte[][] sa, byte[][] sb) {
    return RowFactory.create(a, b,
        MinHasher.estimate(DedupKeys.ints(sa[1]), DedupKeys.ints(sb[1])),
        MinHasher.jaccard(DedupKeys.longs(sa[0]), DedupKeys.longs(sb[0])));
  }

  /** {candidate pairs, pairs at or above the threshold}: one job, which saves the pairs. */
  static long[] counts(JavaRDD<Row> pairs, double threshold) {
    pairs.persist(StorageLevel.MEMORY_AND_DISK_SER());
    return pairs.map(r -> new long[] {1, r.getDouble(3) >= threshold ? 1 : 0})
        .fold(new long[] {0, 0}, (x, y) -> new long[] {x[0] + y[0], x[1] + y[1]});
  }

  /** The pairs at or above the threshold, as links {@code (a, b)}. */
  static JavaPairRDD<String, String> verified(JavaRDD<Row> pairs, double threshold) {
    return pairs.filter(r -> r.getDouble(3) >= threshold).mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
  }
}
