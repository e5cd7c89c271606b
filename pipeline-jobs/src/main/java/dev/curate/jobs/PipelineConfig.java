// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs;

import dev.curate.core.config.Check;
import dev.curate.core.config.DomainsSettings;
import dev.curate.core.config.MixtureSettings;
import dev.curate.core.config.ExtractSettings;
import dev.curate.core.config.OutputFormat;
import dev.curate.core.config.SampleSettings;
import dev.curate.core.config.SparkSettings;
import dev.curate.core.config.TokenizeSettings;
import dev.curate.dedup.DedupSettings;
import dev.curate.filters.FilterSettings;

/**
 * A whole pipeline run, as written in {@code conf/*.yaml}.
 *
 * @param input where the crawl files are (a directory, searched recursively, or one file); any
 *     Hadoop file system URI works ({@code file:}, {@code hdfs:}, {@code s3a:})
 * @param workDir every stage writes {@code <work_dir>/<stage>/}
 * @param format output format of document stages
 * @param filter language ID and quality rules of the filter stage
 * @param dedup exact, URL and near-duplicate removal of the dedup stage
 * @param domains URL rules, clusters or topic classifier of the domains stage
 * @param mixture domain weights, token budget and sampling plan of the mixture stage
 * @param tokenize tokenizer, sequence length, shuffle seed and shards of the tokenize stage
 */
public record PipelineConfig(
    SparkSettings spark,
    String input,
    String workDir,
    OutputFormat format,
    SampleSettings sample,
    ExtractSettings extract,
    FilterSettings filter,
    DedupSettings dedup,
    DomainsSettings domains,
    MixtureSettings mixture,
    TokenizeSettings tokenize)
    implements java.io.Serializable {
  public PipelineConfig {
    Check.required("spark", spark);
    Check.nonBlank("work_dir", workDir);
    Check.required("format", format);
    Check.required("sample", sample);
    Check.required("extract", extract);
    Check.required("filter", filter);
    Check.required("dedup", dedup);
    Check.required("domains", domains);
    Check.required("mixture", mixture);
    Check.required("tokenize", tokenize);
  }
}
