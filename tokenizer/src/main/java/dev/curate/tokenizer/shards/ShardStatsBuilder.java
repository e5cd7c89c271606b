// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import dev.curate.tokenizer.pack.DocStart;
import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts the documents beginning in a shard (languages, domains, length histogram); builders of
 * several shards merge into the totals. The length histogram has one entry per distinct length,
 * so it stays small however many documents there are.
 */
public final class ShardStatsBuilder implements Serializable {
  /** Language key of documents without one. */
  public static final String UNKNOWN_LANGUAGE = "und";

  private final boolean hasDomains;
  private final TreeMap<String, Long> languages = new TreeMap<>();
  private final TreeMap<String, Long> domains = new TreeMap<>();
  private final TreeMap<String, Long> domainTokens = new TreeMap<>();
  private final TreeMap<Integer, Long> lengths = new TreeMap<>();
  private long documents;

  /** @param hasDomains whether the input has a {@code domain} column (else domains are null) */
  public ShardStatsBuilder(boolean hasDomains) {
    this.hasDomains = hasDomains;
  }

  public void add(DocStart doc) {
    documents++;
    languages.merge(doc.lang() == null ? UNKNOWN_LANGUAGE : doc.lang(), 1L, Long::sum);
    if (hasDomains) {
      domains.merge(doc.domain() == null ? "null" : doc.domain(), 1L, Long::sum);
      // The whole document, boundary token included, counts where it begins: totals are exact.
      domainTokens.merge(doc.domain() == null ? "null" : doc.domain(), doc.textTokens() + 1L, Long::sum);
    }
    lengths.merge(doc.textTokens(), 1L, Long::sum);
  }

  public void merge(ShardStatsBuilder other) {
    documents += other.documents;
    other.languages.forEach((k, v) -> languages.merge(k, v, Long::sum));
    other.domains.forEach((k, v) -> domains.merge(k, v, Long::sum));
    other.domainTokens.forEach((k, v) -> domainTokens.merge(k, v, Long::sum));
    other.lengths.forEach((k, v) -> lengths.merge(k, v, Long::sum));
  }

  public long documents() {
    return documents;
  }

  public Map<String, Long> languages() {
    return new TreeMap<>(languages);
  }

  /** Null when the input has no domain column. */
  public Map<String, Long> domains() {
    return hasDomains ? new TreeMap<>(domains) : null;
  }

  /** Tokens (boundary included) of the documents beginning here, by domain; null without a domain column. */
  public Map<String, Long> domainTokens() {
    return hasDomains ? new TreeMap<>(domainTokens) : null;
  }

  public SortedMap<Integer, Long> lengths() {
    return new TreeMap<>(lengths);
  }

  public ShardStats build(int shard, String file, long rows, long tokens) {
    return new ShardStats(shard, file, rows, tokens, documents, languages(), domains(), domainTokens(), DocTokenStats.of(lengths));
  }
}
