// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The main content of a page: a title and blocks in reading order.
 *
 * <p>{@link #mainText()} is the text an ideal extractor outputs for the page body: every paragraph,
 * subheading, list item and table row (cells joined by {@code " | "}) as one block, blocks joined by
 * a blank line. The title is kept apart.
 */
record Article(String title, List<Block> blocks) {
  enum Type {
    PARAGRAPH,
    HEADING,
    LIST,
    TABLE
  }

  /**
   * One block. PARAGRAPH and HEADING use {@code text}; LIST uses {@code items}; TABLE uses {@code
   * rows}, the first row being the header.
   */
  record Block(Type type, String text, List<String> items, List<List<String>> rows) {
    static Block paragraph(String text) {
      return new Block(Type.PARAGRAPH, text, List.of(), List.of());
    }

    static Block heading(String text) {
      return new Block(Type.HEADING, text, List.of(), List.of());
    }

    static Block list(List<String> items) {
      return new Block(Type.LIST, null, List.copyOf(items), List.of());
    }

    static Block table(List<List<String>> rows) {
      return new Block(Type.TABLE, null, List.of(), List.copyOf(rows));
    }

    void texts(List<String> out) {
      switch (type) {
        case PARAGRAPH, HEADING -> out.add(text);
        case LIST -> out.addAll(items);
        case TABLE -> rows.forEach(r -> out.add(String.join(" | ", r)));
      }
    }
  }

  Article {
    blocks = List.copyOf(blocks);
  }

  /** Text blocks in order, as they appear in {@link #mainText()}. */
  List<String> texts() {
    List<String> out = new ArrayList<>();
    blocks.forEach(b -> b.texts(out));
    return out;
  }

  String mainText() {
    return String.join("\n\n", texts());
  }
}
