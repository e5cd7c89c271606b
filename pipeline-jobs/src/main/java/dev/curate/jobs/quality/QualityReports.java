// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.quality;

import dev.curate.filters.quality.QualityModelTraining;
import java.io.PrintStream;
import java.util.Locale;

/** Prints a quality-model training report for people. */
public final class QualityReports {
  private QualityReports() {}

  public static void print(QualityModelTraining.Report r, PrintStream out) {
    QualityModelTraining.Split s = r.split();
    out.printf(
        Locale.ROOT,
        "quality model: %s (%,d bytes, sha256 %s…), %,d words, trained in %.1f s%n",
        r.model(), r.modelBytes(), r.modelSha256().substring(0, 12), r.training().words(), r.seconds());
    out.printf(
        Locale.ROOT,
        "  trained on %,d good + %,d other documents; held out %,d + %,d%n",
        s.trainPositive(), s.trainNegative(), s.testPositive(), s.testNegative());
    QualityModelTraining.Evaluation e = r.heldOut();
    if (e == null) {
      out.println("  no held-out documents of both classes: nothing to evaluate");
      return;
    }
    out.printf(
        Locale.ROOT,
        "  held out: ROC-AUC %.4f; at score >= %.2f precision %.4f recall %.4f F1 %.4f;"
            + " mean score good %.3f vs other %.3f%n",
        e.rocAuc(), e.threshold(), e.precision(), e.recall(), e.f1(), e.meanScorePositive(), e.meanScoreNegative());
  }
}
