// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.doc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Outcome of one filter on one document: kept ({@code reason == null}) or dropped with a reason
 * of the form {@code <filter>.<snake_case>}, plus the signals the filter measured (for example
 * {@code gopher_quality.word_count}), recorded whether or not the document is kept so that
 * thresholds can be tuned from the output.
 */
public record FilterResult(String reason, Map<String, Double> signals) {
  public static final FilterResult KEEP = new FilterResult(null, Map.of());

  public FilterResult {
    signals = signals.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(signals));
  }

  public static FilterResult drop(String reason) {
    return new FilterResult(reason, Map.of());
  }

  public static FilterResult keep(Map<String, Double> signals) {
    return new FilterResult(null, signals);
  }

  public static FilterResult drop(String reason, Map<String, Double> signals) {
    return new FilterResult(reason, signals);
  }

  public boolean kept() {
    return reason == null;
  }
}
