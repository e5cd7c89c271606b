// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-thread predictions per second of {@link FastTextModel} and of the C++ {@code fasttext
 * predict-prob} process on the same lines, and their ratio.
 *
 * <p>The C++ time is the wall time of {@code fasttext predict-prob MODEL FILE 1 > /dev/null} on the
 * lines repeated {@code repeat} times, minus that of a run on an empty file (model load and process
 * start). Java is warmed up first and predicts the same number of lines with k = 1.
 *
 * <p>Usage: {@code LidSpeedBenchmark MODEL LINES_FILE [FASTTEXT_BINARY] [REPEAT]}
 */
public final class LidSpeedBenchmark {
  private LidSpeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LidSpeedBenchmark MODEL LINES_FILE [FASTTEXT_BINARY] [REPEAT]");
      System.exit(2);
    }
    Path modelPath = Paths.get(args[0]);
    List<String> lines = readLines(Paths.get(args[1]));
    String binary = args.length > 2 ? args[2] : "fasttext";
    int repeat = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    System.out.println(compare(modelPath, lines, binary, repeat));
  }

  /** Predictions per second of both, on {@code lines} predicted {@code repeat} times. */
  public record Result(int lines, int repeat, double javaRate, double cppRate, double cppLoadSeconds) {
    public double ratio() {
      return javaRate / cppRate;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "language ID, %,d texts x %d, one thread: ours %,.0f predictions/s, C++ fasttext"
              + " predict-prob %,.0f predictions/s (model load %.3f s subtracted); ours/C++ = %.2f",
          lines, repeat, javaRate, cppRate, cppLoadSeconds, ratio());
    }
  }

  /**
   * Times our predictor (after 3 s of warm-up) and the C++ binary on the same lines (newlines in a
   * text must already be spaces: the C++ reads one text per line).
   */
  public static Result compare(Path modelPath, List<String> lines, String binary, int repeat)
      throws IOException, InterruptedException {
    long total = (long) lines.size() * repeat;
    FastTextModel model = FastTextModel.load(modelPath);
    long warmEnd = System.nanoTime() + 3_000_000_000L;
    long sink = 0;
    while (System.nanoTime() < warmEnd) {
      sink += run(model, lines);
    }
    long t0 = System.nanoTime();
    for (int r = 0; r < repeat; r++) {
      sink += run(model, lines);
    }
    double javaSec = (System.nanoTime() - t0) / 1e9;
    if (sink == 42) {
      System.out.print(""); // keeps the predictions observable to the JIT
    }
    Path repeated = Files.createTempFile("lid-bench-", ".txt");
    Path empty = Files.createTempFile("lid-bench-empty-", ".txt");
    try {
      StringBuilder sb = new StringBuilder();
      for (String line : lines) {
        sb.append(line).append('\n');
      }
      Files.writeString(repeated, sb.toString().repeat(repeat), StandardCharsets.UTF_8);
      double loadSec =
          Math.min(timeProcess(binary, modelPath, empty), timeProcess(binary, modelPath, empty));
      double cppSec = timeProcess(binary, modelPath, repeated) - loadSec;
      return new Result(lines.size(), repeat, total / javaSec, total / cppSec, loadSec);
    } finally {
      Files.deleteIfExists(repeated);
      Files.deleteIfExists(empty);
    }
  }

  private static long run(FastTextModel model, List<String> lines) {
    long h = 0;
    for (String line : lines) {
      List<Prediction> p = model.predict(line, 1);
      h += p.isEmpty() ? 0 : p.get(0).label().length();
    }
    return h;
  }

  private static double timeProcess(String binary, Path model, Path input)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(binary, "predict-prob", model.toString(), input.toString(), "1")
            .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    long t0 = System.nanoTime();
    int rc = pb.start().waitFor();
    double sec = (System.nanoTime() - t0) / 1e9;
    if (rc != 0) {
      throw new IOException(binary + " predict-prob exited with " + rc);
    }
    return sec;
  }

  private static List<String> readLines(Path file) throws IOException {
    String all = Files.readString(file, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = all.indexOf('\n'); i >= 0; i = all.indexOf('\n', start)) {
      out.add(all.substring(start, i));
      start = i + 1;
    }
    if (start < all.length()) {
      out.add(all.substring(start));
    }
    return out;
  }
}
