// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Writes a Megatron-LM indexed dataset ({@code .bin} + {@code .idx}, the {@code MMIDIDX} layout
 * of Megatron-Core's {@code indexed_dataset.py}) with one sequence per document, as its {@code
 * preprocess_data.py} does without sentence splitting.
 *
 * <p>Layout (little-endian), verified against NVIDIA/Megatron-LM {@code
 * megatron/core/datasets/indexed_dataset.py} at commit 00caa53a ({@code _IndexWriter}, {@code
 * _IndexReader}, {@code IndexedDatasetBuilder}): magic {@code MMIDIDX\0\0}; version u64 = 1;
 * dtype code u8; sequence count u64; document count u64 (documents + 1); sequence lengths
 * int32[S]; sequence byte pointers int64[S]; document indices int64[D] = 0, 1, .., S. The {@code
 * .bin} is the ids of every sequence in that dtype.
 */
public final class MegatronWriter {
  public static final byte[] MAGIC = {'M', 'M', 'I', 'D', 'I', 'D', 'X', 0, 0};
  public static final long VERSION = 1;

  /** Megatron's {@code DType} codes for the two dtypes it picks for token ids. */
  public enum DType {
    UINT16(8, 2),
    INT32(4, 4);

    public final int code;
    public final int size;

    DType(int code, int size) {
      this.code = code;
      this.size = size;
    }

    /** {@code DType.optimal_dtype(vocab_size)}: uint16 below 65,500 ids, else int32. */
    public static DType forVocabulary(int vocabSize) {
      return vocabSize < 65500 ? UINT16 : INT32;
    }
  }

  private final OutputStream bin;
  private final DType dtype;
  private int[] lengths = new int[1024];
  private int sequences;
  private ByteBuffer scratch = ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);

  /** @param bin receives the {@code .bin} bytes as sequences are added */
  public MegatronWriter(OutputStream bin, DType dtype) {
    this.bin = bin;
    this.dtype = dtype;
  }

  /** Appends one sequence (one document's ids, boundary token included). */
  public void add(int[] ids) throws IOException {
    int bytes = ids.length * dtype.size;
    if (scratch.capacity() < bytes) {
      scratch = ByteBuffer.allocate(Math.max(bytes, 2 * scratch.capacity())).order(ByteOrder.LITTLE_ENDIAN);
    }
    scratch.clear();
    for (int id : ids) {
      if (dtype == DType.UINT16) {
        if (id < 0 || id > 0xFFFF) {
          throw new IllegalArgumentException("token id " + id + " does not fit Megatron's uint16 dtype");
        }
        scratch.putShort((short) id);
      } else {
        scratch.putInt(id);
      }
    }
    bin.write(scratch.array(), 0, bytes);
    if (sequences == lengths.length) {
      lengths = Arrays.copyOf(lengths, 2 * sequences);
    }
    lengths[sequences++] = ids.length;
  }

  public int sequences() {
    return sequences;
  }

  /** Writes the {@code .idx} for every sequence added (does not close either stream). */
  public void writeIndex(OutputStream idx) throws IOException {
    int s = sequences;
    ByteBuffer b = ByteBuffer.allocate(34 + 4 * s + 8 * s + 8 * (s + 1)).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).putLong(VERSION).put((byte) dtype.code).putLong(s).putLong(s + 1L);
    for (int i = 0; i < s; i++) {
      b.putInt(lengths[i]);
    }
    long pointer = 0;
    for (int i = 0; i < s; i++) {
      b.putLong(pointer);
      pointer += (long) lengths[i] * dtype.size;
    }
    for (long d = 0; d <= s; d++) {
      b.putLong(d);
    }
    idx.write(b.array(), 0, b.position());
  }
}
