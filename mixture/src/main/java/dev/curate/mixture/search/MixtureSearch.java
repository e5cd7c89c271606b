// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * RegMix-style search (Liu et al. 2024): fit a regression from past runs' mixture weights to
 * their loss, score many random mixtures with it, and propose the best-predicted ones, kept apart
 * from each other (L1 distance at least {@code minDistance}) so that a round of proxy runs
 * explores more than one spot.
 */
public final class MixtureSearch {
  /** A proposed mixture and the loss the model predicts for it. */
  public record Proposal(double[] weights, double predictedLoss) {}

  private final int domains;
  private final int candidates;
  private final double lambda;
  private final double minDistance;

  /**
   * @param candidates random mixtures scored per proposal round
   * @param lambda ridge penalty
   * @param minDistance least L1 distance between two proposals of one round
   */
  public MixtureSearch(int domains, int candidates, double lambda, double minDistance) {
    if (domains < 2) {
      throw new IllegalArgumentException("mixture search needs at least 2 domains, got " + domains);
    }
    this.domains = domains;
    this.candidates = candidates;
    this.lambda = lambda;
    this.minDistance = minDistance;
  }

  /** The next {@code k} mixtures to try, best predicted first (the first is the predicted best). */
  public List<Proposal> propose(List<MixtureRun> runs, int k, long seed) {
    MixtureLossModel model = MixtureLossModel.fit(runs, domains, lambda);
    SplittableRandom random = new SplittableRandom(seed);
    List<Proposal> scored = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      double[] w = uniformMixture(random, domains);
      scored.add(new Proposal(w, model.predict(w)));
    }
    for (MixtureRun r : runs) { // the best run so far is a candidate too
      scored.add(new Proposal(r.weights(), model.predict(r.weights())));
    }
    scored.sort(Comparator.comparingDouble(Proposal::predictedLoss));
    List<Proposal> chosen = new ArrayList<>();
    for (Proposal p : scored) {
      if (chosen.size() == k) {
        break;
      }
      if (chosen.stream().allMatch(c -> l1(c.weights(), p.weights()) >= minDistance)) {
        chosen.add(p);
      }
    }
    return chosen;
  }

  /** A mixture drawn uniformly from the simplex (Dirichlet(1, ..., 1)). */
  public static double[] uniformMixture(SplittableRandom random, int domains) {
    double[] w = new double[domains];
    double sum = 0;
    for (int i = 0; i < domains; i++) {
      w[i] = -Math.log(1 - random.nextDouble());
      sum += w[i];
    }
    for (int i = 0; i < domains; i++) {
      w[i] /= sum;
    }
    return w;
  }

  static double l1(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += Math.abs(a[i] - b[i]);
    }
    return d;
  }
}
