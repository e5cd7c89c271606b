// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a deterministic sample crawl: Common Crawl-like {@code .warc.gz} files of pages built from
 * Europarl prose, with the ground truth for every page.
 *
 * <p>Output under {@code outDir}:
 *
 * <ul>
 *   <li>{@code warc/sample-NNNNN.warc.gz}: a warcinfo record, then per page a request, a response
 *       and a metadata record, each record its own gzip member;
 *   <li>{@code truth.jsonl}: one object per page in record order (see {@code package-info});
 *   <li>{@code SUMMARY.json}: the spec, files, records by WARC type, pages by kind, defects,
 *       charsets.
 * </ul>
 *
 * <p>Files are generated in parallel ({@code -Dcurate.sample.threads}, default all cores); every
 * page is a pure function of (seed, page index), so the bytes do not depend on the thread count.
 */
public final class SampleCrawl {
  private SampleCrawl() {}

  /** Writes the crawl; same spec, same bytes. Existing {@code sample-*.warc.gz} files are replaced. */
  public static SampleSummary write(Path outDir, SampleSpec spec) throws IOException {
    Path warcDir = outDir.resolve("warc");
    Path parts = outDir.resolve(".truth-parts");
    Files.createDirectories(warcDir);
    Files.createDirectories(parts);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(warcDir, "sample-*.warc.gz")) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
    CrawlPlan plan = new CrawlPlan(spec, Corpus.get());
    int files = spec.files();
    int threads = Math.max(1, Math.min(files,
        Integer.getInteger("curate.sample.threads", Runtime.getRuntime().availableProcessors())));
    List<FileGenerator.Stats> stats = new ArrayList<>(files);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sample-crawl");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<FileGenerator.Stats>> futures = new ArrayList<>(files);
      for (int f = 0; f < files; f++) {
        int file = f;
        futures.add(pool.submit(() -> new FileGenerator(plan, file)
            .write(warcDir.resolve(CrawlPlan.fileName(file)), part(parts, file))));
      }
      for (Future<FileGenerator.Stats> fu : futures) {
        stats.add(fu.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing " + outDir);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IllegalStateException("sample crawl generation failed: " + c, c);
    } finally {
      pool.shutdownNow();
    }
    Path truth = outDir.resolve("truth.jsonl");
    try (OutputStream out = Files.newOutputStream(truth)) {
      for (int f = 0; f < files; f++) {
        Path p = part(parts, f);
        Files.copy(p, out);
        Files.delete(p);
      }
    }
    Files.delete(parts);
    return summarize(outDir, warcDir, truth, plan, stats);
  }

  private static Path part(Path parts, int file) {
    return parts.resolve(String.format(Locale.ROOT, "truth-%05d.jsonl", file));
  }

  private static SampleSummary summarize(
      Path outDir, Path warcDir, Path truth, CrawlPlan plan, List<FileGenerator.Stats> stats)
      throws IOException {
    long[] kinds = new long[PageKind.values().length];
    TreeMap<String, Long> byType = new TreeMap<>();
    TreeMap<String, Long> defects = new TreeMap<>();
    TreeMap<String, Long> charsets = new TreeMap<>();
    long members = 0;
    long gzip = 0;
    long chunked = 0;
    long bytes = 0;
    for (FileGenerator.Stats s : stats) {
      for (int k = 0; k < kinds.length; k++) {
        kinds[k] += s.kinds[k];
      }
      s.recordsByType.forEach((k, v) -> byType.merge(k, v, Long::sum));
      s.defects.forEach((k, v) -> defects.merge(k, v, Long::sum));
      s.charsets.forEach((k, v) -> charsets.merge(k, v, Long::sum));
      members += s.gzipMembers;
      gzip += s.contentEncodingGzip;
      chunked += s.chunked;
      bytes += s.warcBytes;
    }
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (PageKind k : PageKind.values()) {
      byKind.put(k.label(), kinds[k.ordinal()]);
    }
    long records = byType.values().stream().mapToLong(Long::longValue).sum();
    SampleSpec spec = plan.spec;
    try (JsonGenerator g = new JsonFactory()
        .createGenerator(outDir.resolve("SUMMARY.json").toFile(), JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("spec");
      g.writeNumberField("docs", spec.docs());
      g.writeNumberField("seed", spec.seed());
      g.writeNumberField("docs_per_file", spec.docsPerFile());
      g.writeEndObject();
      g.writeStringField("generator", "curate-sample/0.1");
      g.writeStringField("crawl", plan.crawlName);
      g.writeStringField("window_start", FileGenerator.iso(plan.windowStart));
      g.writeStringField("window_end", FileGenerator.iso(plan.windowStart.plusSeconds(CrawlPlan.WINDOW)));
      g.writeNumberField("europarl_lines", plan.corpus.linesUsed());
      g.writeNumberField("files", stats.size());
      g.writeNumberField("warc_bytes", bytes);
      g.writeNumberField("gzip_members", members);
      g.writeNumberField("records", records);
      writeCounts(g, "records_by_type", byType);
      g.writeNumberField("pages", spec.docs());
      writeCounts(g, "pages_by_kind", byKind);
      writeCounts(g, "defects", defects);
      writeCounts(g, "charsets", charsets);
      g.writeNumberField("content_encoding_gzip", gzip);
      g.writeNumberField("chunked", chunked);
      g.writeEndObject();
      g.writeRaw('\n');
    }
    return new SampleSummary(warcDir, truth, stats.size(), records, byKind);
  }

  private static void writeCounts(JsonGenerator g, String name, Map<String, Long> counts)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  /** {@code --out DIR [--docs N] [--seed S] [--docs-per-file N]}: writes a crawl, prints a summary. */
  public static void main(String[] args) throws IOException {
    SampleSpec d = SampleSpec.defaults();
    Path out = null;
    int docs = d.docs();
    long seed = d.seed();
    int perFile = d.docsPerFile();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        usage("missing value after " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--out" -> out = Path.of(v);
        case "--docs" -> docs = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--docs-per-file" -> perFile = Integer.parseInt(v);
        default -> usage("unknown option " + a);
      }
    }
    if (out == null) {
      usage("--out is required");
    }
    long t0 = System.nanoTime();
    SampleSummary s = write(out, new SampleSpec(docs, seed, perFile));
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "wrote %d pages in %d files (%d records) to %s in %.2f s (%.0f docs/s)%n",
        docs, s.files(), s.records(), out, secs, docs / secs);
    System.out.println("pages by kind: " + s.pagesByKind());
  }

  private static void usage(String why) {
    throw new IllegalArgumentException(
        why + "; usage: SampleCrawl --out DIR [--docs N] [--seed S] [--docs-per-file N]");
  }
}
