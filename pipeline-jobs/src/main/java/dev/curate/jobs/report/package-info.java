// SPDX-License-Identifier: Apache-2.0
/**
 * {@code curate report}: aggregates of a whole run computed with Spark ({@link
 * dev.curate.jobs.report.RunAggregates}) and their rendering as one self-contained HTML page
 * ({@link dev.curate.jobs.report.ReportPage}), which needs no Spark.
 */
package dev.curate.jobs.report;
