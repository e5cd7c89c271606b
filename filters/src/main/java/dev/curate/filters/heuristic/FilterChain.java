// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import dev.curate.filters.text.AnalyzedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs filters in list order and returns the first drop, carrying the signals of every filter
 * that ran up to and including it, or a keep with all signals.
 *
 * <p>The document is analysed once ({@link AnalyzedText#of(Document)}) and every filter in the
 * chain reuses that analysis. Put cheap filters first (URL, then Gopher quality, C4, FineWeb,
 * Gopher repetition), as Gopher orders its rules.
 */
public final class FilterChain implements DocumentFilter {
  public static final String NAME = "filter_chain";

  private final List<DocumentFilter> filters;

  private FilterChain(List<DocumentFilter> filters) {
    this.filters = filters;
  }

  /** @param filters the filters, in the order they run; no nulls */
  public static FilterChain of(List<DocumentFilter> filters) {
    if (filters == null || filters.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("filter chain needs a list of filters, got " + filters);
    }
    return new FilterChain(List.copyOf(filters));
  }

  public List<DocumentFilter> filters() {
    return filters;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public FilterResult apply(Document doc) {
    AnalyzedText.of(doc); // analyse once; the filters find it in the per-thread cache
    Map<String, Double> signals = new LinkedHashMap<>();
    for (DocumentFilter f : filters) {
      FilterResult r = f.apply(doc);
      signals.putAll(r.signals());
      if (!r.kept()) return FilterResult.drop(r.reason(), signals);
    }
    return FilterResult.keep(signals);
  }

  /** The resolved order, for logging at start-up: {@code url -> gopher_quality -> ...}. */
  @Override
  public String toString() {
    return filters.stream().map(DocumentFilter::name).collect(Collectors.joining(" -> "));
  }
}
