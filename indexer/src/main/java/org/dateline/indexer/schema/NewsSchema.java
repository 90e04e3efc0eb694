package org.dateline.indexer.schema;

import java.io.EOFException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;
import org.dateline.indexer.entity.EntityType;

/**
 * The index schema: the one place that names Dateline's fields and owns their analyzer and facets
 * configuration. The indexer writes with it and the searcher reads with it; nothing else spells a
 * field name.
 *
 * <h2>Articles and paragraphs: index-time blocks</h2>
 *
 * Every article is indexed as one <em>block</em> of documents (Lucene's block join): one
 * <em>paragraph</em> document per paragraph, followed by one <em>article</em> (parent) document.
 *
 * <ul>
 *   <li>A paragraph document holds the paragraph: its text (analyzed, stored, positions for
 *       phrases), its number and the entities found in it.
 *   <li>The article document holds what belongs to the article as a whole: id, date, title (all
 *       searchable), all its entities (searchable; people, organizations and places also as
 *       facets), the content hash and the source's metadata.
 * </ul>
 *
 * <p>Why blocks rather than grouping paragraphs by an article-id field at search time: hits,
 * totals, sorting, paging ({@code searchAfter}) and facet counts (drill-sideways included) are
 * computed on article documents, so they are per article by construction, with no grouping pass and
 * no double counting of an article with many matching paragraphs. The text is indexed once, on
 * paragraphs; the searcher lifts each text clause of a query to its article with a {@code
 * ToParentBlockJoinQuery}, so Boolean logic still applies to the whole article ({@code troops AND
 * Mosul} finds an article with the words in different paragraphs) while a phrase matches within a
 * paragraph. The same block lets the searcher pick and highlight an article's best paragraphs with
 * a query restricted to its children. An article is replaced atomically by {@code updateDocuments}
 * on its id term, which every document of the block carries.
 */
public final class NewsSchema {

  /**
   * The version of the index layout this class describes: the fields, how each is indexed, and what
   * each document of a block holds. Every commit records it ({@link #VERSION_KEY}); an index that
   * records another version, or none (written before versions were recorded), is refused by the
   * indexer and the searcher ({@link #checkVersion}) rather than written into or read wrongly, and
   * has to be rebuilt from its sources. Raise it with every change that an index written before
   * could not serve: a field's index options, a field moved between paragraphs and articles, a
   * facet's encoding, the text's analysis. Version 2 (2026-12-04) folds accents in text and titles
   * ({@link #textAnalyzer}).
   */
  public static final int VERSION = 2;

  /** The key of a commit's user data that records the {@linkplain #VERSION layout version}. */
  public static final String VERSION_KEY = "dateline.layout";

  /**
   * Runs {@code opening}, which opens the index in {@code dir} with Lucene, and reports an index
   * that Lucene cannot read at all as an {@link IncompatibleIndexException}: segments of a codec
   * this version does not have (a later Dateline's), a Lucene file format too new or too old, or a
   * damaged commit (a checksum that fails, a file cut short). Lucene reports those before any
   * layout version can be read, the codec as an {@code IllegalArgumentException}.
   */
  public static <T> T readable(Directory dir, IOSupplier<T> opening) throws IOException {
    try {
      return opening.get();
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      throw e; // no index at all (a FileNotFoundException too): not damage
    } catch (IndexFormatTooNewException | IndexFormatTooOldException e) {
      requireDatelineCommit(dir, e);
      throw new IncompatibleIndexException(describe(dir), e.getMessage(), e, VERSION);
    } catch (CorruptIndexException
        | EOFException
        | java.nio.file.NoSuchFileException
        | java.io.FileNotFoundException e) {
      // a checksum that fails, a file cut short, or a file the commit names gone
      requireDatelineCommit(dir, e);
      throw IncompatibleIndexException.damaged(describe(dir), e, VERSION);
    } catch (IllegalArgumentException e) {
      String codec = missingCodec(e);
      if (codec != null) {
        requireDatelineCommit(dir, e);
        throw new IncompatibleIndexException(
            describe(dir), "its segments use " + codec + ", which it does not have", e, VERSION);
      }
      throw e;
    }
  }

  /**
   * For an index Lucene cannot read: refuses it as another program's ({@link
   * IncompatibleIndexException#isNotDateline}) unless its last commit records something of
   * Dateline's, so that no advice (and no {@code --create}) replaces an index Dateline never wrote.
   */
  private static void requireDatelineCommit(Directory dir, Exception cause)
      throws IncompatibleIndexException {
    if (!recordsDateline(dir)) {
      throw IncompatibleIndexException.unreadableNotDateline(describe(dir), cause, VERSION);
    }
  }

  /**
   * Whether the index is Dateline's by what its files hold, read as bytes, for an index Lucene
   * cannot read: a commit file (the last, or an earlier one still in the folder) that records a
   * {@code dateline.} key (commit user data is stored as plain UTF-8 strings whatever the codec or
   * format version), or, when no commit file can tell (the last one cut short or emptied), segments
   * whose stored fields are in {@linkplain NewsCodec#STORED_FIELDS_FORMAT Dateline's format}.
   * {@code true} when there is no file to tell by, or the files cannot be read to tell.
   */
  public static boolean recordsDateline(Directory dir) {
    byte[] key = "dateline.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] format = codecHeader(NewsCodec.STORED_FIELDS_FORMAT);
    try {
      String[] files = dir.listAll();
      boolean anyCommit = false;
      for (String file : files) {
        if (file.startsWith(IndexFileNames.SEGMENTS + "_")) {
          anyCommit = true;
          if (holds(dir, file, key, 1 << 20)) {
            return true;
          }
        }
      }
      if (!anyCommit) {
        return true;
      }
      // stored-fields files open with their format's name; in a compound file they are somewhere
      // inside it, so those are read through, up to a bound
      long budget = COMPOUND_BYTES_READ;
      for (String file : files) {
        String ext = IndexFileNames.getExtension(file);
        if (("fdt".equals(ext) || "fdm".equals(ext)) && holds(dir, file, format, 1024)) {
          return true;
        }
      }
      for (String file : files) {
        if ("cfs".equals(IndexFileNames.getExtension(file)) && budget > 0) {
          if (holds(dir, file, format, budget)) {
            return true;
          }
          budget -= dir.fileLength(file);
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /**
   * The bytes that open a file of the named format ({@code CodecUtil.writeHeader}): the codec magic
   * number and the name as a string, so that the name met as a term or a stored value is not taken
   * for the format.
   */
  private static byte[] codecHeader(String name) {
    byte[] chars = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    if (chars.length > 127) {
      throw new IllegalArgumentException("a format name of one length byte: " + name);
    }
    byte[] header = new byte[5 + chars.length];
    int magic = org.apache.lucene.codecs.CodecUtil.CODEC_MAGIC;
    header[0] = (byte) (magic >>> 24);
    header[1] = (byte) (magic >>> 16);
    header[2] = (byte) (magic >>> 8);
    header[3] = (byte) magic;
    header[4] = (byte) chars.length;
    System.arraycopy(chars, 0, header, 5, chars.length);
    return header;
  }

  /** How much of an unreadable index's compound files {@link #recordsDateline} reads at most. */
  private static final long COMPOUND_BYTES_READ = 256L << 20;

  /** Whether the first {@code max} bytes of a file hold the bytes of {@code key}. */
  private static boolean holds(Directory dir, String file, byte[] key, long max)
      throws IOException {
    try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
      long end = Math.min(in.length(), max);
      byte[] bytes = new byte[(int) Math.min(end, 1 << 20) + key.length];
      int kept = 0; // bytes of the previous chunk kept, for a key across two chunks
      for (long at = 0; at < end; ) {
        int n = (int) Math.min(end - at, bytes.length - kept);
        in.readBytes(bytes, kept, n);
        at += n;
        int length = kept + n;
        for (int i = 0; i + key.length <= length; i++) {
          int k = 0;
          while (k < key.length && bytes[i + k] == key[k]) {
            k++;
          }
          if (k == key.length) {
            return true;
          }
        }
        kept = Math.min(key.length - 1, length);
        System.arraycopy(bytes, length - kept, bytes, 0, kept);
      }
      return false;
    }
  }

  private static final Pattern SPI_NAME =
      Pattern.compile("of type org\\.apache\\.lucene\\.codecs\\.(\\w+) with name '([^']*)'");

  /**
   * The codec (or format of one) that segments name and Lucene did not find, in words ("codec
   * 'Dateline999'"), or {@code null} for another error: read from its service loader's message, or
   * from the one it gives for a Lucene codec that moved to the backward codecs.
   */
  private static String missingCodec(IllegalArgumentException e) {
    String m = e.getMessage();
    if (m == null) {
      return null;
    }
    Matcher spi = SPI_NAME.matcher(m);
    if (m.startsWith("An SPI class of type") && spi.find()) {
      String kind = spi.group(1).equals("Codec") ? "codec" : spi.group(1);
      return kind + " '" + spi.group(2) + "'";
    }
    String moved = "Could not load codec ";
    if (m.startsWith(moved + "'")) {
      int close = m.indexOf('\'', moved.length() + 1);
      return close < 0 ? null : "codec " + m.substring(moved.length(), close + 1);
    }
    return null;
  }

  /**
   * How errors name an index: its folder, or the kind and instance of directory when it is not one
   * on disk ({@code ByteBuffersDirectory@1b6d3586}). A {@link FilterDirectory} is named by the one
   * it wraps: Lucene's descriptions of either hold their own parentheses and lock factory.
   */
  public static String describe(Directory dir) {
    Directory inner = FilterDirectory.unwrap(dir);
    if (inner instanceof FSDirectory fs) {
      return fs.getDirectory().toString();
    }
    Class<?> kind = inner.getClass();
    String name = kind.getSimpleName().isEmpty() ? kind.getName() : kind.getSimpleName();
    return name + "@" + Integer.toHexString(System.identityHashCode(inner));
  }

  /**
   * Checks the layout version a commit recorded (its user data) against {@link #VERSION}.
   *
   * @param index the index's directory, named in the error
   * @throws IncompatibleIndexException if the commit recorded another version or none
   */
  public static void checkVersion(Map<String, String> commitData, Directory index)
      throws IncompatibleIndexException {
    String recorded = commitData.get(VERSION_KEY);
    if (!Integer.toString(VERSION).equals(recorded)) {
      checkOwnIndex(commitData, index);
      throw new IncompatibleIndexException(describe(index), recorded, VERSION);
    }
  }

  /**
   * Checks that an index is Dateline's, of any layout, before it is read, written or replaced:
   * another program's Lucene index is not to be overwritten ({@code index --create} would delete
   * it).
   *
   * @param commitData the user data of the index's last commit
   * @throws IncompatibleIndexException ({@link IncompatibleIndexException#isNotDateline}) if it is
   *     another program's
   */
  public static void checkOwnIndex(Map<String, String> commitData, Directory index)
      throws IncompatibleIndexException {
    List<String> foreignFields = foreignFields(commitData, index);
    if (foreignFields != null) {
      throw IncompatibleIndexException.notDateline(describe(index), foreignFields, VERSION);
    }
  }

  /**
   * Whether a commit's user data records something of Dateline's: a {@code dateline.} key, which
   * every commit Dateline made since its first days holds (the article count, at least).
   */
  public static boolean commitRecordsDateline(Map<String, String> commitData) {
    return commitData.keySet().stream().anyMatch(k -> k.startsWith("dateline."));
  }

  /**
   * The fields of an index that is not Dateline's: its commit records nothing of Dateline's (every
   * commit since the first days records at least the article count under a {@code dateline.} key)
   * and it has no {@link #DOC_TYPE} field, which every Dateline index has had ({@link #ID} is too
   * common a name to tell). {@code null} for a Dateline index of any age, or an index that cannot
   * be read to tell.
   */
  private static List<String> foreignFields(Map<String, String> commitData, Directory index) {
    if (commitRecordsDateline(commitData)) {
      return null;
    }
    try (DirectoryReader reader = DirectoryReader.open(index)) {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      if (fields.fieldInfo(DOC_TYPE) != null) {
        return null;
      }
      List<String> names = new ArrayList<>();
      fields.forEach(f -> names.add(f.name));
      return names;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Marks a document as an article or a paragraph ({@link #ARTICLE} / {@link #PARAGRAPH}). */
  public static final String DOC_TYPE = "doc_type";

  public static final String ARTICLE = "article";
  public static final String PARAGRAPH = "paragraph";

  /** Article id: indexed on every document of a block, stored on every document. */
  public static final String ID = "id";

  /**
   * Article id as sorted doc values on the article (the tie-breaker of every sort, and the key of
   * paging cursors). A field of its own because Lucene requires a field to have the same doc-values
   * type in every document.
   */
  public static final String SORT_ID = "sort.id";

  /**
   * Article date in days since the epoch, as numeric doc values on the article (sorting, recency).
   */
  public static final String SORT_DATE = "sort.date";

  /** Paragraph number within its article, starting at 1 (stored on paragraphs). */
  public static final String PARAGRAPH_NUMBER = "paragraph";

  /** Paragraph text: analyzed for English, stored, with positions (not offsets) in the postings. */
  public static final String TEXT = "text";

  /** Title: analyzed like the text, indexed on the article. */
  public static final String TITLE = "title";

  /**
   * Date as days since 1970-01-01: a point on the article document, for range queries. Not on
   * paragraphs: date clauses and filters apply to articles (the searcher lifts only text clauses to
   * paragraphs), so a point per paragraph would be indexed for no query.
   */
  public static final String DATE = "date";

  /** Stored title of the article (on the article document). */
  public static final String STORED_TITLE = "article.title";

  /** Stored ISO date of the article (on the article document). */
  public static final String STORED_DATE = "article.date";

  /** Content hash of the article as read, for incremental indexing (on the article document). */
  public static final String HASH = "article.hash";

  /**
   * Where the article was read from, as sorted doc values on the article: the input format's name
   * ({@code reuters}, {@code time}, ...) when the indexing job read it from a file; absent for
   * articles handed to the indexer without one. Collections number their articles alike (Reuters'
   * NEWID and TIME's numbers are both bare numbers), so that an article replaced by one of another
   * origin is reported rather than lost silently.
   */
  public static final String ORIGIN = "article.origin";

  /** Number of paragraphs of the article (stored on the article document). */
  public static final String PARAGRAPH_COUNT = "article.paragraphs";

  /** Prefix of stored metadata fields on the article document ({@code meta.url}, ...). */
  public static final String META_PREFIX = "meta.";

  /** The entity types that are searchable and filterable. */
  public static final List<EntityType> ENTITY_TYPES = List.of(EntityType.values());

  /**
   * The entity types whose values are facets, counted per article: people, organizations and
   * places. MISC names (events, nationalities, products) are searchable and filterable only.
   */
  public static final List<EntityType> FACET_TYPES =
      List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  /** Stored canonical entity values of an article, per type ({@code article.person}, ...). */
  public static String storedEntities(EntityType type) {
    return "article." + type.key();
  }

  /**
   * Entity search field (on paragraphs and articles) and facet dimension (on articles): {@code
   * person}, {@code organization}, {@code location}, {@code misc}. Values are canonical names; the
   * search field also holds the surface forms, matched case-insensitively as whole names.
   */
  public static String entityField(EntityType type) {
    return type.key();
  }

  private static final FieldType TEXT_TYPE = textWithPositions();

  private static final FieldType ARTICLE_TEXT_TYPE = emptyTextOnArticles();

  private static final FieldType ENTITY_TYPE = entityNames();

  private NewsSchema() {}

  /**
   * Field type of {@link #TEXT}: tokenized and stored, with positions (for phrases) but no offsets.
   * The highlighter finds the offsets by analysing again the few paragraphs it shows, which costs
   * less than keeping offsets for every word of every paragraph in the postings (about a tenth of
   * the index).
   */
  public static FieldType textFieldType() {
    return TEXT_TYPE;
  }

  private static FieldType textWithPositions() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }

  /**
   * Field type of the empty {@link #TEXT} field of the article document, which keeps text norms
   * dense. Lucene reads the norm of every posting when it writes a segment (for score bounds), and
   * with norms on paragraphs only (sparse norms) finding them took a quarter of each flush; ranked
   * search reads the norm of every paragraph it scores, which with sparse norms stepped through an
   * index each time (an eighth of ranked search time in a profile). An empty field adds no terms,
   * so it matches nothing and leaves the text statistics of scoring (documents with the field,
   * their lengths) unchanged; it only gives the article a norm of 0.
   */
  public static FieldType articleTextFieldType() {
    return ARTICLE_TEXT_TYPE;
  }

  private static FieldType emptyTextOnArticles() {
    FieldType t = new FieldType(TEXT_TYPE);
    t.setStored(false);
    t.freeze();
    return t;
  }

  /**
   * An empty {@link #TITLE} for the documents that have no title (paragraphs, untitled articles),
   * which keeps title norms dense for the same reasons as {@link #articleTextFieldType}: every
   * unqualified word of a query is also looked up in titles, and scoring a title match read its
   * norm through a sparse index (7 % of a profile of ranked search, and of segment writing). No
   * terms, so title statistics and scores are unchanged.
   */
  public static Field emptyTitle() {
    return new TextField(TITLE, "", Field.Store.NO);
  }

  /**
   * Field type of the entity search fields: each value is one token (see {@link #nameAnalyzer}), so
   * positions would serve no query; frequencies and norms are kept for scoring.
   */
  public static FieldType entityFieldType() {
    return ENTITY_TYPE;
  }

  private static FieldType entityNames() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  /**
   * The analyzer for indexing and querying: English for text and title ({@link #textAnalyzer});
   * whole-value, lower-cased, accent-folded matching for entity names.
   */
  public static Analyzer analyzer() {
    Analyzer names = nameAnalyzer();
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (EntityType t : ENTITY_TYPES) {
      perField.put(entityField(t), names);
    }
    return new PerFieldAnalyzerWrapper(textAnalyzer(), perField);
  }

  /**
   * Text and titles: Lucene's {@code EnglishAnalyzer} (standard tokenizer, possessives, lower case,
   * its stop words, Porter stemming) with accents folded after lower-casing, so that {@code zurich}
   * finds "Zürich", {@code cafe} "café" and {@code Muller} "Müller", as news spells a name both
   * ways. (Elasticsearch's recipe: an {@code asciifolding} filter in the English chain.)
   */
  public static Analyzer textAnalyzer() {
    return new StopwordAnalyzerBase(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, stopwords);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Entity names as single lower-cased, accent-folded tokens. */
  public static Analyzer nameAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(
            source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
      }

      @Override
      protected org.apache.lucene.analysis.TokenStream normalize(
          String fieldName, org.apache.lucene.analysis.TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /**
   * Facet dimensions: the {@link #FACET_TYPES}, multi-valued, counted from doc values. Dates are
   * counted from {@link #SORT_DATE}'s doc values, not as facet dimensions (indexes written before
   * 2026-11-28 hold year, month and day dimensions too, which are no longer read). No dimension
   * indexes drill-down terms, because the searcher drills down with its own filters (entity
   * fields), so the terms would be written for no query.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (EntityType t : FACET_TYPES) {
      config.setMultiValued(entityField(t), true);
      config.setDrillDownTermsIndexing(entityField(t), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /** The sorted-set doc values field that holds the {@link #facetsConfig() facet} values. */
  public static String facetValuesField() {
    return facetsConfig().getDimConfig(entityField(FACET_TYPES.get(0))).indexFieldName;
  }

  /** A canonical entity value as {@link #facetValuesField()} holds it. */
  public static BytesRef facetValue(EntityType type, String value) {
    return new BytesRef(FacetsConfig.pathToString(entityField(type), new String[] {value}));
  }

  /** The term every article (parent) document carries. */
  public static Term articlesTerm() {
    return new Term(DOC_TYPE, ARTICLE);
  }

  /** Matches the article (parent) documents. */
  public static Query articlesQuery() {
    return new TermQuery(articlesTerm());
  }

  /** The term every paragraph (child) document carries. */
  public static Term paragraphsTerm() {
    return new Term(DOC_TYPE, PARAGRAPH);
  }

  /** Matches the paragraph (child) documents. */
  public static Query paragraphsQuery() {
    return new TermQuery(paragraphsTerm());
  }

  /** Identifies article documents for block joins; cache and reuse one per searcher. */
  public static BitSetProducer articleFilter() {
    return new QueryBitSetProducer(articlesQuery());
  }

  /** The term every document of an article's block carries. */
  public static Term idTerm(String articleId) {
    return new Term(ID, articleId);
  }

  /** Days since the epoch, as {@link #DATE} holds them. */
  public static long toDays(LocalDate date) {
    return date.toEpochDay();
  }

  /** The inverse of {@link #toDays}. */
  public static LocalDate fromDays(long days) {
    return LocalDate.ofEpochDay(days);
  }
}
