// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.tokenizer.shards.Manifest;
import dev.curate.tokenizer.shards.ShardFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a token shard set for people ({@code curate inspect}): the manifest's summary, the
 * totals of {@code shard_stats.json}, and one line per shard.
 */
public final class ShardSetSummary {
  private ShardSetSummary() {}

  /** The directory holding {@code manifest.json} for {@code dir} (a tokenize output or its shards/), or null. */
  public static Path manifestDir(Path dir) {
    if (Files.isRegularFile(dir.resolve(Manifest.FILE))) {
      return dir;
    }
    Path parent = dir.toAbsolutePath().normalize().getParent();
    if (dir.getFileName() != null && dir.getFileName().toString().equals(ShardFiles.DIR)
        && parent != null && Files.isRegularFile(parent.resolve(Manifest.FILE))) {
      return parent;
    }
    return null;
  }

  public static void print(Path dir, PrintStream out) {
    Manifest m;
    JsonNode stats;
    try {
      m = Mappers.JSON.readValue(dir.resolve(Manifest.FILE).toFile(), Manifest.class);
      Path statsFile = dir.resolve(TokenizeOutputs.SHARD_STATS_JSON);
      stats = Files.exists(statsFile) ? Mappers.JSON.readTree(statsFile.toFile()) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(Manifest.FILE), e);
    }
    Manifest.Totals t = m.totals();
    out.printf(Locale.ROOT, "token shards: %s (%s v%d, %s)%n", dir, m.format(), m.formatVersion(), m.shardFormat());
    out.printf(
        Locale.ROOT, "  tokenizer   %s, vocabulary %,d, fingerprint %s%n",
        m.tokenizer().name(), m.tokenizer().vocabSize(), abbreviate(m.tokenizer().fingerprint()));
    out.printf(
        Locale.ROOT, "  seq_len     %,d (rows of %,d tokens); boundary %s id %d (%s); pad id %d; seed %d%n",
        m.seqLen(), m.rowTokens(), m.boundary().token(), m.boundary().id(), m.boundary().placement(), m.padId(), m.seed());
    out.printf(
        Locale.ROOT, "  totals      %,d shards, %,d %s, %,d tokens (+%,d padding), %,d documents, %,d bytes%n",
        t.shards(), t.rows(), m.shardFormat().equals("megatron") ? "sequences" : "rows", t.tokens(), t.paddingTokens(),
        t.documents(), t.bytes());
    Manifest.InputLineage in = m.input();
    if (in != null) {
      out.printf(
          Locale.ROOT, "  input       %s%s%s%n", in.path(),
          in.stage() == null ? "" : " (stage " + in.stage() + ", " + String.format(Locale.ROOT, "%,d", in.documents()) + " documents)",
          in.statsSha256() == null ? "" : ", _STATS.json " + abbreviate(in.statsSha256()));
    }
    if (stats != null && stats.has("totals")) {
      JsonNode totals = stats.get("totals");
      out.println("  languages   " + histogram(totals.get("languages"), 8));
      if (totals.hasNonNull("domains")) {
        out.println("  domains     " + histogram(totals.get("domains"), 8));
      }
      JsonNode d = totals.get("doc_tokens");
      out.printf(
          Locale.ROOT, "  doc tokens  min %,d  p10 %,d  p50 %,d  p90 %,d  p99 %,d  max %,d  mean %,.1f%n",
          d.get("min").asLong(), d.get("p10").asLong(), d.get("p50").asLong(), d.get("p90").asLong(),
          d.get("p99").asLong(), d.get("max").asLong(), d.get("mean").asDouble());
    }
    out.println();
    out.printf(
        Locale.ROOT, "%6s  %-28s %10s %14s %8s %10s %13s  %s%n",
        "shard", "file", "rows", "tokens", "padding", "documents", "bytes", "sha256");
    for (Manifest.ShardEntry e : m.shards()) {
      out.printf(
          Locale.ROOT, "%6d  %-28s %,10d %,14d %,8d %,10d %,13d  %s%n",
          e.index(), e.file(), e.rows(), e.tokens(), e.paddingTokens(), e.documents(), e.bytes(), abbreviate(e.sha256()));
    }
  }

  private static String abbreviate(String hex) {
    return hex == null ? "-" : hex.length() > 16 ? hex.substring(0, 16) + "..." : hex;
  }

  /** The {@code limit} largest entries, largest first, then how many more. */
  private static String histogram(JsonNode counts, int limit) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      entries.add(Map.entry(e.getKey(), e.getValue().asLong()));
    }
    entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(limit, entries.size()); i++) {
      b.append(i == 0 ? "" : ", ").append(entries.get(i).getKey()).append(' ')
          .append(String.format(Locale.ROOT, "%,d", entries.get(i).getValue()));
    }
    if (entries.size() > limit) {
      b.append(", ... (").append(entries.size() - limit).append(" more)");
    }
    return b.toString();
  }
}
