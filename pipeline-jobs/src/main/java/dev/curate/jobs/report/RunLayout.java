// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.report;

import dev.curate.core.StageStats;
import dev.curate.jobs.StageRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The stage outputs of a run directory (a config's {@code work_dir}): every sub-directory with a
 * {@code _STATS.json}, in pipeline order, and notes on the usual stages that are missing. Works
 * on any Hadoop file system (local, HDFS, S3).
 */
public final class RunLayout {
  /** Pipeline order; stages not named here come after, by name. */
  static final List<String> ORDER = List.of("extract", "filter", "dedup", "domains", "mixture", "tokenize");
  /** The stages {@code curate run} makes: a run without one of them gets a note. */
  static final List<String> EXPECTED = List.of("extract", "filter", "dedup", "tokenize");

  /** One stage output of the run. */
  public record StageDir(String name, String path, StageStats stats, boolean finished) {
    /** The stage that wrote this output, by its _STATS.json (the directory name if it has none). */
    public String stage() {
      return stats.stage() == null ? name : stats.stage();
    }

    /** True for {@code <work_dir>/<stage>/}, the output the pipeline passes on. */
    public boolean pipelineOutput() {
      return name.equals(stage());
    }
  }

  public record Layout(String runDir, List<StageDir> stages, List<String> notes) {
    public Layout {
      stages = List.copyOf(stages);
      notes = List.copyOf(notes);
    }

    /** The stage of this name, or null. */
    public StageDir stage(String name) {
      return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
  }

  private RunLayout() {}

  /**
   * @throws IllegalArgumentException when {@code runDir} is not a run directory, saying what it is
   */
  public static Layout of(Configuration conf, String runDir) {
    Path root = new Path(runDir);
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.isDirectory(root)) {
        throw new IllegalArgumentException("report: " + runDir + " is not a directory (give a run's work_dir, e.g. work/demo/out)");
      }
      if (fs.exists(new Path(root, StageRunner.STATS))) {
        throw new IllegalArgumentException(
            "report: " + runDir + " is one stage's output (it has " + StageRunner.STATS
                + "); give the run directory that holds the stages: " + root.getParent());
      }
      List<StageDir> stages = new ArrayList<>();
      for (FileStatus f : fs.listStatus(root)) {
        Path stats = new Path(f.getPath(), StageRunner.STATS);
        if (f.isDirectory() && fs.exists(stats)) {
          stages.add(new StageDir(
              f.getPath().getName(), f.getPath().toString(), readStats(fs, f.getPath(), stats),
              fs.exists(new Path(f.getPath(), StageRunner.SUCCESS))));
        }
      }
      if (stages.isEmpty()) {
        throw new IllegalArgumentException(
            "report: " + runDir + " is not a run directory: no <stage>/" + StageRunner.STATS
                + " in it (a run directory is a config's work_dir, e.g. work/demo/out)");
      }
      // By the stage that wrote it, so that an extra output (dedup --output run/dedup-pairs) sits by its stage.
      stages.sort(
          Comparator.comparingInt((StageDir s) -> rank(s.stage()))
              .thenComparing(s -> !s.pipelineOutput())
              .thenComparing(StageDir::name));
      List<String> notes = new ArrayList<>();
      for (String name : EXPECTED) {
        if (stages.stream().noneMatch(s -> s.name().equals(name))) {
          notes.add(name + ": not in this run (no " + name + "/" + StageRunner.STATS + "); skipped");
        }
      }
      for (StageDir s : stages) {
        if (!s.finished()) {
          notes.add(s.name() + ": unfinished (no " + StageRunner.SUCCESS + "); its numbers may be partial");
        }
      }
      return new Layout(runDir, stages, notes);
    } catch (IOException e) {
      throw new UncheckedIOException("report: cannot list " + runDir, e);
    }
  }

  private static StageStats readStats(FileSystem fs, Path dir, Path stats) {
    try {
      return StageRunner.readStats(fs, dir);
    } catch (IOException e) {
      throw new IllegalArgumentException("report: cannot read " + stats + ": " + e.getMessage(), e);
    }
  }

  private static int rank(String stage) {
    int i = ORDER.indexOf(stage);
    return i < 0 ? ORDER.size() : i;
  }
}
