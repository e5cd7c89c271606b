// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.filters.url.UrlFilter;

/**
 * A filter as configured in YAML: {@code type} is the filter's {@code NAME}, the other keys are
 * its parameters in snake_case (datatrove's argument names), and every key left out takes the
 * published default. Unknown keys fail (the shared mappers enable {@code
 * FAIL_ON_UNKNOWN_PROPERTIES}); bad values fail when the record is built, with the filter's
 * message.
 *
 * <pre>
 * filters:
 *   - type: url
 *     blocked_domains_file: /lists/ut1-adult-domains
 *   - type: gopher_quality
 *   - type: c4_quality
 *     filter_no_terminal_punct: false
 *   - type: fineweb_quality
 *   - type: gopher_repetition
 *     top_n_grams: {2: 0.2, 3: 0.18, 4: 0.16}
 * </pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = GopherQualitySpec.class, name = GopherQualityFilter.NAME),
  @JsonSubTypes.Type(value = GopherRepetitionSpec.class, name = GopherRepetitionFilter.NAME),
  @JsonSubTypes.Type(value = C4QualitySpec.class, name = C4QualityFilter.NAME),
  @JsonSubTypes.Type(value = FineWebQualitySpec.class, name = FineWebQualityFilter.NAME),
  @JsonSubTypes.Type(value = UrlFilterSpec.class, name = UrlFilter.NAME)
})
public sealed interface FilterSpec
    permits GopherQualitySpec, GopherRepetitionSpec, C4QualitySpec, FineWebQualitySpec,
        UrlFilterSpec {
  DocumentFilter build();
}
