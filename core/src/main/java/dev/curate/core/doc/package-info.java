// SPDX-License-Identifier: Apache-2.0
/** A document as filters see it, and the filter contract: a function from a document to a verdict. */
package dev.curate.core.doc;
