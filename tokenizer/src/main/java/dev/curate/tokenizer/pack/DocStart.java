// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import java.io.Serializable;

/**
 * A document beginning at {@code offset} within a row or a piece of one.
 *
 * @param offset position of the document's first token (its BOS for prepend-BOS tokenizers)
 * @param docId the document's {@code doc_id}
 * @param lang its language code, or null when unknown
 * @param domain its domain label, or null when the input has none
 * @param textTokens tokens of its text, boundary token not counted
 */
public record DocStart(int offset, String docId, String lang, String domain, int textTokens)
    implements Serializable {
  /** The same document at another offset. */
  public DocStart at(int newOffset) {
    return new DocStart(newOffset, docId, lang, domain, textTokens);
  }
}
