// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Sequential little-endian writes of a model file, the mirror of {@link LittleEndianInput}: fastText
 * writes raw x86 structs, so every field is little-endian.
 */
final class LittleEndianOutput implements Closeable {
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

  LittleEndianOutput(Path file) throws IOException {
    this.channel =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
  }

  private void room(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      flush();
    }
  }

  private void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  void writeInt(int v) throws IOException {
    room(4);
    buffer.putInt(v);
  }

  void writeLong(long v) throws IOException {
    room(8);
    buffer.putLong(v);
  }

  void writeDouble(double v) throws IOException {
    room(8);
    buffer.putDouble(v);
  }

  void writeByte(byte v) throws IOException {
    room(1);
    buffer.put(v);
  }

  void writeBool(boolean v) throws IOException {
    writeByte(v ? (byte) 1 : (byte) 0);
  }

  void writeBytes(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      room(1);
      int n = Math.min(len, buffer.remaining());
      buffer.put(b, off, n);
      off += n;
      len -= n;
    }
  }

  void writeFloats(float[] v) throws IOException {
    int off = 0;
    while (off < v.length) {
      room(4);
      int n = Math.min(buffer.remaining() / 4, v.length - off);
      buffer.asFloatBuffer().put(v, off, n);
      buffer.position(buffer.position() + 4 * n);
      off += n;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
      channel.force(false);
    } finally {
      channel.close();
    }
  }
}
