// SPDX-License-Identifier: Apache-2.0
/** WARC reading, HTTP payload decoding, charset detection and HTML main-content extraction. */
package dev.curate.extract;
