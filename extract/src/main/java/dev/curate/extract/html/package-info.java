// SPDX-License-Identifier: Apache-2.0
/**
 * HTML main-content extraction: keeps the article, post, documentation or product text of a page
 * and drops navigation, banners, comments and other boilerplate.
 */
package dev.curate.extract.html;
