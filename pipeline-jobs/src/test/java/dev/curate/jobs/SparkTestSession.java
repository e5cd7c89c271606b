// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.config.SparkSettings;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** One local Spark session per test JVM, stopped at JVM exit. */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          Sessions.create(
              new SparkSettings(
                  "local[2]",
                  "curate-tests",
                  Map.of(
                      "spark.ui.enabled", "false",
                      "spark.sql.shuffle.partitions", "2",
                      "spark.sql.session.timeZone", "UTC")),
              null);
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
