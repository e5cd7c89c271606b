// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.search;

import java.util.List;

/**
 * Ridge regression of loss on mixture weights: Scheffé's quadratic mixture terms {@code Σ b_i w_i
 * + Σ_{i<j} b_ij w_i w_j} (on the simplex, {@code Σ w = 1}, every quadratic function of the
 * weights, hence no intercept and no squares) plus {@code Σ c_i log(w_i + 0.01)}, the diminishing
 * returns of more data of one domain that data-scaling laws describe. RegMix fits a regression of
 * the same kind (linear or LightGBM) to small proxy runs; this one is small enough to fit from
 * tens of runs. Without the log terms, a power-law loss was fitted worse than random search found
 * (MixtureSearchTest).
 */
public final class MixtureLossModel {
  /** Keeps {@code log(w + floor)} finite for a domain left out. */
  static final double LOG_FLOOR = 0.01;

  private final int domains;
  private final double[] beta;

  private MixtureLossModel(int domains, double[] beta) {
    this.domains = domains;
    this.beta = beta;
  }

  /** Fits by ridge ({@code lambda} on all coefficients), solving the normal equations. */
  public static MixtureLossModel fit(List<MixtureRun> runs, int domains, double lambda) {
    int p = features(new double[domains]).length;
    double[][] a = new double[p][p + 1];
    for (MixtureRun r : runs) {
      double[] x = features(r.weights());
      for (int i = 0; i < p; i++) {
        for (int j = 0; j < p; j++) {
          a[i][j] += x[i] * x[j];
        }
        a[i][p] += x[i] * r.loss();
      }
    }
    for (int i = 0; i < p; i++) {
      a[i][i] += lambda;
    }
    return new MixtureLossModel(domains, solve(a));
  }

  public double predict(double[] w) {
    if (w.length != domains) {
      throw new IllegalArgumentException("expected " + domains + " weights, got " + w.length);
    }
    double[] x = features(w);
    double y = 0;
    for (int i = 0; i < x.length; i++) {
      y += beta[i] * x[i];
    }
    return y;
  }

  static double[] features(double[] w) {
    int k = w.length;
    double[] x = new double[2 * k + k * (k - 1) / 2];
    System.arraycopy(w, 0, x, 0, k);
    int n = k;
    for (int i = 0; i < k; i++) {
      x[n++] = Math.log(w[i] + LOG_FLOOR);
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        x[n++] = w[i] * w[j];
      }
    }
    return x;
  }

  /** Gaussian elimination with partial pivoting on an augmented matrix {@code [A | b]}. */
  private static double[] solve(double[][] a) {
    int n = a.length;
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = a[c];
      a[c] = a[pivot];
      a[pivot] = t;
      if (Math.abs(a[c][c]) < 1e-300) {
        throw new IllegalArgumentException("the runs do not determine the model (singular system): add runs or raise lambda");
      }
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k <= n; k++) {
          a[r][k] -= f * a[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = a[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
