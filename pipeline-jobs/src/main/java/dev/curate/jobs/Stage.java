// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.StageStats;
import org.apache.spark.sql.SparkSession;

/** One pipeline stage: reads its input, writes its output directory, reports exact counts. */
public interface Stage {
  /** Stage name, also the output folder name under the work directory, e.g. {@code extract}. */
  String name();

  /** The stage's resolved settings, written next to its output as {@code _CONFIG.yaml}. */
  Object settings();

  /**
   * Does the work into {@code outputDir}, which is empty when called. Counts in the returned
   * stats must come from the data written, so that they reconcile.
   */
  StageStats execute(SparkSession spark, String outputDir);
}
