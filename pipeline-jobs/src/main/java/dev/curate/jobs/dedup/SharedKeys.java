// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import dev.curate.dedup.minhash.Shingles;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.collection.Seq;

/**
 * The keys that more than one document has, and who has them: one count over every document's
 * doc_id, exact key, URL key and band keys together, instead of one sort (window) per kind over
 * all documents.
 *
 * <p>Almost every key is unique, and a key that only one document has decides nothing: no
 * document collapses onto another through it and no LSH bucket links through it. So the
 * decisions (exact, URL, bucket heads) only need the documents listed here, a few percent of the
 * input.
 *
 * <p>Every (kind, key) is counted as one 64-bit hash ({@link #hash}). Two different ones sharing
 * a hash only adds holders: the holders carry the band keys themselves, and the exact and URL
 * collapses compare the keys themselves, so the decisions are those over all documents.
 *
 * <p>Plain arrays of longs on RDDs, not a SQL aggregation: as a SQL hash aggregation over the
 * exploded (tag, key) rows, the hash maps only grew (the keys are almost all unique) and cost
 * about 1.5 s of CPU per 100,000 documents; sorting primitive arrays costs a fraction of that.
 */
final class SharedKeys {
  /** Tag of a doc_id (repeated ids are an input error). */
  static final int DOC_ID = -1;
  /** Tag of an exact key. */
  static final int EXACT = -2;
  /** Tag of a URL key. Band {@code b}'s keys have tag {@code b} (0 and up). */
  static final int URL = -3;

  /** Hashes one reducer sorts at most (64 MB), which sets the reducer count. */
  static final long MAX_SORTED = 8_000_000;

  private SharedKeys() {}

  /**
   * A document that shares at least one key with another: its {@code doc_id, exact_key, url_key}
   * and survivor-order columns ({@code light}), and its shared keys as tags ({@link #DOC_ID},
   * {@link #EXACT}, {@link #URL}, or a band) with their values (the band key itself for a band).
   */
  record Holder(Row light, int[] tags, long[] keys) implements Serializable {
    String docId() {
      return light.getString(0);
    }

    /** Whether one of the shared keys is a band key. */
    boolean hasBand() {
      for (int t : tags) {
        if (t >= 0) {
          return true;
        }
      }
      return false;
    }

    boolean has(int tag) {
      for (int t : tags) {
        if (t == tag) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The holders (locally checkpointed), the number of shared keys, and of holders whose doc_id
   * hash another document has too (usually none: then no doc_id can repeat, and that check needs
   * no job).
   */
  record Result(JavaRDD<Holder> holders, long keys, long holderCount, long idHolders) {}

  /**
   * @param keys {@link DedupKeys#schema} rows
   * @param orderColumns the survivor-order columns (besides doc_id) that ride along in {@link
   *     Holder#light}
   * @param documents how many rows {@code keys} has (sizes the count's reducers)
   * @param broadcastRows up to this many shared keys, the second pass looks them up in a broadcast
   *     sorted array instead of shuffling every key again
   */
  static Result of(Dataset<Row> keys, String[] orderColumns, long documents, long broadcastRows) {
    List<String> columns =
        new ArrayList<>(List.of(DedupKeys.DOC_ID, DedupKeys.EXACT_KEY, DedupKeys.URL_KEY, DedupKeys.BAND_KEYS));
    columns.addAll(Arrays.asList(orderColumns));
    JavaRDD<Row> ids = keys.select(columns.stream().map(functions::col).toArray(Column[]::new)).javaRDD();
    long items = documents * 24; // at most three ids and 21 bands each; only sizes the reducers
    int reducers =
        (int) Math.max(keys.sparkSession().sparkContext().defaultParallelism(), Math.min(100_000, items / MAX_SORTED + 1));
    JavaRDD<long[]> shared = sharedHashes(ids, reducers);
    long sharedKeys = shared.map(b -> (long) b.length).fold(0L, Long::sum);
    JavaRDD<Holder> holders;
    if (sharedKeys <= broadcastRows) {
      long[] sorted = new long[(int) sharedKeys];
      int at = 0;
      for (long[] block : shared.collect()) {
        System.arraycopy(block, 0, sorted, at, block.length);
        at += block.length;
      }
      Arrays.sort(sorted);
      Broadcast<long[]> set = JavaSparkContext.fromSparkContext(keys.sparkSession().sparkContext()).broadcast(sorted);
      holders = ids.flatMap(r -> {
        long[] s = set.value();
        List<long[]> found = new ArrayList<>(0);
        forEachKey(r, (tag, k, h) -> {
          if (Arrays.binarySearch(s, h) >= 0) {
            found.add(new long[] {tag, k});
          }
        });
        return found.isEmpty() ? Collections.emptyIterator() : List.of(holder(r, found)).iterator();
      });
    } else {
      JavaPairRDD<Long, Boolean> sharedSet =
          shared.flatMapToPair(b -> Arrays.stream(b).mapToObj(h -> new Tuple2<>(h, true)).iterator());
      // Every row's keys, by hash, with the row's own id (rows are grouped back by it: two rows
      // can be equal, a repeated doc_id with the same text).
      holders = ids.zipWithUniqueId().flatMapToPair(ru -> {
            List<Tuple2<Long, Tuple2<Long, long[]>>> out = new ArrayList<>();
            forEachKey(ru._1(), (tag, k, h) -> out.add(new Tuple2<>(h, new Tuple2<>(ru._2(), new long[] {tag, k}))));
            return out.iterator();
          })
          .join(sharedSet, reducers)
          .mapToPair(t -> t._2()._1())
          .groupByKey(reducers)
          .join(ids.zipWithUniqueId().mapToPair(Tuple2::swap), reducers)
          .map(t -> {
            List<long[]> found = new ArrayList<>();
            t._2()._1().forEach(found::add);
            return holder(t._2()._2(), found);
          });
    }
    // Few rows: as many partitions as the count had reducers, not one per input file.
    holders = holders.coalesce(reducers);
    // Kept serialized: as objects, Spark's size estimate of the cached rows walked them
    // reflectively, again and again as the block grew, and cost more than the rows themselves.
    holders.persist(StorageLevel.MEMORY_AND_DISK_SER());
    holders.rdd().localCheckpoint(); // saved by the count right after, with no job of its own
    long[] counts =
        holders.map(h -> new long[] {1, h.has(DOC_ID) ? 1 : 0}).fold(new long[] {0, 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    return new Result(holders, sharedKeys, counts[0], counts[1]);
  }

  private static Holder holder(Row r, List<long[]> found) {
    Object[] light = new Object[r.length() - 1];
    light[0] = r.get(0);
    light[1] = r.get(1);
    light[2] = r.get(2);
    for (int i = 4; i < r.length(); i++) {
      light[i - 1] = r.get(i);
    }
    int[] tags = new int[found.size()];
    long[] ks = new long[found.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = (int) found.get(i)[0];
      ks[i] = found.get(i)[1];
    }
    return new Holder(RowFactory.create(light), tags, ks);
  }

  /** What {@link #forEachKey} reports: the key's tag, its value (k) and its hash. */
  interface KeyVisitor {
    void key(int tag, long k, long hash);
  }

  /** Every key of a {@code doc_id, exact_key, url_key, band_keys} row; absent ones are skipped. */
  static void forEachKey(Row r, KeyVisitor v) {
    long id = stringKey(r.getString(0));
    v.key(DOC_ID, id, hash(DOC_ID, id));
    if (!r.isNullAt(1)) {
      long k = stringKey(r.getString(1));
      v.key(EXACT, k, hash(EXACT, k));
    }
    if (!r.isNullAt(2)) {
      long k = stringKey(r.getString(2));
      v.key(URL, k, hash(URL, k));
    }
    if (!r.isNullAt(3)) {
      Seq<?> bands = (Seq<?>) r.get(3);
      for (int b = 0, n = bands.length(); b < n; b++) {
        long k = (Long) bands.apply(b);
        v.key(b, k, hash(b, k));
      }
    }
  }

  /** A 64-bit hash of a string (FNV-1a over its chars, then a finaliser). */
  static long stringKey(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return Shingles.mix64(h);
  }

  /** The counted hash of a key of one kind (tag): a bijection of k for each tag. */
  static long hash(int tag, long k) {
    return Shingles.mix64(k + 0x9E3779B97F4A7C15L * (tag + 4));
  }

  /**
   * The hashes of keys that more than one row has, as sorted blocks (one per reducer; locally
   * checkpointed: saved by the first job that reads them).
   */
  static JavaRDD<long[]> sharedHashes(JavaRDD<Row> ids, int reducers) {
    JavaRDD<long[]> shared =
        ids.mapPartitionsToPair(rows -> {
              LongRun[] out = new LongRun[reducers];
              for (int r = 0; r < reducers; r++) {
                out[r] = new LongRun();
              }
              while (rows.hasNext()) {
                forEachKey(rows.next(), (tag, k, h) -> out[(int) Long.remainderUnsigned(h, reducers)].add(h));
              }
              List<Tuple2<Integer, long[]>> blocks = new ArrayList<>(reducers);
              for (int r = 0; r < reducers; r++) {
                if (out[r].size > 0) {
                  blocks.add(new Tuple2<>(r, out[r].toArray()));
                }
              }
              return blocks.iterator();
            })
            .partitionBy(new ExactPartitioner(reducers))
            .values()
            .mapPartitions(blocks -> List.of(repeated(blocks)).iterator());
    shared.rdd().localCheckpoint();
    return shared;
  }

  /** The values that occur more than once in the blocks, each once, sorted. */
  static long[] repeated(Iterator<long[]> blocks) {
    LongRun all = new LongRun();
    while (blocks.hasNext()) {
      all.addAll(blocks.next());
    }
    long[] v = Shingles.bucketSort(all.toArray()); // linear on well-mixed hashes
    LongRun out = new LongRun();
    for (int i = 1; i < v.length; i++) {
      if (v[i] == v[i - 1] && (out.size == 0 || out.last() != v[i])) {
        out.add(v[i]);
      }
    }
    return out.toArray();
  }

  /** Partition {@code r} for key {@code r}. */
  private static final class ExactPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    ExactPartitioner(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return (Integer) key;
    }
  }

  /** A growable array of longs. */
  private static final class LongRun {
    long[] values = new long[256];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(long[] vs) {
      if (size + vs.length > values.length) {
        values = Arrays.copyOf(values, Math.max(size + vs.length, size * 2));
      }
      System.arraycopy(vs, 0, values, size, vs.length);
      size += vs.length;
    }

    long last() {
      return values[size - 1];
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
