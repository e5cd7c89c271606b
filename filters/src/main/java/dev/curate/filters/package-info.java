// SPDX-License-Identifier: Apache-2.0
/** Document filters: language identification, heuristic quality rules, quality classifier, URL filters. */
package dev.curate.filters;
