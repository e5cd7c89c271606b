// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.domains;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.curate.core.config.DomainsSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The per-domain table of a domains stage output ({@code _DOMAINS.json}), computed from the
 * documents as written: documents, estimated tokens, languages, mean quality and mean domain score
 * per domain, largest first.
 *
 * @param mode cluster or classifier
 * @param embedding the embedding clustered (cluster mode), else null
 * @param k clusters asked for (cluster mode), else null
 * @param documents all documents
 * @param ruleLabelled documents whose domain came from a URL rule
 * @param tokensEstimate how tokens are estimated
 * @param domains one entry per domain
 */
public record DomainTable(
    String mode,
    String embedding,
    Integer k,
    long documents,
    long ruleLabelled,
    String tokensEstimate,
    List<Domain> domains) {
  /** Characters per token of the estimate (BPE tokenizers on European prose: about 4). */
  public static final int CHARS_PER_TOKEN = 4;

  /**
   * One domain.
   *
   * @param domain its label
   * @param source {@code rule}, {@code cluster} or {@code classifier}
   * @param clusterId the k-means cluster it names, else null
   * @param topTerms the terms that name the cluster, else empty
   * @param documents its documents
   * @param tokensEstimated characters / {@link #CHARS_PER_TOKEN}
   * @param languages documents per {@code lang} (null language: {@code und})
   * @param meanQuality mean {@code quality_score}, null without one
   * @param meanDomainScore mean {@code domain_score}
   */
  public record Domain(
      String domain,
      String source,
      Integer clusterId,
      List<String> topTerms,
      long documents,
      long tokensEstimated,
      Map<String, Long> languages,
      Double meanQuality,
      double meanDomainScore) {}

  static DomainTable of(Dataset<Row> written, DomainsSettings settings, List<DomainClusters.Cluster> clusters) {
    List<String> present = Arrays.asList(written.columns());
    Column quality = present.contains("quality_score") ? col("quality_score").cast(DataTypes.DoubleType) : lit(null).cast(DataTypes.DoubleType);
    Column lang = present.contains("lang") ? coalesce(col("lang").cast(DataTypes.StringType), lit("und")) : lit("und");
    Map<String, Map<String, Long>> languages = new HashMap<>();
    for (Row r : written.groupBy(col(DomainsStage.DOMAIN), lang.as("l")).count().collectAsList()) {
      languages.computeIfAbsent(r.getString(0), d -> new TreeMap<>()).put(r.getString(1), r.getLong(2));
    }
    Map<String, DomainClusters.Cluster> byLabel =
        clusters.stream().collect(Collectors.toMap(DomainClusters.Cluster::label, c -> c));
    Set<String> ruleDomains = settings.rules().stream().map(DomainsSettings.Rule::domain).collect(Collectors.toSet());
    List<Domain> domains = new ArrayList<>();
    long total = 0;
    long byRule = 0;
    for (Row r :
        written.groupBy(col(DomainsStage.DOMAIN))
            .agg(count(lit(1)), sum(length(col("text"))), avg(quality), avg(col(DomainsStage.DOMAIN_SCORE)))
            .orderBy(col("count(1)").desc(), col(DomainsStage.DOMAIN))
            .collectAsList()) {
      String name = r.getString(0);
      DomainClusters.Cluster c = byLabel.get(name);
      boolean rule = ruleDomains.contains(name);
      String source = rule ? "rule" : settings.mode().toString();
      long docs = r.getLong(1);
      total += docs;
      byRule += rule ? docs : 0;
      domains.add(
          new Domain(
              name, source, c == null ? null : c.id(), c == null ? List.of() : c.topTerms(), docs,
              r.isNullAt(2) ? 0 : r.getLong(2) / CHARS_PER_TOKEN, languages.getOrDefault(name, Map.of()),
              r.isNullAt(3) ? null : r.getDouble(3), r.isNullAt(4) ? 0 : r.getDouble(4)));
    }
    boolean cluster = settings.mode() == DomainsSettings.Mode.CLUSTER;
    return new DomainTable(
        settings.mode().toString(),
        cluster ? settings.embedding().toString() : null,
        cluster ? settings.k() : null,
        total,
        byRule,
        "characters / " + CHARS_PER_TOKEN,
        domains);
  }
}
