// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Names a cluster by its most distinctive terms: those whose share of the cluster's documents most
 * exceeds their share of the corpus.
 *
 * <p>A term's score is {@code p_c ln(p_c / p)}, with {@code p_c} the share of the cluster's
 * documents containing it and {@code p} the share of all documents: its contribution to the
 * Kullback-Leibler divergence of the cluster from the corpus, the cluster-vs-corpus TF-IDF of
 * CLIMB-style cluster naming with the cluster's document frequency as TF. A term in every document
 * scores 0; a term in few of the cluster's documents scores little however rare it is elsewhere.
 */
public final class ClusterNamer {
  /** Terms seen in fewer of a cluster's documents are too rare to name it. */
  public static final long MIN_CLUSTER_DOCUMENTS = 2;

  private ClusterNamer() {}

  /** How one term occurs in a cluster and in the corpus. */
  public record TermCount(String term, long clusterDocuments, long corpusDocuments) {}

  /** A term's distinctiveness for a cluster of {@code clusterSize} in a corpus of {@code corpusSize}. */
  public static double score(long clusterDocs, long clusterSize, long corpusDocs, long corpusSize) {
    if (clusterDocs < MIN_CLUSTER_DOCUMENTS || clusterSize <= 0 || corpusDocs <= 0) {
      return 0;
    }
    double pc = (double) clusterDocs / clusterSize;
    double p = (double) corpusDocs / corpusSize;
    return pc * Math.log(pc / p);
  }

  /** The {@code n} best terms, best first (ties by term, so the name is deterministic). */
  public static List<String> topTerms(List<TermCount> terms, long clusterSize, long corpusSize, int n) {
    record Scored(String term, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (TermCount t : terms) {
      double s = score(t.clusterDocuments(), clusterSize, t.corpusDocuments(), corpusSize);
      if (s > 0) {
        scored.add(new Scored(t.term(), s));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::term));
    return scored.stream().limit(n).map(Scored::term).toList();
  }

  /** The domain label of a cluster: its number and top terms, e.g. {@code c03_frontex_asylum}. */
  public static String label(int cluster, List<String> topTerms) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "c%02d", cluster));
    for (String t : topTerms) {
      sb.append('_').append(t.replaceAll("[\\s_]+", "-"));
    }
    return sb.toString();
  }
}
