// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.pack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Cuts a stream of documents, which begins at a given global token position, into {@link
 * RowFragment}s that end at row boundaries: one producer's share of the packed stream.
 *
 * <p>A producer whose documents start at position {@code p} (the sum of the tokens of every
 * document before it) emits a first fragment from {@code p} to the next multiple of {@code
 * rowTokens}, whole rows after it, and a last fragment up to the end of its documents. Joining
 * every producer's fragments in position order ({@link RowAssembler}) gives the rows a single
 * packer would have produced over all documents. Lazy: one row of tokens is buffered.
 */
public final class SequencePacker implements Iterator<RowFragment> {
  private final Iterator<TokenizedDocument> docs;
  private final int rowTokens;
  private final ArrayDeque<RowFragment> ready = new ArrayDeque<>();
  private long bufferStart; // global position of buffer[0]
  private int[] buffer;
  private int filled;
  private List<DocStart> starts = new ArrayList<>();

  /**
   * @param docs documents in packing order
   * @param rowTokens tokens per row ({@code seq_len + 1}); must be > 1
   * @param startPosition global position of the first token of {@code docs}; must be >= 0
   */
  public SequencePacker(Iterator<TokenizedDocument> docs, int rowTokens, long startPosition) {
    if (rowTokens < 2) {
      throw new IllegalArgumentException("rowTokens must be >= 2, got " + rowTokens);
    }
    if (startPosition < 0) {
      throw new IllegalArgumentException("startPosition must be >= 0, got " + startPosition);
    }
    this.docs = docs;
    this.rowTokens = rowTokens;
    this.bufferStart = startPosition;
    this.buffer = new int[capacityAt(startPosition)];
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && docs.hasNext()) {
      add(docs.next());
    }
    if (ready.isEmpty() && filled > 0) {
      emit();
    }
    return !ready.isEmpty();
  }

  @Override
  public RowFragment next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void add(TokenizedDocument doc) {
    int[] tokens = doc.tokens();
    if (filled == buffer.length) {
      emit(); // the document begins the next row
    }
    starts.add(doc.startAt(filled));
    int copied = 0;
    while (copied < tokens.length) {
      if (filled == buffer.length) {
        emit();
      }
      int n = Math.min(tokens.length - copied, buffer.length - filled);
      System.arraycopy(tokens, copied, buffer, filled, n);
      filled += n;
      copied += n;
    }
  }

  private void emit() {
    int[] tokens = filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled);
    ready.add(new RowFragment(bufferStart, tokens, starts));
    bufferStart += filled;
    buffer = new int[capacityAt(bufferStart)];
    filled = 0;
    starts = new ArrayList<>();
  }

  /** Tokens from {@code position} to the end of its row. */
  private int capacityAt(long position) {
    return rowTokens - (int) (position % rowTokens);
  }
}
