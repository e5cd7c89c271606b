// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A fastText supervised model ({@code .bin}, or quantized {@code .ftz}) whose predictions equal
 * those of C++ fastText 0.9.2's {@code fasttext predict-prob}.
 *
 * <p>{@link #predict(String, int, float)} treats its text as <em>one line</em>: newlines count as
 * spaces, so predicting {@code text} gives exactly what the reference prints for the input line
 * {@code text.replace('\n', ' ')}. This is what FineWeb/datatrove and the Python binding do ({@code
 * model.predict(text.replace("\n", " "))}, which appends the {@code "\n"} that yields the {@code
 * </s>} token). Tokens are split on the seven bytes {@code ' ' \n \r \t \v \f \0} only; other
 * Unicode spaces are part of words.
 *
 * <p>Thread-safe: the model is immutable and each thread predicts with its own scratch buffers.
 *
 * <p>Refs: Joulin et al. 2016, "Bag of Tricks for Efficient Text Classification",
 * https://arxiv.org/abs/1607.01759; sources: https://github.com/facebookresearch/fastText (v0.9.2).
 */
public final class FastTextModel {
  static final int MAGIC = 793712314; // FASTTEXT_FILEFORMAT_MAGIC_INT32
  static final int VERSION = 12; // FASTTEXT_VERSION

  private final Path file;
  private final ModelArgs args;
  private final Dictionary dict;
  private final Matrix input;
  private final Loss loss;
  private final boolean quantized;
  private final String[] labels;
  private final ThreadLocal<Scratch> scratch;

  private FastTextModel(
      Path file, ModelArgs args, Dictionary dict, Matrix input, Matrix output, boolean quantized) {
    this.file = file;
    this.args = args;
    this.dict = dict;
    this.input = input;
    this.quantized = quantized;
    this.loss = Loss.create(args.loss(), output, dict.labelCounts());
    this.labels = new String[dict.nlabels];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = dict.word(dict.nwords + i);
    }
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(args.dim(), dict.nlabels));
  }

  /**
   * Reads a model written by fastText 0.9.x ({@code FastText::loadModel}).
   *
   * @throws FastTextFormatException if the file is truncated, corrupt, or not a supervised model;
   *     the message names the file and the field
   */
  public static FastTextModel load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new FileNotFoundException(
          "fastText model "
              + file
              + " does not exist (set its path in the config, or use ModelCache)");
    }
    try (LittleEndianInput in = new LittleEndianInput(file)) {
      int magic = in.readInt("magic number");
      if (magic != MAGIC) {
        throw in.error(
            "magic number " + magic + ", expected " + MAGIC + " (not a fastText .bin/.ftz file)");
      }
      int version = in.readInt("version");
      if (version > VERSION || version < 11) {
        throw in.error("version " + version + ", expected 11.." + VERSION);
      }
      ModelArgs args = readArgs(in);
      if (version == 11 && args.model() == ModelArgs.Kind.SUPERVISED) {
        args = args.withMaxn(0); // legacy supervised models had no char n-grams
      }
      if (args.model() != ModelArgs.Kind.SUPERVISED) {
        throw in.error("model kind " + args.model() + ", expected a supervised model");
      }
      Dictionary dict = Dictionary.read(in, args);
      boolean quantInput = in.readBool("quant_input flag");
      if (!quantInput && dict.pruneIdxSize >= 0) {
        throw in.error(
            "pruned dictionary without a quantized input matrix (download the model again)");
      }
      Matrix input =
          quantInput ? QuantMatrix.read(in, "input matrix") : DenseMatrix.read(in, "input matrix");
      boolean qout = in.readBool("qout flag");
      Matrix output =
          quantInput && qout
              ? QuantMatrix.read(in, "output matrix")
              : DenseMatrix.read(in, "output matrix");
      if (in.position() != in.size()) {
        throw in.error((in.size() - in.position()) + " unexpected bytes after the output matrix");
      }
      checkShapes(in, args, dict, input, output);
      return new FastTextModel(file, args, dict, input, output, quantInput);
    }
  }

  /**
   * {@code FastText::saveModel} for an unquantized model: magic, version, args, dictionary, then
   * the input and output matrices, each after a {@code false} "quantized" flag.
   */
  static void write(Path file, ModelArgs args, Dictionary dict, DenseMatrix input, DenseMatrix output)
      throws IOException {
    try (LittleEndianOutput out = new LittleEndianOutput(file)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      args.write(out);
      dict.write(out);
      out.writeBool(false);
      input.write(out);
      out.writeBool(false);
      output.write(out);
    }
  }

  /**
   * Probability of {@code label} (e.g. {@code __label__hq}) for {@code text}, as {@code
   * predict-prob} prints it ({@code exp(log(p + 1e-5))}); 0 if the text yields no input rows.
   *
   * @throws IllegalArgumentException if the model has no such label
   */
  public float probability(String text, String label) {
    return probability(text, labelIndex(label));
  }

  /** {@link #probability(String, String)} for a label index from {@link #labelIndex}. */
  public float probability(String text, int index) {
    Scratch s = scratch.get();
    int n = topK(text, dict.nlabels, 0f, s);
    for (int i = 0; i < n; i++) {
      if (s.heapLabels[i] == index) {
        return (float) Math.exp(s.heapScores[i]);
      }
    }
    return 0f;
  }

  /** Index of {@code label} among the model's labels; fails naming the labels it has. */
  public int labelIndex(String label) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i].equals(label)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "model " + file + " has no label " + label + " (it has " + List.of(labels) + ")");
  }

  private static ModelArgs readArgs(LittleEndianInput in) throws IOException {
    int dim = in.readInt("args.dim");
    int ws = in.readInt("args.ws");
    int epoch = in.readInt("args.epoch");
    int minCount = in.readInt("args.minCount");
    int neg = in.readInt("args.neg");
    int wordNgrams = in.readInt("args.wordNgrams");
    int lossCode = in.readInt("args.loss");
    int modelCode = in.readInt("args.model");
    int bucket = in.readInt("args.bucket");
    int minn = in.readInt("args.minn");
    int maxn = in.readInt("args.maxn");
    int lrUpdateRate = in.readInt("args.lrUpdateRate");
    double t = in.readDouble("args.t");
    if (lossCode < 1 || lossCode > 4 || modelCode < 1 || modelCode > 3) {
      throw in.error(
          "args has loss=" + lossCode + " model=" + modelCode + ", expected 1..4 and 1..3");
    }
    if (dim <= 0 || bucket < 0 || wordNgrams < 1 || minn < 0 || maxn < 0) {
      throw in.error(
          "args has dim="
              + dim
              + " bucket="
              + bucket
              + " wordNgrams="
              + wordNgrams
              + " minn="
              + minn
              + " maxn="
              + maxn
              + ", expected dim > 0, bucket >= 0, wordNgrams >= 1");
    }
    if (bucket == 0 && (maxn > 0 || wordNgrams > 1)) {
      throw in.error("args has bucket=0 with maxn=" + maxn + " wordNgrams=" + wordNgrams);
    }
    return new ModelArgs(
        dim,
        ws,
        epoch,
        minCount,
        neg,
        wordNgrams,
        ModelArgs.Loss.fromCode(lossCode),
        ModelArgs.Kind.fromCode(modelCode),
        bucket,
        minn,
        maxn,
        lrUpdateRate,
        t);
  }

  private static void checkShapes(
      LittleEndianInput in, ModelArgs args, Dictionary dict, Matrix input, Matrix output)
      throws IOException {
    if (input.cols() != args.dim() || output.cols() != args.dim()) {
      throw in.error(
          "matrix widths "
              + input.cols()
              + " and "
              + output.cols()
              + ", expected dim "
              + args.dim());
    }
    if (input.rows() < dict.inputRows()) {
      throw in.error("input matrix has " + input.rows() + " rows, expected " + dict.inputRows());
    }
    if (output.rows() != dict.nlabels) {
      throw in.error(
          "output matrix has " + output.rows() + " rows, expected nlabels " + dict.nlabels);
    }
  }

  /** The file this model was read from. */
  public Path file() {
    return file;
  }

  public ModelArgs args() {
    return args;
  }

  /** True for {@code .ftz} models (product-quantized input matrix). */
  public boolean quantized() {
    return quantized;
  }

  /** Labels in model order, with their prefix, e.g. {@code __label__en}. */
  public List<String> labels() {
    return List.of(labels);
  }

  /** Number of words (not labels) in the dictionary. */
  public int wordCount() {
    return dict.nwords;
  }

  /** {@link #predict(String, int, float)} with threshold 0, as {@code predict-prob} defaults. */
  public List<Prediction> predict(String text, int k) {
    return predict(text, k, 0f);
  }

  /**
   * The {@code k} most probable labels for {@code text} (one line; see the class comment), most
   * probable first, dropping those below {@code threshold}.
   *
   * @param k number of labels, or -1 for all
   * @return the predictions; empty if the line yields no input rows (the reference prints an empty
   *     line then)
   */
  public List<Prediction> predict(String text, int k, float threshold) {
    Scratch s = scratch.get();
    int n = topK(text, k, threshold, s);
    if (n == 0) {
      return Collections.emptyList();
    }
    List<Prediction> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Prediction(labels[s.heapLabels[i]], (float) Math.exp(s.heapScores[i])));
    }
    return out;
  }

  /**
   * Fills {@code s}'s heap with the top-k {@code (log-probability, label index)} pairs, sorted, and
   * returns how many there are. {@code FastText::predictLine} then {@code Model::predict}.
   */
  private int topK(String text, int k, float threshold, Scratch s) {
    if (k == -1) {
      k = dict.nlabels;
    } else if (k <= 0) {
      throw new IllegalArgumentException("k needs to be 1 or higher (or -1 for all), got " + k);
    }
    s.heapSize = 0;
    int len = s.encode(text);
    dict.lineToIds(len, s);
    if (s.idCount == 0) {
      return 0;
    }
    s.ensureHeap(k);
    computeHidden(s);
    loss.predict(k, threshold, s);
    return s.heapSize;
  }

  /**
   * {@code FastText::getSentenceVector}: the hidden vector for a line (zeros if it has no rows).
   */
  float[] sentenceVector(String text) {
    Scratch s = new Scratch(args.dim(), dict.nlabels);
    dict.lineToIds(s.encode(text), s);
    if (s.idCount > 0) {
      computeHidden(s);
    }
    return s.hidden.clone();
  }

  /** Input-matrix rows of a word as {@code print-ngrams} lists them. */
  int[] subwordRows(String word) {
    return dict.subwordRows(word);
  }

  /** One row of the input matrix, decoded. */
  float[] inputRow(int row) {
    float[] v = new float[args.dim()];
    input.addRowToVector(v, row);
    return v;
  }

  /** {@code Model::computeHidden}: the mean of the input rows, scaled by {@code float(1.0/n)}. */
  private void computeHidden(Scratch s) {
    float[] hidden = s.hidden;
    Arrays.fill(hidden, 0f);
    int[] ids = s.ids;
    for (int i = 0, n = s.idCount; i < n; i++) {
      input.addRowToVector(hidden, ids[i]);
    }
    float scale = (float) (1.0 / s.idCount);
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] *= scale;
    }
  }

  @Override
  public String toString() {
    return "FastTextModel["
        + file
        + ", "
        + args
        + ", nwords="
        + dict.nwords
        + ", nlabels="
        + dict.nlabels
        + (quantized ? ", quantized" : "")
        + "]";
  }
}
