// SPDX-License-Identifier: Apache-2.0
/** Data-driven mixture search from past runs (RegMix-style regression; see docs/MIXTURE.md). */
package dev.curate.mixture.search;
