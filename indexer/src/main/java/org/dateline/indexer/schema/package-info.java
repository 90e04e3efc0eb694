/**
 * The contract between indexer and searcher: field names, analyzer and facets configuration, all in
 * {@link org.dateline.indexer.schema.NewsSchema}.
 */
package org.dateline.indexer.schema;
