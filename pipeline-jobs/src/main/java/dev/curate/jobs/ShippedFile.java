// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * A driver-side file (a model) made available on every executor: its bytes travel as a Spark
 * broadcast, and each JVM writes them once to a local file named by their content hash, which the
 * model readers then open.
 *
 * <p>Why not {@code SparkContext.addFile}: files added after the executors started were not
 * fetched by them on a standalone cluster (seen with Spark 4.1 under spark-submit), and addFile
 * refuses a second file of the same name with other contents in one session, which a retrained
 * model at the same path is. A broadcast has neither problem; files up to 2 GB.
 */
public final class ShippedFile implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final Broadcast<byte[]> bytes;

  private ShippedFile(String name, Broadcast<byte[]> bytes) {
    this.name = name;
    this.bytes = bytes;
  }

  /** Reads {@code file} on the driver and broadcasts it. */
  public static ShippedFile of(SparkSession spark, Path file) {
    try {
      Path source = file.toAbsolutePath();
      long size = Files.size(source);
      if (size > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(file + " is " + size + " bytes; files to ship must be under 2 GB");
      }
      byte[] data = Files.readAllBytes(source);
      String name =
          java.util.HexFormat.of().formatHex(sha256(data), 0, 8) + "-" + source.getFileName();
      return new ShippedFile(name, JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(data));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " to ship it to the executors", e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** A local copy on this JVM's machine, written on first use (safe across threads and JVMs). */
  public String localPath() {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "curate-shipped");
    Path target = dir.resolve(name);
    try {
      if (!Files.isRegularFile(target)) {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, name + ".", ".tmp");
        Files.write(tmp, bytes.value());
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return target.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the shipped file " + target, e);
    }
  }
}
