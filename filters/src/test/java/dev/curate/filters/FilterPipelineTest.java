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

  @Test
  void theQualityScoreIsKeptAtTheThresholdAndDroppedJustBelowIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    java.nio.file.Path model = tmp.resolve("q.bin");
    dev.curate.filters.quality.QualityModelTraining.train(
        dev.curate.filters.quality.QualityModelTrainingTest.prose(),
        dev.curate.filters.quality.QualityModelTrainingTest.spam(),
        dev.curate.filters.fasttext.TrainingArgs.qualityDefaults().withBucket(20_000).withDim(8),
        0.0,
        model,
        line -> {});
    LanguageSettings lang = new LanguageSettings(MODEL, List.of(), 0.0, Map.of());
    FilterPipeline scoreOnly =
        new FilterPipeline(
            new FilterSettings(
                lang, List.of(), new dev.curate.filters.quality.QualitySettings(model.toString(), null, null, null)),
            MODEL);
    FilterPipeline.Verdict scored = scoreOnly.apply(new Document("q", null, PROSE, null));
    assertNull(scored.reason());
    float score = scored.qualityScore();
    assertEquals(score, scored.signals().get("quality_score"), 0.0);
    assertTrue(score > 0.5, "prose scores " + score);

    FilterPipeline atScore =
        new FilterPipeline(
            new FilterSettings(
                lang, List.of(), new dev.curate.filters.quality.QualitySettings(model.toString(), null, (double) score, null)),
            MODEL);
    assertNull(atScore.apply(new Document("q", null, PROSE, null)).reason());
    FilterPipeline aboveScore =
        new FilterPipeline(
            new FilterSettings(
                lang,
                List.of(),
                new dev.curate.filters.quality.QualitySettings(model.toString(), null, (double) Math.nextUp(score), null)),
            MODEL);
    FilterPipeline.Verdict dropped = aboveScore.apply(new Document("q", null, PROSE, null));
    assertEquals(FilterPipeline.QUALITY_BELOW_THRESHOLD, dropped.reason());
    assertEquals(score, dropped.qualityScore());
  }

  @Test
  void documentsDroppedEarlierAreScoredButKeepTheirReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    java.nio.file.Path model = tmp.resolve("q.bin");
    dev.curate.filters.quality.QualityModelTraining.train(
        dev.curate.filters.quality.QualityModelTrainingTest.prose(),
        dev.curate.filters.quality.QualityModelTrainingTest.spam(),
        dev.curate.filters.fasttext.TrainingArgs.qualityDefaults().withBucket(20_000).withDim(8).withEpoch(1),
        0.0,
        model,
        line -> {});
    FilterPipeline p =
        new FilterPipeline(
            new FilterSettings(
                new LanguageSettings(MODEL, List.of("de"), 0.0, Map.of()),
                List.of(),
                new dev.curate.filters.quality.QualitySettings(model.toString(), null, 0.5, null)),
            MODEL);
    FilterPipeline.Verdict v = p.apply(new Document("e", null, PROSE, null));
    assertEquals(LanguageFilter.UNWANTED_LANGUAGE, v.reason());
    assertTrue(v.qualityScore() > 0.5, "scored: " + v.qualityScore());
  }
}
