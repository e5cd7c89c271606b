// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainsSettingsTest {
  record Config(DomainsSettings domains) {}

  private static final String DEFAULTS =
      "domains:\n  mode: cluster\n  k: 16\n  seed: 1\n  embedding: tf\n  dim: 128\n  max_iterations: 30\n"
          + "  name_terms: 3\n  rules: []\n  model: null\n";

  private static Config load(String yaml) {
    return ConfigLoader.load(
        new ByteArrayInputStream(DEFAULTS.getBytes(StandardCharsets.UTF_8)), "my.yaml", yaml, List.of(), Config.class);
  }

  @Test
  void rulesBindInOrder() {
    DomainsSettings d =
        load("domains:\n  rules:\n    - {pattern: \"*.github.io\", domain: code}\n    - {pattern: arxiv.org, domain: science}\n").domains();
    assertEquals(List.of(new DomainsSettings.Rule("*.github.io", "code"), new DomainsSettings.Rule("arxiv.org", "science")), d.rules());
    assertEquals(DomainsSettings.Embedding.TF, d.embedding());
  }

  @Test
  void unknownKeyIsAnErrorNamingIt() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("domains:\n  clusters: 8\n"));
    assertTrue(e.getMessage().startsWith("my.yaml: domains.clusters: unknown key"), e.getMessage());
  }

  @Test
  void classifierModeNeedsAModel() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("domains:\n  mode: classifier\n"));
    assertTrue(e.getMessage().contains("domains.model: is required when domains.mode is classifier"), e.getMessage());
  }

  @Test
  void ruleWithoutDomainAndZeroKAreErrors() {
    assertTrue(
        assertThrows(ConfigException.class, () -> load("domains:\n  rules:\n    - {pattern: arxiv.org}\n"))
            .getMessage().contains("domains.rules.domain"));
    assertTrue(
        assertThrows(ConfigException.class, () -> load("domains:\n  k: 0\n")).getMessage().contains("domains.k: must be >= 2"));
  }
}
