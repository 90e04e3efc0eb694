package org.dateline.indexer;

import org.dateline.indexer.entity.EntityExtractor;

/**
 * How an {@link ArticleIndexer} writes.
 *
 * @param create start a new, empty index (discarding what the folder held) instead of adding to it;
 *     the old index stays whole, for readers and against a failure, until the indexer's first
 *     explicit {@link ArticleIndexer#commit}: {@link ArticleIndexer#close} without one discards
 *     what was indexed, as {@link ArticleIndexer#rollback} does, so a rebuild must call {@code
 *     commit()} when it is done
 * @param extractor finds the entities of each article, or {@code null} to index without entities
 * @param ramBufferMb memory for buffered documents before Lucene flushes a segment
 */
public record IndexerOptions(boolean create, EntityExtractor extractor, double ramBufferMb) {

  /** The RAM buffer {@code dateline index} uses. */
  public static final double DEFAULT_RAM_BUFFER_MB = 64;

  public IndexerOptions {
    if (!(ramBufferMb > 0)) {
      throw new IllegalArgumentException("ramBufferMb (" + ramBufferMb + ") must be positive");
    }
  }

  /** Adds to an existing index with the given extractor and a 64 MB buffer. */
  public static IndexerOptions defaults(EntityExtractor extractor) {
    return new IndexerOptions(false, extractor, DEFAULT_RAM_BUFFER_MB);
  }

  /** The same options, creating a new index. */
  public IndexerOptions withCreate(boolean create) {
    return new IndexerOptions(create, extractor, ramBufferMb);
  }
}
