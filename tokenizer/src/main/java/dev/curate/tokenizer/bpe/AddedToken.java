// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.bpe;

/**
 * A token a {@code tokenizer.json} adds beside the BPE vocabulary ({@code added_tokens}).
 *
 * @param id its id
 * @param content its text
 * @param special whether it is a control token ({@code <|endoftext|>}): special tokens are never
 *     matched in input text; non-special ones ({@code <think>} in Qwen 3) are, as Hugging Face does
 */
public record AddedToken(int id, String content, boolean special) {
  public AddedToken {
    if (id < 0) {
      throw new IllegalArgumentException("added token id must be >= 0, got " + id);
    }
    if (content == null || content.isEmpty()) {
      throw new IllegalArgumentException("added token " + id + " has no content");
    }
  }
}
