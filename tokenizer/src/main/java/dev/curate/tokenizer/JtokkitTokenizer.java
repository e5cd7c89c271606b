// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A tiktoken encoding (r50k_base, cl100k_base, o200k_base) as jtokkit implements it: the
 * reference our own BPE engine is checked against, and the first implementation behind {@link
 * Tokenizers#byName}.
 */
public final class JtokkitTokenizer implements Tokenizer {
  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

  private final String name;
  private final Encoding encoding;
  private final int vocabSize;
  private final DocumentBoundary boundary;
  private final String fingerprint;

  /**
   * @param name {@code r50k_base}, {@code cl100k_base} or {@code o200k_base}
   */
  public JtokkitTokenizer(String name) {
    EncodingType type =
        EncodingType.fromName(name)
            .orElseThrow(() -> new IllegalArgumentException("unknown tiktoken encoding " + name));
    this.name = name;
    this.encoding = REGISTRY.getEncoding(type);
    switch (name) {
      case "r50k_base" -> {
        vocabSize = 50257;
        boundary = new DocumentBoundary(50256, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS);
      }
      case "cl100k_base" -> {
        vocabSize = 100277;
        boundary = new DocumentBoundary(100257, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS);
      }
      case "o200k_base" -> {
        vocabSize = 200019;
        boundary = new DocumentBoundary(199999, "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS);
      }
      default -> throw new IllegalArgumentException(
          "unsupported tiktoken encoding " + name + " (r50k_base, cl100k_base, o200k_base)");
    }
    this.fingerprint = fingerprintOf(name);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int vocabSize() {
    return vocabSize;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public int[] encode(String text) {
    return encoding.encodeOrdinary(text).toArray();
  }

  @Override
  public String decode(int[] ids) {
    IntArrayList list = new IntArrayList(ids.length);
    for (int id : ids) {
      list.add(id);
    }
    return new String(encoding.decodeBytes(list), StandardCharsets.UTF_8);
  }

  @Override
  public DocumentBoundary boundary() {
    return boundary;
  }

  /** SHA-256 of the rank file jtokkit ships for {@code name}. */
  private static String fingerprintOf(String name) {
    String resource = "/com/knuddels/jtokkit/" + name + ".tiktoken";
    try (InputStream in = Encodings.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("class-path resource " + resource + " missing (jtokkit jar)");
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update(in.readAllBytes());
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
