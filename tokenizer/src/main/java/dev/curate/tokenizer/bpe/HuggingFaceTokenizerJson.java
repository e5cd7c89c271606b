// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curate.tokenizer.DocumentBoundary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Loads a Hugging Face {@code tokenizer.json} byte-level BPE model (GPT-2, Llama 3, Qwen 2/3)
 * onto our engine, and fails naming the key for anything else.
 *
 * <p>Supported: {@code normalizer} null or {@code NFC}; {@code pre_tokenizer} {@code ByteLevel}
 * (with {@code use_regex}: GPT-2's split) or a {@code Sequence} of {@code Split} (a regex, {@code
 * Isolated}) and {@code ByteLevel} without regex, no prefix space; {@code model} {@code BPE}
 * without dropout, byte fallback or subword affixes, with {@code ignore_merges}; {@code
 * added_tokens} without strip or single-word flags on non-special ones.
 *
 * <p>The document boundary: the special token of a {@code TemplateProcessing} post-processor
 * (before or after {@code $A}); else, from {@code tokenizer_config.json} beside the file, {@code
 * bos_token} when {@code add_bos_token} is true; else {@code <|endoftext|>} appended when the file
 * declares it (GPT-2, Qwen); else {@code bos_token} prepended (Llama 3, whose npm copy has no
 * template). The fingerprint is the SHA-256 of the file.
 */
public final class HuggingFaceTokenizerJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HuggingFaceTokenizerJson() {}

  /**
   * @param file a {@code tokenizer.json}
   * @param name the name manifests record, e.g. {@code hf:llama3}
   */
  public static BpeTokenizer load(Path file, String name) {
    byte[] raw;
    JsonNode root;
    try {
      raw = Files.readAllBytes(file);
      root = MAPPER.readTree(raw);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer file " + file, e);
    }
    String where = file.toString();
    JsonNode model = root.path("model");
    require(where, "model.type", "BPE".equals(model.path("type").asText()), "only BPE models are supported");
    require(where, "model.dropout", model.path("dropout").isNull() || model.path("dropout").isMissingNode(), "dropout must be null");
    require(where, "model.byte_fallback", !model.path("byte_fallback").asBoolean(false), "byte fallback is not supported");
    require(where, "model.continuing_subword_prefix", model.path("continuing_subword_prefix").asText("").isEmpty(), "must be empty");
    require(where, "model.end_of_word_suffix", model.path("end_of_word_suffix").asText("").isEmpty(), "must be empty");

    boolean nfc = normalizer(where, root.path("normalizer"));
    String pattern = splitPattern(where, root.path("pre_tokenizer"));

    JsonNode vocabNode = model.path("vocab");
    int maxId = -1;
    for (JsonNode id : vocabNode) {
      maxId = Math.max(maxId, id.asInt());
    }
    byte[][] tokens = new byte[maxId + 1][];
    for (Iterator<Map.Entry<String, JsonNode>> it = vocabNode.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byte[] bytes = ByteLevel.toBytes(e.getKey());
      if (bytes == null) {
        throw new IllegalArgumentException(
            where + ": model.vocab entry '" + e.getKey() + "' is not byte-level (ByteLevel alphabet)");
      }
      tokens[e.getValue().asInt()] = bytes;
    }
    Vocabulary vocabulary = new Vocabulary(tokens, where);

    JsonNode mergesNode = model.path("merges");
    MergeTable merges = new MergeTable(mergesNode.size());
    int rank = 0;
    for (JsonNode m : mergesNode) {
      String left;
      String right;
      if (m.isArray()) {
        left = m.get(0).asText();
        right = m.get(1).asText();
      } else {
        String s = m.asText();
        int space = s.indexOf(' ', 1);
        require(where, "model.merges[" + rank + "]", space > 0, "expected 'left right'");
        left = s.substring(0, space);
        right = s.substring(space + 1);
      }
      int l = vocabId(vocabNode, left, where, rank);
      int r = vocabId(vocabNode, right, where, rank);
      int merged = vocabId(vocabNode, left + right, where, rank);
      merges.put(l, r, rank, merged);
      rank++;
    }

    List<AddedToken> added = new ArrayList<>();
    for (JsonNode a : root.path("added_tokens")) {
      AddedToken t = new AddedToken(a.path("id").asInt(), a.path("content").asText(), a.path("special").asBoolean());
      if (!t.special()) {
        boolean flags = a.path("lstrip").asBoolean() || a.path("rstrip").asBoolean() || a.path("single_word").asBoolean();
        require(where, "added_tokens[" + t.content() + "]", !flags, "lstrip/rstrip/single_word are not supported");
      }
      added.add(t);
    }

    return new BpeTokenizer(
        new BpeTokenizer.Spec(
            name,
            sha256(raw),
            vocabulary,
            merges,
            PreTokenizers.forPattern(pattern, false),
            model.path("ignore_merges").asBoolean(false),
            nfc,
            added,
            boundary(file, root, added)));
  }

  private static boolean normalizer(String where, JsonNode n) {
    if (n.isNull() || n.isMissingNode()) {
      return false;
    }
    require(where, "normalizer.type", "NFC".equals(n.path("type").asText()), "only null or NFC is supported, got " + n);
    return true;
  }

  /** The split regex the pre-tokenizer declares. */
  private static String splitPattern(String where, JsonNode p) {
    String type = p.path("type").asText();
    if ("ByteLevel".equals(type)) {
      requireByteLevel(where, "pre_tokenizer", p, true);
      return PreTokenizers.GPT2;
    }
    require(where, "pre_tokenizer.type", "Sequence".equals(type), "expected ByteLevel or Sequence, got " + type);
    JsonNode list = p.path("pretokenizers");
    require(where, "pre_tokenizer.pretokenizers", list.size() == 2, "expected [Split, ByteLevel]");
    JsonNode split = list.get(0);
    require(where, "pre_tokenizer.pretokenizers[0].type", "Split".equals(split.path("type").asText()), "expected Split");
    require(where, "pre_tokenizer.pretokenizers[0].behavior", "Isolated".equals(split.path("behavior").asText()), "expected Isolated");
    require(where, "pre_tokenizer.pretokenizers[0].invert", !split.path("invert").asBoolean(), "expected false");
    JsonNode regex = split.path("pattern").path("Regex");
    require(where, "pre_tokenizer.pretokenizers[0].pattern.Regex", regex.isTextual(), "expected a regex");
    requireByteLevel(where, "pre_tokenizer.pretokenizers[1]", list.get(1), false);
    return regex.asText();
  }

  private static void requireByteLevel(String where, String key, JsonNode n, boolean useRegex) {
    require(where, key + ".type", "ByteLevel".equals(n.path("type").asText()), "expected ByteLevel");
    require(where, key + ".add_prefix_space", !n.path("add_prefix_space").asBoolean(), "expected false");
    require(where, key + ".use_regex", n.path("use_regex").asBoolean(true) == useRegex, "expected " + useRegex);
  }

  private static DocumentBoundary boundary(Path file, JsonNode root, List<AddedToken> added) {
    JsonNode post = root.path("post_processor");
    if ("TemplateProcessing".equals(post.path("type").asText())) {
      boolean seenA = false;
      for (JsonNode piece : post.path("single")) {
        if (piece.has("Sequence")) {
          seenA = true;
        } else if (piece.has("SpecialToken")) {
          String token = piece.path("SpecialToken").path("id").asText();
          return new DocumentBoundary(
              idOf(added, token, file),
              token,
              seenA ? DocumentBoundary.Placement.APPEND_EOS : DocumentBoundary.Placement.PREPEND_BOS);
        }
      }
    }
    JsonNode config = tokenizerConfig(file);
    String bos = tokenText(config.path("bos_token"));
    if (config.path("add_bos_token").asBoolean(false) && bos != null) {
      return new DocumentBoundary(idOf(added, bos, file), bos, DocumentBoundary.Placement.PREPEND_BOS);
    }
    for (AddedToken t : added) {
      if (t.special() && t.content().equals("<|endoftext|>")) {
        return new DocumentBoundary(t.id(), t.content(), DocumentBoundary.Placement.APPEND_EOS);
      }
    }
    if (bos != null) {
      return new DocumentBoundary(idOf(added, bos, file), bos, DocumentBoundary.Placement.PREPEND_BOS);
    }
    throw new IllegalArgumentException(
        file + ": no document boundary: no TemplateProcessing post_processor, no <|endoftext|> added"
            + " token and no bos_token in tokenizer_config.json beside it");
  }

  private static JsonNode tokenizerConfig(Path file) {
    Path config = file.resolveSibling("tokenizer_config.json");
    if (!Files.isRegularFile(config)) {
      return MAPPER.createObjectNode();
    }
    try {
      return MAPPER.readTree(config.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config, e);
    }
  }

  /** A token given as a string or as {@code {"content": ...}}. */
  private static String tokenText(JsonNode n) {
    if (n.isTextual()) {
      return n.asText();
    }
    return n.path("content").isTextual() ? n.path("content").asText() : null;
  }

  private static int idOf(List<AddedToken> added, String content, Path file) {
    for (AddedToken t : added) {
      if (t.content().equals(content)) {
        return t.id();
      }
    }
    throw new IllegalArgumentException(file + ": boundary token " + content + " is not in added_tokens");
  }

  private static int vocabId(JsonNode vocab, String token, String where, int rank) {
    JsonNode id = vocab.get(token);
    if (id == null) {
      throw new IllegalArgumentException(where + ": model.merges[" + rank + "] uses '" + token + "', not in model.vocab");
    }
    return id.asInt();
  }

  private static void require(String where, String key, boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException(where + ": " + key + ": " + what);
    }
  }

  private static String sha256(byte[] raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
