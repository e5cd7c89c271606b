// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.tokenizer.pack.DocStart;
import dev.curate.tokenizer.pack.PackedRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetFootersTest {
  @TempDir Path dir;

  private Path writeShard(String name) throws Exception {
    Path file = dir.resolve(name);
    try (ParquetShardWriter w =
        new ParquetShardWriter(new Configuration(), new org.apache.hadoop.fs.Path(file.toUri()), Map.of("curate.shard", "0", "a", "b"))) {
      for (int r = 0; r < 50; r++) {
        int[] tokens = new int[16];
        for (int i = 0; i < tokens.length; i++) {
          tokens[i] = (r * 31 + i * 7) % 500;
        }
        w.write(new PackedRow(r, tokens, List.of(new DocStart(r % 16, "doc" + r, "en", null, 3)), 0));
      }
    }
    return file;
  }

  private static FileMetaData footer(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    int length = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Util.readFileMetaData(new ByteArrayInputStream(bytes, bytes.length - 8 - length, length));
  }

  private static void replaceFooter(Path file, FileMetaData meta) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    int length = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Util.writeFileMetaData(meta, out);
    assertEquals(length, out.size(), "reordering a list keeps the footer's length");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(bytes.length - 8 - length);
      raf.write(out.toByteArray());
    }
  }

  @Test
  void shardFootersListEncodingsInAscendingOrder() throws Exception {
    FileMetaData meta = footer(writeShard("a.parquet"));
    boolean several = false;
    for (RowGroup g : meta.getRow_groups()) {
      for (ColumnChunk c : g.getColumns()) {
        List<Encoding> e = c.getMeta_data().getEncodings();
        several |= e.size() > 1;
        for (int i = 1; i < e.size(); i++) {
          assertTrue(e.get(i - 1).getValue() < e.get(i).getValue(), e.toString());
        }
      }
    }
    assertTrue(several, "the case that needs sorting occurs");
  }

  @Test
  void aFooterWhoseListsCameOutInAnotherOrderCanonicalizesToTheSameBytes() throws Exception {
    Path original = writeShard("a.parquet");
    Path shuffled = dir.resolve("b.parquet");
    Files.copy(original, shuffled);
    // What another JVM's HashSet order would give: every encodings list reversed.
    FileMetaData meta = footer(shuffled);
    for (RowGroup g : meta.getRow_groups()) {
      for (ColumnChunk c : g.getColumns()) {
        List<Encoding> e = new ArrayList<>(c.getMeta_data().getEncodings());
        Collections.reverse(e);
        c.getMeta_data().setEncodings(e);
      }
    }
    replaceFooter(shuffled, meta);
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(original), Files.readAllBytes(shuffled)));
    ParquetFooters.canonicalize(shuffled);
    assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(shuffled));
  }
}
