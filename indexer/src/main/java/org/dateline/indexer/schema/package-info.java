/**
 * The contract between indexer and searcher: field names, analyzer and facets configuration, all in
 * {@link org.dateline.indexer.schema.NewsSchema}, and the codec the index is written with, {@link
 * org.dateline.indexer.schema.NewsCodec}.
 */
package org.dateline.indexer.schema;
