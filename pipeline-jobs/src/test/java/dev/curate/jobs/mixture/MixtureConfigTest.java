// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.mixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curate.core.config.ConfigException;
import dev.curate.core.config.ConfigLoader;
import dev.curate.core.config.MixtureSettings;
import dev.curate.jobs.PipelineConfig;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mixture: section binds to MixtureSettings with the bundled defaults; bad keys are named. */
class MixtureConfigTest {
  static PipelineConfig load(String yaml) throws Exception {
    try (InputStream defaults = MixtureConfigTest.class.getClassLoader().getResourceAsStream("conf/defaults.yaml")) {
      return ConfigLoader.load(defaults, "my.yaml", yaml, List.of(), PipelineConfig.class);
    }
  }

  @Test
  void theDefaultsAreOneNaturalPassWithFourEpochsAtMost() throws Exception {
    MixtureSettings m = load("work_dir: w\n").mixture();
    assertEquals(MixtureSettings.Strategy.NATURAL, m.strategy());
    assertEquals(null, m.budgetTokens());
    assertEquals(4.0, m.maxEpochs());
    assertEquals(1, m.effectivePhases().size());
  }

  @Test
  void phasesSharesAndTheDedupTableBind() throws Exception {
    MixtureSettings m =
        load(
                """
                work_dir: w
                mixture:
                  strategy: temperature
                  temperature: 3
                  max_share: {"*": 0.5}
                  dedup_weights: [{min_cluster_size: 2, max_cluster_size: null, min_quality: 0.5, weight: 2}]
                  phases: [{name: main, fraction: 0.85, upsample: {}}, {name: anneal, fraction: 0.15, upsample: {science: 3}}]
                """)
            .mixture();
    assertEquals(3.0, m.temperature());
    assertEquals(0.5, m.maxShare().get(MixtureSettings.EVERY_DOMAIN));
    assertEquals(2.0, m.dedupWeight(7, 0.9));
    assertEquals(3.0, m.phases().get(1).upsample().get("science"));
  }

  @Test
  void anUnknownKeyIsAnErrorNamingIt() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("work_dir: w\nmixture:\n  stratgy: unimax\n"));
    assertTrue(e.getMessage().startsWith("my.yaml: mixture.stratgy: unknown key"), e.getMessage());
  }

  @Test
  void anUnknownStrategyIsAnErrorNamingTheKey() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("work_dir: w\nmixture:\n  strategy: uniform\n"));
    assertTrue(e.getMessage().startsWith("my.yaml: mixture.strategy: expected"), e.getMessage());
  }
}
