// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code curate report} shows about one run: plain data, embedded in the page as JSON.
 *
 * @param runDir the run directory as given
 * @param stages the stages present, in pipeline order
 * @param notes what is missing or unusual (absent stages, unfinished stages), one line each
 * @param documentsStage the last stage with kept documents: the distributions below describe them
 * @param documents kept documents of {@code documentsStage}
 * @param languages kept documents by {@code lang}; empty without that column
 * @param chars characters per kept document
 * @param words words per kept document (the Gopher word count where the filter measured it)
 * @param docTokens quantiles of tokens per document from the tokenize stage's shard_stats.json
 *     ({@code min, p10, p50, p90, p99, max, mean}); empty without it
 * @param domains kept documents by {@code domain}; empty without that column
 * @param quality {@code quality_score} of every document the filter scored (series kept,
 *     rejected); null without scores
 * @param clusterSizes duplicate clusters by size (label: members); empty without dedup
 * @param shards token shards of the tokenize stage; empty without it
 */
public record RunReport(
    String runDir,
    String generatedAt,
    List<StageFunnel> stages,
    List<String> notes,
    String documentsStage,
    long documents,
    List<Bar> languages,
    Histogram chars,
    Histogram words,
    Map<String, Double> docTokens,
    List<Bar> domains,
    Histogram quality,
    List<Bar> clusterSizes,
    List<Shard> shards,
    List<DomainMix> mix) {
  public RunReport {
    mix = List.copyOf(mix);
    stages = List.copyOf(stages);
    notes = List.copyOf(notes);
    languages = List.copyOf(languages);
    docTokens = Collections.unmodifiableMap(new LinkedHashMap<>(docTokens));
    domains = List.copyOf(domains);
    clusterSizes = List.copyOf(clusterSizes);
    shards = List.copyOf(shards);
  }

  /** A report without a mixture (runs before the mixture stage existed, tests). */
  public RunReport(
      String runDir, String generatedAt, List<StageFunnel> stages, List<String> notes, String documentsStage,
      long documents, List<Bar> languages, Histogram chars, Histogram words, Map<String, Double> docTokens,
      List<Bar> domains, Histogram quality, List<Bar> clusterSizes, List<Shard> shards) {
    this(runDir, generatedAt, stages, notes, documentsStage, documents, languages, chars, words, docTokens, domains,
        quality, clusterSizes, shards, List.of());
  }

  /**
   * A domain of the mixture: tokens available, the mixture's target, and the tokens the shards hold.
   *
   * @param realised null when the shard statistics have no domain_tokens
   */
  public record DomainMix(String domain, long available, double target, Long realised) {}

  /**
   * One stage's row of the funnel.
   *
   * @param textBytesOut UTF-8 bytes of the kept documents' text; null when not measured
   * @param tokensOut tokens written; null where unknown (only the tokenize stage knows them)
   */
  public record StageFunnel(
      String name,
      long recordsIn,
      long kept,
      List<Bar> rejected,
      List<Bar> errors,
      Long textBytesOut,
      Long tokensOut,
      long wallMillis,
      boolean finished) {
    public StageFunnel {
      rejected = List.copyOf(rejected);
      errors = List.copyOf(errors);
    }

    public long rejectedTotal() {
      return rejected.stream().mapToLong(Bar::value).sum();
    }

    public long errorsTotal() {
      return errors.stream().mapToLong(Bar::value).sum();
    }
  }

  /** A labelled count. */
  public record Bar(String label, long value) {}

  /**
   * Counts in bins of one measure, in one or more series (e.g. kept and rejected).
   *
   * @param quantiles e.g. {@code p50 -> 812.0}, over all series together
   */
  public record Histogram(List<String> series, List<Bin> bins, Map<String, Double> quantiles) {
    public Histogram {
      series = List.copyOf(series);
      bins = List.copyOf(bins);
      quantiles = Collections.unmodifiableMap(new LinkedHashMap<>(quantiles));
    }

    public long total() {
      return bins.stream().flatMap(b -> b.counts().stream()).mapToLong(Long::longValue).sum();
    }
  }

  /** Values in {@code [lo, hi)}, one count per series. */
  public record Bin(double lo, double hi, List<Long> counts) {
    public Bin {
      counts = List.copyOf(counts);
    }
  }

  /**
   * One token shard.
   *
   * @param documents documents whose tokens are in the shard; null where unknown
   */
  public record Shard(String name, long rows, long tokens, Long documents) {}
}
