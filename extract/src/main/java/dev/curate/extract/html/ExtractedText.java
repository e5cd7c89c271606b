// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import java.io.Serializable;
import java.util.Objects;

/**
 * The result of main-content extraction.
 *
 * @param title page title from {@code <title>}, {@code og:title} or the first {@code <h1>}; null if
 *     the page has none
 * @param text main content, blocks separated by a blank line; empty (never null) if none was found
 */
public record ExtractedText(String title, String text) implements Serializable {
  public ExtractedText {
    Objects.requireNonNull(text, "text");
  }
}
