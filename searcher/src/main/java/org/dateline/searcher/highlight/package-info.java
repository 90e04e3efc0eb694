/** Choosing and highlighting the paragraphs shown for each article hit. */
package org.dateline.searcher.highlight;
