// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.heuristic;

import static dev.curate.filters.heuristic.Checks.orDefault;

import dev.curate.filters.url.BlockList;
import dev.curate.filters.url.UrlFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Config of {@link UrlFilter}: list files (one entry per line, {@code #} comments; read when the
 * filter is built) and inline entries, merged. Every field is optional; with none, nothing is
 * blocked.
 *
 * <p>Lives in this package, not beside {@link UrlFilter}, because a sealed interface in the
 * unnamed module can only permit records of its own package.
 */
public record UrlFilterSpec(
    String blockedDomainsFile,
    String blockedUrlsFile,
    String bannedSubstringsFile,
    List<String> blockedDomains,
    List<String> blockedUrls,
    List<String> bannedSubstrings)
    implements FilterSpec {
  public UrlFilterSpec {
    blockedDomains = List.copyOf(orDefault(blockedDomains, List.of()));
    blockedUrls = List.copyOf(orDefault(blockedUrls, List.of()));
    bannedSubstrings = List.copyOf(orDefault(bannedSubstrings, List.of()));
  }

  @Override
  public UrlFilter build() {
    return new UrlFilter(
        merged(blockedDomainsFile, blockedDomains),
        merged(blockedUrlsFile, blockedUrls),
        merged(bannedSubstringsFile, bannedSubstrings));
  }

  private static List<String> merged(String file, List<String> inline) {
    List<String> all = new ArrayList<>(inline);
    if (file != null) all.addAll(BlockList.load(Path.of(file)));
    return all;
  }
}
