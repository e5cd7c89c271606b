// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  /** A config shaped like the pipeline's (which lives in pipeline-jobs, with the filter settings). */
  record TestConfig(
      SparkSettings spark,
      String input,
      String workDir,
      OutputFormat format,
      SampleSettings sample,
      ExtractSettings extract) {
    TestConfig {
      Check.required("spark", spark);
      Check.nonBlank("work_dir", workDir);
    }
  }

  @TempDir Path dir;

  private static InputStream defaults() {
    return ConfigLoaderTest.class.getResourceAsStream("/test-defaults.yaml");
  }

  private TestConfig load(String yaml, String... overrides) throws IOException {
    Path file = dir.resolve("my.yaml");
    Files.writeString(file, yaml);
    return ConfigLoader.load(defaults(), file, List.of(overrides), TestConfig.class);
  }

  private ConfigException failure(String yaml, String... overrides) {
    return assertThrows(ConfigException.class, () -> load(yaml, overrides));
  }

  @Test
  void keysNotGivenTakeTheirDefaults() throws IOException {
    TestConfig c = load("input: crawl/\n");
    assertEquals("crawl/", c.input());
    assertEquals("local[*]", c.spark().master());
    assertEquals(16777216L, c.extract().maxPayloadBytes());
    assertEquals(OutputFormat.PARQUET, c.format());
    assertEquals("UTC", c.spark().conf().get("spark.sql.session.timeZone"));
  }

  @Test
  void nestedKeysMergeOverDefaultsKeyByKey() throws IOException {
    TestConfig c = load("extract:\n  min_text_chars: 200\nformat: jsonl\n");
    assertEquals(200, c.extract().minTextChars());
    assertEquals(10000L, c.extract().maxMillisPerRecord());
    assertEquals(OutputFormat.JSONL, c.format());
  }

  @Test
  void unknownKeyIsNamedWithFileAndPath() {
    ConfigException e = failure("extract:\n  max_payload_byte: 5\n");
    assertTrue(e.getMessage().startsWith(dir.resolve("my.yaml") + ": extract.max_payload_byte: unknown key"), e.getMessage());
    assertTrue(e.getMessage().contains("max_payload_bytes"), "lists the known keys: " + e.getMessage());
  }

  @Test
  void unknownTopLevelKeyIsAnError() {
    ConfigException e = failure("inptu: x\n");
    assertTrue(e.getMessage().contains(": inptu: unknown key"), e.getMessage());
  }

  @Test
  void wrongTypeIsNamedWithTheExpectedType() {
    ConfigException e = failure("extract:\n  max_payload_bytes: lots\n");
    assertTrue(e.getMessage().contains("extract.max_payload_bytes: expected an integer, got 'lots'"), e.getMessage());
  }

  @Test
  void badEnumValueListsTheChoices() {
    ConfigException e = failure("format: csv\n");
    assertTrue(e.getMessage().contains("format: expected one of [parquet, jsonl]"), e.getMessage());
  }

  @Test
  void outOfRangeValueIsNamedWithTheValue() {
    ConfigException e = failure("extract:\n  max_millis_per_record: -5\n");
    assertTrue(e.getMessage().startsWith(dir.resolve("my.yaml") + ": extract.max_millis_per_record: must be > 0, got -5"), e.getMessage());
  }

  @Test
  void sampleRangeIsCheckedToo() {
    ConfigException e = failure("sample:\n  docs: 0\n");
    assertTrue(e.getMessage().contains("sample.docs: must be > 0, got 0"), e.getMessage());
  }

  @Test
  void overridesWinOverTheFileAndAreChecked() throws IOException {
    TestConfig c = load("extract:\n  min_text_chars: 200\n", "extract.min_text_chars=7", "spark.master=local[2]");
    assertEquals(7, c.extract().minTextChars());
    assertEquals("local[2]", c.spark().master());
    ConfigException e = failure("", "extract.nope=1");
    assertTrue(e.getMessage().contains("extract.nope: unknown key"), e.getMessage());
  }

  @Test
  void missingFileAndBadYamlAreNamed() {
    ConfigException missing =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(defaults(), dir.resolve("nope.yaml"), List.of(), TestConfig.class));
    assertTrue(missing.getMessage().contains("nope.yaml: no such config file"), missing.getMessage());
    ConfigException bad = failure("extract: [unclosed\n");
    assertTrue(bad.getMessage().contains("my.yaml: not valid YAML"), bad.getMessage());
  }

  @Test
  void topLevelMustBeAMapping() {
    ConfigException e = failure("- a\n- b\n");
    assertTrue(e.getMessage().contains("the top level must be a mapping"), e.getMessage());
  }
}
