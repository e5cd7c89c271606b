// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

/** How extracted blocks are rendered. */
public enum TextFormat {
  /** Plain text: blocks separated by a blank line, no markup. */
  PLAIN,
  /** Light Markdown: {@code #} headings, {@code - } list items, fenced {@code <pre>} blocks. */
  MARKDOWN
}
