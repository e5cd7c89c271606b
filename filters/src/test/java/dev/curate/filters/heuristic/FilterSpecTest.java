// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.curate.core.Mappers;
import dev.curate.core.doc.Document;
import dev.curate.filters.url.UrlFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterSpecTest {
  private static List<FilterSpec> parse(String yaml) throws JsonProcessingException {
    return Mappers.YAML.readValue(yaml, new TypeReference<List<FilterSpec>>() {});
  }

  @Test
  void absentKeysTakeThePublishedDefaults() throws Exception {
    List<FilterSpec> specs =
        parse("- type: gopher_quality\n- type: gopher_repetition\n- type: c4_quality\n"
            + "- type: fineweb_quality\n- type: url\n");
    assertEquals(GopherQualitySpec.defaults(), specs.get(0));
    assertEquals(GopherRepetitionSpec.defaults(), specs.get(1));
    assertEquals(C4QualitySpec.defaults(), specs.get(2));
    assertEquals(FineWebQualitySpec.defaults(), specs.get(3));
    assertEquals(50, ((GopherQualitySpec) specs.get(0)).minDocWords());
    assertEquals(0.16, ((GopherRepetitionSpec) specs.get(1)).topNGrams().get(4));
    assertEquals(0.10, ((GopherRepetitionSpec) specs.get(1)).dupNGrams().get(10));
    assertEquals(true, ((C4QualitySpec) specs.get(2)).filterNoTerminalPunct());
    assertEquals(0.67, ((FineWebQualitySpec) specs.get(3)).shortLineThr());
    for (FilterSpec s : specs) s.build();
  }

  @Test
  void snakeCaseKeysOverrideDefaults() throws Exception {
    List<FilterSpec> specs =
        parse("- type: gopher_quality\n  min_doc_words: 10\n  stop_words: [der, die, das]\n"
            + "- type: gopher_repetition\n  top_n_grams: {3: 0.5}\n"
            + "- type: c4_quality\n  filter_no_terminal_punct: false\n"
            + "- type: fineweb_quality\n  line_punct_exclude_zero: true\n  new_line_ratio: 1\n");
    GopherQualitySpec g = (GopherQualitySpec) specs.get(0);
    assertEquals(10, g.minDocWords());
    assertEquals(List.of("der", "die", "das"), g.stopWords());
    assertEquals(Map.of(2, 0.2, 3, 0.5, 4, 0.16), ((GopherRepetitionSpec) specs.get(1)).topNGrams());
    assertEquals(false, ((C4QualitySpec) specs.get(2)).filterNoTerminalPunct());
    assertEquals(1.0, ((FineWebQualitySpec) specs.get(3)).newLineRatio());
  }

  @Test
  void unknownKeysAndTypesFail() {
    assertThrows(JsonProcessingException.class, () -> parse("- type: gopher_quality\n  min_words: 3\n"));
    assertThrows(JsonProcessingException.class, () -> parse("- type: no_such_filter\n"));
  }

  @Test
  void badValuesFailWithTheFiltersMessage() {
    var e = assertThrows(JsonProcessingException.class,
        () -> parse("- type: fineweb_quality\n  short_line_thr: 1.7\n"));
    assertTrue(e.getMessage().contains("shortLineThr must be in [0, 1], got 1.7"), e.getMessage());
    e = assertThrows(JsonProcessingException.class,
        () -> parse("- type: gopher_repetition\n  dup_n_grams: {11: 0.1}\n"));
    assertTrue(e.getMessage().contains("dup_n_grams"), e.getMessage());
  }

  @Test
  void urlSpecMergesListFilesAndInlineEntries(@TempDir Path dir) throws Exception {
    Path domains = dir.resolve("domains");
    Files.writeString(domains, "# UT1 style\nbad.example\n\n", StandardCharsets.UTF_8);
    List<FilterSpec> specs =
        parse("- type: url\n  blocked_domains_file: " + domains + "\n  banned_substrings: [casino]\n");
    UrlFilter f = (UrlFilter) specs.get(0).build();
    assertEquals(UrlFilter.BLOCKED_DOMAIN,
        f.apply(new Document("1", "https://x.bad.example/", "t", null)).reason());
    assertEquals(UrlFilter.BANNED_SUBSTRING,
        f.apply(new Document("1", "https://ok.example/casino", "t", null)).reason());
    assertInstanceOf(UrlFilter.class, f);
  }
}
