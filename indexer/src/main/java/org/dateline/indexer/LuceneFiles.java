package org.dateline.indexer;

import org.apache.lucene.index.IndexFileNames;

/** Which files of a folder Lucene's index names as its own, by their names. */
final class LuceneFiles {

  private LuceneFiles() {}

  /** A commit point ({@code segments_N}) or one being written ({@code pending_segments_N}). */
  static boolean isCommit(String name) {
    return name.startsWith(IndexFileNames.SEGMENTS)
        || name.startsWith(IndexFileNames.PENDING_SEGMENTS);
  }

  /** A commit point or a segment's file ({@code _0.cfs}, {@code _3_Lucene90_0.dvd}, ...). */
  static boolean isIndexFile(String name) {
    return isCommit(name) || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches();
  }
}
