// SPDX-License-Identifier: Apache-2.0
/** URL-based filtering: domain and URL block lists and banned substrings, from list files. */
package dev.curate.filters.url;
