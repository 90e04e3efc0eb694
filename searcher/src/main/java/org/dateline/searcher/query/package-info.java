/** Turning a user's query string into Lucene queries over articles and paragraphs. */
package org.dateline.searcher.query;
