// SPDX-License-Identifier: Apache-2.0
/** The mixture stage: domain weights, token targets and the per-document sampling plan (see docs/MIXTURE.md). */
package dev.curate.jobs.mixture;
