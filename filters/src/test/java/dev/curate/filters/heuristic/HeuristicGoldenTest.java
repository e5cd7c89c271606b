// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.curate.core.Mappers;
import dev.curate.core.doc.Document;
import dev.curate.core.doc.FilterResult;
import dev.curate.filters.url.UrlFilter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The FineWeb-style chain (URL, Gopher quality, C4 with line cleaning, FineWeb quality, Gopher
 * repetition) on a small human-readable corpus, against {@code expected.jsonl}: one line per
 * document with its reason and signals (4 decimals), sorted by id. Regenerate with {@code
 * -Dgolden.update=true} and review the diff.
 */
class HeuristicGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/heuristic/fineweb_chain");

  @Test
  void finewebChainMatchesGoldenFile() throws IOException {
    C4QualityFilter c4 = new C4QualityFilter(true, false, 5, 3, 1000, true, true, true, true);
    FilterChain chain =
        FilterChain.of(
            List.of(
                new UrlFilter(List.of("blocked.example"), List.of(), List.of("casino")),
                new GopherQualityFilter(),
                c4,
                new FineWebQualityFilter(),
                new GopherRepetitionFilter()));
    C4LineCleaner cleaner = c4.cleaner();
    ObjectWriter writer = Mappers.JSON.writer().without(SerializationFeature.INDENT_OUTPUT);

    List<JsonNode> inputs = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("input.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) inputs.add(Mappers.JSON.readTree(line));
    }
    inputs.sort(Comparator.comparing(n -> n.get("id").asText()));
    List<String> actual = new ArrayList<>();
    for (JsonNode in : inputs) {
      JsonNode url = in.get("url");
      Document doc =
          new Document(in.get("id").asText(), url == null || url.isNull() ? null : url.asText(),
              in.get("text").asText(), null);
      Document cleaned = cleaner.apply(doc);
      FilterResult r = chain.apply(cleaned);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", doc.id());
      out.put("reason", r.reason());
      out.put("cleaned_chars", cleaned.text().length());
      Map<String, Double> signals = new TreeMap<>();
      r.signals().forEach((k, v) ->
          signals.put(k, BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).doubleValue()));
      out.put("signals", signals);
      actual.add(writer.writeValueAsString(out));
    }

    Path expectedFile = DIR.resolve("expected.jsonl");
    if (Boolean.getBoolean("golden.update")) {
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      StringBuilder diff = new StringBuilder("golden mismatch (regenerate with -Dgolden.update=true)\n");
      diff.append("--- ").append(expectedFile).append("\n+++ actual\n");
      for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
        String e = i < expected.size() ? expected.get(i) : null;
        String a = i < actual.size() ? actual.get(i) : null;
        if (e != null && e.equals(a)) continue;
        if (e != null) diff.append("-").append(e).append('\n');
        if (a != null) diff.append("+").append(a).append('\n');
      }
      fail(diff.toString());
    }
  }
}
