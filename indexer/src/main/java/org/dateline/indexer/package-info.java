/**
 * Writing articles into a Dateline index: {@link org.dateline.indexer.ArticleIndexer} for one
 * article at a time, {@link org.dateline.indexer.IndexingJob} for files and folders with several
 * threads.
 */
package org.dateline.indexer;
