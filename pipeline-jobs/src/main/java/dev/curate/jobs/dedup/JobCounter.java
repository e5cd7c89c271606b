// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.dedup;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts the Spark jobs and stages a benchmark round runs (Spark's per-job cost, not the work,
 * dominates small steps, so the count is what a change there should lower). With {@code
 * -Dcurate.jobs.verbose=true} it also prints every job with its call site and wall time.
 */
final class JobCounter extends SparkListener {
  private final AtomicInteger jobs = new AtomicInteger();
  private final AtomicInteger stages = new AtomicInteger();
  private final AtomicInteger tasks = new AtomicInteger();
  private final AtomicLong cpuNanos = new AtomicLong();
  private final AtomicLong jobCpuNanos = new AtomicLong();
  private final Map<Integer, Long> started = new ConcurrentHashMap<>();
  private final Map<Integer, String> sites = new ConcurrentHashMap<>();
  private final boolean verbose = Boolean.getBoolean("curate.jobs.verbose");
  private final PrintStream log;
  private final long created = System.nanoTime();

  private JobCounter(PrintStream log) {
    this.log = log;
  }

  static JobCounter attach(SparkContext sc, PrintStream log) {
    JobCounter c = new JobCounter(log);
    sc.addSparkListener(c);
    return c;
  }

  void detach(SparkContext sc) {
    sc.removeSparkListener(this);
  }

  /** "N jobs, M stages, T tasks" since the last call, and resets. */
  String takeSummary(SparkContext sc) {
    try {
      sc.listenerBus().waitUntilEmpty(10_000); // events arrive asynchronously
    } catch (TimeoutException e) {
      // counts may then miss the last job's events
    }
    return String.format(Locale.ROOT, "%d Spark jobs, %d stages, %d tasks, %.1f s task CPU", jobs.getAndSet(0),
        stages.getAndSet(0), tasks.getAndSet(0), cpuNanos.getAndSet(0) / 1e9);
  }

  @Override
  public void onJobStart(SparkListenerJobStart e) {
    jobs.incrementAndGet();
    started.put(e.jobId(), System.nanoTime());
    if (verbose) {
      String site = "?";
      var infos = scala.jdk.javaapi.CollectionConverters.asJava(e.stageInfos());
      if (!infos.isEmpty()) {
        for (String line : infos.get(infos.size() - 1).details().split("\n")) {
          if (line.contains("dev.curate") && !line.contains("JobCounter")) {
            site = line.trim();
            break;
          }
        }
      }
      sites.put(e.jobId(), site);
    }
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd e) {
    Long t = started.remove(e.jobId());
    String site = sites.remove(e.jobId());
    if (verbose && t != null) {
      long now = System.nanoTime();
      log.printf(Locale.ROOT, "  job %d: %.2f s (cpu %.2f s), ended at %.2f s  %s%n", e.jobId(), (now - t) / 1e9,
          jobCpuNanos.getAndSet(0) / 1e9, (now - created) / 1e9, site);
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd e) {
    if (e.taskMetrics() != null) {
      cpuNanos.addAndGet(e.taskMetrics().executorCpuTime());
      jobCpuNanos.addAndGet(e.taskMetrics().executorCpuTime());
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted e) {
    stages.incrementAndGet();
    tasks.addAndGet(e.stageInfo().numTasks());
  }
}
