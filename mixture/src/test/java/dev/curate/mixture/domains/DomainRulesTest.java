// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.curate.core.config.DomainsSettings.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainRulesTest {
  private final DomainRules rules =
      new DomainRules(
          List.of(
              new Rule("docs.github.io", "documentation"),
              new Rule("*.github.io", "code"),
              new Rule("arxiv.org", "science"),
              new Rule("en.wikipedia.org/wiki/", "encyclopedia")));

  @Test
  void hostGlobMatchesAnySubdomain() {
    assertEquals("code", rules.label("https://someone.github.io/project/"));
    assertNull(rules.label("https://github.io.example.com/"), "the glob is anchored at the end");
  }

  @Test
  void plainHostMatchesItselfItsSubdomainsAndWww() {
    assertEquals("science", rules.label("https://arxiv.org/abs/2112.11446"));
    assertEquals("science", rules.label("http://export.arxiv.org/list"));
    assertEquals("science", rules.label("https://WWW.ArXiv.org/"));
    assertNull(rules.label("https://notarxiv.org/"), "a suffix is not a subdomain");
  }

  @Test
  void firstMatchingRuleWins() {
    assertEquals("documentation", rules.label("https://docs.github.io/x"));
  }

  @Test
  void pathPrefixMustMatchToo() {
    assertEquals("encyclopedia", rules.label("https://en.wikipedia.org/wiki/Europarl"));
    assertNull(rules.label("https://en.wikipedia.org/w/index.php"));
  }

  @Test
  void noUrlOrUnparsableUrlGetsNoLabel() {
    assertNull(rules.label(null));
    assertNull(rules.label("not a url at all"));
    assertNull(new DomainRules(List.of()).label("https://arxiv.org/"));
  }

  @Test
  void rejectsPatternWithoutHost() {
    assertThrows(IllegalArgumentException.class, () -> new DomainRules(List.of(new Rule("/wiki/", "x"))));
  }
}
