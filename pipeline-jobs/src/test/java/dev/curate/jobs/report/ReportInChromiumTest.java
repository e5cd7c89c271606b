// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curate.core.Mappers;
import dev.curate.jobs.cli.Curate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a real small run (the demo on 200 pages, which writes it), drawn by a real browser. */
@Tag("spark")
class ReportInChromiumTest {
  @TempDir Path dir;

  @Test
  void everyChartOfADemoRunReportDrawsInHeadlessChromium() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, Curate.execute(
        "demo",
        "--sample-dir", dir.resolve("sample").toString(),
        "--set", "work_dir=" + out,
        "--set", "sample.docs=200",
        "--set", "sample.docs_per_file=100",
        "--set", "filter.language.model=" + System.getProperty("curate.lid.model"),
        "--master", "local[2]"));
    Path page = out.resolve("report.html"); // the demo ends by writing the run's report
    assertTrue(Files.isRegularFile(page), "the demo wrote " + page);

    Document dom = Jsoup.parse(HeadlessChromium.dumpDom(page, dir.resolve("chromium-profile")));
    List<String> charts = dom.select("figure.chart").eachAttr("id");
    assertTrue(charts.containsAll(List.of(
            "chart-funnel", "chart-rejected-extract", "chart-rejected-filter", "chart-rejected-dedup",
            "chart-languages", "chart-chars", "chart-words", "chart-quality", "chart-clusters", "chart-shards")),
        "the demo run has every section but domains: " + charts);
    for (Element figure : dom.select("figure.chart")) {
      assertTrue(figure.attr("data-error").isEmpty(), figure.id() + " failed: " + figure.attr("data-error"));
      assertTrue(figure.hasAttr("data-marks"), figure.id() + " was not drawn");
      assertTrue(Integer.parseInt(figure.attr("data-marks")) > 0, figure.id() + " drew no bars");
      assertEquals(Integer.parseInt(figure.attr("data-marks")), figure.select("svg rect").size(), figure.id());
    }
    assertTrue(Files.size(page) < 2_000_000, "one small page: " + Files.size(page));
  }

  @Test
  void reportGoesToOutAndNotesWhatARunWithoutDocumentsLacks() throws Exception {
    Path stage = Files.createDirectories(dir.resolve("run/extract"));
    Files.writeString(stage.resolve("_STATS.json"), """
        {"stage": "extract", "input": "in", "output": "out", "format": "parquet", "records_in": 5, "kept": 0,
         "rejected": {"extract.http_status": 5}, "errors": {}, "metrics": {}, "wall_millis": 10, "finished_at": null}
        """);
    Files.writeString(stage.resolve("_SUCCESS"), "");
    Path page = dir.resolve("elsewhere/page.html");
    assertEquals(0, Curate.execute("report", dir.resolve("run").toString(), "--out", page.toString(), "--master", "local[2]"));
    Document html = Jsoup.parse(Files.readString(page));
    assertEquals(List.of("chart-funnel", "chart-rejected-extract"), html.select("figure.chart").eachAttr("id"));
    assertTrue(html.text().contains("filter: not in this run"), html.text());
    assertTrue(html.text().contains("No stage of this run kept documents"), html.text());
    assertTrue(Files.notExists(dir.resolve("run/report.html")));
  }

  @Test
  void jsonLinesStageIsMeasuredWithTheFiltersWordCount() throws Exception {
    Path stage = Files.createDirectories(dir.resolve("run/filter"));
    // As `--format jsonl` writes it: filter_signals reads back as a struct, not a map.
    Files.writeString(stage.resolve("part-00000.json"), """
        {"doc_id": "a", "text": "one two three", "text_bytes": 13, "lang": "en", "domain": "news", "quality_score": 0.9, "filter_signals": {"gopher_quality.words": 30.0}}
        {"doc_id": "b", "text": "eins zwei", "text_bytes": 9, "lang": "de", "domain": "news", "quality_score": 0.1, "filter_signals": {"gopher_quality.words": 2.0}}
        {"doc_id": "c", "text": "trois", "text_bytes": 5, "lang": "fr", "quality_score": 0.7, "filter_signals": {}}
        """);
    Files.writeString(stage.resolve("_STATS.json"), """
        {"stage": "filter", "input": "in", "output": "out", "format": "jsonl", "records_in": 3, "kept": 3,
         "rejected": {}, "errors": {}, "metrics": {}, "wall_millis": 10, "finished_at": null}
        """);
    Files.writeString(stage.resolve("_SUCCESS"), "");
    Path page = dir.resolve("page.html");
    assertEquals(0, Curate.execute("report", dir.resolve("run").toString(), "--out", page.toString(), "--master", "local[2]"));
    JsonNode report = Mappers.JSON.readTree(Jsoup.parse(Files.readString(page)).getElementById("report-data").data()).get("report");
    assertEquals("filter", report.get("documents_stage").asText());
    assertEquals(27, report.at("/stages/0/text_bytes_out").asLong());
    assertEquals(30.0, report.at("/words/quantiles/max").asDouble(), "the filter's count where it measured one");
    assertEquals(1.0, report.at("/words/quantiles/min").asDouble(), "whitespace words where it did not");
    assertEquals(13.0, report.at("/chars/quantiles/max").asDouble());
    assertEquals(3, report.get("languages").size());
    assertEquals("news", report.at("/domains/0/label").asText());
    assertEquals(2, report.at("/domains/0/value").asLong());
    assertEquals("(none)", report.at("/domains/1/label").asText());
    assertEquals(3, report.at("/quality/bins").findValues("counts").stream().mapToLong(c -> c.get(0).asLong()).sum());
  }

  @Test
  void reportExplainsItselfWithHelp() {
    assertEquals(0, Curate.execute("report", "--help"));
  }

  @Test
  void directoryThatIsNotARunIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    assertEquals(2, Curate.execute("report", dir.resolve("empty").toString(), "--master", "local[2]"));
  }
}
