// SPDX-License-Identifier: Apache-2.0
/**
 * What a token shard set is made of besides the token rows: the manifest a trainer reads, the
 * per-shard statistics people read, and the Megatron-LM indexed-dataset export.
 */
package dev.curate.tokenizer.shards;
