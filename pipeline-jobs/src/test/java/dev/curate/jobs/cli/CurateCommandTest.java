// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurateCommandTest {
  @TempDir Path dir;

  /** Output and exit code of one command. */
  record Result(int code, String out, String err) {}

  static Result curate(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Curate.execute(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "run", "extract", "sample", "inspect", "bench-extract"})
  void everyCommandExplainsItselfWithHelp(String command) {
    Result r = curate(command, "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Usage: curate " + command), r.out());
  }

  @Test
  void topLevelHelpListsTheCommands() {
    Result r = curate("--help");
    assertEquals(0, r.code());
    for (String c : new String[] {"demo", "run", "extract", "sample", "inspect"}) {
      assertTrue(r.out().contains(c), r.out());
    }
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, curate("frobnicate").code());
  }

  @Test
  void configErrorNamesFileAndKeyAndStopsBeforeAnyWork() throws Exception {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(config, "input: crawl\nwork_dir: " + dir.resolve("out") + "\nextract:\n  max_millis_per_record: 0\n");
    Result r = curate("run", "--config", config.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(config + ": extract.max_millis_per_record: must be > 0, got 0"), r.err());
    assertTrue(Files.notExists(dir.resolve("out")), "no stage ran");
  }

  @Test
  void unknownConfigKeyIsReportedWithItsFile() throws Exception {
    Path config = dir.resolve("typo.yaml");
    Files.writeString(config, "input: crawl\nextrct:\n  min_text_chars: 5\n");
    Result r = curate("extract", "--config", config.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(config + ": extrct: unknown key"), r.err());
  }

  @Test
  void runWithoutConfigSaysWhatIsMissing() {
    Result r = curate("run");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--config"), r.err());
  }
}
