// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.KeyValue;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Puts the lists of a Parquet footer that parquet-java fills from hash sets into a fixed order,
 * so that the same rows give the same bytes in every JVM.
 *
 * <p><b>NOTE</b>: parquet-java (1.16) collects each column chunk's encodings in a {@code
 * HashSet<Encoding>}; an enum's hash code is its identity hash, which differs from one JVM to the
 * next, so the footer's {@code encodings} lists come out in a different order per process
 * (measured: two {@code curate tokenize} runs gave shards differing only there). Sorting them
 * changes neither their meaning nor the footer's length.
 */
final class ParquetFooters {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private ParquetFooters() {}

  /** Rewrites the footer of a local Parquet file with its lists sorted. */
  static void canonicalize(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long length = raf.length();
      byte[] tail = new byte[8];
      raf.seek(length - 8);
      raf.readFully(tail);
      if (!java.util.Arrays.equals(java.util.Arrays.copyOfRange(tail, 4, 8), MAGIC)) {
        throw new IOException(file + ": not a Parquet file (no PAR1 at the end)");
      }
      int footerLength = ByteBuffer.wrap(tail, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      long footerStart = length - 8 - footerLength;
      byte[] footer = new byte[footerLength];
      raf.seek(footerStart);
      raf.readFully(footer);
      FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer));
      sort(meta);
      ByteArrayOutputStream out = new ByteArrayOutputStream(footerLength);
      Util.writeFileMetaData(meta, out);
      byte[] sorted = out.toByteArray();
      raf.setLength(footerStart);
      raf.seek(footerStart);
      raf.write(sorted);
      raf.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(sorted.length).array());
      raf.write(MAGIC);
    }
  }

  /** Sorts encodings, encoding statistics and key-value metadata in place. */
  static void sort(FileMetaData meta) {
    for (RowGroup group : meta.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        ColumnMetaData column = chunk.getMeta_data();
        if (column == null) {
          continue;
        }
        if (column.isSetEncodings()) {
          List<Encoding> encodings = new ArrayList<>(column.getEncodings());
          encodings.sort(Comparator.comparingInt(Encoding::getValue));
          column.setEncodings(encodings);
        }
        if (column.isSetEncoding_stats()) {
          List<PageEncodingStats> stats = new ArrayList<>(column.getEncoding_stats());
          stats.sort(
              Comparator.<PageEncodingStats>comparingInt(s -> s.getPage_type().getValue())
                  .thenComparingInt(s -> s.getEncoding().getValue()));
          column.setEncoding_stats(stats);
        }
      }
    }
    if (meta.isSetKey_value_metadata()) {
      List<KeyValue> kv = new ArrayList<>(meta.getKey_value_metadata());
      kv.sort(Comparator.comparing(KeyValue::getKey));
      meta.setKey_value_metadata(kv);
    }
  }
}
