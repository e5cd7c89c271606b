// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import dev.curate.jobs.HadoopConf;
import dev.curate.tokenizer.pack.DocStart;
import dev.curate.tokenizer.pack.PackedRow;
import dev.curate.tokenizer.pack.RowAssembler;
import dev.curate.tokenizer.pack.RowFragment;
import dev.curate.tokenizer.shards.Manifest;
import dev.curate.tokenizer.shards.ShardStatsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * One writer task: receives the row pieces of its shards sorted by global position, joins them
 * into rows, and writes each shard as one Parquet file; reports what it wrote.
 *
 * <p>Checks that each shard got exactly its rows: a missing piece would shift every later token,
 * so the task fails rather than write a wrong shard.
 */
final class ParquetShardTask implements FlatMapFunction<Iterator<Tuple2<Long, RowFragment>>, WrittenShard> {
  static final String EXTENSION = ".parquet";

  private final ShardLayout layout;
  private final HadoopConf conf;

  ParquetShardTask(ShardLayout layout, HadoopConf conf) {
    this.layout = layout;
    this.conf = conf;
  }

  @Override
  public Iterator<WrittenShard> call(Iterator<Tuple2<Long, RowFragment>> pieces) throws IOException {
    List<WrittenShard> written = new ArrayList<>();
    if (!pieces.hasNext()) {
      return written.iterator();
    }
    Configuration hadoop = conf.get();
    Tuple2<Long, RowFragment> first = pieces.next();
    RowAssembler assembler = new RowAssembler(layout.rowTokens(), first._1());
    Shard[] current = {null};
    java.util.function.Consumer<PackedRow> sink =
        row -> {
          int shard = Math.toIntExact(row.row() / layout.rowsPerShard());
          try {
            if (current[0] == null || current[0].index != shard) {
              if (current[0] != null) {
                written.add(current[0].close());
              }
              current[0] = new Shard(shard, hadoop);
            }
            current[0].write(row);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    assembler.add(first._2(), sink);
    while (pieces.hasNext()) {
      assembler.add(pieces.next()._2(), sink);
    }
    if (assembler.hasPartialRow()) {
      if (assembler.position() != layout.totalTokens()) {
        throw new IllegalStateException(
            "rows end at token " + assembler.position() + " mid-row, but the stream has " + layout.totalTokens()
                + " tokens: pieces of a row are missing");
      }
      assembler.finish(layout.padId(), sink);
    }
    if (current[0] != null) {
      written.add(current[0].close());
    }
    return written.iterator();
  }

  /** The shard being written. */
  private final class Shard {
    final int index;
    final long firstRow;
    final ParquetShardWriter writer;
    final ShardStatsBuilder stats = new ShardStatsBuilder(layout.hasDomains());
    long rows;
    long tokens;
    long padding;

    Shard(int index, Configuration hadoop) throws IOException {
      this.index = index;
      this.firstRow = index * layout.rowsPerShard();
      Map<String, String> meta = new TreeMap<>(layout.metadata()); // a fixed order in the footer
      meta.put("curate.shard", Integer.toString(index));
      this.writer = new ParquetShardWriter(hadoop, new Path(layout.path(index, EXTENSION)), meta);
    }

    void write(PackedRow row) throws IOException {
      if (row.row() != firstRow + rows) {
        throw new IllegalStateException("shard " + index + ": row " + row.row() + " arrived, expected " + (firstRow + rows));
      }
      writer.write(row);
      rows++;
      tokens += row.realTokens();
      padding += row.padding();
      for (DocStart s : row.starts()) {
        stats.add(s);
      }
    }

    WrittenShard close() throws IOException {
      writer.close();
      long expected = Math.min(layout.rowsPerShard(), layout.totalRows() - firstRow);
      if (rows != expected) {
        throw new IllegalStateException("shard " + index + ": wrote " + rows + " rows, expected " + expected);
      }
      Manifest.ShardEntry entry =
          new Manifest.ShardEntry(
              index, ShardLayout.relative(index, EXTENSION), null, firstRow, rows, tokens, padding,
              stats.documents(), writer.bytes(), writer.sha256(), null);
      return new WrittenShard(entry, stats);
    }
  }
}
