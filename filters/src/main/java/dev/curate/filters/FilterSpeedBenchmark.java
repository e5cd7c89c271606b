// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.core.doc.Document;
import dev.curate.filters.fasttext.ModelCache;
import dev.curate.filters.heuristic.C4QualitySpec;
import dev.curate.filters.heuristic.FilterSpec;
import dev.curate.filters.heuristic.FineWebQualitySpec;
import dev.curate.filters.heuristic.GopherQualitySpec;
import dev.curate.filters.heuristic.GopherRepetitionSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Documents per second of the whole filter pipeline (language ID + language rule + FineWeb's
 * rules) on one thread, without Spark: the per-core cost of the filter stage.
 *
 * <p>Usage: {@code FilterSpeedBenchmark DOCS.jsonl [ROUNDS] [MODEL]}; each line's {@code text}
 * (or {@code main_text}, as in the sample crawl's {@code truth.jsonl}) is one document. Prints
 * each round and the median.
 */
public final class FilterSpeedBenchmark {
  private FilterSpeedBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: FilterSpeedBenchmark DOCS.jsonl [ROUNDS] [MODEL]");
      System.exit(2);
    }
    List<String> texts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode node = Mappers.JSON.readTree(line);
        JsonNode text = node.has("text") ? node.get("text") : node.get("main_text");
        if (text != null && text.isTextual() && !text.asText().isEmpty()) {
          texts.add(text.asText());
        }
      }
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String model = args.length > 2 ? args[2] : ModelCache.lid176().toString();
    List<FilterSpec> rules =
        List.of(
            new GopherRepetitionSpec(null, null, null, null, null, null),
            new GopherQualitySpec(null, null, null, null, null, null, null, null, 0, null),
            new C4QualitySpec(null, false, null, null, null, null, null, null, null),
            new FineWebQualitySpec(null, null, null, null, null, null));
    FilterPipeline pipeline =
        new FilterPipeline(new FilterSettings(new LanguageSettings(model, List.of(), 0.5, Map.of()), rules), model);
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf(Locale.ROOT, "%,d documents, %,d bytes (%.1f KB/doc), pipeline: %s%n",
        texts.size(), bytes, bytes / 1024.0 / Math.max(1, texts.size()), pipeline.describe());
    run(pipeline, texts); // warm-up
    double[] rates = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      int kept = run(pipeline, texts);
      double secs = (System.nanoTime() - start) / 1e9;
      rates[r] = texts.size() / secs;
      System.out.printf(Locale.ROOT, "round %d: %,.0f docs/s, %.1f MB/s, kept %,d%n", r + 1, rates[r], bytes / 1e6 / secs, kept);
    }
    Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "median: %,.0f documents/s on one thread%n", rates[rounds / 2]);
  }

  private static int run(FilterPipeline pipeline, List<String> texts) {
    int kept = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (pipeline.apply(new Document(Integer.toString(i), null, texts.get(i), null)).kept()) {
        kept++;
      }
    }
    return kept;
  }
}
