// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import dev.curate.core.Mappers;
import dev.curate.dedup.DedupSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The incremental dedup index under a state directory: for every batch, the duplicate keys of its
 * documents ({@code batches/<batch>/}: exact and URL keys, shingles, signatures, band keys and
 * survivor-order columns), and the latest decision for every document ({@code decisions/}).
 *
 * <p>A new batch is deduplicated together with the stored keys of all other batches, so old
 * signatures are never recomputed and the result equals processing all batches at once. All
 * documents are kept in the index, removed ones too: a later document can be a near-duplicate of
 * a removed one only, and batch-at-once processing would put it in that cluster. Rerunning a batch
 * replaces its own folder. {@code _STATE.json} pins the settings that make keys comparable.
 */
final class DedupState {
  static final String BATCHES = "batches";
  static final String DECISIONS = "decisions";
  static final String META = "_STATE.json";
  /** Written after a folder is complete (Spark's own _SUCCESS is switched off in our sessions). */
  static final String DONE = "_DONE";

  private final SparkSession spark;
  private final String dir;
  private final FileSystem fs;

  DedupState(SparkSession spark, String dir) {
    this.spark = spark;
    this.dir = dir;
    try {
      this.fs = new Path(dir).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open dedup state " + dir, e);
    }
  }

  /** What must not change between batches: the key definitions. */
  static Map<String, Object> pinned(DedupSettings s) {
    return Map.of(
        "normalization", s.normalization(),
        "minhash", Map.of(
            "bands", s.minhash().bands(),
            "rows", s.minhash().rows(),
            "shingle_size", s.minhash().shingleSize(),
            "seed", s.minhash().seed()),
        "survivor_order", s.survivorOrder());
  }

  /** Fails if the state was built with other key settings; records them on first use. */
  void checkSettings(DedupSettings s) {
    try {
      Path meta = new Path(dir, META);
      String want = Mappers.JSON.writeValueAsString(pinned(s));
      if (fs.exists(meta)) {
        String have;
        try (var in = fs.open(meta)) {
          have = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!Mappers.JSON.readTree(have).equals(Mappers.JSON.readTree(want))) {
          throw new IllegalArgumentException(
              "dedup state " + dir + " was built with other settings (" + have.strip()
                  + "); keys would not be comparable. Use a new --state directory, or the same settings: " + want);
        }
        return;
      }
      fs.mkdirs(new Path(dir));
      try (FSDataOutputStream out = fs.create(meta, true)) {
        out.write(want.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + dir + "/" + META, e);
    }
  }

  /** Keys of every stored batch except {@code batch}, or null if there are none. */
  Dataset<Row> otherBatches(String batch) {
    List<String> paths = new ArrayList<>();
    try {
      Path root = new Path(dir, BATCHES);
      if (fs.exists(root)) {
        for (FileStatus st : fs.listStatus(root)) {
          if (st.isDirectory() && !st.getPath().getName().equals(batch)
              && fs.exists(new Path(st.getPath(), DONE))) {
            paths.add(st.getPath().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + "/" + BATCHES, e);
    }
    paths.sort(null);
    return paths.isEmpty() ? null : spark.read().parquet(paths.toArray(new String[0]));
  }

  /** The stored decisions (doc_id, reason, duplicate_of), or null before the first batch. */
  Dataset<Row> decisions() {
    try {
      Path p = new Path(dir, DECISIONS);
      return fs.exists(new Path(p, DONE)) ? spark.read().parquet(p.toString()) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeBatch(String batch, Dataset<Row> keys) {
    Path p = new Path(new Path(dir, BATCHES), batch);
    keys.write().mode(SaveMode.Overwrite).parquet(p.toString());
    markDone(p);
  }

  private void markDone(Path folder) {
    try {
      fs.create(new Path(folder, DONE), true).close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark " + folder + " complete", e);
    }
  }

  /** Replaces the decisions (written next to the old ones, then swapped). */
  void writeDecisions(Dataset<Row> decisions) {
    Path target = new Path(dir, DECISIONS);
    Path tmp = new Path(dir, DECISIONS + ".tmp");
    try {
      decisions.write().mode(SaveMode.Overwrite).parquet(tmp.toString());
      markDone(tmp);
      fs.delete(target, true);
      if (!fs.rename(tmp, target)) {
        throw new IOException("rename " + tmp + " -> " + target + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
