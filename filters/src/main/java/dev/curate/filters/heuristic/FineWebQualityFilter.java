// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import dev.curate.filters.text.AnalyzedText;
import dev.curate.filters.text.PyStr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops documents that look like lists or boilerplate: too few lines ending in terminal
 * punctuation, too many short lines, characters in duplicated lines, or too many newlines per
 * word.
 *
 * <p>Penedo et al. 2024, FineWeb, https://arxiv.org/abs/2406.17557 (section 3.3, "custom
 * filters"), as implemented in datatrove's {@code FineWebQualityFilter} ({@code
 * pipeline/filters/fineweb_quality_filter.py}), checks in its order and with its comparisons:
 * lines are {@code text.split("\n")}; a document is dropped when the share of lines ending in
 * {@code . ' " ! ?} is {@code <=} 0.12, when the share of lines of at most 30 code points is
 * {@code >=} 0.67, when characters in repeated non-blank lines over the characters that are not
 * newlines are {@code >=} 0.01, or when newlines per word are {@code >} 0.3.
 */
public final class FineWebQualityFilter implements DocumentFilter {
  public static final String NAME = "fineweb_quality";
  public static final String LINE_PUNCT_RATIO = NAME + ".line_punct_ratio";
  public static final String SHORT_LINE_RATIO = NAME + ".short_line_ratio";
  public static final String CHAR_DUP_RATIO = NAME + ".char_dup_ratio";
  public static final String LIST_RATIO = NAME + ".list_ratio";

  private final double linePunctThr;
  private final boolean linePunctExcludeZero;
  private final double shortLineThr;
  private final int shortLineLength;
  private final double charDuplicatesRatio;
  private final double newLineRatio;

  /** The published defaults: 0.12, false, 0.67, 30, 0.01, 0.3. */
  public FineWebQualityFilter() {
    this(0.12, false, 0.67, 30, 0.01, 0.3);
  }

  /**
   * @param linePunctThr drop when the share of lines ending in terminal punctuation is at most
   *     this; in [0, 1]
   * @param linePunctExcludeZero keep documents where no line ends in punctuation (FineWeb2 sets
   *     this for languages written without it)
   * @param shortLineThr drop when the share of short lines is at least this; in [0, 1]
   * @param shortLineLength a line of at most this many code points is short; >= 0
   * @param charDuplicatesRatio drop when the share of characters in repeated lines is at least
   *     this; in [0, 1]
   * @param newLineRatio drop when newlines per word are above this; >= 0
   */
  public FineWebQualityFilter(
      double linePunctThr,
      boolean linePunctExcludeZero,
      double shortLineThr,
      int shortLineLength,
      double charDuplicatesRatio,
      double newLineRatio) {
    this.linePunctThr = Checks.fraction(NAME, "linePunctThr", linePunctThr);
    this.linePunctExcludeZero = linePunctExcludeZero;
    this.shortLineThr = Checks.fraction(NAME, "shortLineThr", shortLineThr);
    this.shortLineLength = Checks.atLeastZero(NAME, "shortLineLength", shortLineLength);
    this.charDuplicatesRatio = Checks.fraction(NAME, "charDuplicatesRatio", charDuplicatesRatio);
    this.newLineRatio = Checks.atLeastZero(NAME, "newLineRatio", newLineRatio);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public FilterResult apply(Document doc) {
    AnalyzedText at = AnalyzedText.of(doc);
    String text = doc.text();
    List<String> lines = at.newlineLines();
    Map<String, Double> signals = new LinkedHashMap<>();

    int punct = 0;
    int shortLines = 0;
    List<String> nonBlank = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (!line.isEmpty()) {
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == '\'' || last == '"' || last == '!' || last == '?') punct++;
      }
      if (PyStr.length(line) <= shortLineLength) shortLines++;
      if (!PyStr.isBlank(line)) nonBlank.add(line);
    }
    double punctRatio = (double) punct / lines.size();
    signals.put(NAME + ".line_punct_ratio", punctRatio);
    if (punctRatio <= linePunctThr && !(punctRatio == 0 && linePunctExcludeZero)) {
      return FilterResult.drop(LINE_PUNCT_RATIO, signals);
    }
    double shortRatio = (double) shortLines / lines.size();
    signals.put(NAME + ".short_line_ratio", shortRatio);
    if (shortRatio >= shortLineThr) return FilterResult.drop(SHORT_LINE_RATIO, signals);

    int newlines = lines.size() - 1;
    long nonNewlineChars = at.length() - newlines;
    long dupChars = Duplicates.find(nonBlank)[1];
    double dupRatio = nonNewlineChars == 0 ? 0 : (double) dupChars / nonNewlineChars;
    signals.put(NAME + ".char_dup_ratio", dupRatio);
    if (dupRatio >= charDuplicatesRatio) return FilterResult.drop(CHAR_DUP_RATIO, signals);

    int words = at.tokens().size();
    double listRatio = (double) newlines / Math.max(1, words); // no words: any newline fails
    signals.put(NAME + ".newline_per_word", listRatio);
    if (listRatio > newLineRatio) return FilterResult.drop(LIST_RATIO, signals);
    return FilterResult.keep(signals);
  }
}
