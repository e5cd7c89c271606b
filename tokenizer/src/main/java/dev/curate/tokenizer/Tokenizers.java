// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer;

import dev.curate.tokenizer.bpe.HuggingFaceTokenizerJson;
import dev.curate.tokenizer.bpe.TiktokenEncodings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a {@link Tokenizer} from the name a config or manifest gives; each is loaded once per JVM
 * (tokenizers are immutable and thread-safe, so every task of an executor shares one).
 */
public final class Tokenizers {
  /** The tiktoken encodings {@link #byName} knows. */
  public static final List<String> TIKTOKEN_NAMES = List.of("r50k_base", "cl100k_base", "o200k_base");
  /** Prefix of a Hugging Face {@code tokenizer.json} path in {@link #byName}. */
  public static final String HF_PREFIX = "hf:";

  private static final Map<String, Tokenizer> LOADED = new ConcurrentHashMap<>();

  private Tokenizers() {}

  /**
   * The tokenizer called {@code name}: a tiktoken encoding ({@code r50k_base}, {@code
   * cl100k_base}, {@code o200k_base}) or {@code hf:PATH} for a Hugging Face {@code
   * tokenizer.json} (PATH is the file or its folder).
   *
   * @throws IllegalArgumentException naming the known tokenizers when {@code name} is unknown
   */
  public static Tokenizer byName(String name) {
    if (TIKTOKEN_NAMES.contains(name)) {
      return LOADED.computeIfAbsent(name, TiktokenEncodings::load);
    }
    if (name.startsWith(HF_PREFIX)) {
      return LOADED.computeIfAbsent(
          name, n -> fromHuggingFaceFile(Path.of(n.substring(HF_PREFIX.length())), n));
    }
    throw new IllegalArgumentException(
        "unknown tokenizer '" + name + "'; known: " + String.join(", ", TIKTOKEN_NAMES)
            + ", or hf:PATH to a tokenizer.json");
  }

  /** The {@code tokenizer.json} that {@code fileOrFolder} names: the file itself, or the one in the folder. */
  public static Path huggingFaceJson(Path fileOrFolder) {
    return Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve("tokenizer.json") : fileOrFolder;
  }

  /** {@link #fromHuggingFaceFile(Path, String)} named {@code hf:FILE}, as {@link #byName} names it. */
  public static Tokenizer fromHuggingFaceFile(Path file) {
    return fromHuggingFaceFile(file, HF_PREFIX + file);
  }

  /**
   * A Hugging Face byte-level BPE {@code tokenizer.json} (GPT-2, Llama 3, Qwen 2/3), not cached.
   *
   * @param file the {@code tokenizer.json}, or a folder holding one
   * @param name the name manifests record
   */
  public static Tokenizer fromHuggingFaceFile(Path file, String name) {
    Path json = huggingFaceJson(file);
    if (!Files.isRegularFile(json)) {
      throw new IllegalArgumentException("tokenizer file " + json + " not found (tokenizer " + name + ")");
    }
    return HuggingFaceTokenizerJson.load(json, name);
  }
}
