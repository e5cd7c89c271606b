// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import java.util.List;

/**
 * One chart of the page as the inline script draws it: stacked bars, one stack per item.
 *
 * @param id element id suffix ({@code chart-<id>})
 * @param kind {@code hbar} (labels left, bars right; for categories) or {@code columns}
 *     (bins left to right; for distributions)
 * @param series names of the stacked parts, in order; one value per series in every item
 * @param axis what the bar lengths count, e.g. "documents"
 */
public record Chart(String id, String title, String kind, List<String> series, List<Item> items, String axis) {
  public static final String HBAR = "hbar";
  public static final String COLUMNS = "columns";

  public Chart {
    if (!kind.equals(HBAR) && !kind.equals(COLUMNS)) {
      throw new IllegalArgumentException("chart kind must be hbar or columns, got " + kind);
    }
    series = List.copyOf(series);
    items = List.copyOf(items);
    for (Item i : items) {
      if (i.values().size() != series.size()) {
        throw new IllegalArgumentException(
            "chart " + id + ": item " + i.label() + " has " + i.values().size() + " values for " + series.size() + " series");
      }
    }
  }

  /** One bar (stack): its label and one value per series. */
  public record Item(String label, List<Double> values) {
    public Item {
      values = List.copyOf(values);
    }

    static Item of(String label, double... values) {
      return new Item(label, java.util.Arrays.stream(values).boxed().toList());
    }
  }
}
