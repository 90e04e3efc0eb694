/**
 * Reading news articles from their source formats into {@link org.dateline.indexer.article.Article}
 * records. Nothing here knows about Lucene.
 */
package org.dateline.indexer.article;
