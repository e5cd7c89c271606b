// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.doc;

import java.io.Serializable;

/**
 * A pure function from a document to a verdict. Implementations are small final classes with a
 * {@code NAME} constant and one {@code public static final String} per reason ({@code NAME +
 * ".too_few_words"}); parameters are validated in the constructor; {@code apply} does no I/O,
 * does not mutate its input and is deterministic. Serializable because Spark ships filters to
 * executors inside closures.
 */
public interface DocumentFilter extends Serializable {
  /** Registry name, snake_case, e.g. {@code gopher_quality}. */
  String name();

  FilterResult apply(Document doc);
}
