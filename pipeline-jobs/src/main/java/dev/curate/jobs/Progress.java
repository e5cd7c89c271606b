// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Prints progress of long work every few seconds: files done of total, records, records/s.
 *
 * <p>Backed by accumulators, which Spark may double-count on task retries: good enough for a
 * progress line, never used for the exact counts in {@code _STATS.json}.
 */
public final class Progress implements AutoCloseable {
  private final String label;
  private final long totalFiles;
  private final LongAccumulator files;
  private final LongAccumulator records;
  private final PrintStream out;
  private final long start = System.nanoTime();
  private final Thread thread;
  private volatile boolean running = true;

  public Progress(SparkContext sc, String label, long totalFiles, PrintStream out) {
    this.label = label;
    this.totalFiles = totalFiles;
    this.files = sc.longAccumulator(label + ".files");
    this.records = sc.longAccumulator(label + ".records");
    this.out = out;
    this.thread = new Thread(this::loop, "curate-progress");
    thread.setDaemon(true);
    thread.start();
  }

  /** Accumulator tasks add 1 to per finished file. */
  public LongAccumulator files() {
    return files;
  }

  /** Accumulator tasks add 1 to per record read. */
  public LongAccumulator records() {
    return records;
  }

  private void loop() {
    long last = -1;
    while (running) {
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        return;
      }
      long done = files.sum();
      if (running && done != last) {
        print();
        last = done;
      }
    }
  }

  private void print() {
    double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    out.printf(
        Locale.ROOT,
        "%s: files %d/%d, records %,d, %,.0f records/s, %.0fs%n",
        label,
        files.sum(),
        totalFiles,
        records.sum(),
        records.sum() / secs,
        secs);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    print();
  }
}
