// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlKeyTest {
  @Test
  void schemeHostCaseDefaultPortFragmentAndTrailingSlashAreIgnored() {
    String key = UrlKey.of("http://example.com/a/b");
    assertEquals(key, UrlKey.of("HTTPS://Example.COM:443/a/b/#section"));
    assertEquals(key, UrlKey.of("http://example.com:80/a/b"));
    assertEquals("http://example.com", UrlKey.of("https://example.com/"));
  }

  @Test
  void trackingParametersAreDroppedAndTheOthersSorted() {
    assertEquals(
        UrlKey.of("https://example.com/p?id=7&lang=en"),
        UrlKey.of("https://example.com/p?utm_source=x&lang=en&gclid=abc&id=7"));
    assertNotEquals(UrlKey.of("https://example.com/p?id=7"), UrlKey.of("https://example.com/p?id=8"));
  }

  @Test
  void pathCaseAndWwwAreKept() {
    assertNotEquals(UrlKey.of("https://example.com/Page"), UrlKey.of("https://example.com/page"));
    assertNotEquals(UrlKey.of("https://www.example.com/"), UrlKey.of("https://example.com/"));
  }

  @Test
  void missingOrRelativeUrlsHaveNoKey() {
    assertNull(UrlKey.of(null));
    assertNull(UrlKey.of("/relative/path"));
    assertNull(UrlKey.of("  "));
  }
}
