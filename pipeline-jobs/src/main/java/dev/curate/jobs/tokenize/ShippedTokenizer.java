// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import dev.curate.jobs.ShippedFile;
import dev.curate.tokenizer.Tokenizer;
import dev.curate.tokenizer.Tokenizers;
import java.io.Serializable;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A tokenizer name that tasks can load anywhere: an {@code hf:PATH} name points at a file on the
 * driver, so its bytes travel to the executors as a broadcast ({@link ShippedFile}) and each JVM
 * loads the tokenizer from its local copy once; built-in encodings load by name.
 */
public final class ShippedTokenizer implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final ShippedFile file;

  private ShippedTokenizer(String name, ShippedFile file) {
    this.name = name;
    this.file = file;
  }

  /** Call on the driver. */
  public static ShippedTokenizer of(SparkSession spark, String name) {
    if (!name.startsWith(Tokenizers.HF_PREFIX)) {
      return new ShippedTokenizer(name, null);
    }
    Path json = Tokenizers.huggingFaceJson(Path.of(name.substring(Tokenizers.HF_PREFIX.length())));
    return new ShippedTokenizer(name, ShippedFile.of(spark, json));
  }

  /** The tokenizer, loaded once per JVM (call in tasks). */
  public Tokenizer get() {
    return file == null
        ? TokenizerCache.get(name)
        : TokenizerCache.get(name, () -> Tokenizers.fromHuggingFaceFile(Path.of(file.localPath()), name));
  }
}
