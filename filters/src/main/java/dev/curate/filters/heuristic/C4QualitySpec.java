// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static dev.curate.filters.heuristic.Checks.orDefault;

/**
 * Config of {@link C4QualityFilter} (and of its {@link C4LineCleaner}); null (absent) fields take
 * datatrove's defaults. FineWeb sets {@code filter_no_terminal_punct: false}.
 */
public record C4QualitySpec(
    Boolean removeCitations,
    Boolean filterNoTerminalPunct,
    Integer minNumSentences,
    Integer minWordsPerLine,
    Integer maxWordLength,
    Boolean filterLoremIpsum,
    Boolean filterJavascript,
    Boolean filterCurlyBracket,
    Boolean filterPolicy)
    implements FilterSpec {
  public C4QualitySpec {
    removeCitations = orDefault(removeCitations, true);
    filterNoTerminalPunct = orDefault(filterNoTerminalPunct, true);
    minNumSentences = orDefault(minNumSentences, 5);
    minWordsPerLine = orDefault(minWordsPerLine, 3);
    maxWordLength = orDefault(maxWordLength, 1000);
    filterLoremIpsum = orDefault(filterLoremIpsum, true);
    filterJavascript = orDefault(filterJavascript, true);
    filterCurlyBracket = orDefault(filterCurlyBracket, true);
    filterPolicy = orDefault(filterPolicy, true);
    new C4QualityFilter(removeCitations, filterNoTerminalPunct, minNumSentences, minWordsPerLine,
        maxWordLength, filterLoremIpsum, filterJavascript, filterCurlyBracket, filterPolicy);
  }

  public static C4QualitySpec defaults() {
    return new C4QualitySpec(null, null, null, null, null, null, null, null, null);
  }

  @Override
  public C4QualityFilter build() {
    return new C4QualityFilter(removeCitations, filterNoTerminalPunct, minNumSentences,
        minWordsPerLine, maxWordLength, filterLoremIpsum, filterJavascript, filterCurlyBracket,
        filterPolicy);
  }
}
