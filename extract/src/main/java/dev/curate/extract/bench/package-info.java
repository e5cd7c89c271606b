// SPDX-License-Identifier: Apache-2.0
/** Benchmarks of the HTML main-content extractor against labelled pages (WCXB). */
package dev.curate.extract.bench;
