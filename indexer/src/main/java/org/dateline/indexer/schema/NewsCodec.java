package org.dateline.indexer.schema;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.LZ4WithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The codec Dateline writes with: Lucene's default codec, except that stored fields are compressed
 * in chunks of {@value #STORED_CHUNK_BYTES} bytes instead of 80 KB.
 *
 * <p>Why: a page of results reads some thirty small documents (ten articles and their best
 * paragraphs) from as many places in the index, and Lucene decompresses, for each document, the
 * chunk's shared dictionary and the part of the chunk before the document: with Lucene's {@code
 * BEST_SPEED} format that is 4 KB of dictionary and up to 8 KB of sub-block per document, a fifth
 * of the time of a ranked search. With 32 KB chunks (the same LZ4 with a preset dictionary, ten
 * sub-blocks each) it is 1.6 KB and up to 3 KB, and ranked search takes a tenth less time; the
 * stored fields grow by 8 % (the index by 5 %), because the text is compressed in smaller pieces.
 * (16 KB chunks were 1.5 % faster still, for twice the growth.)
 *
 * <p>Segments record the codec's {@linkplain #NAME name}, and Lucene finds the codec by that name
 * when it reads them (the class is registered in {@code META-INF/services}); indexes written before
 * this codec keep their Lucene segments, which stay readable, and are rewritten as they merge.
 */
public final class NewsCodec extends FilterCodec {

  /** The name segments record; reading them needs a codec registered under it. */
  public static final String NAME = "Dateline912";

  /**
   * The name of the stored fields' format, which heads every stored-fields file: how {@link
   * NewsSchema#recordsDateline} knows segments of Dateline's when no commit can be read.
   */
  public static final String STORED_FIELDS_FORMAT = "DatelineStoredFields";

  /** Uncompressed bytes of stored fields compressed together. */
  public static final int STORED_CHUNK_BYTES = 32 * 1024;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          STORED_FIELDS_FORMAT,
          new LZ4WithPresetDictCompressionMode(),
          STORED_CHUNK_BYTES,
          1024,
          10);

  /** For Lucene's service loader; use {@link #get()}. */
  public NewsCodec() {
    super(NAME, new Lucene912Codec());
  }

  /**
   * The codec to write with, found by name as Lucene will find it to read, so that a build that
   * lost the service registration fails before writing segments it could not read back.
   */
  public static Codec get() {
    return Codec.forName(NAME);
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
