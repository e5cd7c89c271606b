// SPDX-License-Identifier: Apache-2.0
/**
 * Duplicate keys for the dedup stage, without Spark: normalised-text and URL keys for exact dedup,
 * word shingles, MinHash signatures and LSH band keys for near-duplicates.
 */
package dev.curate.dedup;
