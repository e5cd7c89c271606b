// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Sequential little-endian reads from a model file, with errors that name the file, the field being
 * read and the byte offset.
 *
 * <p>fastText writes raw x86 structs ({@code ofs.write((char*)&x, sizeof(x))}), so every field is
 * little-endian. Reads go through a 1 MiB buffer rather than a memory map so files over 2 GiB work.
 */
final class LittleEndianInput implements Closeable {
  private final Path file;
  private final FileChannel channel;
  private final long size;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
  private long bufferStart; // file offset of buffer position 0

  LittleEndianInput(Path file) throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.size = channel.size();
    buffer.limit(0);
  }

  Path file() {
    return file;
  }

  long size() {
    return size;
  }

  long position() {
    return bufferStart + buffer.position();
  }

  /** Builds an error that names the file; {@code what} says what was wrong. */
  FastTextFormatException error(String what) {
    return new FastTextFormatException("invalid fastText model " + file + ": " + what);
  }

  private void require(int bytes, String field) throws IOException {
    if (buffer.remaining() >= bytes) {
      return;
    }
    bufferStart += buffer.position();
    buffer.compact();
    while (buffer.position() < bytes) {
      if (channel.read(buffer) < 0) {
        buffer.flip();
        throw error(
            "truncated while reading "
                + field
                + " at byte offset "
                + bufferStart
                + " (file has "
                + size
                + " bytes; re-download the model)");
      }
    }
    buffer.flip();
  }

  int readInt(String field) throws IOException {
    require(4, field);
    return buffer.getInt();
  }

  long readLong(String field) throws IOException {
    require(8, field);
    return buffer.getLong();
  }

  double readDouble(String field) throws IOException {
    require(8, field);
    return buffer.getDouble();
  }

  byte readByte(String field) throws IOException {
    require(1, field);
    return buffer.get();
  }

  boolean readBool(String field) throws IOException {
    byte b = readByte(field);
    if (b != 0 && b != 1) {
      throw error(field + " is " + b + " at byte offset " + (position() - 1) + ", expected 0 or 1");
    }
    return b == 1;
  }

  /** Reads a NUL-terminated byte string (dictionary words), at most {@code maxLen} bytes. */
  byte[] readCString(String field, int maxLen) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16);
    while (true) {
      byte b = readByte(field);
      if (b == 0) {
        return out.toByteArray();
      }
      if (out.size() >= maxLen) {
        throw error(field + " longer than " + maxLen + " bytes at byte offset " + position());
      }
      out.write(b);
    }
  }

  void readBytes(byte[] dst, String field) throws IOException {
    int off = 0;
    while (off < dst.length) {
      require(1, field);
      int n = Math.min(buffer.remaining(), dst.length - off);
      buffer.get(dst, off, n);
      off += n;
    }
  }

  void readFloats(float[] dst, String field) throws IOException {
    int off = 0;
    while (off < dst.length) {
      require(4, field);
      int n = Math.min(buffer.remaining() / 4, dst.length - off);
      buffer.asFloatBuffer().get(dst, off, n);
      buffer.position(buffer.position() + 4 * n);
      off += n;
    }
  }

  /** Fails unless {@code bytes} more bytes exist; checked before allocating big arrays. */
  void requireRemaining(long bytes, String field) throws IOException {
    long left = size - position();
    if (bytes > left) {
      throw error(
          "truncated: "
              + field
              + " needs "
              + bytes
              + " bytes at byte offset "
              + position()
              + " but only "
              + left
              + " remain (file has "
              + size
              + " bytes; re-download the model)");
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
