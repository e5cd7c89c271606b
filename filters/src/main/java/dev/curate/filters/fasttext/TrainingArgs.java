// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

/**
 * Hyper-parameters of {@link SupervisedTrainer}, named as {@code fasttext supervised} names them.
 *
 * @param dim size of word vectors ({@code -dim})
 * @param epoch passes over the examples ({@code -epoch})
 * @param lr initial learning rate, decayed linearly to 0 ({@code -lr})
 * @param wordNgrams longest word n-gram ({@code -wordNgrams}; 2 = bigrams, as DCLM)
 * @param minCount minimum number of occurrences of a word ({@code -minCount})
 * @param bucket number of hash buckets for word and char n-grams ({@code -bucket})
 * @param minn shortest char n-gram ({@code -minn}; 0 = none)
 * @param maxn longest char n-gram ({@code -maxn}; 0 = none)
 * @param seed seed of the initial weights and of the example order
 */
public record TrainingArgs(
    int dim, int epoch, double lr, int wordNgrams, int minCount, int bucket, int minn, int maxn, long seed) {

  public TrainingArgs {
    require(dim > 0 && dim <= 4096, "dim", dim, "1..4096");
    require(epoch > 0, "epoch", epoch, "> 0");
    require(lr > 0 && lr <= 10, "lr", lr, "in (0, 10]");
    require(wordNgrams >= 1 && wordNgrams <= 10, "wordNgrams", wordNgrams, "1..10");
    require(minCount >= 1, "minCount", minCount, ">= 1");
    require(bucket >= 0, "bucket", bucket, ">= 0");
    require(minn >= 0 && maxn >= 0 && (maxn == 0 || minn <= maxn), "minn/maxn", minn + "/" + maxn,
        "0 <= minn <= maxn");
    if (bucket == 0 && (wordNgrams > 1 || maxn > 0)) {
      throw new IllegalArgumentException(
          "bucket must be > 0 when wordNgrams > 1 or maxn > 0 (n-grams are hashed into buckets)");
    }
  }

  /**
   * The quality-classifier defaults: word bigrams and a few epochs, as DCLM trained its filter
   * (which used {@code dim 256} and 2M buckets, a 2 GB model; these keep it near 130 MB).
   */
  public static TrainingArgs qualityDefaults() {
    return new TrainingArgs(64, 5, 0.1, 2, 1, 500_000, 0, 0, 1);
  }

  public TrainingArgs withDim(int v) {
    return new TrainingArgs(v, epoch, lr, wordNgrams, minCount, bucket, minn, maxn, seed);
  }

  public TrainingArgs withEpoch(int v) {
    return new TrainingArgs(dim, v, lr, wordNgrams, minCount, bucket, minn, maxn, seed);
  }

  public TrainingArgs withLr(double v) {
    return new TrainingArgs(dim, epoch, v, wordNgrams, minCount, bucket, minn, maxn, seed);
  }

  public TrainingArgs withBucket(int v) {
    return new TrainingArgs(dim, epoch, lr, wordNgrams, minCount, v, minn, maxn, seed);
  }

  /** The header fields fastText stores: a softmax-loss supervised model. */
  ModelArgs modelArgs() {
    return new ModelArgs(
        dim, 5, epoch, minCount, 5, wordNgrams, ModelArgs.Loss.SOFTMAX, ModelArgs.Kind.SUPERVISED,
        bucket, minn, maxn, 100, 1e-4);
  }

  private static void require(boolean ok, String name, Object value, String expected) {
    if (!ok) {
      throw new IllegalArgumentException(name + " is " + value + ", expected " + expected);
    }
  }
}
