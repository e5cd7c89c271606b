// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.doc;

import java.util.Objects;

/**
 * A text document as filters see it: its id, URL, text and (once language ID has run) its
 * language. Immutable.
 *
 * @param id stable document id ({@code doc_id})
 * @param url source URL, may be null
 * @param text the main text, never null
 * @param lang ISO 639 language code from language ID, or null if not known yet
 */
public record Document(String id, String url, String text, String lang) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  public static Document of(String text) {
    return new Document("test", null, text, null);
  }

  public Document withLang(String language) {
    return new Document(id, url, text, language);
  }
}
