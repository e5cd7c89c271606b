// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import dev.curate.core.Mappers;
import dev.curate.core.StageStats;
import dev.curate.core.config.TokenizeSettings;
import dev.curate.jobs.StageRunner;
import dev.curate.tokenizer.Tokenizer;
import dev.curate.tokenizer.DocumentBoundary;
import dev.curate.tokenizer.shards.DocTokenStats;
import dev.curate.tokenizer.shards.Manifest;
import dev.curate.tokenizer.shards.MegatronWriter;
import dev.curate.tokenizer.shards.ShardFiles;
import dev.curate.tokenizer.shards.ShardStats;
import dev.curate.tokenizer.shards.ShardStatsBuilder;
import dev.curate.tokenizer.shards.ShardStatsFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The tokenize stage's files besides the shards: {@code manifest.json}, {@code
 * shard_stats.json}, {@code shard_stats.parquet}, and the check that the shards as written
 * hold what the manifest says.
 */
final class TokenizeOutputs {
  static final String SHARD_STATS_JSON = "shard_stats.json";
  static final String SHARD_STATS_PARQUET = "shard_stats.parquet";

  private final SparkSession spark;
  private final String outputDir;
  private final FileSystem fs;

  TokenizeOutputs(SparkSession spark, String outputDir) {
    this.spark = spark;
    this.outputDir = outputDir;
    try {
      this.fs = new Path(outputDir).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + outputDir, e);
    }
  }

  Manifest writeManifest(Tokenizer tokenizer, TokenizeSettings settings, String input, List<WrittenShard> written) {
    List<Manifest.ShardEntry> entries = new ArrayList<>();
    long firstRow = 0;
    for (WrittenShard w : written) {
      Manifest.ShardEntry e = w.entry();
      // Megatron tasks cannot know how many sequences precede their shard; the driver can.
      entries.add(
          new Manifest.ShardEntry(
              e.index(), e.file(), e.indexFile(), firstRow, e.rows(), e.tokens(), e.paddingTokens(),
              e.documents(), e.bytes(), e.sha256(), e.indexSha256()));
      firstRow += e.rows();
    }
    DocumentBoundary b = tokenizer.boundary();
    boolean eos = b.placement() == DocumentBoundary.Placement.APPEND_EOS;
    Manifest manifest =
        new Manifest(
            Manifest.FORMAT, Manifest.FORMAT_VERSION, settings.format().toString(),
            Manifest.TokenizerInfo.of(tokenizer), settings.seqLen(), settings.rowTokens(),
            Manifest.Boundary.of(b), eos ? b.tokenId() : null, eos ? null : b.tokenId(), b.tokenId(),
            settings.seed(), Manifest.Totals.of(entries), entries, settings, lineage(input), mixture(input));
    write(Manifest.FILE, manifest);
    return manifest;
  }

  void writeShardStats(List<WrittenShard> written, boolean hasDomains) {
    List<ShardStats> shards = new ArrayList<>();
    ShardStatsBuilder all = new ShardStatsBuilder(hasDomains);
    long rows = 0;
    long tokens = 0;
    for (WrittenShard w : written) {
      Manifest.ShardEntry e = w.entry();
      shards.add(w.stats().build(e.index(), e.file(), e.rows(), e.tokens()));
      all.merge(w.stats());
      rows += e.rows();
      tokens += e.tokens();
    }
    ShardStatsFile.Totals totals =
        new ShardStatsFile.Totals(
            shards.size(), rows, tokens, all.documents(), all.languages(), all.domains(), all.domainTokens(),
            DocTokenStats.of(all.lengths()));
    write(SHARD_STATS_JSON, new ShardStatsFile(shards, totals));
    writeStatsParquet(written, shards);
  }

  /** One Parquet file (not a directory), written by Spark into a temporary folder and moved. */
  private void writeStatsParquet(List<WrittenShard> written, List<ShardStats> shards) {
    StructType schema =
        new StructType()
            .add("shard", DataTypes.IntegerType, false)
            .add("file", DataTypes.StringType, false)
            .add("rows", DataTypes.LongType, false)
            .add("tokens", DataTypes.LongType, false)
            .add("padding_tokens", DataTypes.LongType, false)
            .add("documents", DataTypes.LongType, false)
            .add("bytes", DataTypes.LongType, false)
            .add("sha256", DataTypes.StringType, false)
            .add("doc_tokens_min", DataTypes.LongType, false)
            .add("doc_tokens_p10", DataTypes.LongType, false)
            .add("doc_tokens_p50", DataTypes.LongType, false)
            .add("doc_tokens_p90", DataTypes.LongType, false)
            .add("doc_tokens_p99", DataTypes.LongType, false)
            .add("doc_tokens_max", DataTypes.LongType, false)
            .add("doc_tokens_mean", DataTypes.DoubleType, false)
            .add("languages", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), false)
            .add("domains", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), true);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < shards.size(); i++) {
      ShardStats s = shards.get(i);
      Manifest.ShardEntry e = written.get(i).entry();
      DocTokenStats d = s.docTokens();
      rows.add(
          RowFactory.create(
              s.shard(), s.file(), s.rows(), s.tokens(), e.paddingTokens(), s.documents(), e.bytes(), e.sha256(),
              d.min(), d.p10(), d.p50(), d.p90(), d.p99(), d.max(), d.mean(), s.languages(), s.domains()));
    }
    String tmp = outputDir + "/_shard_stats.tmp";
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(tmp);
    try {
      Path part = null;
      for (FileStatus f : fs.listStatus(new Path(tmp))) {
        if (f.getPath().getName().startsWith("part-")) {
          part = f.getPath();
        }
      }
      Path target = new Path(outputDir, SHARD_STATS_PARQUET);
      if (part == null || !fs.rename(part, target)) {
        throw new IOException("cannot move the statistics part file of " + tmp + " to " + target);
      }
      fs.delete(new Path(tmp), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the shards back (Spark's Parquet reader, or the Megatron indexes) and checks rows,
   * tokens and documents against the manifest; returns the documents, the stage's kept count.
   */
  long checkShards(Manifest manifest) {
    Manifest.Totals t = manifest.totals();
    if (t.shards() == 0) {
      return 0;
    }
    long rows;
    long tokens;
    long documents;
    if (manifest.shardFormat().equals(TokenizeSettings.ShardFormat.PARQUET.toString())) {
      Row r =
          spark.read().parquet(outputDir + "/" + ShardFiles.DIR)
              .agg(count(lit(1)), sum(size(col("tokens")).minus(col("padding"))), sum(size(col("doc_starts"))))
              .first();
      rows = r.getLong(0);
      tokens = r.getLong(1);
      documents = r.getLong(2);
    } else {
      rows = 0;
      tokens = 0;
      documents = 0;
      for (Manifest.ShardEntry e : manifest.shards()) {
        long[] header = megatronCounts(new Path(outputDir, e.indexFile()), new Path(outputDir, e.file()));
        rows += header[0];
        documents += header[1] - 1; // document indices start with 0
        tokens += header[2];
      }
    }
    if (rows != t.rows() || tokens != t.tokens() || documents != t.documents()) {
      throw new IllegalStateException(
          outputDir + ": shards as written hold " + rows + " rows, " + tokens + " tokens, " + documents
              + " documents; the manifest says " + t.rows() + ", " + t.tokens() + ", " + t.documents());
    }
    return documents;
  }

  /** {sequences, document indices, tokens} of a Megatron shard, from its header and .bin size. */
  private long[] megatronCounts(Path idx, Path bin) {
    try (InputStream in = fs.open(idx)) {
      ByteBuffer b = ByteBuffer.wrap(in.readNBytes(34)).order(ByteOrder.LITTLE_ENDIAN);
      b.position(MegatronWriter.MAGIC.length + Long.BYTES);
      int code = b.get();
      int size = code == MegatronWriter.DType.UINT16.code ? MegatronWriter.DType.UINT16.size : MegatronWriter.DType.INT32.size;
      long sequences = b.getLong();
      long docs = b.getLong();
      return new long[] {sequences, docs, fs.getFileStatus(bin).getLen() / size};
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + idx, e);
    }
  }

  private Manifest.InputLineage lineage(String input) {
    Path dir = new Path(input);
    String statsSha = sha256(new Path(dir, StageRunner.STATS));
    String configSha = sha256(new Path(dir, StageRunner.CONFIG));
    String stage = null;
    Long documents = null;
    if (statsSha != null) {
      try {
        StageStats s = StageRunner.readStats(fs(dir), dir);
        stage = s.stage();
        documents = s.kept();
      } catch (IOException | RuntimeException e) {
        // Not a curate stage output (any Parquet/JSONL documents may be tokenized): no lineage.
      }
    }
    return new Manifest.InputLineage(input, stage, documents, statsSha, configSha);
  }

  /** The input's {@code _MIXTURE.json} (a mixture stage output), or null. */
  private com.fasterxml.jackson.databind.JsonNode mixture(String input) {
    Path file = new Path(input, dev.curate.jobs.mixture.MixtureStage.FILE);
    try {
      FileSystem f = fs(file);
      if (!f.exists(file)) {
        return null;
      }
      try (InputStream in = f.open(file)) {
        return Mappers.JSON.readTree(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private FileSystem fs(Path p) throws IOException {
    return p.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  /** Hex SHA-256 of a file, or null when it does not exist. */
  private String sha256(Path file) {
    try {
      FileSystem f = fs(file);
      if (!f.exists(file) || !f.isFile(file)) {
        return null;
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = f.open(file)) {
        sha.update(in.readAllBytes());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void write(String name, Object value) {
    try (OutputStream out = fs.create(new Path(outputDir, name), true)) {
      out.write(Mappers.JSON.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + outputDir + "/" + name, e);
    }
  }
}
