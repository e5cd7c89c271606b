// SPDX-License-Identifier: Apache-2.0
/**
 * Which data a model sees, and how much of each kind: domain labels for documents
 * ({@code dev.curate.mixture.domains}) and mixture weights, sampling plans and mixture search
 * (this package and its sub-packages). Plain Java; the Spark jobs live in {@code pipeline-jobs}.
 */
package dev.curate.mixture;
