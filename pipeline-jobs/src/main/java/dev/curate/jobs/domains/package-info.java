// SPDX-License-Identifier: Apache-2.0
/**
 * The domains stage: labels every document with a domain by URL rules, then k-means clusters of
 * document embeddings or a fastText topic classifier, and writes the per-domain table.
 */
package dev.curate.jobs.domains;
