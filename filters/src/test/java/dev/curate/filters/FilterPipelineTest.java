// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.doc.Document;
import dev.curate.filters.heuristic.C4QualitySpec;
import dev.curate.filters.heuristic.FilterSpec;
import dev.curate.filters.heuristic.FineWebQualitySpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterPipelineTest {
  private static final String MODEL = System.getProperty("curate.lid.model");
  private static final String PROSE =
      "The committee adopted the report on fisheries after a long debate in the chamber. "
          + "Members said that the quotas have to be set with care. "
          + "The fleet must be given time to adapt to the new rules. "
          + "Several speakers asked for better data on the stocks. "
          + "The vote will take place tomorrow at noon.";

  private static FilterPipeline pipeline(List<String> languages, double minScore, List<FilterSpec> rules) {
    return new FilterPipeline(
        new FilterSettings(new LanguageSettings(MODEL, languages, minScore, Map.of()), rules), MODEL);
  }

  @Test
  void cleanProseIsKeptWithItsLanguageAndSignals() {
    FilterPipeline.Verdict v =
        pipeline(List.of("en"), 0.65, List.of()).apply(new Document("a", null, PROSE, null));
    assertNull(v.reason());
    assertEquals("en", v.language().lang());
    assertEquals("Latn", v.language().script());
    assertTrue(v.signals().containsKey("language.score"));
    assertEquals(PROSE, v.text());
  }

  @Test
  void unwantedLanguageAndLowScoreAreDistinctReasons() {
    String german = "Der Ausschuss hat den Bericht über die Fischerei nach einer langen Aussprache angenommen.";
    assertEquals(
        LanguageFilter.UNWANTED_LANGUAGE,
        pipeline(List.of("en"), 0.65, List.of()).apply(new Document("b", null, german, null)).reason());
    assertEquals(
        LanguageFilter.LOW_SCORE,
        pipeline(List.of(), 1.0, List.of()).apply(new Document("c", null, german, null)).reason());
  }

  @Test
  void c4RemovesLinesAndLaterRulesSeeTheCleanedText() {
    String withJunk = PROSE.replace(". ", ".\n") + "\nPlease enable javascript to view this site.\n";
    FilterPipeline p =
        pipeline(
            List.of(),
            0.0,
            List.of(
                new C4QualitySpec(null, false, null, null, null, null, null, null, null),
                new FineWebQualitySpec(null, null, null, null, null, null)));
    FilterPipeline.Verdict v = p.apply(new Document("d", null, withJunk, null));
    assertNull(v.reason(), v.reason());
    assertFalse(v.text().contains("javascript"), v.text());
    assertTrue(v.text().contains("The vote will take place tomorrow at noon."), v.text());
  }
}
