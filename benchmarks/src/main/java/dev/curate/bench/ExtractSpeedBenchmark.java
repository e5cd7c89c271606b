// SPDX-License-Identifier: Apache-2.0
package dev.curate.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speed of HTML main-content extraction: our {@code MainContentExtractor} against peers from Maven
 * Central (readability4j, boilerpipe) and against a bare jsoup parse (the floor for any jsoup-based
 * extractor), on the same in-memory pages, in one JVM and one thread.
 *
 * <p>Usage: {@code ExtractSpeedBenchmark --data DIR [--limit N] [--rounds R] [--warmup W] [--only
 * a,b,...]}. {@code DIR} has the WCXB layout ({@code html/NNNN.html.gz}). All pages are gunzipped
 * and decoded to {@code String} first ({@link BenchPages}); timing covers extraction only. Each
 * round runs every contender over all pages in turn, starting with a different contender each round
 * and with a {@code System.gc()} before each pass, so machine noise and GC debt fall on all alike.
 * The table gives the median over the {@code R} timed rounds (after {@code W} warm-up rounds);
 * MB/s counts 10^6 bytes of the decoded page as UTF-8. Ratios of ours to each peer are given both
 * as the ratio of medians and as the median of per-round ratios (robust to a noisy round). Exceptions thrown by a contender on a page
 * are counted (time included) and the run goes on.
 */
public final class ExtractSpeedBenchmark {
  static final String USAGE =
      "usage: ExtractSpeedBenchmark --data DIR [--limit N] [--rounds R] [--warmup W] [--only a,b,...]"
          + " (contenders: "
          + String.join(",", names(Contender.all()))
          + ")";

  /**
   * Timings of one contender.
   *
   * @param name contender name
   * @param pagesPerSecond pages per second, one entry per timed round
   * @param megabytesPerSecond UTF-8 MB (10^6 bytes) per second, one entry per timed round
   * @param errors pages that threw, in the last round
   * @param firstError the first exception seen (class: message), or null
   * @param outputChars characters of output over all pages, in the last round
   */
  public record Row(
      String name,
      double[] pagesPerSecond,
      double[] megabytesPerSecond,
      int errors,
      String firstError,
      long outputChars) {
    public double medianPagesPerSecond() {
      return median(pagesPerSecond);
    }

    public double medianMegabytesPerSecond() {
      return median(megabytesPerSecond);
    }
  }

  /** Everything one run measured. */
  public record Report(int pages, long utf8Bytes, long rawBytes, int warmup, int rounds, List<Row> rows) {
    /** The row of {@code name}, or null. */
    public Row row(String name) {
      return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
  }

  private ExtractSpeedBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    int limit = Integer.MAX_VALUE;
    int rounds = 3;
    int warmup = 1;
    Set<String> only = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--data" -> data = Path.of(value(args, i++));
        case "--limit" -> limit = Integer.parseInt(value(args, i++));
        case "--rounds" -> rounds = Integer.parseInt(value(args, i++));
        case "--warmup" -> warmup = Integer.parseInt(value(args, i++));
        case "--only" -> only = Set.of(value(args, i++).split(","));
        case "--help" -> {
          System.out.println(USAGE);
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + a + "; " + USAGE);
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("missing --data DIR (e.g. --data ../shared/data/wcxb-dev); " + USAGE);
    }
    List<Contender> contenders = new ArrayList<>();
    for (Contender c : Contender.all()) {
      if (only == null || only.contains(c.name())) {
        contenders.add(c);
      }
    }
    if (only != null && contenders.size() != only.size()) {
      throw new IllegalArgumentException("unknown name in --only " + only + "; " + USAGE);
    }
    long t0 = System.nanoTime();
    List<BenchPage> pages = BenchPages.load(data, limit);
    System.err.printf(
        Locale.ROOT, "loaded %d pages from %s in %.1f s%n", pages.size(), data, (System.nanoTime() - t0) / 1e9);
    Report report = run(pages, contenders, warmup, rounds, System.err);
    print(report, System.out);
  }

  /**
   * Times {@code contenders} on {@code pages}: {@code warmup} untimed rounds, then {@code rounds}
   * timed ones; progress goes to {@code log}.
   */
  public static Report run(List<BenchPage> pages, List<Contender> contenders, int warmup, int rounds, PrintStream log) {
    if (pages.isEmpty() || contenders.isEmpty() || warmup < 0 || rounds < 1) {
      throw new IllegalArgumentException(
          "need pages, contenders, warmup >= 0 and rounds >= 1; got "
              + pages.size() + " pages, " + contenders.size() + " contenders, warmup " + warmup + ", rounds " + rounds);
    }
    long utf8 = 0;
    long raw = 0;
    for (BenchPage p : pages) {
      utf8 += p.utf8Bytes();
      raw += p.rawBytes();
    }
    int n = contenders.size();
    double[][] pps = new double[n][rounds];
    double[][] mbps = new double[n][rounds];
    int[] errors = new int[n];
    String[] firstError = new String[n];
    long[] outputChars = new long[n];
    for (int round = 0; round < warmup + rounds; round++) {
      boolean timed = round >= warmup;
      for (int k = 0; k < n; k++) {
        int c = (round + k) % n; // a different contender goes first each round
        Contender contender = contenders.get(c);
        System.gc();
        int errs = 0;
        long chars = 0;
        long start = System.nanoTime();
        for (BenchPage p : pages) {
          try {
            chars += contender.run(p);
          } catch (Exception | StackOverflowError e) {
            errs++;
            if (firstError[c] == null) {
              firstError[c] = p.id() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        errors[c] = errs;
        outputChars[c] = chars;
        if (timed) {
          pps[c][round - warmup] = pages.size() / seconds;
          mbps[c][round - warmup] = utf8 / 1e6 / seconds;
        }
        log.printf(
            Locale.ROOT,
            "%s %d/%d  %-24s %7.2f s %8.1f MB/s %8.1f pages/s  errors %d%n",
            timed ? "round " : "warmup",
            timed ? round - warmup + 1 : round + 1,
            timed ? rounds : warmup,
            contender.name(),
            seconds,
            utf8 / 1e6 / seconds,
            pages.size() / seconds,
            errs);
      }
    }
    List<Row> rows = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      rows.add(new Row(contenders.get(c).name(), pps[c], mbps[c], errors[c], firstError[c], outputChars[c]));
    }
    return new Report(pages.size(), utf8, raw, warmup, rounds, List.copyOf(rows));
  }

  /** Prints the table and the ratios of ours to each other contender. */
  public static void print(Report r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%d pages, %.1f MB as UTF-8 (%.1f MB as fetched), one thread, Java %s (%s), heap %d MB;"
            + " %d warm-up + %d timed rounds, median of rounds%n",
        r.pages(),
        r.utf8Bytes() / 1e6,
        r.rawBytes() / 1e6,
        Runtime.version(),
        System.getProperty("java.vm.vendor"),
        Runtime.getRuntime().maxMemory() >> 20,
        r.warmup(),
        r.rounds());
    out.printf(
        Locale.ROOT, "%-24s %9s %8s %17s %7s %13s%n", "extractor", "pages/s", "MB/s", "MB/s min..max", "errors", "chars/page");
    for (Row row : r.rows()) {
      double[] mb = row.megabytesPerSecond();
      out.printf(
          Locale.ROOT,
          "%-24s %9.1f %8.1f %8.1f..%-7.1f %7d %13.0f%n",
          row.name(),
          row.medianPagesPerSecond(),
          row.medianMegabytesPerSecond(),
          Arrays.stream(mb).min().orElse(0),
          Arrays.stream(mb).max().orElse(0),
          row.errors(),
          (double) row.outputChars() / r.pages());
    }
    Row ours = r.row(Contender.OURS);
    if (ours != null) {
      for (Row row : r.rows()) {
        if (row != ours) {
          double[] perRound = new double[r.rounds()];
          for (int i = 0; i < perRound.length; i++) {
            perRound[i] = ours.megabytesPerSecond()[i] / row.megabytesPerSecond()[i];
          }
          out.printf(
              Locale.ROOT,
              "ratio %s / %s = %.2fx (of median MB/s); per round median %.2fx, min..max %.2f..%.2f%n",
              ours.name(),
              row.name(),
              ours.medianMegabytesPerSecond() / row.medianMegabytesPerSecond(),
              median(perRound),
              Arrays.stream(perRound).min().orElse(0),
              Arrays.stream(perRound).max().orElse(0));
        }
      }
    }
    for (Row row : r.rows()) {
      if (row.firstError() != null) {
        out.printf(Locale.ROOT, "first error of %s: page %s%n", row.name(), row.firstError());
      }
    }
  }

  private static String value(String[] args, int i) {
    if (i + 1 >= args.length) {
      throw new IllegalArgumentException("missing value after " + args[i] + "; " + USAGE);
    }
    return args[i + 1];
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  private static List<String> names(List<Contender> cs) {
    List<String> names = new ArrayList<>();
    for (Contender c : cs) {
      names.add(c.name());
    }
    return names;
  }
}
