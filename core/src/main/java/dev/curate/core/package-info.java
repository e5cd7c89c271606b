// SPDX-License-Identifier: Apache-2.0
/** Shared types for every stage: config loading, stage statistics, JSON/YAML mappers. No Spark. */
package dev.curate.core;
