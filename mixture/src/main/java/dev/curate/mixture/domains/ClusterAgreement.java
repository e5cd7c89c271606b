// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well an assignment (clusters, domains) agrees with reference labels: purity and normalised
 * mutual information, from the contingency counts.
 *
 * <p>Purity: each cluster counts its most frequent label; the sum over documents (Manning et al.,
 * Introduction to IR, 16.3). NMI: {@code I(C; L) / ((H(C) + H(L)) / 2)}, natural logs, the
 * arithmetic normalisation of scikit-learn's {@code normalized_mutual_info_score}; 1 when both
 * sides have a single class.
 */
public final class ClusterAgreement {
  private ClusterAgreement() {}

  /** Documents of one (cluster, label) pair. */
  public record Cell(String cluster, String label, long count) {}

  /** The figures over {@code documents} labelled documents, in {@code clusters} clusters and {@code labels} labels. */
  public record Scores(long documents, int clusters, int labels, double purity, double nmi) {}

  /** The scores of the counts; cells of the same pair add up. */
  public static Scores of(List<Cell> cells) {
    Map<List<String>, Long> pairs = new HashMap<>();
    for (Cell c : cells) {
      if (c.count() > 0) {
        pairs.merge(List.of(c.cluster(), c.label()), c.count(), Long::sum);
      }
    }
    Map<String, Long> byCluster = new HashMap<>();
    Map<String, Long> byLabel = new HashMap<>();
    Map<String, Long> bestInCluster = new HashMap<>();
    long n = 0;
    for (Map.Entry<List<String>, Long> e : pairs.entrySet()) {
      n += e.getValue();
      byCluster.merge(e.getKey().get(0), e.getValue(), Long::sum);
      byLabel.merge(e.getKey().get(1), e.getValue(), Long::sum);
      bestInCluster.merge(e.getKey().get(0), e.getValue(), Math::max);
    }
    if (n == 0) {
      throw new IllegalArgumentException("no labelled documents to compare");
    }
    long majority = bestInCluster.values().stream().mapToLong(Long::longValue).sum();
    double mi = 0;
    for (Map.Entry<List<String>, Long> e : pairs.entrySet()) {
      double pij = (double) e.getValue() / n;
      double pi = (double) byCluster.get(e.getKey().get(0)) / n;
      double pj = (double) byLabel.get(e.getKey().get(1)) / n;
      mi += pij * Math.log(pij / (pi * pj));
    }
    double hc = entropy(byCluster, n);
    double hl = entropy(byLabel, n);
    double nmi = hc == 0 && hl == 0 ? 1.0 : hc + hl == 0 ? 0 : Math.max(0, mi) / ((hc + hl) / 2);
    return new Scores(n, byCluster.size(), byLabel.size(), (double) majority / n, Math.min(1.0, nmi));
  }

  private static double entropy(Map<String, Long> counts, long n) {
    double h = 0;
    for (long c : counts.values()) {
      double p = (double) c / n;
      h -= p * Math.log(p);
    }
    return h;
  }
}
