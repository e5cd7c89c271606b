// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import dev.curate.tokenizer.shards.HashingOutputStream;
import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A parquet-java output file on any Hadoop file system that hashes the bytes as they are
 * written, so the shard's SHA-256 needs no second read.
 */
final class HashedOutputFile implements OutputFile {
  private final FileSystem fs;
  private final Path path;
  private HashingOutputStream hashing;

  HashedOutputFile(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  @Override
  public PositionOutputStream create(long blockSizeHint) throws IOException {
    return createOrOverwrite(blockSizeHint);
  }

  @Override
  public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
    // Overwrite: a retried task rewrites the same file with the same bytes.
    hashing = new HashingOutputStream(fs.create(path, true));
    return new PositionOutputStream() {
      @Override
      public long getPos() {
        return hashing.count();
      }

      @Override
      public void write(int b) throws IOException {
        hashing.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        hashing.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        hashing.flush();
      }

      @Override
      public void close() throws IOException {
        hashing.close();
      }
    };
  }

  @Override
  public boolean supportsBlockSize() {
    return false;
  }

  @Override
  public long defaultBlockSize() {
    return 0;
  }

  @Override
  public String getPath() {
    return path.toString();
  }

  /** Bytes written; valid after the writer is closed. */
  long bytes() {
    return hashing.count();
  }

  /** Hex SHA-256 of the file; call once, after the writer is closed. */
  String sha256() {
    return hashing.sha256();
  }
}
