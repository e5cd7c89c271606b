// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Group, distinct, count and join for the dedup decisions' small RDDs: a bare {@code
 * partitionBy} (no aggregator), then plain hash maps inside each partition.
 *
 * <p>Spark's own {@code groupByKey}, {@code distinct}, {@code reduceByKey} and {@code join} go
 * through its spillable maps, which estimate their own size every so often by walking the objects
 * in them reflectively ({@code SizeEstimator}). On these rows (ids, buckets, links: tens of
 * thousands per 100,000 documents) that walk cost more than the work: about 0.7 s of CPU per round
 * of the 100,000-document benchmark, a tenth of the stage. A bare shuffle of at most 200
 * partitions is written without sorting or size tracking ({@code spark.shuffle.sort
 * .bypassMergeThreshold}), and a partition's rows then fit a hash map easily: the callers size
 * partitions at about 100,000 rows.
 *
 * <p>Keys must have stable {@code hashCode} and {@code equals} (strings, records of primitives).
 */
final class HashGroups {
  private HashGroups() {}

  /**
   * Locally checkpointed (saved by the first job that reads it), kept serialized: as objects,
   * Spark would estimate the block's size by walking them reflectively as it grows.
   */
  static void saved(JavaRDD<?> rdd) {
    rdd.persist(StorageLevel.MEMORY_AND_DISK_SER());
    rdd.rdd().localCheckpoint();
  }

  /** {@code key -> values} of each key (in no particular order). */
  static <K, V> JavaPairRDD<K, List<V>> group(JavaPairRDD<K, V> pairs, int partitions) {
    return pairs.partitionBy(new HashPartitioner(partitions)).mapPartitionsToPair(rows -> {
      Map<K, List<V>> groups = new HashMap<>();
      while (rows.hasNext()) {
        Tuple2<K, V> t = rows.next();
        groups.computeIfAbsent(t._1(), k -> new ArrayList<>(2)).add(t._2());
      }
      return entries(groups);
    }, true);
  }

  /** Each distinct pair once. */
  static <K, V> JavaPairRDD<K, V> distinct(JavaPairRDD<K, V> pairs, int partitions) {
    return pairs.mapPartitionsToPair(HashGroups::unique)
        .partitionBy(new HashPartitioner(partitions))
        .mapPartitionsToPair(HashGroups::unique, true);
  }

  /** Each distinct item once. */
  static <T> JavaRDD<T> distinct(JavaRDD<T> items, int partitions) {
    return distinct(items.mapToPair(x -> new Tuple2<>(x, Boolean.TRUE)), partitions).keys();
  }

  /** The values of each key folded with {@code f} (associative and commutative), before and after the shuffle. */
  static <K, V> JavaPairRDD<K, V> reduce(JavaPairRDD<K, V> pairs, Function2<V, V, V> f, int partitions) {
    FlatMapFunction<Iterator<Tuple2<K, V>>, Tuple2<K, V>> fold = rows -> {
      Map<K, V> folded = new HashMap<>();
      while (rows.hasNext()) {
        Tuple2<K, V> t = rows.next();
        V before = folded.get(t._1());
        folded.put(t._1(), before == null ? t._2() : f.call(before, t._2()));
      }
      return entries(folded);
    };
    return pairs.mapPartitionsToPair(fold::call).partitionBy(new HashPartitioner(partitions)).mapPartitionsToPair(fold::call, true);
  }

  /** How often each key occurs. */
  static <K> JavaPairRDD<K, Long> count(JavaRDD<K> keys, int partitions) {
    return reduce(keys.mapToPair(k -> new Tuple2<>(k, 1L)), Long::sum, partitions);
  }

  /** The inner join: every pair of values of a key present on both sides. */
  static <K, A, B> JavaPairRDD<K, Tuple2<A, B>> join(JavaPairRDD<K, A> left, JavaPairRDD<K, B> right, int partitions) {
    return joined(left, right, partitions, false).mapValues(t -> new Tuple2<>(t._1(), t._2().get()));
  }

  /** The left outer join: every left value with each right value of its key, or with none. */
  static <K, A, B> JavaPairRDD<K, Tuple2<A, Optional<B>>> leftOuterJoin(
      JavaPairRDD<K, A> left, JavaPairRDD<K, B> right, int partitions) {
    return joined(left, right, partitions, true);
  }

  /** The left pairs whose key the right side does not have. */
  static <K, A, B> JavaPairRDD<K, A> subtract(JavaPairRDD<K, A> left, JavaPairRDD<K, B> right, int partitions) {
    return sides(left, right, partitions).mapPartitionsToPair(rows -> {
      List<Tuple2<K, A>> lefts = new ArrayList<>();
      Set<K> rights = new HashSet<>();
      collect(rows, lefts, rights, null);
      List<Tuple2<K, A>> out = new ArrayList<>();
      for (Tuple2<K, A> t : lefts) {
        if (!rights.contains(t._1())) {
          out.add(t);
        }
      }
      return out.iterator();
    }, true);
  }

  private static <K, A, B> JavaPairRDD<K, Tuple2<A, Optional<B>>> joined(
      JavaPairRDD<K, A> left, JavaPairRDD<K, B> right, int partitions, boolean keepUnmatched) {
    return sides(left, right, partitions).mapPartitionsToPair(rows -> {
      List<Tuple2<K, A>> lefts = new ArrayList<>();
      Map<K, List<B>> rights = new HashMap<>();
      collect(rows, lefts, null, rights);
      List<Tuple2<K, Tuple2<A, Optional<B>>>> out = new ArrayList<>();
      for (Tuple2<K, A> t : lefts) {
        List<B> matches = rights.get(t._1());
        if (matches != null) {
          for (B b : matches) {
            out.add(new Tuple2<>(t._1(), new Tuple2<>(t._2(), Optional.of(b))));
          }
        } else if (keepUnmatched) {
          out.add(new Tuple2<>(t._1(), new Tuple2<>(t._2(), Optional.empty())));
        }
      }
      return out.iterator();
    }, true);
  }

  /** A value and the side of the join it came from. */
  private record Side(boolean left, Object value) implements Serializable {}

  /** Both sides in one shuffle, each value tagged with its side. */
  private static <K, A, B> JavaPairRDD<K, Side> sides(JavaPairRDD<K, A> left, JavaPairRDD<K, B> right, int partitions) {
    return left.mapValues(a -> new Side(true, a))
        .union(right.mapValues(b -> new Side(false, b)))
        .partitionBy(new HashPartitioner(partitions));
  }

  @SuppressWarnings("unchecked")
  private static <K, A, B> void collect(
      Iterator<Tuple2<K, Side>> rows, List<Tuple2<K, A>> lefts, Set<K> rightKeys, Map<K, List<B>> rightValues) {
    while (rows.hasNext()) {
      Tuple2<K, Side> t = rows.next();
      if (t._2().left()) {
        lefts.add(new Tuple2<>(t._1(), (A) t._2().value()));
      } else if (rightKeys != null) {
        rightKeys.add(t._1());
      } else {
        rightValues.computeIfAbsent(t._1(), k -> new ArrayList<>(1)).add((B) t._2().value());
      }
    }
  }

  private static <K, V> Iterator<Tuple2<K, V>> unique(Iterator<Tuple2<K, V>> rows) {
    Set<Tuple2<K, V>> seen = new HashSet<>();
    List<Tuple2<K, V>> out = new ArrayList<>();
    while (rows.hasNext()) {
      Tuple2<K, V> t = rows.next();
      if (seen.add(t)) {
        out.add(t);
      }
    }
    return out.iterator();
  }

  private static <K, V> Iterator<Tuple2<K, V>> entries(Map<K, V> map) {
    List<Tuple2<K, V>> out = new ArrayList<>(map.size());
    for (Map.Entry<K, V> e : map.entrySet()) {
      out.add(new Tuple2<>(e.getKey(), e.getValue()));
    }
    return out.iterator();
  }
}
