// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.dedup.DedupSettings;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.Stage;
import dev.curate.jobs.StageOutput;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Removes exact, same-URL and near-duplicate documents, keeping one survivor per duplicate
 * cluster, chosen deterministically by {@code dedup.survivor_order}.
 *
 * <p>In order: documents with the same exact key (normalised text) collapse onto their best
 * member ({@code dedup.exact}); the remaining ones with the same URL key likewise ({@code
 * dedup.url}); then MinHash-LSH: every document emits one key per band, each bucket links its
 * members to its smallest member (no O(k²) pairs, so a bucket of 200,000 templated pages costs
 * 200,000 edges), candidate pairs are optionally verified by exact Jaccard on their shingles,
 * clusters are the connected components of the verified links ({@link Components}), and each
 * cluster keeps its best member ({@code dedup.minhash}).
 *
 * <p>Kept documents gain {@code dup_cluster_id} (the survivor's doc_id) and {@code
 * dup_cluster_size} (how many documents, all kinds of duplicates, collapsed onto it, itself
 * included: FineWeb2 re-weights by it); rejected ones carry {@code reason}, {@code duplicate_of}
 * (the final survivor) and the same two columns.
 */
public final class DedupStage implements Stage {
  public static final String NAME = "dedup";
  public static final String EXACT = NAME + ".exact";
  public static final String URL = NAME + ".url";
  public static final String MINHASH = NAME + ".minhash";
  public static final String CLUSTER_ID = "dup_cluster_id";
  public static final String CLUSTER_SIZE = "dup_cluster_size";
  public static final String DUPLICATE_OF = "duplicate_of";
  /** Up to this many rows, id lists and decisions are broadcast instead of shuffled against the documents. */
  static final long BROADCAST_ROWS = 2_000_000;
  /** Up to this many candidate documents, their shingles are broadcast for verification (about 2 KB each). */
  static final long BROADCAST_SHINGLES = 30_000;
  private static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";
  /** Output folder of earlier documents whose decision a new batch changed (incremental runs). */
  public static final String SUPERSEDED = "superseded";

  private final String input;
  private final DocumentInput.Format inputFormat;
  private final DedupSettings settings;
  private final OutputFormat format;
  private final boolean emitPairs;
  private final String stateDir; // null: not incremental
  private final String batchId;
  private final PrintStream log;

  public DedupStage(
      String input,
      DocumentInput.Format inputFormat,
      DedupSettings settings,
      OutputFormat format,
      boolean emitPairs,
      PrintStream log) {
    this(input, inputFormat, settings, format, emitPairs, null, null, log);
  }

  /**
   * @param stateDir incremental index (see {@link DedupState}); null deduplicates the input alone
   * @param batchId name of this batch in the index; null derives one from the input path
   */
  public DedupStage(
      String input,
      DocumentInput.Format inputFormat,
      DedupSettings settings,
      OutputFormat format,
      boolean emitPairs,
      String stateDir,
      String batchId,
      PrintStream log) {
    this.input = input;
    this.inputFormat = inputFormat;
    this.settings = settings;
    this.format = format;
    this.emitPairs = emitPairs;
    this.stateDir = stateDir;
    this.batchId =
        stateDir == null ? null : batchId != null ? batchId : dev.curate.core.DocIds.fromUrlAndText(null, input).substring(0, 16);
    this.log = log;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Object settings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", input);
    m.put("format", format.toString());
    m.put("dedup", settings);
    m.put("emit_pairs", emitPairs);
    if (stateDir != null) {
      m.put("state", stateDir);
      m.put("batch", batchId);
    }
    return m;
  }

  @Override
  public StageStats execute(SparkSession spark, String outputDir) {
    Dataset<Row> docs = DocumentInput.read(spark, input, inputFormat);
    List<String> present = Arrays.asList(docs.columns());
    List<DedupSettings.Order> order = new ArrayList<>();
    for (DedupSettings.Order o : settings.order()) {
      if (present.contains(o.column())) {
        order.add(o);
      } else {
        log.println("dedup: survivor order column " + o.column() + " is not in the input; ignored");
      }
    }
    List<Column> selected = new ArrayList<>();
    selected.add(col("doc_id").cast(DataTypes.StringType));
    selected.add(DedupKeys.textAsBytes());
    selected.add(present.contains("url") ? col("url").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType));
    selected.add(present.contains("lang") ? col("lang").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType));
    StructType orderSchema = new StructType();
    for (DedupSettings.Order o : order) {
      if (!o.column().equals("doc_id")) {
        selected.add(col(o.column()));
        orderSchema = orderSchema.add(docs.schema().apply(o.column()));
      }
    }
    // The survivor order of the decisions (made on plain RDDs), checked before any work: a column
    // of a type without a natural order is refused here, by name.
    StructType lightSchema =
        new StructType().add(DedupKeys.DOC_ID, DataTypes.StringType).add(DedupKeys.EXACT_KEY, DataTypes.StringType)
            .add(DedupKeys.URL_KEY, DataTypes.StringType);
    for (var f : orderSchema.fields()) {
      lightSchema = lightSchema.add(f);
    }
    SurvivorOrder survivorOrder = new SurvivorOrder(order, lightSchema);
    DedupKeys keyer = new DedupKeys(settings);
    int orderCount = orderSchema.fields().length;
    // The keys' cache is built uncompressed: they are hashes, ids and binary sets, read back a few
    // times within the stage, and Spark's choice of column encodings (statistics gathered over
    // every value) cost about a tenth of the key pass for nothing. Set while the cache is made and
    // built (by the count), then restored.
    String compressed = spark.conf().get(CACHE_COMPRESSED, "true");
    spark.conf().set(CACHE_COMPRESSED, "false");
    Dataset<Row> batchKeys;
    long started = System.nanoTime();
    long recordsIn;
    try {
      batchKeys =
          docs.select(selected.toArray(new Column[0]))
              .mapPartitions(
                  (MapPartitionsFunction<Row, Row>) rows -> keyer.apply(rows, orderCount),
                  Encoders.row(DedupKeys.schema(orderSchema)))
              .persist(StorageLevel.MEMORY_AND_DISK());
      recordsIn = batchKeys.count();
    } finally {
      spark.conf().set(CACHE_COMPRESSED, compressed);
    }
    progress(started, "keys of %,d documents", recordsIn);
    Dataset<Row> keys = batchKeys;
    long documents = recordsIn;
    DedupState state = stateDir == null ? null : new DedupState(spark, stateDir);
    if (state != null) {
      state.checkSettings(settings);
      Dataset<Row> old = state.otherBatches(batchId);
      if (old != null) {
        // Earlier batches' keys as stored: their signatures are not recomputed.
        keys = old.select(Arrays.stream(batchKeys.columns()).map(functions::col).toArray(Column[]::new))
            .unionByName(batchKeys)
            .persist(StorageLevel.MEMORY_AND_DISK());
        documents = keys.count();
        log.printf("dedup: batch %s against the index in %s (%,d documents in all)%n", batchId, stateDir, documents);
      }
    }
    // Who shares a key with whom (doc_id, exact, URL, band keys): one pass over all documents'
    // keys; every decision below looks only at these documents, as plain RDD operations.
    SharedKeys.Result shared = SharedKeys.of(keys, orderSchema.fieldNames(), documents, BROADCAST_ROWS);
    JavaRDD<SharedKeys.Holder> holders = shared.holders();
    // Every shuffle of the decisions below: enough partitions for the holders, not one per input file.
    int p = (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(10_000, shared.holderCount() / 100_000 + 1));
    List<Tuple2<String, Long>> repeated =
        shared.idHolders() == 0
            ? List.of()
            : holders.filter(h -> h.has(SharedKeys.DOC_ID)).mapToPair(h -> new Tuple2<>(h.docId(), 1L))
                .reduceByKey(Long::sum, p).filter(t -> t._2() > 1).take(3);
    if (!repeated.isEmpty()) {
      throw new IllegalArgumentException(
          input + ": doc_id must be unique (within the input and the dedup index), but these appear more than once: "
              + repeated.stream().map(r -> r._1() + " (" + r._2() + "x)").toList());
    }

    Map<String, Long> metrics = new LinkedHashMap<>();
    // Exact and URL collapses among the documents sharing such a key with another one.
    JavaPairRDD<String, Decisions.Removal> gone = Decisions.collapse(holders, settings.exact(), settings.url(), survivorOrder, p);
    HashGroups.saved(gone.rdd().toJavaRDD()); // saved by the count right after
    long collapsedCount = gone.count();
    progress(started, "%,d documents left after exact and URL dedup", recordsIn - collapsedCount);
    if (settings.minhash().enabled()) {
      JavaPairRDD<LshLinks.Bucket, String> entries =
          holders.filter(SharedKeys.Holder::hasBand)
              .mapToPair(h -> new Tuple2<>(h.docId(), h))
              .subtractByKey(gone, p)
              .flatMapToPair(t -> {
                SharedKeys.Holder h = t._2();
                List<Tuple2<LshLinks.Bucket, String>> out = new ArrayList<>();
                for (int i = 0; i < h.tags().length; i++) {
                  if (h.tags()[i] >= 0) {
                    out.add(new Tuple2<>(new LshLinks.Bucket(h.tags()[i], h.keys()[i]), h.docId()));
                  }
                }
                return out.iterator();
              });
      gone = gone.union(nearDuplicates(keys, entries, holders, survivorOrder, p, outputDir, metrics)).coalesce(p);
    }

    // An upper bound, without a count: every near-duplicate removal is on a link.
    long links = metrics.getOrDefault("minhash_verified_pairs", metrics.getOrDefault("minhash_candidate_pairs", 0L));
    boolean small = 2 * (collapsedCount + 2 * links) <= BROADCAST_ROWS;
    int partitions = spark.sparkContext().defaultParallelism();
    // Checkpointed: later steps plan against the saved rows, not the whole lineage again.
    Dataset<Row> changes =
        spark.createDataFrame(Decisions.resolve(gone, p), Decisions.CHANGES).coalesce(partitions).localCheckpoint(false);
    progress(started, "%,d documents removed or in a cluster", changes.count());
    Dataset<Row> all =
        docs.withColumn("doc_id", col("doc_id").cast(DataTypes.StringType))
            .join(small ? functions.broadcast(changes) : changes, "doc_id", "left")
            .withColumn(CLUSTER_ID, coalesce(col(CLUSTER_ID), col("doc_id")))
            .withColumn(CLUSTER_SIZE, coalesce(col(CLUSTER_SIZE), lit(1L)));
    String[] inputColumns = docs.columns();
    List<String> kept = new ArrayList<>(Arrays.asList(inputColumns));
    kept.add(CLUSTER_ID);
    kept.add(CLUSTER_SIZE);
    List<String> rejected = new ArrayList<>(kept);
    rejected.add(DUPLICATE_OF);
    rejected.add(StageOutput.REASON);
    // Two scans of the input (one per output) instead of caching every text once.
    StageOutput.write(all, kept.toArray(new String[0]), rejected.toArray(new String[0]), outputDir, format);
    progress(started, "output written", 0);
    if (state != null) {
      // Every document's decision, earlier batches' included.
      Dataset<Row> now =
          keys.select(col("doc_id"))
              .join(small ? functions.broadcast(changes) : changes, "doc_id", "left")
              .select(col("doc_id"), col(StageOutput.REASON), col(DUPLICATE_OF));
      Dataset<Row> before = state.decisions();
      if (before != null) {
        // Earlier documents whose decision changed: a better member arrived, or a new link joined
        // two clusters. Their earlier outputs should drop (or regain) them.
        Dataset<Row> superseded =
            before.select(col("doc_id"), col(StageOutput.REASON).as("previous_reason"), col(DUPLICATE_OF).as("previous_duplicate_of"))
                .join(now, "doc_id")
                .filter(functions.not(col("previous_reason").eqNullSafe(col(StageOutput.REASON)))
                    .or(functions.not(col("previous_duplicate_of").eqNullSafe(col(DUPLICATE_OF)))));
        superseded.write().mode(SaveMode.Overwrite).format(format.sparkSource()).save(outputDir + "/" + SUPERSEDED);
        metrics.put("earlier_documents_changed", spark.read().format(format.sparkSource()).load(outputDir + "/" + SUPERSEDED).count());
      }
      state.writeBatch(batchId, batchKeys);
      state.writeDecisions(now);
    }
    StructType outSchema = all.schema();
    long keptCount =
        StageOutput.readKept(spark, StageOutput.select(outSchema, kept.toArray(new String[0])), outputDir, format).count();
    Map<String, Long> byReason =
        StageOutput.rejectedByReason(spark, StageOutput.select(outSchema, rejected.toArray(new String[0])), outputDir, format);
    keys.unpersist();
    batchKeys.unpersist();
    return new StageStats(NAME, input, outputDir, format.toString(), recordsIn, keptCount, byReason, Map.of(), metrics, 0, null);
  }

  /** The survivor order as sort columns (nulls last). */
  static Column[] survivorOrder(List<DedupSettings.Order> order) {
    return order.stream()
        .map(o -> o.descending() ? col(o.column()).desc_nulls_last() : col(o.column()).asc_nulls_last())
        .toArray(Column[]::new);
  }

  private void progress(long started, String what, long n) {
    log.printf("dedup: %6.1f s  " + what + "%n", (System.nanoTime() - started) / 1e9, n);
  }

  /**
   * MinHash-LSH among the documents still in: band buckets, links to bucket minima,
   * verification, components; returns the removed ones. Only candidate documents' shingles are
   * ever moved.
   *
   * @param entries {@code (band, key) -> doc_id} of the documents still in, for the band keys that
   *     another document has too (a bucket of one links nothing)
   * @param holders every document sharing a key (their survivor-order columns)
   */
  private JavaPairRDD<String, Decisions.Removal> nearDuplicates(
      Dataset<Row> keys, JavaPairRDD<LshLinks.Bucket, String> entries, JavaRDD<SharedKeys.Holder> holders,
      SurvivorOrder order, int p, String outputDir, Map<String, Long> metrics) {
    JavaRDD<String[]> buckets = LshLinks.buckets(entries, p);
    JavaRDD<String> candidateDocs = LshLinks.documents(buckets);
    LshLinks.BucketStats bucketStats = LshLinks.stats(buckets, candidateDocs);
    metrics.put("minhash_largest_bucket", bucketStats.largest());
    metrics.put("minhash_shared_buckets", bucketStats.shared());
    JavaPairRDD<String, String> candidates = LshLinks.candidates(buckets);
    JavaPairRDD<String, String> links = candidates;
    JavaRDD<Row> pairs = null;
    if (settings.minhash().verify() || emitPairs) {
      // Few candidates (the usual case): their shingles travel to every task instead of both
      // sides of two joins being shuffled.
      pairs = LshLinks.pairs(keys, candidateDocs, candidates, bucketStats.documents() <= BROADCAST_SHINGLES);
      double threshold = settings.minhash().minJaccard();
      long[] counts = LshLinks.counts(pairs, threshold);
      metrics.put("minhash_candidate_pairs", counts[0]);
      if (emitPairs) {
        keys.sparkSession().createDataFrame(pairs, LshLinks.PAIRS)
            .write().mode(SaveMode.Overwrite).format(format.sparkSource()).save(outputDir + "/pairs");
      }
      if (settings.minhash().verify()) {
        links = LshLinks.verified(pairs, threshold);
        metrics.put("minhash_verified_pairs", counts[1]);
      }
    } else {
      metrics.put("minhash_candidate_pairs", candidates.count());
    }
    log.printf("dedup: %,d candidate pairs from %,d shared buckets%n", metrics.get("minhash_candidate_pairs"), bucketStats.shared());
    Components.Pairs cc = Components.of(links, log, p);
    metrics.put("minhash_component_rounds", (long) cc.rounds());
    JavaPairRDD<String, Decisions.Removal> removed = Decisions.nearDuplicates(cc.labels(), holders, order, p);
    if (pairs != null) {
      pairs.unpersist(false);
    }
    return removed;
  }
}
