// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.warc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints, per WARC/ARC/WET file, its entries by type and its errors by reason with offsets.
 * Directories are walked recursively ({@code .tsv}, {@code .md} and {@code .txt} files skipped).
 *
 * <pre>java -cp ... dev.curate.extract.warc.WarcScan FILE_OR_DIR...</pre>
 */
public final class WarcScan {
  private WarcScan() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: WarcScan FILE_OR_DIR...");
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (Path file : files(args)) {
      scan(file, out);
    }
  }

  static void scan(Path file, PrintStream out) throws IOException {
    Map<String, Integer> types = new TreeMap<>();
    Map<String, List<String>> errors = new TreeMap<>();
    int entries = 0;
    int good = 0;
    long payloadBytes = 0;
    long start = System.nanoTime();
    try (WarcEntryReader reader = WarcEntryReader.open(file, ReadLimits.defaults())) {
      while (reader.hasNext()) {
        WarcEntry e = reader.next();
        entries++;
        if (e.warcType() != null) {
          types.merge(e.warcType(), 1, Integer::sum);
        }
        if (e.error() == null) {
          good++;
        } else {
          errors.computeIfAbsent(e.error(), k -> new ArrayList<>()).add("@" + e.offset() + " " + e.errorDetail());
        }
        if (e.payload() != null) {
          payloadBytes += e.payload().length;
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    out.printf(
        "%s: %d entries (%d without error), records by type %s, %d payload bytes, %d ms%n",
        file, entries, good, types, payloadBytes, ms);
    for (Map.Entry<String, List<String>> e : errors.entrySet()) {
      out.printf("  %s x%d%n", e.getKey(), e.getValue().size());
      for (String where : e.getValue()) {
        out.printf("    %s%n", where);
      }
    }
  }

  private static List<Path> files(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          files.addAll(
              walk.filter(Files::isRegularFile)
                  .filter(f -> !f.toString().matches(".*\\.(tsv|md|txt)$"))
                  .sorted()
                  .collect(Collectors.toList()));
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
