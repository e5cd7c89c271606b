// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import java.io.Serializable;
import java.util.List;

/**
 * A run of consecutive tokens of the packed stream that lies within one row: a whole row, or the
 * part of a row that one producer (a Spark partition) owns.
 *
 * @param position global position of {@code tokens[0]} in the stream of all documents; the row
 *     is {@code position / rowTokens}, the offset in it {@code position % rowTokens}
 * @param starts documents beginning in this fragment, offsets relative to {@code tokens[0]}
 */
public record RowFragment(long position, int[] tokens, List<DocStart> starts) implements Serializable {
  public RowFragment {
    starts = List.copyOf(starts);
  }
}
