// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.config.SparkSettings;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the one SparkSession of a curate run. */
public final class Sessions {
  private Sessions() {}

  /**
   * @param masterOverride {@code --master} from the command line, or null
   */
  public static SparkSession create(SparkSettings settings, String masterOverride) {
    // SparkConf(true) picks up spark.* system properties, which is how spark-submit passes
    // its --master and --conf; those win over the config file, and --master wins over both.
    SparkConf conf = new SparkConf(true);
    if (masterOverride != null) {
      conf.setMaster(masterOverride);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(settings.master());
    }
    if (!conf.contains("spark.app.name")) {
      conf.setAppName(settings.appName());
    }
    for (Map.Entry<String, String> e : settings.conf().entrySet()) {
      if (!conf.contains(e.getKey())) {
        conf.set(e.getKey(), e.getValue());
      }
    }
    // Stages write their own _SUCCESS last, after _STATS.json; Spark's marker would come too early.
    conf.set("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    conf.setIfMissing("spark.sql.parquet.compression.codec", "zstd");
    // Records in RDDs under Kryo, if the user's configuration chooses it (Kryo 4 cannot otherwise).
    String registrators = conf.get("spark.kryo.registrator", "");
    if (!registrators.contains(KryoRecords.class.getName())) {
      conf.set("spark.kryo.registrator",
          registrators.isBlank() ? KryoRecords.class.getName() : registrators + "," + KryoRecords.class.getName());
    }
    // Local files: permissions through java.nio, not a chmod process per file and directory.
    conf.setIfMissing("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    // A run plans many queries in one session (every stage, and bench-dedup's alternating
    // rounds): with Spark's default of 100 cached generated classes they evict each other, and
    // every eviction costs a Janino compile and a JIT compile again (dedup: 10-13 s of process CPU
    // a round instead of 12-15 s, measured). Each entry is a few KB of metaspace.
    conf.setIfMissing("spark.sql.codegen.cache.maxEntries", "1000");
    // Spark's SerializationDebugger uses sun.security.action.GetBooleanAction, gone in Java 25:
    // with it on, a serialization problem surfaces as an opaque ExceptionInInitializerError.
    conf.setIfMissing("spark.serializer.extraDebugInfo", "false");
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
