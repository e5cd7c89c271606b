// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import java.io.Serializable;
import java.util.Objects;

/**
 * Options of {@link MainContentExtractor}.
 *
 * @param format how blocks are rendered; never null
 */
public record ExtractorOptions(TextFormat format) implements Serializable {
  public ExtractorOptions {
    Objects.requireNonNull(format, "format (use TextFormat.PLAIN or TextFormat.MARKDOWN)");
  }

  /** Plain-text output. */
  public static ExtractorOptions defaults() {
    return new ExtractorOptions(TextFormat.PLAIN);
  }
}
