// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static dev.curate.filters.heuristic.Checks.orDefault;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Config of {@link GopherRepetitionFilter}; null (absent) fields take the published defaults.
 * {@code top_n_grams} maps n in {2, 3, 4} and {@code dup_n_grams} n in {5 ... 10} to thresholds;
 * an n left out keeps its default, any other n is an error.
 */
public record GopherRepetitionSpec(
    Double dupLineFrac,
    Double dupParaFrac,
    Double dupLineCharFrac,
    Double dupParaCharFrac,
    @JsonProperty("top_n_grams") Map<Integer, Double> topNGrams,
    @JsonProperty("dup_n_grams") Map<Integer, Double> dupNGrams)
    implements FilterSpec {
  private static final double[] TOP_DEFAULTS = {0.20, 0.18, 0.16};
  private static final double[] DUP_DEFAULTS = {0.15, 0.14, 0.13, 0.12, 0.11, 0.10};

  public GopherRepetitionSpec {
    dupLineFrac = orDefault(dupLineFrac, 0.3);
    dupParaFrac = orDefault(dupParaFrac, 0.3);
    dupLineCharFrac = orDefault(dupLineCharFrac, 0.2);
    dupParaCharFrac = orDefault(dupParaCharFrac, 0.2);
    topNGrams = merge("top_n_grams", topNGrams, GopherRepetitionFilter.TOP_N, TOP_DEFAULTS);
    dupNGrams = merge("dup_n_grams", dupNGrams, GopherRepetitionFilter.DUP_N, DUP_DEFAULTS);
    filter(dupLineFrac, dupParaFrac, dupLineCharFrac, dupParaCharFrac, topNGrams, dupNGrams);
  }

  public static GopherRepetitionSpec defaults() {
    return new GopherRepetitionSpec(null, null, null, null, null, null);
  }

  @Override
  public GopherRepetitionFilter build() {
    return filter(dupLineFrac, dupParaFrac, dupLineCharFrac, dupParaCharFrac, topNGrams, dupNGrams);
  }

  private static Map<Integer, Double> merge(
      String key, Map<Integer, Double> given, int[] ns, double[] defaults) {
    Map<Integer, Double> out = new TreeMap<>();
    for (int i = 0; i < ns.length; i++) out.put(ns[i], defaults[i]);
    if (given != null) {
      for (Map.Entry<Integer, Double> e : given.entrySet()) {
        if (e.getKey() == null || !out.containsKey(e.getKey()) || e.getValue() == null) {
          throw new IllegalArgumentException(
              GopherRepetitionFilter.NAME + ": " + key + " takes n in " + Arrays.toString(ns)
                  + " with a threshold each, got " + given);
        }
        out.put(e.getKey(), e.getValue());
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static GopherRepetitionFilter filter(
      double line, double para, double lineChar, double paraChar,
      Map<Integer, Double> top, Map<Integer, Double> dup) {
    return new GopherRepetitionFilter(line, para, lineChar, paraChar,
        values(top, GopherRepetitionFilter.TOP_N), values(dup, GopherRepetitionFilter.DUP_N));
  }

  private static double[] values(Map<Integer, Double> m, int[] ns) {
    double[] v = new double[ns.length];
    for (int i = 0; i < ns.length; i++) v[i] = m.get(ns[i]);
    return v;
  }
}
