// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import dev.curate.jobs.dedup.SharedKeys.Holder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The dedup stage's decisions on the documents that share a key ({@link SharedKeys.Holder}), as
 * plain RDD operations: exact and URL collapses, the survivor of each near-duplicate cluster, and
 * the final survivor and cluster size of every removed document. Each group keeps its first member
 * in {@link SurvivorOrder}, as Spark's windows ordered by {@code dedup.survivor_order} did.
 */
final class Decisions {
  /** Columns of {@link #resolve}'s rows. */
  static final StructType CHANGES =
      new StructType()
          .add("doc_id", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType)
          .add(DedupStage.DUPLICATE_OF, DataTypes.StringType)
          .add(DedupStage.CLUSTER_ID, DataTypes.StringType, false)
          .add(DedupStage.CLUSTER_SIZE, DataTypes.LongType, false);

  /** Why a document goes, and the member it collapsed onto at that step. */
  record Removal(String reason, String dupOf) implements Serializable {}

  private Decisions() {}

  /**
   * Exact, then URL collapses: among the holders of a shared exact (then URL) key still in, those
   * with the same key collapse onto the first of them.
   *
   * @return the removed documents
   */
  static JavaPairRDD<String, Removal> collapse(
      JavaRDD<Holder> holders, boolean exact, boolean url, SurvivorOrder order, int partitions) {
    JavaRDD<Tuple2<Holder, Removal>> state =
        holders.filter(h -> h.has(SharedKeys.EXACT) || h.has(SharedKeys.URL)).map(h -> new Tuple2<>(h, null));
    if (exact) {
      state = collapseBy(state, 1, DedupStage.EXACT, order, partitions);
    }
    if (url) {
      state = collapseBy(state, 2, DedupStage.URL, order, partitions);
    }
    return state.filter(t -> t._2() != null).mapToPair(t -> new Tuple2<>(t._1().docId(), t._2()));
  }

  /** One collapse by the key in column {@code column} of the holders' light rows. */
  private static JavaRDD<Tuple2<Holder, Removal>> collapseBy(
      JavaRDD<Tuple2<Holder, Removal>> state, int column, String reason, SurvivorOrder order, int partitions) {
    // Documents without this key, and those already removed, take no part (one null group would
    // be one giant task).
    JavaRDD<Tuple2<Holder, Removal>> decided =
        HashGroups.group(
                state.filter(t -> t._2() == null && !t._1().light().isNullAt(column))
                    .keyBy(t -> t._1().light().getString(column)),
                partitions)
            .flatMap(g -> {
              List<Row> lights = new ArrayList<>();
              g._2().forEach(t -> lights.add(t._1().light()));
              String survivor = order.firstId(lights);
              List<Tuple2<Holder, Removal>> out = new ArrayList<>();
              for (Tuple2<Holder, Removal> t : g._2()) {
                boolean gone = !t._1().docId().equals(survivor);
                out.add(new Tuple2<>(t._1(), gone ? new Removal(reason, survivor) : null));
              }
              return out.iterator();
            });
    return decided.union(state.filter(t -> t._2() != null || t._1().light().isNullAt(column))).coalesce(partitions);
  }

  /**
   * Every member of a near-duplicate cluster but its first goes.
   *
   * @param labels {@code node -> component} of the verified links
   * @param holders light rows of (at least) every node
   */
  static JavaPairRDD<String, Removal> nearDuplicates(
      JavaPairRDD<String, String> labels, JavaRDD<Holder> holders, SurvivorOrder order, int partitions) {
    return HashGroups.group(
            HashGroups.join(labels, holders.mapToPair(h -> new Tuple2<>(h.docId(), h.light())), partitions)
                .mapToPair(t -> t._2()),
            partitions)
        .flatMapToPair(g -> {
          String survivor = order.firstId(g._2());
          List<Tuple2<String, Removal>> out = new ArrayList<>();
          for (Row r : g._2()) {
            if (!r.getString(0).equals(survivor)) {
              out.add(new Tuple2<>(r.getString(0), new Removal(DedupStage.MINHASH, survivor)));
            }
          }
          return out.iterator();
        });
  }

  /**
   * The documents whose output columns differ from a lone kept document's ({@link #CHANGES} rows):
   * every removed one ({@code reason}, {@code duplicate_of}: the final survivor, as an exact
   * duplicate of a document that was itself removed points at that one's survivor) and every
   * survivor of a cluster, with {@code dup_cluster_id} and {@code dup_cluster_size}. Everyone else
   * is its own cluster of one.
   */
  static JavaRDD<Row> resolve(JavaPairRDD<String, Removal> gone, int partitions) {
    // A survivor at one step can be removed at a later one: follow dup_of (exact -> URL ->
    // near-duplicate: at most two hops).
    JavaPairRDD<String, String> next = gone.mapValues(Removal::dupOf);
    JavaPairRDD<String, String> target = next; // doc -> final
    for (int hop = 0; hop < 2; hop++) {
      target = HashGroups.leftOuterJoin(target.mapToPair(Tuple2::swap), next, partitions)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), orElse(t._2()._2(), t._1())));
    }
    JavaPairRDD<String, Tuple2<String, String>> removed = // final -> (doc, reason)
        HashGroups.join(gone, target, partitions).mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1().reason())));
    JavaPairRDD<String, Long> sizes = HashGroups.count(removed.keys(), partitions).mapValues(n -> n + 1);
    JavaRDD<Row> removedRows =
        HashGroups.join(removed, sizes, partitions).map(t -> RowFactory.create(t._2()._1()._1(), t._2()._1()._2(), t._1(), t._1(), t._2()._2()));
    JavaRDD<Row> survivorRows = sizes.map(t -> RowFactory.create(t._1(), null, null, t._1(), t._2()));
    return removedRows.union(survivorRows);
  }

  private static String orElse(Optional<String> next, String current) {
    return next.isPresent() ? next.get() : current;
  }
}
