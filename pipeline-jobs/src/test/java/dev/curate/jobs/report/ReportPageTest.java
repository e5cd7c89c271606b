// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.jobs.report.RunReport.Bar;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReportPageTest {
  @Test
  void pageLoadsNothingFromOutside() {
    Document page = Jsoup.parse(ReportPage.render(Reports.full()));
    assertTrue(page.select("[src], link, iframe, img, object, embed").isEmpty(), "no external resources");
    String html = page.outerHtml();
    assertFalse(html.contains("@import"), "no imported style sheets");
    assertFalse(html.contains("fetch(") || html.contains("XMLHttpRequest"), "no requests from the script");
    assertEquals(2, page.select("script").size(), "the data and the drawing script, both inline");
    assertEquals(1, page.select("style").size());
  }

  @Test
  void everyChartHasItsElementAndNoElementLacksAChart() {
    RunReport r = Reports.full();
    Document page = Jsoup.parse(ReportPage.render(r));
    List<String> ids = new ArrayList<>();
    ReportPage.charts(r).forEach(c -> ids.add("chart-" + c.id()));
    List<String> figures = page.select("figure.chart").eachAttr("id");
    assertEquals(ids, figures);
    assertEquals(
        List.of("chart-funnel", "chart-rejected-extract", "chart-rejected-filter", "chart-languages", "chart-chars",
            "chart-words", "chart-domains", "chart-quality", "chart-clusters", "chart-shards"),
        figures);
  }

  @Test
  void funnelStacksKeptRejectedAndErrorsToTheRecordsIn() {
    Chart funnel = ReportPage.charts(Reports.full()).get(0);
    assertEquals(List.of("kept", "rejected", "errors"), funnel.series());
    assertEquals(List.of(60.0, 30.0, 10.0), funnel.items().get(0).values());
    for (Chart.Item i : funnel.items()) {
      double in = Reports.full().stages().stream().filter(s -> s.name().equals(i.label())).findFirst().orElseThrow().recordsIn();
      assertEquals(in, i.values().stream().mapToDouble(Double::doubleValue).sum(), i.label());
    }
  }

  @Test
  void funnelTableShowsTokensWhereKnown() {
    Element table = Jsoup.parse(ReportPage.render(Reports.full())).selectFirst("table");
    assertTrue(table.text().contains("tokens out"), table.text());
    assertTrue(table.select("tr").get(3).text().contains("12,345"), table.select("tr").get(3).text());
  }

  @Test
  void missingStagesAndColumnsAreNotedInsteadOfCharted() {
    Document page = Jsoup.parse(ReportPage.render(Reports.extractOnly()));
    assertEquals(List.of("chart-funnel", "chart-chars", "chart-words"), page.select("figure.chart").eachAttr("id"));
    String notes = page.select(".notes li, p.note").text();
    for (String expected : new String[] {"tokenize: not in this run", "No lang column", "No domain column", "No quality_score", "No duplicate clusters", "No token shards"}) {
      assertTrue(notes.contains(expected), expected + " in " + notes);
    }
  }

  @Test
  void embeddedDataCannotCloseItsScriptElementAndReadsBackExactly() throws Exception {
    RunReport hostile = withLanguages(Reports.full(), List.of(new Bar("</script><script>alert(1)</script>", 7)));
    String html = ReportPage.render(hostile);
    assertFalse(html.contains("</script><script>alert"), "the label must not end the data element");
    Document page = Jsoup.parse(html);
    JsonNode data = Mappers.JSON.readTree(page.getElementById("report-data").data());
    assertEquals("</script><script>alert(1)</script>", data.at("/report/languages/0/label").asText());
    assertEquals(7, data.at("/report/languages/0/value").asLong());
  }

  @Test
  void textFromTheRunIsEscapedInTheHtml() {
    RunReport r = Reports.full();
    RunReport odd = new RunReport("<b>dir</b> & co", r.generatedAt(), r.stages(), List.of("note with <i>tags</i>"), r.documentsStage(), r.documents(),
        r.languages(), r.chars(), r.words(), r.docTokens(), r.domains(), r.quality(), r.clusterSizes(), r.shards());
    Document page = Jsoup.parse(ReportPage.render(odd));
    assertTrue(page.select("b:containsOwn(dir), i:containsOwn(tags)").isEmpty(), "no markup from data");
    assertTrue(page.title().contains("<b>dir</b> & co"), page.title());
  }

  @Test
  void lengthTableHasCharactersWordsAndTokensQuantiles() {
    Element table = Jsoup.parse(ReportPage.render(Reports.full())).select("table").get(1);
    assertEquals("per document min p10 p50 p90 p99 max mean", table.select("tr").get(0).text());
    assertEquals("characters 3 10 120 900 2,000 2,500 300.5", table.select("tr").get(1).text());
    assertTrue(table.select("tr").get(3).text().startsWith("tokens (tokenize) 5"), table.text());
  }

  @Test
  void chartRejectsItemsWithTheWrongNumberOfValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Chart("x", "t", Chart.HBAR, List.of("a", "b"), List.of(Chart.Item.of("one", 1)), "docs"));
    assertTrue(e.getMessage().contains("1 values for 2 series"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Chart("x", "t", "pie", List.of("a"), List.of(), "docs"));
  }

  private static RunReport withLanguages(RunReport r, List<Bar> languages) {
    return new RunReport(r.runDir(), r.generatedAt(), r.stages(), r.notes(), r.documentsStage(), r.documents(), languages,
        r.chars(), r.words(), r.docTokens(), r.domains(), r.quality(), r.clusterSizes(), r.shards());
  }
}
