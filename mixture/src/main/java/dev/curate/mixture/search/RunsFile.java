// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Past runs from a results file: CSV with a header of domain names and a {@code loss} column, or
 * JSON Lines {@code {"weights": {"news": 0.5, ...}, "loss": 2.71}} (by extension {@code .jsonl} or
 * {@code .json}). Weights are normalised to sum to 1; a domain a run does not name weighs 0.
 */
public record RunsFile(List<String> domains, List<MixtureRun> runs) {
  public static RunsFile read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<Map<String, Double>> weights = new ArrayList<>();
    List<Double> losses = new ArrayList<>();
    String name = file.getFileName().toString();
    if (name.endsWith(".jsonl") || name.endsWith(".json")) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        JsonNode o = Mappers.JSON.readTree(lines.get(i));
        String where = file + ":" + (i + 1);
        if (!o.path("weights").isObject() || !o.path("loss").isNumber()) {
          throw new IllegalArgumentException(where + ": expected {\"weights\": {domain: weight, ...}, \"loss\": number}");
        }
        Map<String, Double> w = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.get("weights").fields(); it.hasNext(); ) {
          var e = it.next();
          w.put(e.getKey(), e.getValue().asDouble());
        }
        weights.add(w);
        losses.add(o.get("loss").asDouble());
      }
    } else {
      if (lines.isEmpty()) {
        throw new IllegalArgumentException(file + ": empty (expected a CSV header of domain names and loss)");
      }
      String[] header = lines.get(0).split(",", -1);
      int lossColumn = List.of(header).indexOf("loss");
      if (lossColumn < 0) {
        throw new IllegalArgumentException(file + ": the CSV header has no 'loss' column: " + lines.get(0));
      }
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        String[] cells = lines.get(i).split(",", -1);
        if (cells.length != header.length) {
          throw new IllegalArgumentException(
              file + ":" + (i + 1) + ": " + cells.length + " cells, the header has " + header.length);
        }
        Map<String, Double> w = new TreeMap<>();
        for (int c = 0; c < header.length; c++) {
          if (c != lossColumn) {
            w.put(header[c].strip(), number(cells[c], file + ":" + (i + 1) + ": " + header[c]));
          }
        }
        weights.add(w);
        losses.add(number(cells[lossColumn], file + ":" + (i + 1) + ": loss"));
      }
    }
    TreeSet<String> domains = new TreeSet<>();
    weights.forEach(w -> domains.addAll(w.keySet()));
    List<String> order = List.copyOf(domains);
    List<MixtureRun> runs = new ArrayList<>();
    for (int r = 0; r < weights.size(); r++) {
      double[] w = new double[order.size()];
      double sum = 0;
      for (int d = 0; d < order.size(); d++) {
        w[d] = weights.get(r).getOrDefault(order.get(d), 0.0);
        if (w[d] < 0) {
          throw new IllegalArgumentException(file + ": run " + (r + 1) + ": weight of " + order.get(d) + " is negative");
        }
        sum += w[d];
      }
      if (!(sum > 0)) {
        throw new IllegalArgumentException(file + ": run " + (r + 1) + ": all weights are 0");
      }
      for (int d = 0; d < w.length; d++) {
        w[d] /= sum;
      }
      runs.add(new MixtureRun(w, losses.get(r)));
    }
    return new RunsFile(order, runs);
  }

  private static double number(String cell, String where) {
    try {
      return Double.parseDouble(cell.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": not a number: '" + cell + "'");
    }
  }
}
