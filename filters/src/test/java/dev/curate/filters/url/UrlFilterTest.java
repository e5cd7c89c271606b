// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.doc.Document;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.filters.heuristic.DocumentFilterTestCase;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlFilterTest extends DocumentFilterTestCase {
  private final UrlFilter filter =
      new UrlFilter(
          List.of("bad.example", "WWW.Evil.ORG", "ads.tracker.net"),
          List.of("news.example.com/2024/spam-page", "https://www.shop.example/offer/"),
          List.of("casino", "xxx-video"));

  @Override
  protected DocumentFilter newFilter() {
    return new UrlFilter(List.of("bad.example"), List.of("good.example/bad"), List.of("casino"));
  }

  @Override
  protected Document doc(String text) {
    return new Document("t", "https://www.good.example/path?q=1", text, null);
  }

  private static Document at(String url) {
    return new Document("t", url, "text", null);
  }

  @Test
  void dropsBlockedDomainsAndTheirSubdomains() {
    for (String url :
        List.of(
            "http://bad.example/",
            "https://BAD.example:8443/x",
            "https://www.bad.example",
            "https://a.b.bad.example/page",
            "http://user@bad.example./",
            "http://evil.org/index.html",
            "https://cdn.ads.tracker.net/x.js")) {
      assertDropped(filter, at(url), UrlFilter.BLOCKED_DOMAIN);
    }
  }

  @Test
  void keepsLookalikeAndParentDomains() {
    for (String url :
        List.of("https://notbad.example/", "https://bad.example.com/", "https://tracker.net/",
            "https://example/")) {
      assertKept(filter, at(url));
    }
  }

  @Test
  void dropsBlockedUrlsWithOrWithoutSchemeAndWww() {
    assertDropped(filter, at("https://news.example.com/2024/spam-page"), UrlFilter.BLOCKED_URL);
    assertDropped(filter, at("http://www.News.Example.com/2024/spam-page/#top"), UrlFilter.BLOCKED_URL);
    assertDropped(filter, at("http://shop.example/offer"), UrlFilter.BLOCKED_URL);
    assertKept(filter, at("https://news.example.com/2024/spam-page-2"));
    assertKept(filter, at("https://news.example.com/2024/Spam-Page"));
  }

  @Test
  void dropsUrlsContainingABannedSubstringAfterNormalisation() {
    assertDropped(filter, at("https://games.example/Best-CASINO-online"), UrlFilter.BANNED_SUBSTRING);
    assertDropped(filter, at("https://x.example/xxx_video/1"), UrlFilter.BANNED_SUBSTRING);
    assertDropped(filter, at("https://ca-si-no.example/"), UrlFilter.BANNED_SUBSTRING);
    assertKept(filter, at("https://casual.example/no"));
  }

  @Test
  void domainCheckComesFirst() {
    assertDropped(filter, at("https://bad.example/casino"), UrlFilter.BLOCKED_DOMAIN);
  }

  @Test
  void keepsDocumentsWithoutUrl() {
    assertKept(filter, Document.of("no url at all"));
  }

  @Test
  void ahoCorasickFindsOverlappingPatterns() {
    AhoCorasick ac = new AhoCorasick(Arrays.asList("he", "she", "his", "hers"));
    assertTrue(ac.matches("ushers"));
    assertTrue(ac.matches("xxhisxx"));
    assertEquals(false, ac.matches("hxexsxhxixs"));
    assertEquals(false, new AhoCorasick(List.of()).matches("anything"));
  }

  @Test
  void blockListsSkipCommentsAndBlankLines() {
    assertEquals(List.of("a.example", "b.example"),
        BlockList.parse(List.of("# comment", "", "  a.example  ", "#b", "b.example")));
  }

  @Test
  void rejectsIllegalArguments() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new UrlFilter(List.of("ok.example", " "), List.of(), List.of()));
    assertTrue(e.getMessage().contains("empty blocked domain"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new UrlFilter(List.of(), List.of(), List.of("--")));
    assertTrue(e.getMessage().contains("'--'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new UrlFilter(null, List.of(), List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new UrlFilter(List.of(), Arrays.asList("a", null), List.of()));
  }
}
