// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.fasttext;

import java.io.IOException;

/** A model file that is not a valid fastText model; the message names the file and the fault. */
public final class FastTextFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public FastTextFormatException(String message) {
    super(message);
  }
}
