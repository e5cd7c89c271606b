// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The URL-duplicate key: the URL with what does not change the page removed. Lower-case scheme
 * and host, no default port, no fragment, no trailing slash (except the root), tracking
 * parameters ({@code utm_*}, {@code gclid}, {@code fbclid}, {@code mc_cid}, {@code mc_eid}) dropped
 * and the other query parameters sorted. {@code http} and {@code https} are the same page; a
 * leading {@code www.} is kept (it can be a different site).
 */
public final class UrlKey {
  private UrlKey() {}

  /** The key, or null for a null, blank or scheme-less URL (such documents are not URL-deduplicated). */
  public static String of(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    int colon = u.indexOf("://");
    if (colon <= 0) {
      return null;
    }
    String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      scheme = "http";
    }
    String rest = u.substring(colon + 3);
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    int slash = indexOfAny(rest, "/?");
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String pathAndQuery = slash < 0 ? "" : rest.substring(slash);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1);
    }
    authority = authority.toLowerCase(Locale.ROOT);
    if (authority.endsWith(":80") || authority.endsWith(":443")) {
      authority = authority.substring(0, authority.lastIndexOf(':'));
    }
    if (authority.endsWith(".")) {
      authority = authority.substring(0, authority.length() - 1);
    }
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.equals("/")) {
      path = "";
    }
    List<String> params = new ArrayList<>();
    for (String p : query.split("&")) {
      if (p.isEmpty()) {
        continue;
      }
      String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("utm_") || lower.equals("gclid") || lower.equals("fbclid")
          || lower.equals("mc_cid") || lower.equals("mc_eid")) {
        continue;
      }
      params.add(p);
    }
    params.sort(null);
    return scheme + "://" + authority + path + (params.isEmpty() ? "" : "?" + String.join("&", params));
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
