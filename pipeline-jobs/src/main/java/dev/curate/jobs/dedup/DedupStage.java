// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
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
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

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
  /** Output folder of earlier documents whose decision a new batch changed (incremental runs). */
  public static final String SUPERSEDED = "superseded";

  private static final StructType LABELS =
      new StructType().add("doc_id", DataTypes.StringType, false).add("component", DataTypes.StringType, false);

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
    selected.add(col("text"));
    selected.add(present.contains("url") ? col("url").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType));
    selected.add(present.contains("lang") ? col("lang").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType));
    StructType orderSchema = new StructType();
    for (DedupSettings.Order o : order) {
      if (!o.column().equals("doc_id")) {
        selected.add(col(o.column()));
        orderSchema = orderSchema.add(docs.schema().apply(o.column()));
      }
    }
    DedupKeys keyer = new DedupKeys(settings);
    int orderCount = orderSchema.fields().length;
    Dataset<Row> batchKeys =
        docs.select(selected.toArray(new Column[0]))
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> keyer.apply(rows, orderCount),
                Encoders.row(DedupKeys.schema(orderSchema)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long started = System.nanoTime();
    long recordsIn = batchKeys.count();
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
    // keys; every decision below looks only at these documents.
    SharedKeys.Result shared = SharedKeys.of(keys, documents, BROADCAST_ROWS);
    boolean fewHolders = shared.rows() <= BROADCAST_ROWS;
    Dataset<Row> holders = shared.holders();
    List<Row> repeated =
        shared.idRows() == 0
            ? List.of()
            : holders.filter(col("tag").equalTo(SharedKeys.DOC_ID))
                .groupBy("doc_id").count().filter(col("count").gt(1)).limit(3).collectAsList();
    if (!repeated.isEmpty()) {
      throw new IllegalArgumentException(
          input + ": doc_id must be unique (within the input and the dedup index), but these appear more than once: "
              + repeated.stream().map(r -> r.getString(0) + " (" + r.getLong(1) + "x)").toList());
    }
    Column[] byOrder = survivorOrder(order);

    Map<String, Long> metrics = new LinkedHashMap<>();
    // Exact and URL collapses among the documents sharing such a key with another one (a document
    // alone with its key is its own group of one in both windows).
    List<Column> lightColumns = new ArrayList<>(List.of(
        col("doc_id"), col(DedupKeys.EXACT_KEY), col(DedupKeys.URL_KEY),
        lit(null).cast(DataTypes.StringType).as(StageOutput.REASON), lit(null).cast(DataTypes.StringType).as("dup_of")));
    for (String c : orderSchema.fieldNames()) {
      lightColumns.add(col(c));
    }
    Dataset<Row> grouped =
        holders.filter(col("tag").isin(SharedKeys.EXACT, SharedKeys.URL)).select("doc_id").distinct();
    Dataset<Row> collapsed =
        keys.select(lightColumns.toArray(new Column[0])).join(fewHolders ? functions.broadcast(grouped) : grouped, "doc_id");
    if (settings.exact()) {
      collapsed = collapse(collapsed, DedupKeys.EXACT_KEY, byOrder, EXACT);
    }
    if (settings.url()) {
      collapsed = collapse(collapsed, DedupKeys.URL_KEY, byOrder, URL);
    }
    // Checkpointed: the steps below plan against these few rows, not the windows again. Lazily:
    // the count right after saves them, with no job of its own.
    Dataset<Row> gone =
        collapsed.filter(col(StageOutput.REASON).isNotNull()).select(col("doc_id"), col(StageOutput.REASON), col("dup_of"))
            .localCheckpoint(false);
    long collapsedCount = gone.count();
    progress(started, "%,d documents left after exact and URL dedup", recordsIn - collapsedCount);
    if (settings.minhash().enabled()) {
      Dataset<Row> entries =
          holders.filter(col("tag").geq(0))
              .join(collapsedCount <= BROADCAST_ROWS ? functions.broadcast(gone) : gone, new String[] {"doc_id"}, "left_anti")
              .select(col("doc_id"), col("tag").as("band"), col("k").as("key"));
      gone = gone.unionByName(nearDuplicates(keys, entries, keys.select("doc_id", orderSchema.fieldNames()), byOrder, outputDir, metrics));
    }

    // An upper bound, without a count: every near-duplicate removal is on a link.
    long links = metrics.getOrDefault("minhash_verified_pairs", metrics.getOrDefault("minhash_candidate_pairs", 0L));
    boolean small = 2 * (collapsedCount + 2 * links) <= BROADCAST_ROWS;
    int partitions = spark.sparkContext().defaultParallelism();
    // Checkpointed: later steps plan against the saved rows, not the whole lineage again.
    Dataset<Row> changes = resolve(gone.coalesce(partitions).localCheckpoint(), small).coalesce(partitions).localCheckpoint(false);
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
   * Among the documents still in (null reason), those sharing a non-null key collapse onto the
   * first of their group in survivor order: they get {@code reason} and {@code dup_of}. Same
   * columns out as in.
   */
  private static Dataset<Row> collapse(Dataset<Row> docs, String key, Column[] byOrder, String reason) {
    // Documents without a key (no URL), and those already removed, skip the window: one null
    // group would be one giant task.
    Column in = col(key).isNotNull().and(col(StageOutput.REASON).isNull());
    WindowSpec w = Window.partitionBy(col(key)).orderBy(byOrder);
    Dataset<Row> ranked = docs.filter(in).withColumn("_first", first("doc_id").over(w));
    Column dup = col("_first").notEqual(col("doc_id"));
    Dataset<Row> decided =
        ranked.withColumn(StageOutput.REASON, functions.when(dup, lit(reason)).otherwise(lit(null).cast(DataTypes.StringType)))
            .withColumn("dup_of", functions.when(dup, col("_first")).otherwise(lit(null).cast(DataTypes.StringType)))
            .drop("_first");
    return decided.unionByName(docs.filter(functions.not(in)));
  }

  /**
   * MinHash-LSH among the documents still in: band buckets, links to bucket minima,
   * verification, components; returns the removed ones ({@code doc_id, reason, dup_of}). Only
   * candidate documents' shingles are ever moved.
   *
   * @param entries {@code doc_id, band, key} of the documents still in, for the band keys that
   *     another document has too (a bucket of one links nothing)
   * @param orderColumns {@code doc_id} and the survivor-order columns of every document
   */
  private Dataset<Row> nearDuplicates(
      Dataset<Row> keys, Dataset<Row> entries, Dataset<Row> orderColumns, Column[] byOrder, String outputDir,
      Map<String, Long> metrics) {
    JavaRDD<String[]> buckets = LshLinks.buckets(entries);
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
    Components.Pairs cc = Components.of(links, log);
    metrics.put("minhash_component_rounds", (long) cc.rounds());
    Dataset<Row> labels =
        keys.sparkSession().createDataFrame(cc.labels().map(t -> RowFactory.create(t._1(), t._2())), LABELS);
    Dataset<Row> members =
        orderColumns.join(cc.edges() <= BROADCAST_ROWS / 2 ? functions.broadcast(labels) : labels, "doc_id");
    WindowSpec w = Window.partitionBy(col("component")).orderBy(byOrder);
    Dataset<Row> removed =
        members.withColumn("_first", first("doc_id").over(w))
            .filter(col("_first").notEqual(col("doc_id")))
            .select(col("doc_id"), lit(MINHASH).as(StageOutput.REASON), col("_first").as("dup_of"));
    if (pairs != null) {
      pairs.unpersist(false);
    }
    return removed;
  }

  /**
   * The documents whose output columns differ from a lone kept document's: every removed one
   * ({@code reason}, {@code duplicate_of}: the final survivor, as an exact duplicate of a document
   * that was itself removed points at that one's survivor) and every survivor of a cluster, with
   * {@code dup_cluster_id} and {@code dup_cluster_size}. Everyone else is its own cluster of one.
   *
   * @param gone {@code doc_id, reason, dup_of} (the survivor at that step)
   * @param small whether the removed documents and their survivors can be broadcast
   */
  private static Dataset<Row> resolve(Dataset<Row> gone, boolean small) {
    // Removed documents are usually few (small): then every join below broadcasts them, no shuffle.
    // A survivor at one step can be removed at a later one: follow dup_of (exact -> URL ->
    // near-duplicate: at most two hops).
    Dataset<Row> target = gone.select(col("doc_id"), col("dup_of").as("final"));
    for (int hop = 0; hop < 2; hop++) {
      Dataset<Row> next = gone.select(col("doc_id").as("final"), col("dup_of").as("next"));
      target = target.join(small ? functions.broadcast(next) : next, "final", "left")
          .select(col("doc_id"), coalesce(col("next"), col("final")).as("final"));
    }
    Dataset<Row> removed = gone.select(col("doc_id"), col(StageOutput.REASON)).join(target, "doc_id");
    Dataset<Row> sizes = removed.groupBy(col("final")).agg(count("*").plus(1).as(CLUSTER_SIZE));
    Dataset<Row> removedRows =
        removed.join(small ? functions.broadcast(sizes) : sizes, "final")
            .select(col("doc_id"), col(StageOutput.REASON), col("final").as(DUPLICATE_OF), col("final").as(CLUSTER_ID),
                col(CLUSTER_SIZE));
    Dataset<Row> survivorRows =
        sizes.select(col("final").as("doc_id"), lit(null).cast(DataTypes.StringType).as(StageOutput.REASON),
            lit(null).cast(DataTypes.StringType).as(DUPLICATE_OF), col("final").as(CLUSTER_ID), col(CLUSTER_SIZE));
    return removedRows.unionByName(survivorRows);
  }
}
