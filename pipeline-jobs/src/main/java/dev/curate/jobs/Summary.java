// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.StageStats;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one-screen summary printed at the end of a run. */
public final class Summary {
  private Summary() {}

  /** Prints the summary and returns the exit code: 0 when every stage reconciles, else 1. */
  public static int printAndExitCode(List<Pipeline.StageRun> runs, PrintStream out) {
    print(runs, out);
    return runs.stream().allMatch(r -> r.outcome().stats().reconciles()) ? 0 : 1;
  }

  public static void print(List<Pipeline.StageRun> runs, PrintStream out) {
    out.println();
    out.println("== curate summary ==");
    out.printf(
        Locale.ROOT,
        "%-10s %12s %12s %12s %10s %9s  %s%n",
        "stage", "records in", "kept", "rejected", "errors", "wall", "output");
    boolean allReconcile = true;
    for (Pipeline.StageRun run : runs) {
      StageStats s = run.outcome().stats();
      out.printf(
          Locale.ROOT,
          "%-10s %,12d %,12d %,12d %,10d %8.1fs  %s%s%n",
          s.stage(),
          s.recordsIn(),
          s.kept(),
          s.rejectedTotal(),
          s.errorsTotal(),
          s.wallMillis() / 1000.0,
          run.outputDir(),
          run.outcome().skipped() ? "  (already done, skipped)" : "");
      printReasons("rejected", s.rejected(), out);
      printReasons("errors", s.errors(), out);
      for (Map.Entry<String, Long> m : s.metrics().entrySet()) {
        out.printf(Locale.ROOT, "    %-50s %,12d%n", m.getKey(), m.getValue());
      }
      out.printf(
          Locale.ROOT,
          "    reconciles: %,d in = %,d kept + %,d rejected + %,d errors  %s%n",
          s.recordsIn(),
          s.kept(),
          s.rejectedTotal(),
          s.errorsTotal(),
          s.reconciles() ? "OK" : "MISMATCH");
      allReconcile &= s.reconciles();
    }
    out.println(allReconcile ? "all stages reconcile" : "SOME STAGES DO NOT RECONCILE");
  }

  private static void printReasons(String label, Map<String, Long> reasons, PrintStream out) {
    for (Map.Entry<String, Long> e : reasons.entrySet()) {
      out.printf(Locale.ROOT, "    %-9s %-40s %,12d%n", label, e.getKey(), e.getValue());
    }
  }
}
