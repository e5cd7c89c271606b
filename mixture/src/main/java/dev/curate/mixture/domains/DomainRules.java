// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import dev.curate.core.config.DomainsSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Labels a document by its URL with the first matching rule of {@code domains.rules}, or none.
 *
 * <p>A pattern is a host, optionally followed by a path prefix: {@code arxiv.org} matches that host
 * and its subdomains ({@code export.arxiv.org}); {@code *} in the host matches any run of
 * characters ({@code *.github.io}); {@code en.wikipedia.org/wiki/} also needs the path to start with
 * {@code /wiki/}. Hosts compare case-insensitively, without a leading {@code www.}.
 */
public final class DomainRules implements java.io.Serializable {
  private final List<Compiled> rules;

  private record Compiled(Pattern host, String pathPrefix, String domain) implements java.io.Serializable {}

  public DomainRules(List<DomainsSettings.Rule> rules) {
    List<Compiled> out = new ArrayList<>();
    for (DomainsSettings.Rule r : rules) {
      String p = r.pattern().trim().toLowerCase(Locale.ROOT);
      if (p.contains("://")) {
        p = p.substring(p.indexOf("://") + 3);
      }
      int slash = p.indexOf('/');
      String host = slash < 0 ? p : p.substring(0, slash);
      String path = slash < 0 ? null : p.substring(slash);
      if (host.isEmpty()) {
        throw new IllegalArgumentException("domains.rules: pattern '" + r.pattern() + "' has no host");
      }
      host = stripWww(host);
      // A plain host also covers its subdomains; a glob says exactly what it means.
      String regex = host.contains("*") ? globRegex(host) : "(?:.+\\.)?" + Pattern.quote(host);
      out.add(new Compiled(Pattern.compile(regex), path, r.domain()));
    }
    this.rules = List.copyOf(out);
  }

  /** The domain of the first rule matching {@code url}, or null (no rule, no URL, unparsable URL). */
  public String label(String url) {
    if (url == null || rules.isEmpty()) {
      return null;
    }
    String host;
    String path;
    try {
      URI uri = URI.create(url.trim());
      host = uri.getHost();
      path = uri.getRawPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null) {
      return null;
    }
    host = stripWww(host.toLowerCase(Locale.ROOT));
    path = path == null || path.isEmpty() ? "/" : path;
    for (Compiled r : rules) {
      if (r.host().matcher(host).matches() && (r.pathPrefix() == null || path.startsWith(r.pathPrefix()))) {
        return r.domain();
      }
    }
    return null;
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  private static String globRegex(String glob) {
    StringBuilder re = new StringBuilder();
    String[] parts = glob.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append(".*");
      }
      if (!parts[i].isEmpty()) {
        re.append(Pattern.quote(parts[i]));
      }
    }
    return re.toString();
  }

  private static String stripWww(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
