// SPDX-License-Identifier: Apache-2.0
package dev.curate.core;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one stage run did, written as {@code _STATS.json} next to its output.
 *
 * <p>All counts come from the data written (aggregations over the outputs), never from Spark
 * accumulators, which can double-count retried tasks. A run is accepted only when {@link
 * #reconciles()} holds: every record in is kept, rejected with a reason, or an error.
 *
 * @param rejected dropped records by reason, e.g. {@code extract.http_status}
 * @param errors unreadable records by reason, e.g. {@code extract.error.truncated_file}
 * @param metrics stage-specific totals, e.g. {@code input_files}, {@code text_bytes}
 */
public record StageStats(
    String stage,
    String input,
    String output,
    String format,
    long recordsIn,
    long kept,
    Map<String, Long> rejected,
    Map<String, Long> errors,
    Map<String, Long> metrics,
    long wallMillis,
    String finishedAt) {
  public StageStats {
    rejected = Collections.unmodifiableMap(new TreeMap<>(rejected));
    errors = Collections.unmodifiableMap(new TreeMap<>(errors));
    metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
  }

  public long rejectedTotal() {
    return rejected.values().stream().mapToLong(Long::longValue).sum();
  }

  public long errorsTotal() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** True when records in = kept + rejected + errors. */
  public boolean reconciles() {
    return recordsIn == kept + rejectedTotal() + errorsTotal();
  }
}
