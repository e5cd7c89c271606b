// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

import dev.curate.tokenizer.DocumentBoundary;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The tiktoken encodings r50k_base, cl100k_base and o200k_base on our BPE engine, from the rank
 * files jtokkit ships as class-path resources ({@code base64-token rank} per line).
 *
 * <p>Special tokens are declared here as tiktoken declares them; they only decode (encode treats
 * their text as text).
 */
public final class TiktokenEncodings {
  private TiktokenEncodings() {}

  private record Encoding(String pattern, List<AddedToken> specials, int eos) {}

  /** The encoding called {@code name}; loads its ranks (tens of milliseconds). */
  public static BpeTokenizer load(String name) {
    Encoding e =
        switch (name) {
          case "r50k_base" ->
              new Encoding(PreTokenizers.GPT2, List.of(new AddedToken(50256, "<|endoftext|>", true)), 50256);
          case "cl100k_base" ->
              new Encoding(
                  PreTokenizers.CL100K,
                  List.of(
                      new AddedToken(100257, "<|endoftext|>", true),
                      new AddedToken(100258, "<|fim_prefix|>", true),
                      new AddedToken(100259, "<|fim_middle|>", true),
                      new AddedToken(100260, "<|fim_suffix|>", true),
                      new AddedToken(100276, "<|endofprompt|>", true)),
                  100257);
          case "o200k_base" ->
              new Encoding(
                  PreTokenizers.O200K,
                  List.of(
                      new AddedToken(199999, "<|endoftext|>", true),
                      new AddedToken(200018, "<|endofprompt|>", true)),
                  199999);
          default ->
              throw new IllegalArgumentException(
                  "unknown tiktoken encoding " + name + " (r50k_base, cl100k_base, o200k_base)");
        };
    String resource = "/com/knuddels/jtokkit/" + name + ".tiktoken";
    byte[] file;
    try (InputStream in = TiktokenEncodings.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("class-path resource " + resource + " missing (jtokkit jar)");
      }
      file = in.readAllBytes();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    byte[][] tokens = parseRanks(file, resource);
    Vocabulary vocabulary = new Vocabulary(tokens, resource);
    MergeTable merges = new MergeTable(tokens.length * 2);
    for (int id = 0; id < tokens.length; id++) {
      byte[] t = tokens[id];
      if (t == null || t.length < 2) {
        continue;
      }
      // Every way of writing the token as two tokens merges into it, at its rank.
      for (int cut = 1; cut < t.length; cut++) {
        int left = vocabulary.find(t, 0, cut);
        int right = left < 0 ? -1 : vocabulary.find(t, cut, t.length - cut);
        if (right >= 0) {
          merges.put(left, right, id, id);
        }
      }
    }
    return new BpeTokenizer(
        new BpeTokenizer.Spec(
            name,
            fingerprint(name, file),
            vocabulary,
            merges,
            PreTokenizers.forPattern(e.pattern(), true),
            true,
            false,
            e.specials(),
            new DocumentBoundary(e.eos(), "<|endoftext|>", DocumentBoundary.Placement.APPEND_EOS)));
  }

  private static byte[][] parseRanks(byte[] file, String resource) {
    List<byte[]> byRank = new ArrayList<>();
    Base64.Decoder base64 = Base64.getDecoder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.US_ASCII))) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isEmpty()) {
          continue;
        }
        int space = line.indexOf(' ');
        if (space < 0) {
          throw new IllegalArgumentException(resource + ":" + lineNo + ": expected 'base64 rank'");
        }
        int rank = Integer.parseInt(line.substring(space + 1));
        while (byRank.size() <= rank) {
          byRank.add(null);
        }
        byRank.set(rank, base64.decode(line.substring(0, space)));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return byRank.toArray(new byte[0][]);
  }

  /** SHA-256 of the name and the rank file: the same value {@code JtokkitTokenizer} reports. */
  static String fingerprint(String name, byte[] file) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update(file);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
