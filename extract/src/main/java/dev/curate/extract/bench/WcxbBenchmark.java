// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.extract.charset.CharsetResolver;
import dev.curate.extract.html.ExtractedText;
import dev.curate.extract.html.ExtractorOptions;
import dev.curate.extract.html.MainContentExtractor;
import dev.curate.extract.html.TextFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;

/**
 * Scores {@link MainContentExtractor} on a WCXB split ({@code html/NNNN.html.gz} + {@code
 * ground-truth/NNNN.json.gz}) with the benchmark's word-F1 rule ({@link WordF1}).
 *
 * <p>Usage: {@code WcxbBenchmark --data DIR [--limit N] [--worst K] [--format plain|markdown]
 * [--passes P] [--dump OUTDIR]}. Pages are read and gunzipped up front; timing covers decoding
 * (the pipeline's {@link CharsetResolver}: BOM, {@code <meta>}, detection), parse ({@link
 * MainContentExtractor#parse}) and extract on one thread, in the last of {@code P} passes so the
 * JIT is warm.
 */
public final class WcxbBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Scores of one page. */
  public record PageResult(
      String id,
      String type,
      String url,
      WordF1.Score score,
      double withRate,
      double withoutRate,
      int withCount,
      int withoutCount) {}

  /** Mean scores over a set of pages. */
  public record Summary(
      int pages, double f1, double precision, double recall, double withRate, double withoutRate) {}

  /** Everything one run measured. */
  public record Report(
      Summary overall,
      Map<String, Summary> byType,
      List<PageResult> pages,
      long htmlBytes,
      long extractNanos,
      long parseNanos) {
    public double pagesPerSecond() {
      return pages.size() / (extractNanos / 1e9);
    }

    public double megabytesPerSecond() {
      return htmlBytes / 1e6 / (extractNanos / 1e9);
    }
  }

  /** One labelled page held in memory: raw bytes and parsed ground truth. */
  private record Page(String id, byte[] html, JsonNode gt) {
    String url() {
      return gt.path("url").asText("");
    }
  }

  private WcxbBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    int limit = Integer.MAX_VALUE;
    int worst = 20;
    TextFormat format = TextFormat.PLAIN;
    Path dump = null;
    int passes = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data":
          data = Path.of(args[++i]);
          break;
        case "--limit":
          limit = Integer.parseInt(args[++i]);
          break;
        case "--worst":
          worst = Integer.parseInt(args[++i]);
          break;
        case "--format":
          format = TextFormat.valueOf(args[++i].toUpperCase(Locale.ROOT));
          break;
        case "--passes":
          passes = Integer.parseInt(args[++i]);
          break;
        case "--dump":
          dump = Path.of(args[++i]);
          break;
        default:
          throw new IllegalArgumentException(
              "unknown argument "
                  + args[i]
                  + " (usage: --data DIR [--limit N] [--worst K] [--format plain|markdown]"
                  + " [--passes P] [--dump OUTDIR])");
      }
    }
    if (data == null) {
      throw new IllegalArgumentException(
          "missing --data DIR (e.g. --data ../shared/data/wcxb-dev)");
    }
    if (passes < 1) {
      throw new IllegalArgumentException("--passes must be at least 1, got " + passes);
    }
    Report r = run(data, limit, new ExtractorOptions(format), dump, passes);
    print(r, worst, System.out);
  }

  /**
   * Extracts and scores up to {@code limit} pages of {@code dataDir} (sorted by id), {@code passes}
   * times over pages held in memory; scores and timing are those of the last pass. Writes each
   * page's text to {@code dump/NNNN.txt} and one line of scores per page to {@code
   * dump/scores.tsv} (id, type, F1, P, R) when {@code dump} is not null, so two runs can be
   * compared page by page.
   */
  public static Report run(Path dataDir, int limit, ExtractorOptions options, Path dump, int passes)
      throws IOException {
    if (passes < 1) {
      throw new IllegalArgumentException("passes must be >= 1, got " + passes);
    }
    MainContentExtractor extractor = new MainContentExtractor(options);
    List<String> ids;
    try (Stream<Path> s = Files.list(dataDir.resolve("html"))) {
      ids =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".html.gz"))
              .map(n -> n.substring(0, n.length() - ".html.gz".length()))
              .sorted()
              .limit(limit)
              .collect(Collectors.toList());
    }
    if (dump != null) {
      Files.createDirectories(dump);
    }
    List<Page> pages = new ArrayList<>();
    for (String id : ids) {
      JsonNode gt = JSON.readTree(gunzip(dataDir.resolve("ground-truth").resolve(id + ".json.gz")));
      pages.add(new Page(id, gunzip(dataDir.resolve("html").resolve(id + ".html.gz")), gt));
    }
    // all passes extract every page; scores and timing come from the last one (JIT warmed up)
    String[] texts = new String[pages.size()];
    long bytes = 0;
    long nanos = 0;
    long parseNanos = 0;
    for (int pass = 0; pass < passes; pass++) {
      bytes = 0;
      nanos = 0;
      parseNanos = 0;
      for (int i = 0; i < pages.size(); i++) {
        Page page = pages.get(i);
        long t0 = System.nanoTime();
        Document doc =
            MainContentExtractor.parse(CharsetResolver.decode(page.html(), null).text(), page.url());
        long t1 = System.nanoTime();
        ExtractedText out = extractor.extract(doc);
        long t2 = System.nanoTime();
        nanos += t2 - t0;
        parseNanos += t1 - t0;
        bytes += page.html().length;
        texts[i] = out.text();
      }
    }
    List<PageResult> results = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      String id = page.id();
      JsonNode truth = page.gt().path("ground_truth");
      String expected = truth.path("main_content").asText("");
      String text = texts[i];
      int withFound = 0;
      int withN = 0;
      for (JsonNode s : truth.path("with")) {
        withN++;
        withFound += WordF1.containsSnippet(text, s.asText()) ? 1 : 0;
      }
      int withoutFound = 0;
      int withoutN = 0;
      for (JsonNode s : truth.path("without")) {
        withoutN++;
        withoutFound += WordF1.containsSnippet(text, s.asText()) ? 1 : 0;
      }
      String type = page.gt().path("_internal").path("page_type").path("primary").asText("unknown");
      results.add(
          new PageResult(
              id,
              type,
              page.url(),
              WordF1.score(text, expected),
              withN == 0 ? Double.NaN : (double) withFound / withN,
              withoutN == 0 ? Double.NaN : (double) withoutFound / withoutN,
              withN,
              withoutN));
      if (dump != null) {
        Files.writeString(dump.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
      }
    }
    if (dump != null) {
      StringBuilder tsv = new StringBuilder("id\ttype\tf1\tprecision\trecall\n");
      for (PageResult p : results) {
        tsv.append(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%.4f\t%.4f\t%.4f%n",
                p.id(),
                p.type(),
                p.score().f1(),
                p.score().precision(),
                p.score().recall()));
      }
      Files.writeString(dump.resolve("scores.tsv"), tsv, StandardCharsets.UTF_8);
    }
    Map<String, List<PageResult>> groups = new TreeMap<>();
    for (PageResult p : results) {
      groups.computeIfAbsent(p.type(), k -> new ArrayList<>()).add(p);
    }
    Map<String, Summary> byType = new TreeMap<>();
    groups.forEach((k, v) -> byType.put(k, summarize(v)));
    return new Report(summarize(results), byType, results, bytes, nanos, parseNanos);
  }

  static Summary summarize(List<PageResult> pages) {
    double f1 = 0;
    double p = 0;
    double r = 0;
    double with = 0;
    int withN = 0;
    double without = 0;
    int withoutN = 0;
    for (PageResult x : pages) {
      f1 += x.score().f1();
      p += x.score().precision();
      r += x.score().recall();
      if (!Double.isNaN(x.withRate())) {
        with += x.withRate();
        withN++;
      }
      if (!Double.isNaN(x.withoutRate())) {
        without += x.withoutRate();
        withoutN++;
      }
    }
    int n = Math.max(1, pages.size());
    return new Summary(
        pages.size(),
        f1 / n,
        p / n,
        r / n,
        with / Math.max(1, withN),
        without / Math.max(1, withoutN));
  }

  /** Prints the summary table, speed and the {@code worst} lowest-F1 pages. */
  public static void print(Report r, int worst, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-14s %6s %6s %6s %6s %6s %8s%n",
        "type",
        "pages",
        "F1",
        "P",
        "R",
        "with",
        "without");
    line(out, "ALL", r.overall());
    r.byType().forEach((k, v) -> line(out, k, v));
    out.printf(
        Locale.ROOT,
        "speed: %.1f pages/s, %.1f MB/s (parse+extract, 1 thread; parse %.0f%% of time)%n",
        r.pagesPerSecond(),
        r.megabytesPerSecond(),
        100.0 * r.parseNanos() / r.extractNanos());
    List<PageResult> sorted = new ArrayList<>(r.pages());
    sorted.sort(Comparator.comparingDouble(p -> p.score().f1()));
    out.println("worst pages:");
    for (int i = 0; i < Math.min(worst, sorted.size()); i++) {
      PageResult p = sorted.get(i);
      out.printf(
          Locale.ROOT,
          "  %s %-13s F1=%.3f P=%.3f R=%.3f %s%n",
          p.id(),
          p.type(),
          p.score().f1(),
          p.score().precision(),
          p.score().recall(),
          p.url());
    }
  }

  private static void line(PrintStream out, String name, Summary s) {
    out.printf(
        Locale.ROOT,
        "%-14s %6d %6.3f %6.3f %6.3f %6.3f %8.3f%n",
        name,
        s.pages(),
        s.f1(),
        s.precision(),
        s.recall(),
        s.withRate(),
        s.withoutRate());
  }

  private static byte[] gunzip(Path p) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
