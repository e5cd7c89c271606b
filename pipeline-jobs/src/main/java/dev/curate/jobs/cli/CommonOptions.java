// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.core.config.ConfigException;
import dev.curate.core.config.ConfigLoader;
import dev.curate.jobs.Pipeline;
import dev.curate.jobs.PipelineConfig;
import dev.curate.jobs.Sessions;
import dev.curate.jobs.Stage;
import dev.curate.jobs.StageRunner;
import dev.curate.jobs.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that run stages. */
final class CommonOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML config; keys not given take their defaults (conf/defaults.yaml).")
  Path config;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override one config key, e.g. --set extract.max_payload_bytes=4000000 (repeatable).")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: the config's, local[*]).")
  String master;

  @Option(names = "--force", description = "Redo stages even if their output is complete (_SUCCESS).")
  boolean force;

  /** Runs one stage into {@code outputDir} with these options, prints the summary, returns the exit code. */
  int runStage(PipelineConfig config, Stage stage, String outputDir) {
    StageRunner runner = new StageRunner(Sessions.create(config.spark(), master), force, System.out);
    StageRunner.Outcome outcome = runner.run(stage, outputDir);
    return Summary.printAndExitCode(List.of(new Pipeline.StageRun(outputDir, outcome)), System.out);
  }

  PipelineConfig load(List<String> extraOverrides) {
    List<String> all = new ArrayList<>(extraOverrides);
    all.addAll(overrides);
    try (InputStream defaults = resource("conf/defaults.yaml")) {
      return ConfigLoader.load(defaults, config, all, PipelineConfig.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a config bundled in the jar (e.g. conf/demo.yaml), unless a file of that name exists here. */
  PipelineConfig loadBundled(String name, List<String> extraOverrides) {
    if (config != null) {
      return load(extraOverrides);
    }
    Path local = Path.of(name);
    if (java.nio.file.Files.isRegularFile(local)) {
      config = local;
      return load(extraOverrides);
    }
    List<String> all = new ArrayList<>(extraOverrides);
    all.addAll(overrides);
    try (InputStream defaults = resource("conf/defaults.yaml");
        InputStream bundled = resource(name)) {
      String yaml = new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
      return ConfigLoader.load(defaults, name + " (bundled)", yaml, all, PipelineConfig.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream resource(String name) {
    InputStream in = CommonOptions.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new ConfigException("bundled resource " + name + " is missing from the jar (rebuild: mvn package)");
    }
    return in;
  }
}
