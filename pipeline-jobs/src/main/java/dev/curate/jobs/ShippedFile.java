// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.filters.fasttext.ModelCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Ships a local file (a model) to every executor with {@code SparkContext.addFile}, under a name
 * that includes its content hash: Spark refuses a second file of the same name with other
 * contents in one session, which a retrained model at the same path would otherwise be. The
 * hash-named file lives in {@code <tmpdir>/curate-shipped/}; since its name is its content, an
 * existing one is reused.
 */
public final class ShippedFile {
  private ShippedFile() {}

  /** Adds {@code file} to the job; returns the name to pass to {@code SparkFiles.get}. */
  public static String add(SparkSession spark, Path file) {
    try {
      Path source = file.toAbsolutePath();
      String name = ModelCache.sha256(source).substring(0, 16) + "-" + source.getFileName();
      Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "curate-shipped"));
      Path link = dir.resolve(name);
      if (!Files.isRegularFile(link) || Files.size(link) != Files.size(source)) {
        // A hard link (or, across file systems, a copy): Spark resolves symbolic links and would
        // ship the file under its original name. Made under a temporary name, then renamed.
        Path tmp = dir.resolve(name + "." + ProcessHandle.current().pid() + "." + System.nanoTime());
        try {
          Files.createLink(tmp, source);
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(source, tmp);
        }
        Files.move(tmp, link, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      spark.sparkContext().addFile(link.toString());
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot ship " + file + " to the executors", e);
    }
  }
}
