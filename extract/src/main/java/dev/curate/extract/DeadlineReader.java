// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract;

import java.io.IOException;
import java.io.Reader;

/**
 * A {@link Reader} over another that fails once a deadline has passed.
 *
 * <p>The HTML parser pulls its input in chunks, so checking the clock on every read bounds how
 * long one page can take without a watchdog thread: a pathological page stops at the next chunk.
 */
final class DeadlineReader extends Reader {
  private final Reader in;
  private final long deadlineNanos;

  DeadlineReader(Reader in, long deadlineNanos) {
    this.in = in;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new DeadlineExceededException();
    }
    return in.read(buf, off, len);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Thrown from {@link #read} when the page's time budget is spent. */
  static final class DeadlineExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeadlineExceededException() {
      super("time budget exceeded", null, false, false);
    }
  }
}
