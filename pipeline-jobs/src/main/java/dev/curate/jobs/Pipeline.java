// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.config.ConfigException;
import dev.curate.jobs.dedup.DedupStage;
import dev.curate.jobs.domains.DomainsStage;
import dev.curate.jobs.extract.ExtractStage;
import dev.curate.jobs.filter.FilterStage;
import dev.curate.jobs.mixture.MixtureStage;
import dev.curate.jobs.tokenize.TokenizeStage;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Runs the chain of stages of a config (extract, filter, dedup, domains, mixture, tokenize), each into {@code <work_dir>/<stage>/}. */
public final class Pipeline {
  private Pipeline() {}

  /** A finished stage and where its output is. */
  public record StageRun(String outputDir, StageRunner.Outcome outcome) {}

  /** Work to do between two stages (the demo trains its quality model after extract). */
  @FunctionalInterface
  public interface BetweenStages {
    void afterExtract(SparkSession spark, String extractDir) throws java.io.IOException;
  }

  public static List<StageRun> run(PipelineConfig config, String master, boolean force, PrintStream log) {
    return run(config, master, force, log, (spark, dir) -> {});
  }

  public static List<StageRun> run(
      PipelineConfig config, String master, boolean force, PrintStream log, BetweenStages between) {
    if (config.input() == null) {
      throw new ConfigException("input: is required for a run (crawl files: a directory or a file)");
    }
    TokenizeStage.checkTokenizer(config.tokenize()); // a misspelt tokenizer fails now, not after dedup
    SparkSession spark = Sessions.create(config.spark(), master);
    StageRunner runner = new StageRunner(spark, force, log);
    List<StageRun> runs = new ArrayList<>();
    String extractOut = stageDir(config, ExtractStage.NAME);
    runs.add(
        new StageRun(
            extractOut,
            runner.run(new ExtractStage(config.input(), config.extract(), config.format(), log), extractOut)));
    try {
      between.afterExtract(spark, extractOut);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String filterOut = stageDir(config, FilterStage.NAME);
    runs.add(
        new StageRun(
            filterOut,
            runner.run(
                new FilterStage(extractOut, DocumentInput.Format.AUTO, config.filter(), config.format(), log),
                filterOut)));
    String dedupOut = stageDir(config, DedupStage.NAME);
    runs.add(
        new StageRun(
            dedupOut,
            runner.run(
                new DedupStage(
                    filterOut, DocumentInput.Format.AUTO, config.dedup(), config.format(), false,
                    // The batch is the crawl input: a nightly run over new files adds a new batch.
                    config.dedup().state(),
                    dev.curate.core.DocIds.fromUrlAndText(null, config.input()).substring(0, 16),
                    log),
                dedupOut)));
    String domainsOut = stageDir(config, DomainsStage.NAME);
    runs.add(
        new StageRun(
            domainsOut,
            runner.run(
                new DomainsStage(dedupOut, DocumentInput.Format.AUTO, config.domains(), config.format(), log),
                domainsOut)));
    String mixtureOut = stageDir(config, MixtureStage.NAME);
    runs.add(
        new StageRun(
            mixtureOut,
            runner.run(
                new MixtureStage(
                    domainsOut, DocumentInput.Format.AUTO, config.mixture(), config.tokenize().tokenizer(), config.format(),
                    log),
                mixtureOut)));
    String tokenizeOut = stageDir(config, TokenizeStage.NAME);
    runs.add(
        new StageRun(
            tokenizeOut,
            runner.run(
                new TokenizeStage(mixtureOut, DocumentInput.Format.AUTO, config.tokenize(), config.format(), log),
                tokenizeOut)));
    return runs;
  }

  public static String stageDir(PipelineConfig config, String stage) {
    String base = config.workDir();
    return base.endsWith("/") ? base + stage : base + "/" + stage;
  }
}
