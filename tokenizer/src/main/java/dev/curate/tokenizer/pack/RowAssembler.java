// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Joins {@link RowFragment}s, given in position order without gaps, into complete {@link
 * PackedRow}s; the last row of the whole stream is padded.
 *
 * <p>A gap or overlap between fragments means a producer's start position was wrong, which would
 * silently shift every later token, so it is an error, not something to repair.
 */
public final class RowAssembler {
  private final int rowTokens;
  private long expected; // global position of the next token
  private int[] row;
  private int filled;
  private List<DocStart> starts = new ArrayList<>();

  /**
   * @param rowTokens tokens per row ({@code seq_len + 1})
   * @param firstPosition position of the first fragment; a multiple of {@code rowTokens}
   */
  public RowAssembler(int rowTokens, long firstPosition) {
    if (rowTokens < 2) {
      throw new IllegalArgumentException("rowTokens must be >= 2, got " + rowTokens);
    }
    if (firstPosition < 0 || firstPosition % rowTokens != 0) {
      throw new IllegalArgumentException(
          "firstPosition must be a row boundary (multiple of " + rowTokens + "), got " + firstPosition);
    }
    this.rowTokens = rowTokens;
    this.expected = firstPosition;
    this.row = new int[rowTokens];
  }

  /** Adds the next fragment and passes on the row it completes, if any. */
  public void add(RowFragment fragment, Consumer<PackedRow> out) {
    if (fragment.position() != expected) {
      throw new IllegalStateException(
          "fragment at token position " + fragment.position() + ", expected " + expected
              + ": the packed stream has a " + (fragment.position() > expected ? "gap" : "overlap"));
    }
    int[] tokens = fragment.tokens();
    if (tokens.length > rowTokens - filled) {
      throw new IllegalStateException(
          "fragment at " + fragment.position() + " of " + tokens.length + " tokens crosses a row boundary");
    }
    for (DocStart s : fragment.starts()) {
      starts.add(s.at(filled + s.offset()));
    }
    System.arraycopy(tokens, 0, row, filled, tokens.length);
    filled += tokens.length;
    expected += tokens.length;
    if (filled == rowTokens) {
      out.accept(new PackedRow((expected - 1) / rowTokens, row, starts, 0));
      row = new int[rowTokens];
      filled = 0;
      starts = new ArrayList<>();
    }
  }

  /** Global position of the next token expected. */
  public long position() {
    return expected;
  }

  /** True when a row has begun but is not complete. */
  public boolean hasPartialRow() {
    return filled > 0;
  }

  /**
   * Ends the whole stream: a partial last row is padded with {@code padId} and passed on.
   */
  public void finish(int padId, Consumer<PackedRow> out) {
    if (filled == 0) {
      return;
    }
    int padding = rowTokens - filled;
    java.util.Arrays.fill(row, filled, rowTokens, padId);
    out.accept(new PackedRow(expected / rowTokens, row, starts, padding));
    expected += padding;
    row = new int[rowTokens];
    filled = 0;
    starts = new ArrayList<>();
  }
}
