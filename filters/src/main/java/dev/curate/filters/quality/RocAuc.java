// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.quality;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve, as the Mann-Whitney U statistic: the probability that a random
 * positive scores above a random negative, ties counting one half (what scikit-learn's {@code
 * roc_auc_score} computes).
 */
public final class RocAuc {
  private RocAuc() {}

  /**
   * @throws IllegalArgumentException if the arrays differ in length or one class is empty
   */
  public static double of(float[] scores, boolean[] positive) {
    if (scores.length != positive.length) {
      throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
    }
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    long positives = 0;
    double rankSum = 0; // sum of the positives' (1-based, tie-averaged) ranks
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (positive[order[k]]) {
          positives++;
          rankSum += rank;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException(
          "ROC-AUC needs both classes, got " + positives + " positives and " + negatives + " negatives");
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }
}
