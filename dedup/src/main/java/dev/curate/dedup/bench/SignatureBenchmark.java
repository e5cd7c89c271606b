// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.dedup.minhash.MinHashSettings;
import dev.curate.dedup.minhash.MinHasher;
import dev.curate.dedup.minhash.Shingles;
import dev.curate.filters.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of the MinHash kernel on one thread: text → shingles → signature → band keys.
 *
 * <p>Usage: {@code SignatureBenchmark FILE.jsonl [--rounds R] [--warmup W] [--limit N]
 * [--bands B --rows R --shingle S] [--stages] [--only a,b]}. Documents are the JSON Lines records of {@code
 * FILE} with a non-empty {@code text} or {@code main_text} field (and an optional {@code lang} or
 * {@code language} hint), e.g. the sample crawl's {@code truth.jsonl}. Passes, each over all
 * documents:
 *
 * <ul>
 *   <li>{@code signed}: text to signature and band keys, {@link Shingles#hashes} (shingle hashes
 *       in text order: the minima need no sort), {@link MinHasher#signature}, {@link
 *       MinHasher#bandKeys}: the signature kernel;
 *   <li>{@code full}: the same with {@link Shingles#of} (sorted, distinct shingles, which the
 *       stage also keeps for exact-Jaccard verification);
 *   <li>{@code shingles}: {@link Shingles#of} alone;
 *   <li>{@code signature}: signature and band keys of shingles computed beforehand;
 *   <li>with {@code --stages}, also {@code words}: {@link Words#tokens} of the raw text (a floor
 *       for the text side).
 * </ul>
 *
 * <p>Every round runs every pass in turn (a different one first each round, with a {@code
 * System.gc()} before each pass); the table gives the median over {@code R} timed rounds after
 * {@code W} warm-up rounds, and the min-max range. MB/s is 10^6 bytes of the documents' text as
 * UTF-8 per second, for every pass (so the columns add up as times); shingles/s counts shingles
 * hashed. The last column divides by the thread's CPU time instead of wall-clock time (median
 * round): on a shared machine it is the steadier figure of per-core speed. Run it with a fixed, pre-touched heap ({@code -Xms -Xmx -XX:+AlwaysPreTouch}; see {@code
 * bin/bench-minhash}): on small VMs page faults otherwise swing timings.
 */
public final class SignatureBenchmark {
  static final String USAGE =
      "usage: SignatureBenchmark FILE.jsonl [--rounds R] [--warmup W] [--limit N]"
          + " [--bands B] [--rows R] [--shingle S] [--seed S] [--stages] [--only full,shingles,...]";

  private SignatureBenchmark() {}

  /** One document: its text, language hint (may be null) and UTF-8 size. */
  record Doc(String text, String lang, int utf8Bytes) {}

  public static void main(String[] args) throws IOException {
    Path file = null;
    int rounds = 7;
    int warmup = 3;
    int limit = Integer.MAX_VALUE;
    MinHashSettings d = MinHashSettings.fineweb();
    int bands = d.bands();
    int rows = d.rows();
    int shingle = d.shingleSize();
    long seed = d.seed();
    boolean stages = false;
    String only = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--rounds" -> rounds = Integer.parseInt(value(args, i++));
        case "--warmup" -> warmup = Integer.parseInt(value(args, i++));
        case "--limit" -> limit = Integer.parseInt(value(args, i++));
        case "--bands" -> bands = Integer.parseInt(value(args, i++));
        case "--rows" -> rows = Integer.parseInt(value(args, i++));
        case "--shingle" -> shingle = Integer.parseInt(value(args, i++));
        case "--seed" -> seed = Long.parseLong(value(args, i++));
        case "--stages" -> stages = true;
        case "--only" -> only = value(args, i++);
        case "--help", "-h" -> {
          System.out.println(USAGE);
          return;
        }
        default -> {
          if (a.startsWith("--") || file != null) {
            fail("unknown argument " + a);
          }
          file = Path.of(a);
        }
      }
    }
    if (file == null) {
      fail("no input file");
    }
    if (rounds < 1 || warmup < 0) {
      fail("--rounds must be at least 1 and --warmup at least 0");
    }
    MinHashSettings settings = new MinHashSettings(bands, rows, shingle, seed);
    List<Doc> docs = read(file, limit);
    if (docs.isEmpty()) {
      fail("no documents with a non-empty text or main_text in " + file);
    }
    run(docs, settings, rounds, warmup, stages, only);
  }

  static List<Doc> read(Path file, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && docs.size() < limit; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String text = textOf(n, "text");
        if (text == null) {
          text = textOf(n, "main_text");
        }
        if (text == null) {
          continue;
        }
        String lang = textOf(n, "lang");
        if (lang == null) {
          lang = textOf(n, "language");
        }
        docs.add(new Doc(text, lang, text.getBytes(StandardCharsets.UTF_8).length));
      }
    }
    return docs;
  }

  private static String textOf(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
  }

  private interface Pass {
    /** Runs over all documents; returns a checksum (so no work is dead) . */
    long run();
  }

  static void run(
      List<Doc> docs, MinHashSettings settings, int rounds, int warmup, boolean stages, String only) {
    MinHasher hasher = new MinHasher(settings);
    Doc[] all = docs.toArray(new Doc[0]);
    long bytes = 0;
    for (Doc doc : all) {
      bytes += doc.utf8Bytes();
    }
    int size = settings.shingleSize();
    long[][] shingles = new long[all.length][];
    long shingleCount = 0;
    for (int i = 0; i < all.length; i++) {
      shingles[i] = Shingles.of(all[i].text(), all[i].lang(), size);
      shingleCount += shingles[i].length;
    }

    List<String> names = new ArrayList<>(List.of("signed", "full", "shingles", "signature"));
    List<Pass> passes = new ArrayList<>();
    passes.add(
        () -> {
          long sum = 0;
          for (Doc doc : all) {
            int[] sig = hasher.signature(Shingles.hashes(doc.text(), doc.lang(), size));
            if (sig != null) {
              sum += hasher.bandKeys(sig)[0];
            }
          }
          return sum;
        });
    passes.add(
        () -> {
          long sum = 0;
          for (Doc doc : all) {
            int[] sig = hasher.signature(Shingles.of(doc.text(), doc.lang(), size));
            if (sig != null) {
              sum += hasher.bandKeys(sig)[0];
            }
          }
          return sum;
        });
    passes.add(
        () -> {
          long sum = 0;
          for (Doc doc : all) {
            sum += Shingles.of(doc.text(), doc.lang(), size).length;
          }
          return sum;
        });
    passes.add(
        () -> {
          long sum = 0;
          for (long[] s : shingles) {
            int[] sig = hasher.signature(s);
            if (sig != null) {
              sum += hasher.bandKeys(sig)[0];
            }
          }
          return sum;
        });
    if (stages) {
      names.add("words");
      passes.add(
          () -> {
            long sum = 0;
            for (Doc doc : all) {
              sum += Words.tokens(doc.text(), doc.lang()).size();
            }
            return sum;
          });
    }
    if (only != null) {
      List<String> keep = List.of(only.split(","));
      for (int k = names.size() - 1; k >= 0; k--) {
        if (!keep.contains(names.get(k))) {
          names.remove(k);
          passes.remove(k);
        }
      }
      if (names.isEmpty()) {
        fail("--only names none of signed, full, shingles, signature, words");
      }
    }

    System.out.printf(
        Locale.ROOT,
        "MinHash kernel: %d documents, %.2f MB UTF-8, %d shingles; %d bands x %d rows = %d hashes,"
            + " shingle size %d, seed %d; 1 thread, %d warm-up + %d timed rounds%n",
        all.length,
        bytes / 1e6,
        shingleCount,
        settings.bands(),
        settings.rows(),
        settings.hashes(),
        size,
        settings.seed(),
        warmup,
        rounds);
    System.out.printf(
        Locale.ROOT,
        "JVM %s, %s; heap -Xmx%dm; load average at start %s%n",
        System.getProperty("java.vm.version"),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
        Runtime.getRuntime().maxMemory() >> 20,
        loadAverage());

    int p = passes.size();
    double[][] seconds = new double[p][rounds];
    double[][] cpuSeconds = new double[p][rounds];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long check = 0;
    for (int round = 0; round < warmup + rounds; round++) {
      for (int k = 0; k < p; k++) {
        int which = (round + k) % p;
        System.gc();
        long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        check += passes.get(which).run();
        long t1 = System.nanoTime();
        long c1 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        if (round >= warmup) {
          seconds[which][round - warmup] = (t1 - t0) / 1e9;
          cpuSeconds[which][round - warmup] = cpu ? (c1 - c0) / 1e9 : Double.NaN;
        }
      }
      System.err.printf(
          Locale.ROOT,
          "round %d/%d%s: %s%n",
          round + 1,
          warmup + rounds,
          round < warmup ? " (warm-up)" : "",
          summary(names, seconds, round >= warmup ? round - warmup : -1, bytes));
    }

    System.out.printf(
        Locale.ROOT,
        "%-10s %12s %10s %14s %10s %21s %12s%n",
        "pass",
        "docs/s",
        "MB/s",
        "shingles/s",
        "us/doc",
        "MB/s range",
        "MB/s of CPU");
    for (int k = 0; k < p; k++) {
      double med = median(seconds[k]);
      double[] sorted = seconds[k].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%-10s %12.0f %10.1f %14.3e %10.1f %10.1f - %8.1f %12.1f%n",
          names.get(k),
          all.length / med,
          bytes / med / 1e6,
          shingleCount / med,
          med / all.length * 1e6,
          bytes / sorted[sorted.length - 1] / 1e6,
          bytes / sorted[0] / 1e6,
          bytes / median(cpuSeconds[k]) / 1e6);
    }
    System.out.println(
        "(MB/s, docs/s, shingles/s and us/doc: median wall-clock round; MB/s of CPU: per second of"
            + " this thread's CPU time, median round, less sensitive to other processes on the machine)");
    System.out.printf(Locale.ROOT, "load average at end %s; checksum %016x%n", loadAverage(), check);
  }

  private static String summary(List<String> names, double[][] seconds, int round, long bytes) {
    if (round < 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < names.size(); k++) {
      sb.append(String.format(Locale.ROOT, "%s %.1f MB/s  ", names.get(k), bytes / seconds[k][round] / 1e6));
    }
    return sb.toString().trim();
  }

  static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String value(String[] args, int i) {
    if (i + 1 >= args.length) {
      fail("missing value after " + args[i]);
    }
    return args[i + 1];
  }

  private static void fail(String message) {
    System.err.println("SignatureBenchmark: " + message);
    System.err.println(USAGE);
    System.exit(2);
  }
}
