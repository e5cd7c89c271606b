// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.curate.core.Mappers;
import dev.curate.jobs.report.RunReport.Bar;
import dev.curate.jobs.report.RunReport.Bin;
import dev.curate.jobs.report.RunReport.Histogram;
import dev.curate.jobs.report.RunReport.Shard;
import dev.curate.jobs.report.RunReport.StageFunnel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link RunReport} as one self-contained HTML page: inline CSS, the report and its
 * charts embedded as JSON, and a small inline script ({@code report.js}) that draws each chart
 * as SVG. Nothing is fetched from the network, so the page works offline and when mailed.
 *
 * <p>Tables are written here, not by the script, so the numbers read even with scripts off. The
 * script marks every chart element with {@code data-marks}, the number of bars it drew (tests
 * check it in a real browser).
 */
public final class ReportPage {
  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");
  /** The quantile columns, as the tokenize stage's shard_stats.json names them too. */
  public static final List<String> QUANTILES = List.of("min", "p10", "p50", "p90", "p99", "max", "mean");

  private ReportPage() {}

  public static String render(RunReport r) {
    List<Chart> charts = charts(r);
    Map<String, Object> embedded = new LinkedHashMap<>();
    embedded.put("report", r);
    embedded.put("charts", charts);
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>curate report: ").append(esc(r.runDir())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<h1>curate report</h1>\n<p class=\"sub\">run <code>").append(esc(r.runDir()))
        .append("</code>, generated ").append(esc(r.generatedAt())).append("</p>\n");
    if (!r.notes().isEmpty()) {
      h.append("<ul class=\"notes\">\n");
      for (String n : r.notes()) {
        h.append("<li>").append(esc(n)).append("</li>\n");
      }
      h.append("</ul>\n");
    }

    section(h, "funnel", "Funnel");
    funnelTable(h, r.stages());
    figure(h, charts, "funnel");
    for (StageFunnel s : r.stages()) {
      if (s.rejectedTotal() + s.errorsTotal() > 0) {
        figure(h, charts, "rejected-" + s.name());
      }
    }

    section(h, "documents", "Kept documents");
    if (r.documentsStage() == null) {
      note(h, "No stage of this run kept documents with a text column.");
    } else {
      h.append("<p>Distributions over the ").append(fmt(r.documents()))
          .append(" documents kept by <b>").append(esc(r.documentsStage())).append("</b>.</p>\n");
      h.append("<h3>Languages</h3>\n");
      if (r.languages().isEmpty()) {
        note(h, "No lang column: the filter stage (language ID) is not in this run.");
      } else {
        figure(h, charts, "languages");
      }
      h.append("<h3>Length</h3>\n");
      quantileTable(h, r);
      figure(h, charts, "chars");
      figure(h, charts, "words");
      h.append("<h3>Domains</h3>\n");
      if (r.domains().isEmpty()) {
        note(h, "No domain column: no domain labelling stage in this run.");
      } else {
        figure(h, charts, "domains");
      }
    }

    section(h, "quality", "Quality score");
    if (r.quality() == null) {
      note(h, "No quality_score: the filter ran without a quality model, or is not in this run.");
    } else {
      h.append("<p>Every document the filter scored, by whether it was kept.</p>\n");
      figure(h, charts, "quality");
    }

    section(h, "duplicates", "Duplicates");
    if (r.clusterSizes().isEmpty()) {
      note(h, "No duplicate clusters: the dedup stage is not in this run, or found none.");
    } else {
      long clusters = r.clusterSizes().stream().mapToLong(Bar::value).sum();
      h.append("<p>").append(fmt(clusters))
          .append(" clusters of two or more documents; one survivor each is kept.</p>\n");
      figure(h, charts, "clusters");
    }

    section(h, "shards", "Token shards");
    if (r.shards().isEmpty()) {
      note(h, "No token shards: the tokenize stage is not in this run.");
    } else {
      shardTable(h, r.shards());
      figure(h, charts, "shards");
    }
    if (!r.mix().isEmpty()) {
      h.append("<h3>Domain mix</h3>\n");
      mixTable(h, r.mix());
    }

    h.append("<script type=\"application/json\" id=\"report-data\">")
        .append(json(embedded))
        .append("</script>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  /** The charts the report's data supports, in page order. */
  static List<Chart> charts(RunReport r) {
    List<Chart> c = new ArrayList<>();
    List<Chart.Item> funnel = new ArrayList<>();
    for (StageFunnel s : r.stages()) {
      funnel.add(Chart.Item.of(s.name(), s.kept(), s.rejectedTotal(), s.errorsTotal()));
    }
    if (!funnel.isEmpty()) {
      c.add(new Chart("funnel", "Records in, by outcome, per stage", Chart.HBAR,
          List.of("kept", "rejected", "errors"), funnel, "records"));
    }
    for (StageFunnel s : r.stages()) {
      List<Chart.Item> items = new ArrayList<>();
      s.rejected().forEach(b -> items.add(Chart.Item.of(b.label(), b.value(), 0)));
      s.errors().forEach(b -> items.add(Chart.Item.of(b.label(), 0, b.value())));
      if (!items.isEmpty()) {
        c.add(new Chart("rejected-" + s.name(), s.name() + ": not kept, by reason", Chart.HBAR,
            List.of("rejected", "errors"), items, "records"));
      }
    }
    if (!r.languages().isEmpty()) {
      c.add(bars("languages", "Kept documents by language", r.languages()));
    }
    if (r.chars() != null && r.chars().total() > 0) {
      c.add(histogram("chars", "Characters per document (log scale bins)", r.chars(), "documents"));
    }
    if (r.words() != null && r.words().total() > 0) {
      c.add(histogram("words", "Words per document (log scale bins)", r.words(), "documents"));
    }
    if (!r.domains().isEmpty()) {
      c.add(bars("domains", "Kept documents by domain", r.domains()));
    }
    if (r.quality() != null && r.quality().total() > 0) {
      c.add(histogram("quality", "quality_score", r.quality(), "documents"));
    }
    if (!r.clusterSizes().isEmpty()) {
      List<Chart.Item> items = new ArrayList<>();
      r.clusterSizes().forEach(b -> items.add(Chart.Item.of(b.label(), b.value())));
      c.add(new Chart("clusters", "Duplicate clusters by size (documents per cluster)", Chart.COLUMNS,
          List.of("clusters"), items, "clusters"));
    }
    if (!r.shards().isEmpty()) {
      List<Chart.Item> items = new ArrayList<>();
      r.shards().forEach(s -> items.add(Chart.Item.of(s.name(), s.tokens())));
      c.add(new Chart("shards", "Tokens per shard", Chart.COLUMNS, List.of("tokens"), items, "tokens"));
    }
    return c;
  }

  private static Chart bars(String id, String title, List<Bar> bars) {
    List<Chart.Item> items = new ArrayList<>();
    bars.forEach(b -> items.add(Chart.Item.of(b.label(), b.value())));
    return new Chart(id, title, Chart.HBAR, List.of("documents"), items, "documents");
  }

  private static Chart histogram(String id, String title, Histogram hist, String axis) {
    List<Chart.Item> items = new ArrayList<>();
    for (Bin b : hist.bins()) {
      double[] v = b.counts().stream().mapToDouble(Long::doubleValue).toArray();
      items.add(Chart.Item.of(num(b.lo()), v));
    }
    return new Chart(id, title, Chart.COLUMNS, hist.series(), items, axis);
  }

  private static void funnelTable(StringBuilder h, List<StageFunnel> stages) {
    h.append("<table class=\"num\">\n<tr><th>stage</th><th>records in</th><th>kept</th><th>rejected</th>")
        .append("<th>errors</th><th>kept %</th><th>text out</th><th>tokens out</th>")
        .append("<th>wall</th></tr>\n");
    for (StageFunnel s : stages) {
      h.append("<tr><td>").append(esc(s.name())).append(s.finished() ? "" : " (unfinished)")
          .append("</td><td>").append(fmt(s.recordsIn()))
          .append("</td><td>").append(fmt(s.kept()))
          .append("</td><td>").append(fmt(s.rejectedTotal()))
          .append("</td><td>").append(fmt(s.errorsTotal()))
          .append("</td><td>").append(s.recordsIn() == 0 ? "" : String.format(Locale.ROOT, "%.1f", 100.0 * s.kept() / s.recordsIn()))
          .append("</td><td>").append(s.textBytesOut() == null ? "" : mb(s.textBytesOut()))
          .append("</td><td>").append(s.tokensOut() == null ? "" : fmt(s.tokensOut()))
          .append("</td><td>").append(String.format(Locale.ROOT, "%.1f s", s.wallMillis() / 1000.0))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** Length quantiles, one row per measure, columns {@link #QUANTILES}. */
  private static void quantileTable(StringBuilder h, RunReport r) {
    Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
    if (r.chars() != null && !r.chars().quantiles().isEmpty()) {
      rows.put("characters", r.chars().quantiles());
    }
    if (r.words() != null && !r.words().quantiles().isEmpty()) {
      rows.put("words", r.words().quantiles());
    }
    if (!r.docTokens().isEmpty()) {
      rows.put("tokens (tokenize)", r.docTokens());
    }
    if (rows.isEmpty()) {
      return;
    }
    h.append("<table class=\"num\">\n<tr><th>per document</th>");
    QUANTILES.forEach(k -> h.append("<th>").append(k).append("</th>"));
    h.append("</tr>\n");
    rows.forEach(
        (name, q) -> {
          h.append("<tr><td>").append(esc(name)).append("</td>");
          for (String k : QUANTILES) {
            Double v = q.get(k);
            h.append("<td>").append(v == null ? "" : k.equals("mean") ? String.format(Locale.ROOT, "%,.1f", v) : num(v)).append("</td>");
          }
          h.append("</tr>\n");
        });
    h.append("</table>\n");
  }

  private static void shardTable(StringBuilder h, List<Shard> shards) {
    long tokens = shards.stream().mapToLong(Shard::tokens).sum();
    long rows = shards.stream().mapToLong(Shard::rows).sum();
    h.append("<p>").append(fmt(shards.size())).append(" shards, ").append(fmt(rows)).append(" sequences, ")
        .append(fmt(tokens)).append(" tokens.</p>\n");
    // A table of thousands of shards helps nobody; the chart and the manifest hold them all.
    if (shards.size() > 64) {
      return;
    }
    h.append("<table class=\"num\">\n<tr><th>shard</th><th>sequences</th><th>tokens</th><th>documents</th></tr>\n");
    for (Shard s : shards) {
      h.append("<tr><td>").append(esc(s.name())).append("</td><td>").append(fmt(s.rows()))
          .append("</td><td>").append(fmt(s.tokens())).append("</td><td>")
          .append(s.documents() == null ? "" : fmt(s.documents())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** Tokens per domain available, targeted by the mixture stage and realised in the shards, with shares. */
  private static void mixTable(StringBuilder h, List<RunReport.DomainMix> mix) {
    double available = mix.stream().mapToDouble(RunReport.DomainMix::available).sum();
    double target = mix.stream().mapToDouble(RunReport.DomainMix::target).sum();
    double realised = mix.stream().mapToDouble(m -> m.realised() == null ? 0 : m.realised()).sum();
    h.append("<table class=\"num\">\n<tr><th>domain</th><th>available</th><th>share</th><th>target</th><th>share</th>")
        .append("<th>realised</th><th>share</th><th>realised / target</th></tr>\n");
    for (RunReport.DomainMix m : mix) {
      h.append("<tr><td>").append(esc(m.domain())).append("</td><td>").append(fmt(m.available()))
          .append("</td><td>").append(percent(m.available(), available))
          .append("</td><td>").append(fmt(Math.round(m.target())))
          .append("</td><td>").append(percent(m.target(), target))
          .append("</td><td>").append(m.realised() == null ? "" : fmt(m.realised()))
          .append("</td><td>").append(m.realised() == null ? "" : percent(m.realised(), realised))
          .append("</td><td>").append(m.realised() == null || m.target() == 0 ? "" : percent(m.realised(), m.target()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static String percent(double part, double whole) {
    return whole == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f%%", 100 * part / whole);
  }

  private static void section(StringBuilder h, String id, String title) {
    h.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
  }

  private static void note(StringBuilder h, String text) {
    h.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
  }

  private static void figure(StringBuilder h, List<Chart> charts, String id) {
    for (Chart c : charts) {
      if (c.id().equals(id)) {
        h.append("<figure class=\"chart\" id=\"chart-").append(esc(id)).append("\"><figcaption>")
            .append(esc(c.title())).append("</figcaption></figure>\n");
        return;
      }
    }
  }

  /** The embedded JSON, safe inside a script element: no {@code </script>} can appear in it. */
  static String json(Object value) {
    try {
      return Mappers.JSON.writeValueAsString(value).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /** A bin edge or quantile: integers without decimals, fractions with up to three. */
  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar (rebuild: mvn package)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
