// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import dev.curate.tokenizer.DocumentBoundary;
import dev.curate.tokenizer.Tokenizer;
import java.io.Serializable;

/**
 * A document's token ids with its boundary token in place, ready to be packed.
 *
 * @param tokens the text's ids plus the boundary token (appended EOS or prepended BOS)
 * @param textTokens ids of the text alone ({@code tokens.length - 1})
 */
public record TokenizedDocument(String docId, String lang, String domain, int[] tokens, int textTokens)
    implements Serializable {
  public TokenizedDocument {
    if (tokens.length != textTokens + 1) {
      throw new IllegalArgumentException(
          "document " + docId + ": " + tokens.length + " tokens for " + textTokens + " text tokens plus one boundary");
    }
  }

  /** Encodes {@code text} as ordinary text and adds the tokenizer's boundary token. */
  public static TokenizedDocument encode(
      Tokenizer tokenizer, String docId, String lang, String domain, String text) {
    int[] ids = tokenizer.encode(text);
    return new TokenizedDocument(docId, lang, domain, withBoundary(ids, tokenizer.boundary()), ids.length);
  }

  /** {@code ids} with the boundary token appended (EOS) or prepended (BOS). */
  public static int[] withBoundary(int[] ids, DocumentBoundary boundary) {
    int[] out = new int[ids.length + 1];
    if (boundary.placement() == DocumentBoundary.Placement.APPEND_EOS) {
      System.arraycopy(ids, 0, out, 0, ids.length);
      out[ids.length] = boundary.tokenId();
    } else {
      out[0] = boundary.tokenId();
      System.arraycopy(ids, 0, out, 1, ids.length);
    }
    return out;
  }

  /** This document's start record at {@code offset}. */
  public DocStart startAt(int offset) {
    return new DocStart(offset, docId, lang, domain, textTokens);
  }
}
