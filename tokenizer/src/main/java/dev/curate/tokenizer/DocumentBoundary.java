// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer;

/**
 * The token that separates documents in a packed stream, and on which side of each document it
 * goes: GPT-2 style encodings append {@code <|endoftext|>} after every document, Llama 3 style
 * ones put {@code <|begin_of_text|>} before it.
 *
 * @param tokenId the separator's id
 * @param token the separator's text, e.g. {@code <|endoftext|>}
 * @param placement {@link Placement#APPEND_EOS} or {@link Placement#PREPEND_BOS}
 */
public record DocumentBoundary(int tokenId, String token, Placement placement) {

  public enum Placement {
    APPEND_EOS,
    PREPEND_BOS
  }

  public DocumentBoundary {
    if (tokenId < 0) {
      throw new IllegalArgumentException("boundary token id must be >= 0, got " + tokenId);
    }
    if (token == null || token.isEmpty()) {
      throw new IllegalArgumentException("boundary token text must not be empty");
    }
    if (placement == null) {
      throw new IllegalArgumentException("boundary placement must be given");
    }
  }
}
