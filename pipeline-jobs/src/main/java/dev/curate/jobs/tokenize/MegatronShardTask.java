// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import dev.curate.jobs.HadoopConf;
import dev.curate.tokenizer.pack.TokenizedDocument;
import dev.curate.tokenizer.shards.HashingOutputStream;
import dev.curate.tokenizer.shards.Manifest;
import dev.curate.tokenizer.shards.MegatronWriter;
import dev.curate.tokenizer.shards.ShardStatsBuilder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * One writer task of the Megatron export: receives whole documents keyed by the global position
 * of their first token, sorted, and writes each shard's {@code .bin}/{@code .idx} pair (one
 * sequence per document).
 */
final class MegatronShardTask
    implements FlatMapFunction<Iterator<Tuple2<Long, TokenizedDocument>>, WrittenShard> {
  static final String BIN = ".bin";
  static final String IDX = ".idx";

  private final ShardLayout layout;
  private final HadoopConf conf;

  MegatronShardTask(ShardLayout layout, HadoopConf conf) {
    this.layout = layout;
    this.conf = conf;
  }

  @Override
  public Iterator<WrittenShard> call(Iterator<Tuple2<Long, TokenizedDocument>> docs) throws IOException {
    List<WrittenShard> written = new ArrayList<>();
    Configuration hadoop = conf.get();
    Shard current = null;
    long expected = -1;
    while (docs.hasNext()) {
      Tuple2<Long, TokenizedDocument> next = docs.next();
      long position = next._1();
      if (expected >= 0 && position != expected) {
        throw new IllegalStateException("document at token " + position + ", expected " + expected + ": documents are missing");
      }
      int shard = ShardPartitioner.shardOf(position, layout.tokensPerShard());
      if (current == null || current.index != shard) {
        if (current != null) {
          written.add(current.close());
        }
        current = new Shard(shard, hadoop);
      }
      current.add(next._2());
      expected = position + next._2().tokens().length;
    }
    if (current != null) {
      written.add(current.close());
    }
    return written.iterator();
  }

  /** The shard being written. */
  private final class Shard {
    final int index;
    final Configuration hadoop;
    final HashingOutputStream bin;
    final OutputStream buffered;
    final MegatronWriter writer;
    final ShardStatsBuilder stats = new ShardStatsBuilder(layout.hasDomains());
    long tokens;

    Shard(int index, Configuration hadoop) throws IOException {
      this.index = index;
      this.hadoop = hadoop;
      Path path = new Path(layout.path(index, BIN));
      this.bin = new HashingOutputStream(path.getFileSystem(hadoop).create(path, true));
      this.buffered = new BufferedOutputStream(bin, 1 << 16);
      this.writer = new MegatronWriter(buffered, MegatronWriter.DType.forVocabulary(layout.vocabSize()));
    }

    void add(TokenizedDocument doc) throws IOException {
      writer.add(doc.tokens());
      tokens += doc.tokens().length;
      stats.add(doc.startAt(0));
    }

    WrittenShard close() throws IOException {
      buffered.close();
      Path idxPath = new Path(layout.path(index, IDX));
      FileSystem fs = idxPath.getFileSystem(hadoop);
      HashingOutputStream idx = new HashingOutputStream(fs.create(idxPath, true));
      try (OutputStream out = new BufferedOutputStream(idx, 1 << 16)) {
        writer.writeIndex(out);
      }
      // firstRow: the global index of the shard's first sequence is not known inside one task;
      // the driver fills it in from the shards before it.
      Manifest.ShardEntry entry =
          new Manifest.ShardEntry(
              index, ShardLayout.relative(index, BIN), ShardLayout.relative(index, IDX), -1, writer.sequences(),
              tokens, 0, stats.documents(), bin.count() + idx.count(), bin.sha256(), idx.sha256());
      return new WrittenShard(entry, stats);
    }
  }
}
