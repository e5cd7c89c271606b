// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Settings of the domains stage ({@code domains:}); see docs/DOMAINS.md.
 *
 * @param mode {@code cluster} (embeddings and k-means) or {@code classifier} (a fastText topic model)
 * @param k number of clusters (cluster mode)
 * @param seed seed of the random projection and of k-means
 * @param embedding document embedding for clustering
 * @param dim embedding size after the random projection
 * @param maxIterations k-means iterations at most
 * @param nameTerms distinctive terms that name a cluster
 * @param rules URL/host rules, first match wins; they take precedence over clusters and the model
 * @param model fastText topic classifier ({@code curate train-domains}), required in classifier mode
 */
public record DomainsSettings(
    Mode mode,
    int k,
    long seed,
    Embedding embedding,
    int dim,
    int maxIterations,
    int nameTerms,
    List<Rule> rules,
    String model)
    implements java.io.Serializable {
  public DomainsSettings {
    Check.required("domains.mode", mode);
    Check.atLeast("domains.k", k, 2); // Spark's k-means needs two clusters at least
    Check.required("domains.embedding", embedding);
    Check.positive("domains.dim", dim);
    if (dim > 4096) {
      throw new IllegalArgumentException("domains.dim: must be <= 4096, got " + dim);
    }
    Check.positive("domains.max_iterations", maxIterations);
    Check.positive("domains.name_terms", nameTerms);
    rules = rules == null ? List.of() : List.copyOf(rules);
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) == null) {
        throw new IllegalArgumentException("domains.rules[" + i + "]: is empty");
      }
    }
    if (mode == Mode.CLASSIFIER && (model == null || model.isBlank())) {
      throw new IllegalArgumentException(
          "domains.model: is required when domains.mode is classifier (train one with curate train-domains)");
    }
  }

  /**
   * One URL rule: documents whose URL matches {@code pattern} get {@code domain}.
   *
   * @param pattern a host ({@code arxiv.org}: that host and its subdomains), a host glob ({@code
   *     *.github.io}), either optionally followed by a path prefix ({@code en.wikipedia.org/wiki/})
   * @param domain the label given
   */
  public record Rule(String pattern, String domain) implements java.io.Serializable {
    public Rule {
      Check.nonBlank("domains.rules.pattern", pattern);
      Check.nonBlank("domains.rules.domain", domain);
    }
  }

  /** How documents get their domain besides the rules. */
  public enum Mode {
    @JsonProperty("cluster")
    CLUSTER,
    @JsonProperty("classifier")
    CLASSIFIER;

    @Override
    public String toString() {
      return this == CLUSTER ? "cluster" : "classifier";
    }
  }

  /** Document embeddings compared in docs/DOMAINS.md. */
  public enum Embedding {
    /** Hashed word unigrams and bigrams, sublinear TF times IDF, seeded random projection. */
    @JsonProperty("tfidf")
    TFIDF,
    /** Hashed word unigrams, sublinear TF, no IDF, the same projection: the baseline. */
    @JsonProperty("tf")
    TF;

    @Override
    public String toString() {
      return this == TFIDF ? "tfidf" : "tf";
    }
  }
}
