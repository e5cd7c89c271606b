// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** Lists crawl files (WARC, WARC.gz, WET, ARC, in any compression) under a path, sorted. */
public final class InputFiles {
  private InputFiles() {}

  /** One input file: fully qualified path and size in bytes. */
  public record InputFile(String path, long bytes) implements java.io.Serializable {}

  public static List<InputFile> listCrawlFiles(String input, Configuration conf) {
    try {
      Path root = new Path(input);
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        throw new IllegalArgumentException("input " + input + " does not exist");
      }
      List<InputFile> files = new ArrayList<>();
      FileStatus status = fs.getFileStatus(root);
      if (status.isFile()) {
        files.add(new InputFile(status.getPath().toString(), status.getLen()));
      } else {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (f.isFile() && isCrawlFile(f.getPath().getName())) {
            files.add(new InputFile(f.getPath().toString(), f.getLen()));
          }
        }
      }
      files.sort(Comparator.comparing(InputFile::path));
      if (files.isEmpty()) {
        throw new IllegalArgumentException(
            "no crawl files (*.warc, *.warc.gz, *.wet.gz, *.arc, ...) under " + input);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input, e);
    }
  }

  /** Names like {@code x.warc.gz}, {@code x.warc.wet.gz}, {@code x.arc}, {@code x.warc.lz4}. */
  static boolean isCrawlFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith(".") || n.startsWith("_")) {
      return false;
    }
    return n.endsWith(".warc") || n.contains(".warc.") || n.endsWith(".arc") || n.contains(".arc.")
        || n.endsWith(".wet") || n.contains(".wet.");
  }
}
