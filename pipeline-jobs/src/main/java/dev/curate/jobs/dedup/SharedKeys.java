// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The keys that more than one document has, and who has them: one hash aggregation over every
 * document's doc_id, exact key, URL key and band keys together, instead of one sort (window) per
 * kind over all documents.
 *
 * <p>Almost every key is unique, and a key that only one document has decides nothing: no
 * document collapses onto another through it and no LSH bucket links through it. So the windows
 * that decide (exact, URL, bucket heads) only need the documents listed here, a few percent of
 * the input. Doc_id, exact and URL keys are compared by a 64-bit hash here; a collision only adds
 * a document to the list, and the windows then compare the keys themselves, so the decisions are
 * those of windows over all documents.
 */
final class SharedKeys {
  /** Tag of a doc_id (repeated ids are an input error). */
  static final int DOC_ID = -1;
  /** Tag of an exact key. */
  static final int EXACT = -2;
  /** Tag of a URL key. Band {@code b}'s keys have tag {@code b} (0 and up). */
  static final int URL = -3;

  private SharedKeys() {}

  /**
   * @param keys {@link DedupKeys#schema} rows
   * @param broadcastRows up to this many shared keys, the second pass looks them up in a broadcast
   *     table instead of shuffling every key again
   * @return {@code doc_id, tag, k} for every key of a document that another document has too
   *     (checkpointed), how many keys and rows that is, and how many of the rows are doc_ids
   */
  static Result of(Dataset<Row> keys, long broadcastRows) {
    Dataset<Row> tagged = tagged(keys);
    // Fixed-width rows (int, long): a hash aggregation with map-side partial counts, no sort.
    // Checkpoints are lazy: the counts right after save them, with no job of their own.
    Dataset<Row> shared =
        tagged.groupBy("tag", "k").count().filter(col("count").gt(1)).select("tag", "k").localCheckpoint(false);
    long sharedKeys = shared.count();
    Dataset<Row> holders =
        tagged.join(sharedKeys <= broadcastRows ? functions.broadcast(shared) : shared, new String[] {"tag", "k"})
            .select("doc_id", "tag", "k")
            .localCheckpoint(false);
    Row counts = holders.agg(functions.count("*"), functions.count(when(col("tag").equalTo(DOC_ID), true))).first();
    return new Result(holders, sharedKeys, counts.getLong(0), counts.getLong(1));
  }

  /**
   * Shared keys' holders ({@code doc_id, tag, k}), the number of shared keys, of holder rows, and
   * of holder rows whose doc_id hash another document has too (usually none: then no doc_id can
   * repeat, and that check needs no job).
   */
  record Result(Dataset<Row> holders, long keys, long rows, long idRows) {}

  /** {@code doc_id, tag, k}: one row per key of every document (null keys left out). */
  static Dataset<Row> tagged(Dataset<Row> keys) {
    // posexplode's position becomes the tag: 0, 1, 2 -> DOC_ID, EXACT, URL.
    Dataset<Row> ids =
        keys.select(col(DedupKeys.DOC_ID),
                posexplode(array(xxhash64(col(DedupKeys.DOC_ID)), hashOrNull(DedupKeys.EXACT_KEY), hashOrNull(DedupKeys.URL_KEY)))
                    .as(new String[] {"pos", "k"}))
            .filter(col("k").isNotNull())
            .select(col(DedupKeys.DOC_ID), lit(-1).minus(col("pos")).as("tag"), col("k"));
    Dataset<Row> bands =
        keys.filter(col(DedupKeys.BAND_KEYS).isNotNull())
            .select(col(DedupKeys.DOC_ID), posexplode(col(DedupKeys.BAND_KEYS)).as(new String[] {"tag", "k"}));
    return ids.union(bands);
  }

  private static Column hashOrNull(String column) {
    // xxhash64(null) is a constant, not null: absent keys must not meet each other.
    return when(col(column).isNotNull(), xxhash64(col(column)));
  }
}
