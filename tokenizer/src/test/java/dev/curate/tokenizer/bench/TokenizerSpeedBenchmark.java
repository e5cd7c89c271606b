// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bench;

import dev.curate.tokenizer.IntList;
import dev.curate.tokenizer.JtokkitTokenizer;
import dev.curate.tokenizer.Tokenizer;
import dev.curate.tokenizer.parity.ParityCorpus;
import dev.curate.tokenizer.parity.References;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Tokenizer speed, one thread, the same texts for every contender in one JVM: ours vs jtokkit on
 * cl100k_base, ours vs Hugging Face tokenizers (DJL) on Llama 3, plus ours on the other
 * encodings. Rounds are interleaved (every contender once per round) and the median is reported.
 * Run by {@code bin/bench-tokenizer}.
 *
 * <pre>
 * --rounds N    timed rounds (default 5)      --warmup N   untimed rounds first (default 2)
 * --text FILE   UTF-8 file, documents separated by blank lines, instead of the UDHR corpus
 * --only a,b    contenders by name
 * </pre>
 */
public final class TokenizerSpeedBenchmark {

  private record Contender(String name, String peerOf, ToLongFunction<String> encodeCount) {}

  /** Adds a contender, built only when {@code --only} selects it. */
  private interface Selector {
    void add(String name, String peerOf, Supplier<ToLongFunction<String>> encoder);
  }

  public static void main(String[] args) throws Exception {
    int rounds = 5;
    int warmup = 2;
    Path textFile = null;
    List<String> only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--text" -> textFile = Path.of(args[++i]);
        case "--only" -> only = Arrays.asList(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (see class javadoc)");
      }
    }
    List<String> texts = textFile != null ? lines(textFile) : udhr();
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    System.err.printf(Locale.ROOT, "texts: %d, %.2f MB UTF-8%n", texts.size(), bytes / 1e6);

    List<Contender> contenders = new ArrayList<>();
    List<AutoCloseable> closers = new ArrayList<>();
    List<String> wanted = only;
    Selector add = (name, peerOf, encoder) -> {
      if (wanted == null || wanted.stream().anyMatch(name::contains)) {
        contenders.add(new Contender(name, peerOf, encoder.get()));
      }
    };
    add.add("curate cl100k_base", null, () -> ours(References.ours("cl100k_base")));
    add.add("jtokkit cl100k_base", "curate cl100k_base", () -> {
      JtokkitTokenizer jtokkit = new JtokkitTokenizer("cl100k_base");
      return t -> jtokkit.encode(t).length;
    });
    add.add("curate llama3", null, () -> ours(References.ours("llama3")));
    add.add("djl-hf llama3", "curate llama3", () -> {
      References.Reference djl = References.reference("llama3");
      closers.add(djl);
      return t -> djl.encode(t).length;
    });
    for (String name : List.of("r50k_base", "o200k_base", "qwen3", "gpt2")) {
      add.add("curate " + name, null, () -> ours(References.ours(name)));
    }

    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    Map<String, Long> tokens = new LinkedHashMap<>();
    for (int r = 0; r < warmup + rounds; r++) {
      for (Contender c : contenders) {
        long t0 = System.nanoTime();
        long count = 0;
        for (String t : texts) {
          count += c.encodeCount().applyAsLong(t);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        tokens.put(c.name(), count);
        System.err.printf(Locale.ROOT, "%s round %d: %s %.1f MB/s%n", r < warmup ? "warm-up" : "timed", r, c.name(), bytes / 1e6 / s);
        if (r >= warmup) {
          seconds.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(s);
        }
      }
    }
    for (AutoCloseable c : closers) {
      c.close();
    }

    System.out.printf(Locale.ROOT, "%-22s %10s %10s %12s %12s  %s%n", "tokenizer", "MB/s", "min-max", "tokens", "Mtok/s", "vs peer");
    Map<String, Double> median = new LinkedHashMap<>();
    for (Contender c : contenders) {
      List<Double> s = new ArrayList<>(seconds.get(c.name()));
      s.sort(null);
      double med = s.get(s.size() / 2);
      median.put(c.name(), med);
      String range = String.format(Locale.ROOT, "%.1f-%.1f", bytes / 1e6 / s.get(s.size() - 1), bytes / 1e6 / s.get(0));
      String vs = "";
      if (c.peerOf() != null && median.containsKey(c.peerOf())) {
        vs = String.format(Locale.ROOT, "curate is %.2fx faster", med / median.get(c.peerOf()));
      }
      System.out.printf(Locale.ROOT, "%-22s %10.1f %10s %12d %12.2f  %s%n",
          c.name(), bytes / 1e6 / med, range, tokens.get(c.name()), tokens.get(c.name()) / 1e6 / med, vs);
    }
  }

  private static ToLongFunction<String> ours(Tokenizer t) {
    IntList out = new IntList(1 << 16);
    return text -> {
      out.clear();
      t.encodeTo(text, out);
      return out.size();
    };
  }

  private static List<String> udhr() {
    return ParityCorpus.udhr().stream().map(ParityCorpus.Text::text).toList();
  }

  private static List<String> lines(Path file) throws IOException {
    return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n"))
        .filter(d -> !d.isBlank())
        .toList();
  }
}
