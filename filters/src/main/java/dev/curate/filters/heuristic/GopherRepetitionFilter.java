// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import dev.curate.filters.text.AnalyzedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops documents with too much repeated content: duplicate paragraphs and lines (by count and by
 * characters), a dominant word 2-, 3- or 4-gram, or too many characters in repeated 5- to
 * 10-grams.
 *
 * <p>Rae et al. 2021, https://arxiv.org/abs/2112.11446 (table A1), as implemented in datatrove's
 * {@code GopherRepetitionFilter} ({@code pipeline/filters/gopher_repetition_filter.py}), checks
 * in its order: paragraphs ({@code re.split(r"\n{2,}", text.strip())}) before lines ({@code
 * re.split("\n+", text)}), then top n-grams, then duplicated n-grams. Every fraction is over the
 * code points of the whole text. A check fails when its fraction is strictly above its
 * threshold.
 *
 * <p><b>NOTE</b>: the top n-gram fraction is the most frequent n-gram's length times its count,
 * even when that count is 1, so very short texts fail {@code top_2_gram}; overlapping n-grams
 * can make it exceed 1. Both are datatrove's behaviour.
 */
public final class GopherRepetitionFilter implements DocumentFilter {
  public static final String NAME = "gopher_repetition";
  public static final String DUP_PARA_FRAC = NAME + ".dup_para_frac";
  public static final String DUP_PARA_CHAR_FRAC = NAME + ".dup_para_char_frac";
  public static final String DUP_LINE_FRAC = NAME + ".dup_line_frac";
  public static final String DUP_LINE_CHAR_FRAC = NAME + ".dup_line_char_frac";
  public static final String TOP_2_GRAM = NAME + ".top_2_gram";
  public static final String TOP_3_GRAM = NAME + ".top_3_gram";
  public static final String TOP_4_GRAM = NAME + ".top_4_gram";
  public static final String DUPLICATED_5_N_GRAMS = NAME + ".duplicated_5_n_grams";
  public static final String DUPLICATED_6_N_GRAMS = NAME + ".duplicated_6_n_grams";
  public static final String DUPLICATED_7_N_GRAMS = NAME + ".duplicated_7_n_grams";
  public static final String DUPLICATED_8_N_GRAMS = NAME + ".duplicated_8_n_grams";
  public static final String DUPLICATED_9_N_GRAMS = NAME + ".duplicated_9_n_grams";
  public static final String DUPLICATED_10_N_GRAMS = NAME + ".duplicated_10_n_grams";

  /** n of the top n-gram checks; thresholds are given in this order. */
  public static final int[] TOP_N = {2, 3, 4};
  /** n of the duplicated n-gram checks; thresholds are given in this order. */
  public static final int[] DUP_N = {5, 6, 7, 8, 9, 10};

  private static final String[] TOP_REASONS = {TOP_2_GRAM, TOP_3_GRAM, TOP_4_GRAM};
  private static final String[] DUP_REASONS = {
    DUPLICATED_5_N_GRAMS, DUPLICATED_6_N_GRAMS, DUPLICATED_7_N_GRAMS,
    DUPLICATED_8_N_GRAMS, DUPLICATED_9_N_GRAMS, DUPLICATED_10_N_GRAMS
  };

  private static final String[] TOP_SIGNALS = {
    NAME + ".top_2_gram_frac", NAME + ".top_3_gram_frac", NAME + ".top_4_gram_frac"
  };
  private static final String[] DUP_SIGNALS = {
    NAME + ".duplicated_5_n_grams_frac", NAME + ".duplicated_6_n_grams_frac",
    NAME + ".duplicated_7_n_grams_frac", NAME + ".duplicated_8_n_grams_frac",
    NAME + ".duplicated_9_n_grams_frac", NAME + ".duplicated_10_n_grams_frac"
  };

  private final double dupLineFrac;
  private final double dupParaFrac;
  private final double dupLineCharFrac;
  private final double dupParaCharFrac;
  private final double[] topNGramFracs;
  private final double[] dupNGramFracs;

  /** The published defaults: 0.3, 0.3, 0.2, 0.2, {0.20, 0.18, 0.16}, {0.15 ... 0.10}. */
  public GopherRepetitionFilter() {
    this(0.3, 0.3, 0.2, 0.2, new double[] {0.20, 0.18, 0.16},
        new double[] {0.15, 0.14, 0.13, 0.12, 0.11, 0.10});
  }

  /**
   * @param dupLineFrac maximum share of lines that repeat an earlier line; in [0, 1]
   * @param dupParaFrac maximum share of paragraphs that repeat an earlier one; in [0, 1]
   * @param dupLineCharFrac maximum share of characters in repeated lines; in [0, 1]
   * @param dupParaCharFrac maximum share of characters in repeated paragraphs; in [0, 1]
   * @param topNGramFracs for n = 2, 3, 4: maximum characters of the top n-gram times its count,
   *     over all characters; each >= 0 (can exceed 1)
   * @param dupNGramFracs for n = 5 ... 10: maximum characters in repeated n-grams; each >= 0
   */
  public GopherRepetitionFilter(
      double dupLineFrac,
      double dupParaFrac,
      double dupLineCharFrac,
      double dupParaCharFrac,
      double[] topNGramFracs,
      double[] dupNGramFracs) {
    this.dupLineFrac = Checks.fraction(NAME, "dupLineFrac", dupLineFrac);
    this.dupParaFrac = Checks.fraction(NAME, "dupParaFrac", dupParaFrac);
    this.dupLineCharFrac = Checks.fraction(NAME, "dupLineCharFrac", dupLineCharFrac);
    this.dupParaCharFrac = Checks.fraction(NAME, "dupParaCharFrac", dupParaCharFrac);
    this.topNGramFracs = thresholds("topNGramFracs", topNGramFracs, TOP_N);
    this.dupNGramFracs = thresholds("dupNGramFracs", dupNGramFracs, DUP_N);
  }

  private static double[] thresholds(String param, double[] values, int[] ns) {
    if (values == null || values.length != ns.length) {
      throw new IllegalArgumentException(
          NAME + ": " + param + " needs one threshold for each n in " + java.util.Arrays.toString(ns)
              + ", got " + java.util.Arrays.toString(values));
    }
    for (int i = 0; i < values.length; i++) {
      Checks.atLeastZero(NAME, param + "[n=" + ns[i] + "]", values[i]);
    }
    return values.clone();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public FilterResult apply(Document doc) {
    AnalyzedText at = AnalyzedText.of(doc);
    double len = Math.max(1, at.length());
    Map<String, Double> signals = new LinkedHashMap<>();

    List<String> paragraphs = at.paragraphs();
    long[] para = Duplicates.find(paragraphs);
    double paraFrac = (double) para[0] / paragraphs.size();
    signals.put(NAME + ".dup_para_frac", paraFrac);
    if (paraFrac > dupParaFrac) return FilterResult.drop(DUP_PARA_FRAC, signals);
    double paraCharFrac = para[1] / len;
    signals.put(NAME + ".dup_para_char_frac", paraCharFrac);
    if (paraCharFrac > dupParaCharFrac) return FilterResult.drop(DUP_PARA_CHAR_FRAC, signals);

    List<String> lines = at.newlineRunLines();
    long[] line = Duplicates.find(lines);
    double lineFrac = (double) line[0] / lines.size();
    signals.put(NAME + ".dup_line_frac", lineFrac);
    if (lineFrac > dupLineFrac) return FilterResult.drop(DUP_LINE_FRAC, signals);
    double lineCharFrac = line[1] / len;
    signals.put(NAME + ".dup_line_char_frac", lineCharFrac);
    if (lineCharFrac > dupLineCharFrac) return FilterResult.drop(DUP_LINE_CHAR_FRAC, signals);

    Duplicates.Ids ids = new Duplicates.Ids(at.tokens());
    for (int i = 0; i < TOP_N.length; i++) {
      if (ids.ids.length < TOP_N[i]) continue; // datatrove: `if not n_grams: continue`
      double frac = Duplicates.topNGramChars(ids, TOP_N[i]) / len;
      signals.put(TOP_SIGNALS[i], frac);
      if (frac > topNGramFracs[i]) return FilterResult.drop(TOP_REASONS[i], signals);
    }
    for (int i = 0; i < DUP_N.length; i++) {
      double frac = Duplicates.allDuplicateChars(ids, DUP_N[i]) / len;
      signals.put(DUP_SIGNALS[i], frac);
      if (frac > dupNGramFracs[i]) return FilterResult.drop(DUP_REASONS[i], signals);
    }
    return FilterResult.keep(signals);
  }
}
