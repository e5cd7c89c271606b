// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a stage writes its documents. */
public enum OutputFormat {
  @JsonProperty("parquet")
  PARQUET,
  @JsonProperty("jsonl")
  JSONL;

  /** Spark data source name. */
  public String sparkSource() {
    return this == PARQUET ? "parquet" : "json";
  }

  /** File name suffix of part files. */
  public String extension() {
    return this == PARQUET ? ".parquet" : ".json";
  }

  @Override
  public String toString() {
    return this == PARQUET ? "parquet" : "jsonl";
  }
}
