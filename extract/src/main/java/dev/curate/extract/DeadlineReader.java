// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract;

import java.io.Reader;

/**
 * A {@link Reader} over a string that fails once a deadline has passed.
 *
 * <p>The HTML parser pulls its input in chunks, so checking the clock on every read bounds how
 * long one page can take without a watchdog thread: a pathological page stops at the next chunk.
 */
final class DeadlineReader extends Reader {
  private final String text;
  private final long deadlineNanos;
  private int pos;

  DeadlineReader(String text, long deadlineNanos) {
    this.text = text;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public int read(char[] buf, int off, int len) {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new DeadlineExceededException();
    }
    if (pos >= text.length()) {
      return -1;
    }
    int n = Math.min(len, text.length() - pos);
    text.getChars(pos, pos + n, buf, off);
    pos += n;
    return n;
  }

  @Override
  public void close() {}

  /** Thrown from {@link #read} when the page's time budget is spent. */
  static final class DeadlineExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeadlineExceededException() {
      super("time budget exceeded", null, false, false);
    }
  }
}
