// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import dev.curate.core.config.DomainsSettings;

/**
 * Turns a document into a unit vector of {@code dim} numbers for k-means: hashed term weights
 * projected by a seeded random sign matrix, then L2-normalised, so that squared Euclidean distance
 * between documents is {@code 2 - 2 cos}.
 *
 * <p>Weights: {@code tfidf} takes word unigrams and bigrams with sublinear TF ({@code 1 + ln tf})
 * times IDF; {@code tf} takes unigrams with sublinear TF alone. The projection is Achlioptas'
 * ±1 matrix (https://doi.org/10.1016/S0022-0000(03)00025-4), which keeps inner products in
 * expectation (Johnson-Lindenstrauss); its entries are derived from (seed, bucket, row) by
 * hashing, so no matrix is stored or shipped and the same seed gives the same vectors everywhere.
 */
public final class DocumentEmbedder implements java.io.Serializable {
  private final DomainsSettings.Embedding kind;
  private final int dim;
  private final long seed;
  private final float[] idf; // per bucket; null for tf

  /**
   * @param idf IDF per bucket ({@link DocumentFrequencies#idf()}), required for {@code tfidf}, ignored for {@code tf}
   */
  public DocumentEmbedder(DomainsSettings.Embedding kind, int dim, long seed, float[] idf) {
    if (dim <= 0) {
      throw new IllegalArgumentException("dim must be > 0, got " + dim);
    }
    if (kind == DomainsSettings.Embedding.TFIDF && (idf == null || idf.length != TermFeatures.BUCKETS)) {
      throw new IllegalArgumentException("tfidf embedding needs an IDF of " + TermFeatures.BUCKETS + " buckets");
    }
    this.kind = kind;
    this.dim = dim;
    this.seed = seed;
    this.idf = kind == DomainsSettings.Embedding.TFIDF ? idf : null;
  }

  /** Whether this embedding needs document frequencies first. */
  public static boolean needsIdf(DomainsSettings.Embedding kind) {
    return kind == DomainsSettings.Embedding.TFIDF;
  }

  /** Whether the features include word bigrams. */
  public static boolean bigrams(DomainsSettings.Embedding kind) {
    return kind == DomainsSettings.Embedding.TFIDF;
  }

  public int dim() {
    return dim;
  }

  /** The document's vector; all zeros when it has no terms. */
  public double[] embed(String text, String lang) {
    return embedTerms(TermFeatures.terms(text, lang));
  }

  /** The vector of a document's terms ({@link TermFeatures#terms}). */
  public double[] embedTerms(java.util.List<String> terms) {
    return embed(TermFeatures.count(terms, bigrams(kind)));
  }

  /** The vector of already counted features. */
  public double[] embed(TermFeatures.Counts features) {
    double[] v = new double[dim];
    int[] index = features.index();
    int[] counts = features.counts();
    for (int i = 0; i < index.length; i++) {
      double w = 1.0 + Math.log(counts[i]);
      if (idf != null) {
        w *= idf[index[i]];
      }
      long row = TermFeatures.mix(seed * 0x9E3779B97F4A7C15L + index[i]);
      for (int d0 = 0; d0 < dim; d0 += 64) {
        long bits = TermFeatures.mix(row + d0);
        int end = Math.min(dim, d0 + 64);
        for (int d = d0; d < end; d++) {
          v[d] += ((bits >>> (d - d0)) & 1L) == 0 ? w : -w;
        }
      }
    }
    double norm = 0;
    for (double x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      double inv = 1.0 / Math.sqrt(norm);
      for (int d = 0; d < dim; d++) {
        v[d] *= inv;
      }
    }
    return v;
  }
}
