// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains a fastText supervised classifier (softmax loss) and writes it in fastText's own {@code
 * .bin} format, so C++ {@code fasttext predict-prob}, the Python binding and {@link FastTextModel}
 * all read it and give the same probabilities.
 *
 * <p>Follows {@code fasttext supervised} of fastText 0.9.2: the vocabulary counts every token of
 * the lines {@code "<label> <text>\n"} (labels and {@code </s>} included), words below {@code
 * minCount} are dropped, words sort by descending count; a line's input rows are exactly those
 * {@link FastTextModel} uses at prediction time (words, char n-grams, hashed word n-grams); each
 * example takes one SGD step: hidden = mean of its rows, softmax over the labels, {@code wo += lr
 * (y - p) h}, every input row {@code += grad / rows}; the learning rate falls linearly to zero over
 * {@code epoch × ntokens} tokens.
 *
 * <p>Deviations, on purpose: one thread, the examples shuffled once by {@code seed} and ties in
 * word counts kept in first-seen order, so the same inputs and seed give the same model bytes
 * (C++ trains Hogwild-style on several threads and is not reproducible). The C++ reads examples in
 * file order; shuffling matters here because callers pass positives and negatives as two lists.
 *
 * <p>Why not fastText4j's trainer: it hashes word n-grams differently from C++ (zero- instead of
 * sign-extended), so its models predict differently once loaded by the reference, and it saves in
 * its own format.
 */
public final class SupervisedTrainer {
  private static final String EOS = Dictionary.EOS;

  private SupervisedTrainer() {}

  /** What one training run saw, for the report. */
  public record Summary(
      int examples, int skippedEmpty, int words, int labels, long tokens, double finalLoss) {}

  /** A trained model, loaded back from the file it was written to, and what training saw. */
  public record Result(FastTextModel model, Summary summary) {}

  /**
   * Trains on {@code examples} and writes the model to {@code out} (atomically: a temporary file in
   * the same folder, then a rename).
   *
   * @param progress receives a line per epoch (may be a no-op)
   */
  public static Result train(
      List<LabelledText> examples, TrainingArgs args, Path out, Consumer<String> progress)
      throws IOException {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no training examples");
    }
    ModelArgs margs = args.modelArgs();
    Dictionary dict = vocabulary(examples, margs);
    if (dict.nlabels < 2) {
      throw new IllegalArgumentException(
          "training needs at least two labels, got " + dict.nlabels + " in " + examples.size() + " examples");
    }
    long rows = (long) dict.nwords + args.bucket();
    if (rows * args.dim() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "input matrix of " + rows + " x " + args.dim() + " floats exceeds 2^31; lower bucket or dim");
    }
    int dim = args.dim();
    float[] wi = new float[(int) (rows * dim)];
    SplittableRandom random = new SplittableRandom(args.seed());
    float bound = 1.0f / dim;
    for (int i = 0; i < wi.length; i++) {
      wi[i] = (float) (random.nextDouble() * 2 * bound - bound);
    }
    float[] wo = new float[dict.nlabels * dim];

    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] labelOf = new int[examples.size()];
    long[] tokensOf = new long[examples.size()];
    for (int i = 0; i < labelOf.length; i++) {
      labelOf[i] = dict.labelIndex(examples.get(i).label());
      tokensOf[i] = tokenCount(examples.get(i).text()) + 2; // label and </s>
    }

    Scratch s = new Scratch(dim, dict.nlabels);
    float[] grad = new float[dim];
    double total = (double) args.epoch() * dict.ntokens;
    long seen = 0;
    int skipped = 0;
    double lossSum = 0;
    long lossCount = 0;
    for (int epoch = 0; epoch < args.epoch(); epoch++) {
      lossSum = 0;
      lossCount = 0;
      skipped = 0;
      for (int idx : order) {
        float lr = (float) (args.lr() * (1.0 - seen / total));
        seen += tokensOf[idx];
        if (labelOf[idx] < 0) {
          skipped++; // label below minCountLabel: C++ skips lines without labels
          continue;
        }
        dict.lineToIds(s.encode(examples.get(idx).text()), s);
        if (s.idCount == 0) {
          skipped++;
          continue;
        }
        lossSum += update(s, labelOf[idx], lr, wi, wo, dim, grad);
        lossCount++;
      }
      progress.accept(
          String.format(
              "epoch %d/%d: %d examples, mean loss %.4f", epoch + 1, args.epoch(), lossCount,
              lossCount == 0 ? Double.NaN : lossSum / lossCount));
    }

    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), out.getFileName() + ".", ".tmp");
    try {
      FastTextModel.write(
          tmp, margs, dict, DenseMatrix.of((int) rows, dim, wi), DenseMatrix.of(dict.nlabels, dim, wo));
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    Summary summary =
        new Summary(
            examples.size(), skipped, dict.nwords, dict.nlabels, dict.ntokens,
            lossCount == 0 ? Double.NaN : lossSum / lossCount);
    return new Result(FastTextModel.load(out), summary);
  }

  /**
   * One SGD step ({@code Model::update} with {@code SoftmaxLoss::forward}); returns the example's
   * loss {@code -log p(target)}.
   */
  private static double update(
      Scratch s, int target, float lr, float[] wi, float[] wo, int dim, float[] grad) {
    float[] hidden = s.hidden;
    Arrays.fill(hidden, 0f);
    int[] ids = s.ids;
    int n = s.idCount;
    for (int k = 0; k < n; k++) {
      int base = ids[k] * dim;
      for (int j = 0; j < dim; j++) {
        hidden[j] += wi[base + j];
      }
    }
    float scale = (float) (1.0 / n);
    for (int j = 0; j < dim; j++) {
      hidden[j] *= scale;
    }
    float[] output = s.output;
    int nlabels = output.length;
    float max = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < nlabels; i++) {
      float d = 0f;
      int base = i * dim;
      for (int j = 0; j < dim; j++) {
        d += wo[base + j] * hidden[j];
      }
      output[i] = d;
      max = Math.max(max, d);
    }
    float z = 0f;
    for (int i = 0; i < nlabels; i++) {
      output[i] = (float) StrictMath.exp(output[i] - max);
      z += output[i];
    }
    for (int i = 0; i < nlabels; i++) {
      output[i] /= z;
    }
    Arrays.fill(grad, 0f);
    for (int i = 0; i < nlabels; i++) {
      float alpha = lr * ((i == target ? 1f : 0f) - output[i]);
      int base = i * dim;
      for (int j = 0; j < dim; j++) {
        grad[j] += alpha * wo[base + j];
        wo[base + j] += alpha * hidden[j];
      }
    }
    for (int j = 0; j < dim; j++) {
      grad[j] *= scale;
    }
    for (int k = 0; k < n; k++) {
      int base = ids[k] * dim;
      for (int j = 0; j < dim; j++) {
        wi[base + j] += grad[j];
      }
    }
    return -StrictMath.log(Math.max(output[target], 1e-30f));
  }

  /**
   * {@code Dictionary::readFromFile} then {@code threshold(minCount, 1)}: counts of every token of
   * every line, words before labels, each by descending count (ties in first-seen order).
   */
  static Dictionary vocabulary(List<LabelledText> examples, ModelArgs args) {
    Map<String, long[]> words = new LinkedHashMap<>();
    Map<String, long[]> labels = new LinkedHashMap<>();
    long ntokens = 0;
    for (LabelledText e : examples) {
      labels.computeIfAbsent(e.label(), k -> new long[1])[0]++;
      ntokens++;
      String text = e.text();
      int i = 0;
      int n = text.length();
      while (true) {
        while (i < n && isSpace(text.charAt(i))) {
          i++;
        }
        if (i >= n) {
          break;
        }
        int start = i;
        while (i < n && !isSpace(text.charAt(i))) {
          i++;
        }
        String token = utf8Clean(text.substring(start, i));
        ntokens++;
        if (!token.startsWith("__label__")) {
          // A label-like token in a text is skipped at prediction time; it adds nothing here.
          words.computeIfAbsent(token, k -> new long[1])[0]++;
        }
      }
      words.computeIfAbsent(EOS, k -> new long[1])[0]++;
      ntokens++;
    }
    List<Map.Entry<String, long[]>> kept = new ArrayList<>();
    for (Map.Entry<String, long[]> w : words.entrySet()) {
      if (w.getValue()[0] >= args.minCount()) {
        kept.add(w);
      }
    }
    kept.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
    List<Map.Entry<String, long[]>> keptLabels = new ArrayList<>(labels.entrySet());
    keptLabels.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
    int size = kept.size() + keptLabels.size();
    byte[][] entries = new byte[size][];
    long[] counts = new long[size];
    byte[] types = new byte[size];
    int p = 0;
    for (Map.Entry<String, long[]> w : kept) {
      entries[p] = w.getKey().getBytes(StandardCharsets.UTF_8);
      counts[p] = w.getValue()[0];
      types[p++] = Dictionary.TYPE_WORD;
    }
    for (Map.Entry<String, long[]> l : keptLabels) {
      entries[p] = l.getKey().getBytes(StandardCharsets.UTF_8);
      counts[p] = l.getValue()[0];
      types[p++] = Dictionary.TYPE_LABEL;
    }
    return Dictionary.of(args, entries, counts, types, ntokens);
  }

  /** Tokens of a text as {@code readWord} splits it (the seven ASCII separators). */
  static long tokenCount(String text) {
    long count = 0;
    boolean inToken = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      boolean space = isSpace(text.charAt(i));
      if (!space && !inToken) {
        count++;
      }
      inToken = !space;
    }
    return count;
  }

  private static boolean isSpace(char c) {
    return c < 0x80 && Dictionary.isSpace((byte) c);
  }

  /** Unpaired surrogates become {@code '?'}, as the UTF-8 encoding at prediction time does. */
  private static String utf8Clean(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isSurrogate(token.charAt(i))) {
        return new String(token.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      }
    }
    return token;
  }
}
