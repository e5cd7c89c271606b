// SPDX-License-Identifier: Apache-2.0
package dev.curate.core.config;

/**
 * A whole pipeline run, as written in {@code conf/*.yaml}.
 *
 * @param input where the crawl files are (a directory, searched recursively, or one file); any
 *     Hadoop file system URI works ({@code file:}, {@code hdfs:}, {@code s3a:})
 * @param workDir every stage writes {@code <work_dir>/<stage>/}
 * @param format output format of document stages
 */
public record PipelineConfig(
    SparkSettings spark,
    String input,
    String workDir,
    OutputFormat format,
    SampleSettings sample,
    ExtractSettings extract)
    implements java.io.Serializable {
  public PipelineConfig {
    Check.required("spark", spark);
    Check.nonBlank("work_dir", workDir);
    Check.required("format", format);
    Check.required("sample", sample);
    Check.required("extract", extract);
  }
}
