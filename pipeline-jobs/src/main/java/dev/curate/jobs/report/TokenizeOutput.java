// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.jobs.report.RunReport.Shard;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What the report takes from a tokenize stage output: the shards of {@code manifest.json} and
 * the per-document token quantiles of {@code shard_stats.json} (layouts in docs/TOKENIZE.md).
 * Read as JSON trees, so fields the report does not show may come and go.
 *
 * @param tokens total tokens, or null without a manifest
 * @param docTokens {@code totals.doc_tokens} of shard_stats.json; empty without it
 */
public record TokenizeOutput(List<Shard> shards, Long tokens, Map<String, Double> docTokens, List<RunReport.DomainMix> mix) {
  public static final String MANIFEST = "manifest.json";
  public static final String SHARD_STATS = "shard_stats.json";

  public static TokenizeOutput read(FileSystem fs, Path stageDir) throws IOException {
    List<Shard> shards = new ArrayList<>();
    Long tokens = null;
    JsonNode manifest = tree(fs, new Path(stageDir, MANIFEST));
    if (manifest != null) {
      Path file = new Path(stageDir, MANIFEST);
      for (JsonNode s : manifest.path("shards")) {
        String name = s.hasNonNull("file") ? new Path(s.get("file").asText()).getName() : "shard " + s.path("index").asInt();
        shards.add(new Shard(
            name.replaceFirst("\\.(parquet|bin)$", ""),
            required(s, "rows", file),
            required(s, "tokens", file),
            s.hasNonNull("documents") ? s.get("documents").asLong() : null));
      }
      tokens = required(manifest.path("totals"), "tokens", file);
    }
    Map<String, Double> docTokens = new LinkedHashMap<>();
    JsonNode stats = tree(fs, new Path(stageDir, SHARD_STATS));
    if (stats != null) {
      JsonNode q = stats.path("totals").path("doc_tokens");
      for (String k : ReportPage.QUANTILES) {
        if (q.hasNonNull(k)) {
          docTokens.put(k, q.get(k).asDouble());
        }
      }
    }
    // The domain mix: available and target from the mixture the manifest records, realised from
    // the shard statistics' domain_tokens (docs/MIXTURE.md).
    List<RunReport.DomainMix> mix = new ArrayList<>();
    if (manifest != null) {
      JsonNode realised = stats == null ? null : stats.path("totals").path("domain_tokens");
      for (JsonNode d : manifest.path("mixture").path("domains")) {
        String domain = d.path("domain").asText();
        Long got = realised != null && realised.isObject() ? Long.valueOf(realised.path(domain).asLong(0)) : null;
        mix.add(new RunReport.DomainMix(domain, d.path("tokens_available").asLong(), d.path("target_tokens").asDouble(), got));
      }
    }
    return new TokenizeOutput(shards, tokens, docTokens, mix);
  }

  private static long required(JsonNode node, String field, Path file) {
    if (!node.path(field).isNumber()) {
      throw new IllegalArgumentException("report: " + file + ": expected a number at '" + field + "' in " + node);
    }
    return node.get(field).asLong();
  }

  private static JsonNode tree(FileSystem fs, Path file) throws IOException {
    if (!fs.exists(file)) {
      return null;
    }
    try (InputStream in = fs.open(file)) {
      return Mappers.JSON.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("report: " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
