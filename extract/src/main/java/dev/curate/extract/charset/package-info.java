// SPDX-License-Identifier: Apache-2.0
/**
 * Turns payload bytes into text: the charset comes from a byte order mark, the HTTP header, an
 * HTML {@code <meta>} declaration or statistical detection, with browser-compatible label mapping.
 */
package dev.curate.extract.charset;
