// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

/**
 * The training arguments stored in a fastText model header ({@code args.cc: Args::load}).
 *
 * <p>Only {@code dim}, {@code wordNgrams}, {@code loss}, {@code model}, {@code bucket}, {@code
 * minn} and {@code maxn} affect prediction; the rest are kept for inspection.
 */
public record ModelArgs(
    int dim,
    int ws,
    int epoch,
    int minCount,
    int neg,
    int wordNgrams,
    Loss loss,
    Kind model,
    int bucket,
    int minn,
    int maxn,
    int lrUpdateRate,
    double t) {

  /** Loss function ({@code enum class loss_name : int { hs = 1, ns, softmax, ova }}). */
  public enum Loss {
    HS,
    NS,
    SOFTMAX,
    OVA;

    static Loss fromCode(int code) {
      if (code < 1 || code > 4) {
        throw new IllegalArgumentException("loss code " + code + ", expected 1..4");
      }
      return values()[code - 1];
    }
  }

  /** Model kind ({@code enum class model_name : int { cbow = 1, sg, sup }}). */
  public enum Kind {
    CBOW,
    SKIPGRAM,
    SUPERVISED;

    static Kind fromCode(int code) {
      if (code < 1 || code > 3) {
        throw new IllegalArgumentException("model code " + code + ", expected 1..3");
      }
      return values()[code - 1];
    }
  }

  /** {@code Args::save}: thirteen fields in header order. */
  void write(LittleEndianOutput out) throws java.io.IOException {
    out.writeInt(dim);
    out.writeInt(ws);
    out.writeInt(epoch);
    out.writeInt(minCount);
    out.writeInt(neg);
    out.writeInt(wordNgrams);
    out.writeInt(loss.ordinal() + 1);
    out.writeInt(model.ordinal() + 1);
    out.writeInt(bucket);
    out.writeInt(minn);
    out.writeInt(maxn);
    out.writeInt(lrUpdateRate);
    out.writeDouble(t);
  }

  /** Same arguments with {@code maxn} replaced (legacy version-11 supervised models). */
  ModelArgs withMaxn(int newMaxn) {
    return new ModelArgs(
        dim,
        ws,
        epoch,
        minCount,
        neg,
        wordNgrams,
        loss,
        model,
        bucket,
        minn,
        newMaxn,
        lrUpdateRate,
        t);
  }
}
