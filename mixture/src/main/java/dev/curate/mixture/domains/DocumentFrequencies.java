// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

/**
 * In how many documents each hashed feature occurs; merged across partitions, then turned into
 * IDF weights for {@link DocumentEmbedder}.
 */
public final class DocumentFrequencies implements java.io.Serializable {
  private final int[] df = new int[TermFeatures.BUCKETS];
  private long documents;

  /** Counts one document's features (each distinct bucket once). */
  public DocumentFrequencies add(TermFeatures.Counts doc) {
    for (int b : doc.index()) {
      df[b]++;
    }
    documents++;
    return this;
  }

  /** Adds {@code other}'s counts into this one and returns this. */
  public DocumentFrequencies merge(DocumentFrequencies other) {
    for (int i = 0; i < df.length; i++) {
      df[i] += other.df[i];
    }
    documents += other.documents;
    return this;
  }

  public long documents() {
    return documents;
  }

  public int frequency(int bucket) {
    return df[bucket];
  }

  /** Smoothed IDF per bucket, {@code ln((1 + N) / (1 + df)) + 1} (scikit-learn's {@code smooth_idf}). */
  public float[] idf() {
    float[] idf = new float[df.length];
    for (int i = 0; i < df.length; i++) {
      idf[i] = (float) (Math.log((1.0 + documents) / (1.0 + df[i])) + 1.0);
    }
    return idf;
  }
}
