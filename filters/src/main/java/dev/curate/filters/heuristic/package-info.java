// SPDX-License-Identifier: Apache-2.0
/**
 * Heuristic quality rules with their published defaults: Gopher quality and repetition, C4 and
 * FineWeb quality, as implemented in datatrove for FineWeb/FineWeb2; one final class per rule
 * family, one reason constant per check, and the {@link dev.curate.filters.heuristic.FilterSpec}
 * records that build them from YAML.
 */
package dev.curate.filters.heuristic;
