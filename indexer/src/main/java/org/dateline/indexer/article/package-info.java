/**
 * Reading news articles from their source formats into {@link org.dateline.indexer.article.Article}
 * records. Nothing here knows about Lucene.
 *
 * <p>Formats ({@link org.dateline.indexer.article.ArticleFormats}): {@code seed} (the project's
 * own, one article per file, the fallback), {@code jsonl} (one JSON object per line), {@code
 * reuters} (Reuters-21578 SGML), {@code time} (the TIME collection's {@code TIME.ALL}) and {@code
 * bbc} (the BBC News folder layout). {@link org.dateline.indexer.article.ArticleSources} walks
 * files and folders and hands each file to its reader. Every reader streams or reads at most one
 * capped file at a time, so memory stays bounded whatever the input; a bad article or record
 * becomes a {@link org.dateline.indexer.article.Rejection} naming the file and line, and reading
 * goes on.
 */
package org.dateline.indexer.article;
