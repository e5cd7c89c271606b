// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.url;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list file: one entry per line, surrounding whitespace trimmed, blank lines and lines
 * starting with {@code #} skipped (datatrove's {@code parse_list}). UTF-8.
 */
public final class BlockList {
  private BlockList() {}

  public static List<String> load(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read block list " + file + ": " + e.getMessage(), e);
    }
  }

  public static List<String> parse(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String s = line.strip();
      if (!s.isEmpty() && s.charAt(0) != '#') out.add(s);
    }
    return out;
  }
}
