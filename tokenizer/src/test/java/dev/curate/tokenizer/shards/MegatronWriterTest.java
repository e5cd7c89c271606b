// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MegatronWriterTest {
  /**
   * An independent reader written from Megatron-Core's published description of the index
   * (docs/TOKENIZE.md table; megatron/core/datasets/readme.md and _IndexReader): header, version,
   * dtype code, counts, then lengths, pointers and document indices; returns the sequences read
   * from the .bin through the pointers.
   */
  record Read(int dtypeCode, long documentCount, long[] documentIndices, List<long[]> sequences) {}

  static Read read(byte[] idx, byte[] bin) {
    ByteBuffer b = ByteBuffer.wrap(idx).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[9];
    b.get(magic);
    assertEquals("MMIDIDX\0\0", new String(magic, StandardCharsets.US_ASCII));
    assertEquals(1L, b.getLong());
    int code = b.get() & 0xFF;
    int itemSize = switch (code) {
      case 8 -> 2; // uint16
      case 4 -> 4; // int32
      default -> throw new AssertionError("unexpected dtype code " + code);
    };
    long sequences = b.getLong();
    long documents = b.getLong();
    int[] lengths = new int[(int) sequences];
    for (int i = 0; i < sequences; i++) {
      lengths[i] = b.getInt();
    }
    long[] pointers = new long[(int) sequences];
    for (int i = 0; i < sequences; i++) {
      pointers[i] = b.getLong();
    }
    long[] docIndices = new long[(int) documents];
    for (int i = 0; i < documents; i++) {
      docIndices[i] = b.getLong();
    }
    assertEquals(0, b.remaining(), "no trailing bytes (no multimodal sequence modes)");
    ByteBuffer data = ByteBuffer.wrap(bin).order(ByteOrder.LITTLE_ENDIAN);
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < sequences; i++) {
      long[] seq = new long[lengths[i]];
      for (int j = 0; j < lengths[i]; j++) {
        int at = (int) pointers[i] + j * itemSize;
        seq[j] = itemSize == 2 ? data.getShort(at) & 0xFFFF : data.getInt(at);
      }
      out.add(seq);
    }
    return new Read(code, documents, docIndices, out);
  }

  private static Read roundTrip(MegatronWriter.DType dtype, int[]... docs) throws IOException {
    ByteArrayOutputStream bin = new ByteArrayOutputStream();
    ByteArrayOutputStream idx = new ByteArrayOutputStream();
    MegatronWriter w = new MegatronWriter(bin, dtype);
    for (int[] d : docs) {
      w.add(d);
    }
    w.writeIndex(idx);
    byte[] binBytes = bin.toByteArray();
    long expectedBin = 0;
    for (int[] d : docs) {
      expectedBin += (long) d.length * dtype.size;
    }
    assertEquals(expectedBin, binBytes.length);
    return read(idx.toByteArray(), binBytes);
  }

  @Test
  void independentReaderGetsBackEveryDocumentWithUint16Ids() throws IOException {
    int[][] docs = {{1, 2, 3, 50256}, {65535, 0, 50256}, {50256}};
    Read r = roundTrip(MegatronWriter.DType.forVocabulary(50257), docs);
    assertEquals(8, r.dtypeCode());
    assertEquals(4, r.documentCount());
    assertArrayEquals(new long[] {0, 1, 2, 3}, r.documentIndices());
    for (int i = 0; i < docs.length; i++) {
      assertArrayEquals(java.util.Arrays.stream(docs[i]).asLongStream().toArray(), r.sequences().get(i));
    }
  }

  @Test
  void largeVocabulariesUseInt32() throws IOException {
    int[][] docs = {{100257, 5, 199997}, {42, 100257}};
    Read r = roundTrip(MegatronWriter.DType.forVocabulary(100277), docs);
    assertEquals(4, r.dtypeCode());
    assertArrayEquals(new long[] {100257, 5, 199997}, r.sequences().get(0));
    assertArrayEquals(new long[] {42, 100257}, r.sequences().get(1));
  }

  @Test
  void anEmptyDatasetHasOneDocumentIndex() throws IOException {
    Read r = roundTrip(MegatronWriter.DType.UINT16);
    assertEquals(1, r.documentCount());
    assertArrayEquals(new long[] {0}, r.documentIndices());
  }

  @Test
  void dtypeFollowsMegatronsOptimalDtypeThreshold() {
    assertEquals(MegatronWriter.DType.UINT16, MegatronWriter.DType.forVocabulary(65499));
    assertEquals(MegatronWriter.DType.INT32, MegatronWriter.DType.forVocabulary(65500));
  }

  @Test
  void rejectsIdsThatDoNotFitUint16() {
    MegatronWriter w = new MegatronWriter(new ByteArrayOutputStream(), MegatronWriter.DType.UINT16);
    assertThrows(IllegalArgumentException.class, () -> w.add(new int[] {70000}));
  }
}
