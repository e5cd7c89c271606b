// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.parity;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.tokenizer.JtokkitTokenizer;
import dev.curate.tokenizer.Tokenizer;
import dev.curate.tokenizer.Tokenizers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The tokenizers under test and their references: jtokkit for the tiktoken encodings, Hugging
 * Face tokenizers (Rust, through DJL's JNI binding) for {@code tokenizer.json} files.
 *
 * <p>Both references get the text with lone surrogates replaced by U+FFFD (our documented
 * behaviour, and tiktoken's): jtokkit's cl100k parser rejects them and DJL's JNI string transfer
 * turns one into three U+FFFD. Hugging Face is given the file with the content of each special token replaced by a private-use string
 * no input contains, so that their text is encoded as text, as ours does, while ids stay as
 * declared (Hugging Face numbers added tokens in order, so removing some would shift the rest);
 * non-special added tokens (Qwen's {@code <think>}) are untouched and matched in text, as Hugging
 * Face does.
 */
public final class References {
  /** Every tokenizer with golden ids: the tiktoken names, then the npm tokenizer.json models. */
  public static final List<String> NAMES =
      List.of("r50k_base", "cl100k_base", "o200k_base", "gpt2", "llama3", "qwen3");

  private References() {}

  public static boolean isTiktoken(String name) {
    return Tokenizers.TIKTOKEN_NAMES.contains(name);
  }

  /** The {@code tokenizer.json} the build fetched for model {@code name}. */
  public static Path tokenizerJson(String name) {
    return ParityCorpus.fixtures().resolve(name).resolve("tokenizer.json");
  }

  /** Ours. */
  public static Tokenizer ours(String name) {
    return isTiktoken(name) ? Tokenizers.byName(name) : Tokenizers.byName("hf:" + tokenizerJson(name));
  }

  /** The reference encoder; close the returned resource after use. */
  public static Reference reference(String name) {
    if (isTiktoken(name)) {
      JtokkitTokenizer jtokkit = new JtokkitTokenizer(name);
      return new Reference(text -> jtokkit.encode(withoutLoneSurrogates(text)), () -> {});
    }
    try {
      HuggingFaceTokenizer hf =
          HuggingFaceTokenizer.newInstance(
              withoutSpecialTokens(tokenizerJson(name)),
              Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
      return new Reference(
          text -> toInts(hf.encode(withoutLoneSurrogates(text), false, false).getIds()), hf::close);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An encoder that may own a native resource. */
  public record Reference(Function<String, int[]> encoder, Runnable closer) implements AutoCloseable {
    public int[] encode(String text) {
      return encoder.apply(text);
    }

    @Override
    public void close() {
      closer.run();
    }
  }

  private static int[] toInts(long[] ids) {
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = Math.toIntExact(ids[i]);
    }
    return out;
  }

  static String withoutLoneSurrogates(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
              : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
      if (lone && out == null) {
        out = new StringBuilder(s.substring(0, i));
      }
      if (out != null) {
        out.append(lone ? '\uFFFD' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** A copy of {@code file} whose special added tokens have unmatchable content. */
  private static Path withoutSpecialTokens(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
    for (JsonNode t : root.path("added_tokens")) {
      if (t.path("special").asBoolean()) {
        ((ObjectNode) t).put("content", "\uE000special " + t.path("id").asInt() + "\uE001");
      }
    }
    Path dir = Files.createTempDirectory("hf-nospecial");
    Path out = dir.resolve("tokenizer.json");
    mapper.writeValue(out.toFile(), root);
    out.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return out;
  }
}
