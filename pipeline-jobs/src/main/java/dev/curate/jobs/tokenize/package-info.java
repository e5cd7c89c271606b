// SPDX-License-Identifier: Apache-2.0
/**
 * The tokenize stage: seeded global shuffle, tokenization, packing across partitions, and shard
 * files written from within tasks so that their bytes are deterministic (docs/TOKENIZE.md).
 */
package dev.curate.jobs.tokenize;
