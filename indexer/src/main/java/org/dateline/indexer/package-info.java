/**
 * Writing articles into a Dateline index: {@link org.dateline.indexer.ArticleIndexer} for one
 * article at a time, {@link org.dateline.indexer.IndexingJob} for files and folders with several
 * threads; {@link org.dateline.indexer.CommitInfo} says what each commit holds, and {@link
 * org.dateline.indexer.IndexCheck} verifies an index (after a crash, say).
 */
package org.dateline.indexer;
