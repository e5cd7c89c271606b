// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * Spark session settings.
 *
 * @param master Spark master URL; {@code local[*]} runs in this JVM. Under spark-submit the
 *     master given to spark-submit wins unless {@code --master} is passed to curate.
 * @param appName application name shown in the Spark UI
 * @param conf extra Spark properties, e.g. {@code spark.sql.shuffle.partitions: "64"}
 */
public record SparkSettings(String master, String appName, Map<String, String> conf) implements java.io.Serializable {
  public SparkSettings {
    Check.nonBlank("spark.master", master);
    Check.nonBlank("spark.app_name", appName);
    conf = conf == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(conf));
  }
}
