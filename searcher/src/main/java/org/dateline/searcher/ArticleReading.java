package org.dateline.searcher;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.facet.EntityAliases;
import org.dateline.searcher.highlight.ParagraphHighlighter;

/** Turns stored article documents into {@link ArticleHit}s. */
final class ArticleReading {

  /** The stored fields {@link #hit} reads of an article document. */
  private static final Set<String> ARTICLE_FIELDS = articleFields();

  /** The stored fields read of every document of a page, articles and paragraphs. */
  private static final Set<String> PAGE_FIELDS = pageFields();

  private ArticleReading() {}

  /**
   * The hits of one page: the best {@code paragraphs} paragraphs of each article, highlighted, and
   * the article's own stored fields.
   *
   * <p>Every stored document the page shows (the articles and their chosen paragraphs) is read
   * through one {@link StoredFields} in document order, and only the fields shown. An article and
   * its paragraphs are neighbours in a block, hence in one compressed chunk of stored fields: read
   * in rank order through separate readers, each document re-decoded its chunk's header first.
   *
   * @param scores the articles' scores, in the order of {@code articleDocs}
   * @param explanations the articles' explanations, or {@code null} entries
   * @param query the query whose clauses on titles are marked in the titles shown
   */
  static List<ArticleHit> page(
      Snapshot s,
      ParagraphHighlighter highlighter,
      int[] articleDocs,
      float[] scores,
      String[] explanations,
      Query query,
      Query passages,
      int paragraphs)
      throws IOException {
    ParagraphHighlighter.Choice choice = highlighter.choose(s, articleDocs, passages, paragraphs);
    Map<Integer, Document> stored =
        read(s, IntStream.concat(Arrays.stream(articleDocs), Arrays.stream(choice.docs())));
    List<List<ParagraphHit>> shown =
        ParagraphHighlighter.show(s.highlighter, passages, choice, stored::get);
    String[] titles = highlightedTitles(s, query, articleDocs, stored);
    EntityAliases aliases = s.facets.aliases();
    List<ArticleHit> hits = new ArrayList<>(articleDocs.length);
    for (int i = 0; i < articleDocs.length; i++) {
      hits.add(
          hit(
              stored.get(articleDocs[i]),
              scores[i],
              titles[i],
              shown.get(i),
              explanations[i],
              aliases));
    }
    return hits;
  }

  /** By article, its title highlighted for the query, or {@code null} when it has none. */
  private static String[] highlightedTitles(
      Snapshot s, Query query, int[] articleDocs, Map<Integer, Document> stored)
      throws IOException {
    int[] titled =
        Arrays.stream(articleDocs)
            .filter(doc -> stored.get(doc).get(NewsSchema.STORED_TITLE) != null)
            .toArray();
    String[] titles =
        Arrays.stream(titled)
            .mapToObj(doc -> stored.get(doc).get(NewsSchema.STORED_TITLE))
            .toArray(String[]::new);
    String[] highlighted = s.highlighter.highlightTitles(query, titled, titles);
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < titled.length; i++) {
      byDoc.put(titled[i], highlighted[i]);
    }
    return Arrays.stream(articleDocs).mapToObj(byDoc::get).toArray(String[]::new);
  }

  /** The documents {@code docs}, with the fields a page shows, read in document order. */
  private static Map<Integer, Document> read(IndexSearcher s, IntStream docs) throws IOException {
    StoredFields stored = s.storedFields();
    Map<Integer, Document> read = new HashMap<>();
    for (int doc : docs.sorted().distinct().toArray()) {
      DocumentStoredFieldVisitor visitor = new PageFieldVisitor();
      stored.document(doc, visitor);
      read.put(doc, visitor.getDocument());
    }
    return read;
  }

  /** Reads the fields a page shows, the articles' metadata among them. */
  private static final class PageFieldVisitor extends DocumentStoredFieldVisitor {
    PageFieldVisitor() {
      super(PAGE_FIELDS);
    }

    @Override
    public Status needsField(FieldInfo field) throws IOException {
      return field.name.startsWith(NewsSchema.META_PREFIX) ? Status.YES : super.needsField(field);
    }
  }

  /**
   * @param aliases the index's person values that stand for a full name, shown as that name (as the
   *     facets count them)
   */
  private static ArticleHit hit(
      Document article,
      float score,
      String highlightedTitle,
      List<ParagraphHit> paragraphs,
      String explanation,
      EntityAliases aliases) {
    Map<String, List<String>> entities = new LinkedHashMap<>();
    for (EntityType t : NewsSchema.ENTITY_TYPES) {
      String[] values = article.getValues(NewsSchema.storedEntities(t));
      if (values.length > 0) {
        Set<String> shown = new LinkedHashSet<>();
        for (String v : values) {
          shown.add(aliases.shown(t, v));
        }
        entities.put(t.key(), List.copyOf(shown));
      }
    }
    return new ArticleHit(
        article.get(NewsSchema.ID),
        date(article),
        score,
        article.get(NewsSchema.STORED_TITLE),
        highlightedTitle,
        paragraphs,
        entities,
        explanation,
        metadata(article));
  }

  /** An article document's metadata ({@link NewsSchema#META_PREFIX} fields), by name. */
  static Map<String, List<String>> metadata(Document article) {
    Map<String, List<String>> metadata = new TreeMap<>();
    for (IndexableField f : article) {
      if (f.name().startsWith(NewsSchema.META_PREFIX) && f.stringValue() != null) {
        metadata
            .computeIfAbsent(
                f.name().substring(NewsSchema.META_PREFIX.length()), k -> new ArrayList<>())
            .add(f.stringValue());
      }
    }
    return metadata;
  }

  /**
   * The whole article stored at {@code articleDoc}, as it was indexed: its paragraphs are the
   * documents just before it in its block.
   */
  static Article article(IndexSearcher s, int articleDoc) throws IOException {
    StoredFields stored = s.storedFields();
    Document article = stored.document(articleDoc);
    return new Article(
        article.get(NewsSchema.ID),
        date(article),
        article.get(NewsSchema.STORED_TITLE),
        paragraphTexts(stored, article, articleDoc),
        metadata(article));
  }

  /**
   * The start of an article's text: its paragraphs, blank-line separated, read until {@code
   * maxChars} characters are held, and cut there. What an article is about shows in its first
   * pages; reading and analysing all of one of megabytes would only cost time.
   */
  static String leadingText(IndexSearcher s, int articleDoc, int maxChars) throws IOException {
    StoredFields stored = s.storedFields();
    StringBuilder text = new StringBuilder();
    int first = firstParagraph(stored.document(articleDoc), articleDoc);
    for (int doc = first; doc < articleDoc && text.length() < maxChars; doc++) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(stored.document(doc).get(NewsSchema.TEXT));
    }
    if (text.length() > maxChars) {
      int end = maxChars;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--; // never half a character
      }
      text.setLength(end);
    }
    return text.toString();
  }

  /** The document of an article's first paragraph: its paragraphs are just before it. */
  private static int firstParagraph(Document article, int articleDoc) {
    return articleDoc - article.getField(NewsSchema.PARAGRAPH_COUNT).numericValue().intValue();
  }

  private static List<String> paragraphTexts(StoredFields stored, Document article, int articleDoc)
      throws IOException {
    int first = firstParagraph(article, articleDoc);
    List<String> texts = new ArrayList<>(articleDoc - first);
    for (int doc = first; doc < articleDoc; doc++) {
      texts.add(stored.document(doc).get(NewsSchema.TEXT));
    }
    return texts;
  }

  static LocalDate date(Document article) {
    String iso = article.get(NewsSchema.STORED_DATE);
    return iso == null ? null : parseDate(iso);
  }

  /**
   * {@link LocalDate#parse} of a date the indexer stored ({@link LocalDate#toString}), read field
   * by field when it has the usual form {@code yyyy-MM-dd}: the formatter took half the time of
   * making a page's hits from their documents.
   */
  static LocalDate parseDate(String iso) {
    if (iso.length() == 10
        && iso.charAt(4) == '-'
        && iso.charAt(7) == '-'
        && digits(iso, 0, 4)
        && digits(iso, 5, 7)
        && digits(iso, 8, 10)) {
      try {
        return LocalDate.of(
            Integer.parseInt(iso, 0, 4, 10),
            Integer.parseInt(iso, 5, 7, 10),
            Integer.parseInt(iso, 8, 10, 10));
      } catch (DateTimeException e) {
        // no such day: LocalDate.parse says so in its words
      }
    }
    return LocalDate.parse(iso);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Set<String> articleFields() {
    Set<String> fields =
        new HashSet<>(Set.of(NewsSchema.ID, NewsSchema.STORED_TITLE, NewsSchema.STORED_DATE));
    NewsSchema.ENTITY_TYPES.forEach(t -> fields.add(NewsSchema.storedEntities(t)));
    return Set.copyOf(fields);
  }

  private static Set<String> pageFields() {
    Set<String> fields = new HashSet<>(ARTICLE_FIELDS);
    fields.addAll(ParagraphHighlighter.STORED_FIELDS);
    return Set.copyOf(fields);
  }
}
