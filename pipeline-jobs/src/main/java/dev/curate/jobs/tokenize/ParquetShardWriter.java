// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import dev.curate.tokenizer.pack.DocStart;
import dev.curate.tokenizer.pack.PackedRow;
import dev.curate.tokenizer.shards.HashingOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes one Parquet shard of packed rows with parquet-java directly (the version Spark ships),
 * so that the file's bytes depend only on the rows and the footer metadata given: no Spark
 * version, timestamps or task ids, and a footer whose lists are sorted ({@link ParquetFooters}).
 * Schema in docs/TOKENIZE.md; zstd.
 */
final class ParquetShardWriter implements Closeable {
  static final MessageType SCHEMA =
      MessageTypeParser.parseMessageType(
          "message token_row {\n"
              + "  required int64 row;\n"
              + "  required group tokens (LIST) { repeated group list { required int32 element; } }\n"
              + "  required group doc_starts (LIST) { repeated group list { required int32 element; } }\n"
              + "  required group doc_ids (LIST) { repeated group list { required binary element (STRING); } }\n"
              + "  required int32 padding;\n"
              + "}");
  /** Row groups of about this many bytes, so readers can fetch parts of a shard. */
  private static final int ROW_GROUP_BYTES = 32 << 20;

  private final Configuration conf;
  private final Path target;
  private final java.nio.file.Path local;
  private final ParquetWriter<PackedRow> writer;
  private long bytes = -1;
  private String sha256;

  /**
   * Writes to a local temporary file first: the footer is made deterministic there ({@link
   * ParquetFooters}), then the file is copied to {@code target} (any Hadoop file system) and
   * hashed on the way.
   *
   * @param metadata footer key-value metadata (format, tokenizer, seq_len, shard)
   */
  ParquetShardWriter(Configuration conf, Path target, Map<String, String> metadata) throws IOException {
    this.conf = conf;
    this.target = target;
    this.local = java.nio.file.Files.createTempFile("curate-shard-", ".parquet");
    this.writer =
        new Builder(new LocalOutputFile(local), metadata)
            .withConf(conf)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .withCompressionCodec(CompressionCodecName.ZSTD)
            .withRowGroupSize((long) ROW_GROUP_BYTES)
            .build();
  }

  void write(PackedRow row) throws IOException {
    writer.write(row);
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
      ParquetFooters.canonicalize(local);
      FileSystem fs = target.getFileSystem(conf);
      // Overwrite: a retried task rewrites the same file with the same bytes.
      HashingOutputStream out = new HashingOutputStream(fs.create(target, true));
      try (out) {
        java.nio.file.Files.copy(local, out);
      }
      bytes = out.count();
      sha256 = out.sha256();
    } finally {
      java.nio.file.Files.deleteIfExists(local);
    }
  }

  /** File size; after {@link #close}. */
  long bytes() {
    return bytes;
  }

  /** Hex SHA-256 of the file; after {@link #close}. */
  String sha256() {
    return sha256;
  }

  private static final class Builder extends ParquetWriter.Builder<PackedRow, Builder> {
    private final Map<String, String> metadata;

    Builder(OutputFile file, Map<String, String> metadata) {
      super(file);
      this.metadata = metadata;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<PackedRow> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(metadata);
    }
  }

  /** Emits a {@link PackedRow} as the record of {@link #SCHEMA}. */
  private static final class RowWriteSupport extends WriteSupport<PackedRow> {
    private final Map<String, String> metadata;
    private RecordConsumer out;

    RowWriteSupport(Map<String, String> metadata) {
      this.metadata = metadata;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(SCHEMA, metadata);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(PackedRow row) {
      out.startMessage();
      out.startField("row", 0);
      out.addLong(row.row());
      out.endField("row", 0);
      intList("tokens", 1, row.tokens(), row.tokens().length);
      int[] starts = new int[row.starts().size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = row.starts().get(i).offset();
      }
      intList("doc_starts", 2, starts, starts.length);
      out.startField("doc_ids", 3);
      out.startGroup();
      if (!row.starts().isEmpty()) {
        out.startField("list", 0);
        for (DocStart s : row.starts()) {
          out.startGroup();
          out.startField("element", 0);
          out.addBinary(Binary.fromString(s.docId() == null ? "" : s.docId())); // the column is required
          out.endField("element", 0);
          out.endGroup();
        }
        out.endField("list", 0);
      }
      out.endGroup();
      out.endField("doc_ids", 3);
      out.startField("padding", 4);
      out.addInteger(row.padding());
      out.endField("padding", 4);
      out.endMessage();
    }

    /** A three-level Parquet LIST of int32 (the standard layout every reader understands). */
    private void intList(String name, int index, int[] values, int n) {
      out.startField(name, index);
      out.startGroup();
      if (n > 0) {
        out.startField("list", 0);
        for (int i = 0; i < n; i++) {
          out.startGroup();
          out.startField("element", 0);
          out.addInteger(values[i]);
          out.endField("element", 0);
          out.endGroup();
        }
        out.endField("list", 0);
      }
      out.endGroup();
      out.endField(name, index);
    }
  }
}
