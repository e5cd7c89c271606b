// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import java.util.List;

/**
 * One training sequence: exactly {@code seq_len + 1} tokens.
 *
 * @param row global row index
 * @param starts documents beginning in the row, offsets ascending
 * @param padding padding tokens at the end of {@code tokens} (only the very last row has any)
 */
public record PackedRow(long row, int[] tokens, List<DocStart> starts, int padding) {
  public PackedRow {
    starts = List.copyOf(starts);
  }

  /** Real (non-padding) tokens in the row. */
  public int realTokens() {
    return tokens.length - padding;
  }
}
