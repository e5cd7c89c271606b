// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import dev.curate.core.doc.Document;
import dev.curate.filters.text.AnalyzedText;
import java.io.Serializable;
import java.util.Objects;

/**
 * Rewrites a document's text to the lines C4's line rules keep (the text-modifying half of
 * datatrove's {@code C4QualityFilter}; see {@link C4QualityFilter} for the rules): stripped kept
 * lines, joined by {@code \n}, stripped.
 *
 * <p>Run it before the filters that should see cleaned text (FineWeb runs C4 before its own
 * quality filter). A document that {@link C4QualityFilter} would drop is returned unchanged, so
 * that the filter, not the cleaner, decides and records the reason.
 */
public final class C4LineCleaner implements Serializable {
  private final C4QualityFilter rules;

  /** @param rules the filter whose line rules to apply */
  public C4LineCleaner(C4QualityFilter rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The cleaned text, or {@code text} itself when the document would be dropped. */
  public String clean(String text) {
    String cleaned = rules.clean(AnalyzedText.of(text, null));
    return cleaned == null ? text : cleaned;
  }

  /** {@code doc} with cleaned text (the same instance when nothing changes). */
  public Document apply(Document doc) {
    String cleaned = rules.clean(AnalyzedText.of(doc));
    if (cleaned == null) return doc;
    if (cleaned.equals(doc.text())) return doc;
    return new Document(doc.id(), doc.url(), cleaned, doc.lang());
  }
}
