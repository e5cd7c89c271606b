// SPDX-License-Identifier: Apache-2.0
/**
 * Sampling plans: how many times each document is emitted per phase so that every domain meets
 * its token target, deterministic by seed (see docs/MIXTURE.md).
 */
package dev.curate.mixture.sample;
