// SPDX-License-Identifier: Apache-2.0
/** Benchmarks of the dedup kernels ({@code bin/bench-minhash}); not used by the pipeline. */
package dev.curate.dedup.bench;
