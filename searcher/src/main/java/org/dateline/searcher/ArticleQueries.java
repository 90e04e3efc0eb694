package org.dateline.searcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BytesRef;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.query.BoundedScoreQuery;
import org.dateline.searcher.query.PassageQueries;
import org.dateline.searcher.query.UserQueryParser;
import org.dateline.searcher.query.UserQueryParser.Level;

/**
 * Builds the Lucene queries of a search from a {@link SearchRequest}: the scored article query, its
 * filters, and the passage query that picks the paragraphs to show.
 *
 * <p>The article query is {@code +article(q) best-paragraph(q)}: the query string matched against
 * whole articles decides which articles match and gives their BM25 score; a {@link
 * ToParentBlockJoinQuery} over the paragraphs (OR of the query's text terms, {@link ScoreMode#Max})
 * adds the score of the best paragraph of each matching article.
 */
final class ArticleQueries {

  private final Analyzer analyzer;
  private final UserQueryParser parser;
  private final BitSetProducer articles = NewsSchema.articleFilter();

  ArticleQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.parser = new UserQueryParser(analyzer);
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** Identifies article documents (cached per segment; shared by every search). */
  BitSetProducer articles() {
    return articles;
  }

  /** The article document with this id. */
  Query article(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(NewsSchema.idTerm(id)), Occur.FILTER)
        .add(NewsSchema.articlesQuery(), Occur.FILTER)
        .build();
  }

  /** The query string against whole articles. */
  Query matching(SearchRequest r) {
    return parser.parse(
        r.query(),
        Level.ARTICLE,
        r.syntax() == SearchRequest.Syntax.SIMPLE,
        r.requireAllTerms(),
        r.allowLeadingWildcard());
  }

  /** The query that ranks an article's paragraphs: the query's text terms and entity filters. */
  Query passages(SearchRequest r) {
    Query paragraphLevel =
        parser.parse(
            r.query(),
            Level.PARAGRAPH,
            r.syntax() == SearchRequest.Syntax.SIMPLE,
            false,
            r.allowLeadingWildcard());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(passages(paragraphLevel), Occur.SHOULD);
    entityFilters(r).values().forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }

  /** The passage query for any paragraph-level query. */
  Query passages(Query paragraphLevel) {
    List<String> fields = new ArrayList<>();
    fields.add(NewsSchema.TEXT);
    NewsSchema.ENTITY_TYPES.forEach(t -> fields.add(NewsSchema.entityField(t)));
    return PassageQueries.anyLeaf(retarget(paragraphLevel), fields);
  }

  /**
   * Scored article query (matching plus {@code paragraphWeight} times the best paragraph),
   * restricted to article documents.
   */
  Query scored(Query matching, Query passages, double paragraphWeight) {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(matching, Occur.MUST)
            .add(NewsSchema.articlesQuery(), Occur.FILTER);
    if (paragraphWeight > 0) {
      Query paragraphs = paragraphsOnly(passages);
      // the best paragraph scores no more than the paragraph query can: with that bound, Lucene
      // skips articles that cannot reach the top hits instead of scoring every match
      Query best =
          new BoundedScoreQuery(
              new ToParentBlockJoinQuery(paragraphs, articles, ScoreMode.Max), paragraphs);
      b.add(new BoostQuery(best, (float) paragraphWeight), Occur.SHOULD);
    }
    return b.build();
  }

  /** Restricts a query to paragraph documents (entity fields are on articles too). */
  static Query paragraphsOnly(Query q) {
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(NewsSchema.paragraphsQuery(), Occur.FILTER)
        .build();
  }

  /** The date filter, or {@code null} when the request has no date bound. */
  Query dateFilter(SearchRequest r) {
    if (r.from() == null && r.to() == null) {
      return null;
    }
    long lo = r.from() == null ? Long.MIN_VALUE : NewsSchema.toDays(r.from());
    long hi = r.to() == null ? Long.MAX_VALUE : NewsSchema.toDays(r.to());
    return LongPoint.newRangeQuery(NewsSchema.DATE, lo, hi);
  }

  /**
   * One filter per entity type (its values OR-ed, each matching canonical or written names
   * case-insensitively), keyed by facet dimension.
   */
  Map<String, Query> entityFilters(SearchRequest r) {
    Map<String, Query> filters = new LinkedHashMap<>();
    for (Map.Entry<EntityType, List<String>> e : r.entities().entrySet()) {
      String field = NewsSchema.entityField(e.getKey());
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String value : e.getValue()) {
        BytesRef normalized = analyzer.normalize(field, value);
        any.add(new TermQuery(new Term(field, normalized)), Occur.SHOULD);
      }
      filters.put(field, any.build());
    }
    return filters;
  }

  /** Term leaves on the whole-article text moved to the paragraph text (for MoreLikeThis). */
  static Query retarget(Query q) {
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (BooleanClause c : bq.clauses()) {
        b.add(retarget(c.getQuery()), c.getOccur());
      }
      return b.build();
    }
    if (q instanceof BoostQuery boost) {
      return new BoostQuery(retarget(boost.getQuery()), boost.getBoost());
    }
    if (q instanceof TermQuery tq && tq.getTerm().field().equals(NewsSchema.BODY)) {
      return new TermQuery(new Term(NewsSchema.TEXT, tq.getTerm().bytes()));
    }
    return q;
  }
}
