package org.dateline.indexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.entity.EntityNormalizer;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;

/** Maps an article and its entities to its block of Lucene documents, per {@link NewsSchema}. */
final class ArticleDocuments {

  private ArticleDocuments() {}

  /**
   * The block for one article: its paragraphs, then the article document last (block join's rule).
   *
   * @param entities one list per paragraph, or {@code null} when extraction is off
   * @param capsCasing the extractor's casing of words in capitals ({@link
   *     EntityExtractor#capsCasing}), or {@code null}
   */
  static List<Document> block(
      Article article,
      List<List<Entity>> entities,
      UnaryOperator<String> capsCasing,
      String hash,
      FacetsConfig facets)
      throws IOException {
    List<String> paragraphs = article.paragraphs();
    List<Document> block = new ArrayList<>(paragraphs.size() + 1);
    Map<EntityType, Set<String>> articleEntities = new EnumMap<>(EntityType.class);
    Map<String, Set<String>> searchable = new LinkedHashMap<>();
    List<List<String>> canonicals =
        entities == null
            ? null
            : EntityNormalizer.canonicalArticle(
                entities, capsCasing, EntityNormalizer.isWrittenInCapitals(paragraphs));
    for (int i = 0; i < paragraphs.size(); i++) {
      Document p = paragraph(article, i + 1, paragraphs.get(i));
      if (entities != null) {
        List<Entity> found = entities.get(i);
        for (int j = 0; j < found.size(); j++) {
          Entity e = found.get(j);
          String canonical = canonicals.get(i).get(j);
          if (canonical.isEmpty()) {
            continue; // no name left, or a runaway span that would make an immense term
          }
          articleEntities.computeIfAbsent(e.type(), t -> new LinkedHashSet<>()).add(canonical);
          String field = NewsSchema.entityField(e.type());
          p.add(new Field(field, canonical, NewsSchema.entityFieldType()));
          Set<String> names = searchable.computeIfAbsent(field, f -> new LinkedHashSet<>());
          names.add(canonical);
          if (!canonical.equals(e.text())) {
            p.add(new Field(field, e.text(), NewsSchema.entityFieldType()));
            names.add(e.text());
          }
        }
      }
      block.add(p);
    }
    Document parent = parent(article, articleEntities, hash);
    searchable.forEach(
        (field, names) ->
            names.forEach(n -> parent.add(new Field(field, n, NewsSchema.entityFieldType()))));
    block.add(facets.build(parent));
    return block;
  }

  private static Document paragraph(Article article, int number, String text) {
    Document d = new Document();
    d.add(new StringField(NewsSchema.DOC_TYPE, NewsSchema.PARAGRAPH, Field.Store.NO));
    d.add(new StringField(NewsSchema.ID, article.id(), Field.Store.YES));
    d.add(new StoredField(NewsSchema.PARAGRAPH_NUMBER, number));
    d.add(new Field(NewsSchema.TEXT, text, NewsSchema.textFieldType()));
    d.add(NewsSchema.emptyTitle());
    return d;
  }

  private static Document parent(
      Article article, Map<EntityType, Set<String>> entities, String hash) {
    Document d = new Document();
    d.add(new StringField(NewsSchema.DOC_TYPE, NewsSchema.ARTICLE, Field.Store.NO));
    d.add(new StringField(NewsSchema.ID, article.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(NewsSchema.SORT_ID, new BytesRef(article.id())));
    d.add(new BinaryDocValuesField(NewsSchema.HASH, new BytesRef(hash)));
    d.add(new StoredField(NewsSchema.PARAGRAPH_COUNT, article.paragraphs().size()));
    d.add(new Field(NewsSchema.TEXT, "", NewsSchema.articleTextFieldType()));
    LocalDate date = article.date();
    if (date != null) {
      long days = NewsSchema.toDays(date);
      d.add(new LongPoint(NewsSchema.DATE, days));
      d.add(new NumericDocValuesField(NewsSchema.SORT_DATE, days));
      d.add(new StoredField(NewsSchema.STORED_DATE, date.toString()));
    }
    if (article.title() != null) {
      d.add(new TextField(NewsSchema.TITLE, article.title(), Field.Store.NO));
      d.add(new StoredField(NewsSchema.STORED_TITLE, article.title()));
    } else {
      d.add(NewsSchema.emptyTitle());
    }
    for (Map.Entry<EntityType, Set<String>> e : entities.entrySet()) {
      String field = NewsSchema.entityField(e.getKey());
      boolean facet = NewsSchema.FACET_TYPES.contains(e.getKey());
      for (String value : e.getValue()) {
        d.add(new StoredField(NewsSchema.storedEntities(e.getKey()), value));
        if (facet) {
          d.add(new SortedSetDocValuesFacetField(field, value));
        }
      }
    }
    for (Map.Entry<String, List<String>> m : new TreeMap<>(article.metadata()).entrySet()) {
      for (String value : m.getValue()) {
        d.add(new StoredField(NewsSchema.META_PREFIX + m.getKey(), value));
      }
    }
    return d;
  }

  /**
   * A digest of everything that goes into an article's block, so an unchanged article can be
   * recognized without analysing it again.
   *
   * @param extractorVersion changes when entity extraction changes, so articles are re-analysed
   */
  static String hash(Article article, String extractorVersion) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required of every JVM", e);
    }
    update(md, extractorVersion);
    update(md, article.id());
    update(md, article.date() == null ? null : article.date().toString());
    update(md, article.title());
    count(md, article.paragraphs().size());
    for (String p : article.paragraphs()) {
      update(md, p);
    }
    count(md, article.metadata().size());
    for (Map.Entry<String, List<String>> m : new TreeMap<>(article.metadata()).entrySet()) {
      update(md, m.getKey());
      count(md, m.getValue().size());
      for (String v : m.getValue()) {
        update(md, v);
      }
    }
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  /**
   * Adds a string, or its absence, with its length first: no two articles' parts run together into
   * the same bytes (a title "null" and no title, a paragraph and a metadata value).
   */
  private static void update(MessageDigest md, String s) {
    if (s == null) {
      count(md, -1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    count(md, bytes.length);
    md.update(bytes);
  }

  private static void count(MessageDigest md, int n) {
    md.update((byte) (n >>> 24));
    md.update((byte) (n >>> 16));
    md.update((byte) (n >>> 8));
    md.update((byte) n);
  }
}
