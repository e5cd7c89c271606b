// SPDX-License-Identifier: Apache-2.0
/**
 * Speed benchmarks that run our code and peers from Maven Central on the same inputs, in one JVM and
 * one thread, with interleaved rounds so machine noise hits every contender alike.
 */
package dev.curate.bench;
