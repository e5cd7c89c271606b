// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.url;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.core.doc.FilterResult;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Drops documents whose URL is on a block list: its host or a parent domain of it, the URL
 * itself, or a banned substring of the URL.
 *
 * <p>After datatrove's {@code URLFilter} ({@code pipeline/filters/url_filter.py}), used by
 * FineWeb with the UT1 blocklist (https://dsi.ut-capitole.fr/blacklists/). Checks, in order:
 *
 * <ol>
 *   <li>{@link #BLOCKED_DOMAIN}: the host, lower-cased, without a trailing dot, port, user info
 *       and leading {@code www.}, or any parent domain of it ({@code a.b.example.com} matches
 *       {@code example.com}), is in the domain list (normalised the same way);
 *   <li>{@link #BLOCKED_URL}: the URL without scheme, {@code www.} and fragment, with a
 *       lower-cased host and no trailing slash, equals a list entry normalised the same way (so
 *       UT1's scheme-less {@code example.com/path} entries match);
 *   <li>{@link #BANNED_SUBSTRING}: the URL with everything but ASCII letters and digits removed
 *       and lower-cased contains an entry normalised the same way (datatrove's {@code
 *       banned_subwords} matching), found with one Aho-Corasick pass.
 * </ol>
 *
 * <p>Documents without a URL are kept. <b>NOTE</b>: datatrove's {@code banned_words} and {@code
 * soft_banned_words} (whole URL words) are not implemented.
 */
public final class UrlFilter implements DocumentFilter {
  public static final String NAME = "url";
  public static final String BLOCKED_DOMAIN = NAME + ".blocked_domain";
  public static final String BLOCKED_URL = NAME + ".blocked_url";
  public static final String BANNED_SUBSTRING = NAME + ".banned_substring";

  private final Set<String> domains;
  private final Set<String> urls;
  private final AhoCorasick substrings;

  /**
   * @param blockedDomains domains (with or without {@code www.}); parent-domain matching applies
   * @param blockedUrls URLs, with or without scheme
   * @param bannedSubstrings substrings, matched after removing non-alphanumerics
   */
  public UrlFilter(
      Collection<String> blockedDomains,
      Collection<String> blockedUrls,
      Collection<String> bannedSubstrings) {
    domains = new HashSet<>();
    for (String d : nonNull("blockedDomains", blockedDomains)) {
      String h = normalizeHost(d);
      if (h.isEmpty()) throw new IllegalArgumentException(NAME + ": empty blocked domain '" + d + "'");
      domains.add(h);
    }
    urls = new HashSet<>();
    for (String u : nonNull("blockedUrls", blockedUrls)) urls.add(normalizeUrl(u));
    Set<String> subs = new HashSet<>();
    for (String s : nonNull("bannedSubstrings", bannedSubstrings)) {
      String n = alnum(s);
      if (n.isEmpty()) {
        throw new IllegalArgumentException(
            NAME + ": banned substring '" + s + "' has no letters or digits and would match every URL");
      }
      subs.add(n);
    }
    substrings = new AhoCorasick(subs);
  }

  private static Collection<String> nonNull(String param, Collection<String> c) {
    if (c == null || c.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException(NAME + ": " + param + " must be a list without nulls, got " + c);
    }
    return c;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public FilterResult apply(Document doc) {
    String url = doc.url();
    if (url == null || url.isEmpty()) return FilterResult.KEEP;
    if (!domains.isEmpty()) {
      String host = normalizeHost(hostOf(url));
      for (String d = host; !d.isEmpty(); d = parent(d)) {
        if (domains.contains(d)) return FilterResult.drop(BLOCKED_DOMAIN);
      }
    }
    if (!urls.isEmpty() && urls.contains(normalizeUrl(url))) return FilterResult.drop(BLOCKED_URL);
    if (substrings.matches(alnum(url))) return FilterResult.drop(BANNED_SUBSTRING);
    return FilterResult.KEEP;
  }

  private static String parent(String domain) {
    int dot = domain.indexOf('.');
    return dot < 0 ? "" : domain.substring(dot + 1);
  }

  private static int authorityStart(String url) {
    int scheme = url.indexOf("://");
    return scheme >= 0 && scheme < 16 ? scheme + 3 : (url.startsWith("//") ? 2 : 0);
  }

  private static int authorityEnd(String url, int from) {
    int i = from;
    while (i < url.length()) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') break;
      i++;
    }
    return i;
  }

  /** The host part of a URL or of a bare host (with port and user info, not normalised). */
  static String hostOf(String url) {
    int s = authorityStart(url);
    return url.substring(s, authorityEnd(url, s));
  }

  /** Lower-case, no user info, port, trailing dot or leading {@code www.}. */
  static String normalizeHost(String host) {
    String h = host.strip();
    int at = h.lastIndexOf('@');
    if (at >= 0) h = h.substring(at + 1);
    if (!h.startsWith("[")) {
      int colon = h.indexOf(':');
      if (colon >= 0) h = h.substring(0, colon);
    }
    h = h.toLowerCase(Locale.ROOT);
    while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    if (h.startsWith("www.")) h = h.substring(4);
    return h;
  }

  /** {@code host/path?query}: no scheme, fragment or trailing slash; host normalised. */
  static String normalizeUrl(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) u = u.substring(0, hash);
    int s = authorityStart(u);
    int e = authorityEnd(u, s);
    String rest = u.substring(e);
    while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
    return normalizeHost(u.substring(s, e)) + rest;
  }

  /** datatrove's {@code normalize}: drop all but ASCII letters and digits, lower-case. */
  static String alnum(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') b.append((char) (c + 32));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
    }
    return b.toString();
  }
}
