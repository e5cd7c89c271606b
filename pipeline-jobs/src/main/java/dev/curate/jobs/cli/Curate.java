// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.cli;

import dev.curate.core.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code curate} command line: {@code bin/curate <command>} locally, or {@code spark-submit
 * --class dev.curate.jobs.cli.Curate curate-jobs-*-cluster.jar <command>} on a cluster.
 */
@Command(
    name = "curate",
    mixinStandardHelpOptions = true,
    version = "curate 0.1.0",
    description = "Turns raw web crawls (WARC) into training-ready data, one Spark stage at a time.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      ExtractCommand.class,
      FilterCommand.class,
      DedupCommand.class,
      DedupEvalCommand.class,
      DomainsCommand.class,
      DomainEvalCommand.class,
      TrainDomainsCommand.class,
      MixtureCommand.class,
      TokenizeCommand.class,
      TrainQualityCommand.class,
      BenchFilterCommand.class,
      BenchDedupCommand.class,
      SampleCommand.class,
      InspectCommand.class,
      ReportCommand.class,
      BenchExtractCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Curate implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command and returns its exit code: 0 ok, 1 failure, 2 bad usage or config. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Curate());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
            commandLine.getErr().println("curate: " + e.getMessage());
            return 2;
          }
          commandLine.getErr().println("curate: failed: " + e);
          e.printStackTrace(commandLine.getErr());
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see --help)");
  }
}
