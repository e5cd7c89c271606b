// SPDX-License-Identifier: Apache-2.0
package dev.curate.bench;

import java.util.Objects;

/**
 * One page held in memory, decoded once so that every contender gets the same {@code String}.
 *
 * @param id page id, e.g. {@code 0042}
 * @param url the page's URL (base URI for parsing); empty if unknown
 * @param html the decoded page
 * @param rawBytes size of the page as fetched (gunzipped)
 * @param utf8Bytes size of {@code html} encoded as UTF-8; the unit of the MB/s figures
 */
public record BenchPage(String id, String url, String html, int rawBytes, int utf8Bytes) {
  public BenchPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(html, "html");
  }
}
