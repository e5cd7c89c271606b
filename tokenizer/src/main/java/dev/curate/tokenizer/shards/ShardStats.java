// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import java.util.Map;

/**
 * Statistics of one shard, as written to {@code shard_stats.json} (see docs/TOKENIZE.md).
 *
 * @param rows rows in the shard (Megatron: sequences)
 * @param tokens real tokens (document ids and boundary tokens, no padding)
 * @param documents documents that begin in the shard
 * @param languages those documents by {@code lang} ({@code und} when unknown)
 * @param domains those documents by {@code domain}; null when the input has no such column
 * @param domainTokens those documents' tokens (boundary included) by {@code domain}: the realised
 *     mixture; null when the input has no such column
 * @param docTokens those documents' lengths in tokens
 */
public record ShardStats(
    int shard,
    String file,
    long rows,
    long tokens,
    long documents,
    Map<String, Long> languages,
    Map<String, Long> domains,
    Map<String, Long> domainTokens,
    DocTokenStats docTokens) {}
