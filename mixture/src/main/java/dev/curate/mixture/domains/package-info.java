// SPDX-License-Identifier: Apache-2.0
/**
 * Domain labels for documents: URL rules, document embeddings for clustering, cluster names by
 * distinctive terms, and cluster-quality measures (purity, NMI). Plain Java; the Spark stage is
 * {@code dev.curate.jobs.domains.DomainsStage}.
 */
package dev.curate.mixture.domains;
