// SPDX-License-Identifier: Apache-2.0
/**
 * Mixture weights: strategies (natural, temperature, UniMax, explicit), share bounds, phases and
 * the epoch cap, giving every domain a token target (see docs/MIXTURE.md).
 */
package dev.curate.mixture.weights;
