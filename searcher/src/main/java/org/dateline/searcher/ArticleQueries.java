package org.dateline.searcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BytesRef;
import org.dateline.indexer.entity.EntityNormalizer;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.facet.EntityAliases;
import org.dateline.searcher.query.BestChildQuery;
import org.dateline.searcher.query.BlockDocsQuery;
import org.dateline.searcher.query.PassageQueries;
import org.dateline.searcher.query.QueryTrees;
import org.dateline.searcher.query.UserQueryParser;

/**
 * Builds the Lucene queries of a search from a {@link SearchRequest}: the scored article query, its
 * filters, and the passage query that picks the paragraphs to show.
 *
 * <p>The article query is {@code +lift(q) best-paragraph(q)}: the query string, with each text
 * clause lifted from paragraphs to articles ({@link #lift}), decides which articles match and
 * scores them clause by clause; a block join over the paragraphs ({@link BestChildQuery}: the OR of
 * the query's text terms, each article scored as its best paragraph) adds the score of the
 * article's best paragraph for the query as a whole.
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

  /**
   * The request's query string as parsed: text clauses on paragraph text. {@link #lift} makes it
   * match articles; {@link #passages} ranks paragraphs with it.
   */
  Query parse(SearchRequest r) {
    return parser.parse(
        r.query(),
        r.syntax() == SearchRequest.Syntax.SIMPLE,
        r.requireAllTerms(),
        r.allowLeadingWildcard());
  }

  /**
   * The query that chooses the paragraphs shown of an article: {@code textPassages}, the text terms
   * of the parsed query ({@link #passages(Query)}, with feedback's expansion terms when the search
   * has feedback), and the entity filters' names, with the names of their {@linkplain EntityAliases
   * aliases} (a paragraph of an article that {@code Ronald Reagan} matches through {@code Reagan}
   * names "Reagan"). A paragraph that names a filter's entity gains the constant {@link
   * #NAMED_ENTITY_BONUS}, whichever of its spellings it names: {@code us}, {@code U.S.} and {@code
   * United States} choose the same paragraphs, and they come before the paragraphs that do not name
   * the entity, those that also match the query's words first. Articles are ranked by {@link
   * #passages(Query)} of the parsed query alone, so that a filter never moves a score.
   */
  Query passages(SearchRequest r, Query textPassages, EntityAliases aliases) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(textPassages, Occur.SHOULD);
    for (Map.Entry<EntityType, List<String>> e : r.entities().entrySet()) {
      Names names = names(e.getKey(), e.getValue(), aliases);
      BooleanQuery.Builder any = names.given();
      for (String alias : names.aliases()) {
        any.add(
            new TermQuery(new Term(names.field(), analyzer.normalize(names.field(), alias))),
            Occur.SHOULD);
      }
      b.add(new BoostQuery(new ConstantScoreQuery(any.build()), NAMED_ENTITY_BONUS), Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * What a paragraph that names a filter's entity gains when the paragraphs shown are chosen: more
   * than the query's words can give one paragraph (a word scores below its idf, some 14 in an index
   * of a million paragraphs; a query has at most 1,024 clauses), so that a user filtering by an
   * entity sees it named, while a float still tells such paragraphs apart by their words' scores to
   * a thousandth. A constant 1 lost to any paragraph that matched the words.
   */
  static final float NAMED_ENTITY_BONUS = 10_000f;

  /**
   * An entity filter's (or a name field's) names of one type: the names given and their canonical
   * values (as the indexer makes them: {@code U.S.} and {@code US} are {@code United States}), as
   * terms of the name field (its analyzer matches canonical and written names, any case), and the
   * canonical values that stand for them ({@link EntityAliases#aliasesOf}).
   */
  private record Names(
      String field, Set<BytesRef> terms, Set<BytesRef> spellings, Set<String> aliases) {

    /**
     * The disjunction of the names' terms, and of their other spellings as one clause, scored as
     * one term (a {@link SynonymQuery}: a name of four words has seven other spellings, which take
     * one of the 1,024 clauses a query may have, and score as the spelling typed would).
     */
    BooleanQuery.Builder given() {
      BooleanQuery.Builder given = new BooleanQuery.Builder();
      for (BytesRef term : terms) {
        given.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
      }
      if (!spellings.isEmpty()) {
        SynonymQuery.Builder any = new SynonymQuery.Builder(field);
        spellings.forEach(spelling -> any.addTerm(new Term(field, spelling)));
        given.add(any.build(), Occur.SHOULD);
      }
      return given;
    }
  }

  private Names names(EntityType type, List<String> values, EntityAliases aliases) {
    String field = NewsSchema.entityField(type);
    Set<BytesRef> terms = new LinkedHashSet<>();
    for (String value : values) {
      terms.add(analyzer.normalize(field, value));
      String canonical = EntityNormalizer.canonical(type, value);
      if (!canonical.isEmpty()) {
        terms.add(analyzer.normalize(field, canonical));
      }
    }
    Set<BytesRef> spellings = new LinkedHashSet<>();
    for (BytesRef term : List.copyOf(terms)) {
      // the name written with hyphens for spaces or the other way round: "Leigh Pemberton" is
      // the written "Leigh-Pemberton"
      for (String variant : hyphenVariants(term.utf8ToString())) {
        spellings.add(new BytesRef(variant));
      }
      if (NewsSchema.FACET_TYPES.contains(type)) {
        // the values held that differ by dots, commas or hyphens; else those the name is another
        // spelling of, as facets count them ("General Motors Corporation": "General Motors Corp")
        List<String> held = aliases.heldValues(type, term.utf8ToString());
        if (held.isEmpty()) {
          held = aliases.heldVariants(type, term.utf8ToString());
        }
        for (String h : held) {
          terms.add(analyzer.normalize(field, h));
        }
      }
    }
    spellings.removeAll(terms);
    Set<String> standingFor = new LinkedHashSet<>();
    for (BytesRef term : terms) {
      standingFor.addAll(aliases.aliasesOf(type, term.utf8ToString()));
    }
    return new Names(field, terms, spellings, standingFor);
  }

  /** The passage query for any paragraph-level query. */
  Query passages(Query paragraphLevel) {
    List<String> fields = new ArrayList<>();
    fields.add(NewsSchema.TEXT);
    NewsSchema.ENTITY_TYPES.forEach(t -> fields.add(NewsSchema.entityField(t)));
    return PassageQueries.anyLeaf(paragraphLevel, fields);
  }

  /**
   * Scored article query (matching plus {@code paragraphWeight} times the best paragraph),
   * restricted to article documents. Two shapes of query are written so that Lucene does less work
   * for the same hits:
   *
   * <ul>
   *   <li>One text clause (a word, a phrase) without entity filters: matching is that clause's best
   *       paragraph and so is the best paragraph of the whole query, so the article scores {@code
   *       (1 + paragraphWeight)} times one join instead of the sum of two equal ones. With the
   *       default weight of 1 the scores are the same to the bit (doubling a float is exact). The
   *       join matches articles only, so it needs no filter, and Lucene runs its scorer alone
   *       rather than in a conjunction with one.
   *   <li>Words OR-ed at every level, on text and title only, without entity filters: every article
   *       whose best paragraph matches also matches a clause, so the clauses and the best paragraph
   *       become one top-level disjunction, which Lucene skips through with block-max scores
   *       (nested under a required clause, a disjunction is scored without skipping). Its clauses
   *       match articles only (text through joins; title terms are on articles), so it needs no
   *       filter. The same terms are added up in another order: scores may differ in the last bit.
   *       When one clause is the text clause the best paragraph is scored for (a word or a phrase
   *       searched in text and title), that join is scored {@code (1 + paragraphWeight)} times
   *       instead of being run twice, as in the first case.
   * </ul>
   *
   * Otherwise the articles filter is added only when matching may match paragraphs ({@link
   * #matchesArticlesOnly}): a required word or phrase on text or title cannot.
   */
  Query scored(Query matching, Query passages, double paragraphWeight) {
    if (paragraphWeight > 0 && matching.equals(bestParagraph(onlyClause(passages)))) {
      // a join matches articles only: no filter to intersect with
      return new BoostQuery(matching, (float) (1 + paragraphWeight));
    }
    if (paragraphWeight > 0
        && matching instanceof BooleanQuery disjunction
        && isDisjunction(disjunction)
        && PassageQueries.isOnlyOn(matching, List.of(NewsSchema.TEXT, NewsSchema.TITLE))
        && PassageQueries.isOnlyOn(passages, List.of(NewsSchema.TEXT))) {
      BooleanQuery.Builder flat = new BooleanQuery.Builder();
      Query best = bestParagraph(onlyClause(passages));
      boolean merged = false;
      for (BooleanClause c : disjunction.clauses()) {
        if (!merged && c.getQuery().equals(best)) {
          // the best paragraph for the whole query is this clause's: one join, scored 1 + w times
          flat.add(new BoostQuery(best, (float) (1 + paragraphWeight)), Occur.SHOULD);
          merged = true;
        } else {
          flat.add(c.getQuery(), Occur.SHOULD);
        }
      }
      if (!merged) {
        flat.add(new BoostQuery(bestParagraph(passages), (float) paragraphWeight), Occur.SHOULD);
      }
      return flat.build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    // the filter goes when matching cannot match paragraphs anyway; without a best-paragraph
    // clause it stays, since matching alone would be scored by another bulk scorer, counting
    // another lower bound of the total past 1,000 hits
    if (paragraphWeight <= 0 || !matchesArticlesOnly(matching)) {
      b.add(articlesOnly(), Occur.FILTER);
    }
    b.add(matching, Occur.MUST);
    if (paragraphWeight > 0) {
      b.add(new BoostQuery(bestParagraph(passages), (float) paragraphWeight), Occur.SHOULD);
    }
    return b.build();
  }

  /** Whether a query matches when any of its clauses does, at every level of nesting. */
  private static boolean isDisjunction(Query q) {
    if (q instanceof BoostQuery boost) {
      return isDisjunction(boost.getQuery());
    }
    if (q instanceof BooleanQuery bq) {
      return bq.getMinimumNumberShouldMatch() == 0
          && bq.clauses().stream()
              .allMatch(c -> c.getOccur() == Occur.SHOULD && isDisjunction(c.getQuery()));
    }
    return true; // a leaf, a join or a dis-max: it matches when any of its words does
  }

  /**
   * Whether the top hits of this (lifted) query can be found without visiting most of its matches:
   * words OR-ed at every level, which Lucene scores with block-max WAND over the words' impacts. A
   * phrase, a conjunction or a filter has to look at (nearly) every match anyway.
   */
  static boolean skipsMostMatches(Query q) {
    if (q instanceof BoostQuery boost) {
      return skipsMostMatches(boost.getQuery());
    }
    if (q instanceof BestChildQuery join) {
      return skipsMostMatches(join.childQuery());
    }
    if (q instanceof BooleanQuery bq) {
      return isDisjunction(bq)
          && bq.clauses().stream().allMatch(c -> skipsMostMatches(c.getQuery()));
    }
    return q instanceof TermQuery;
  }

  /**
   * Whether every document a query matches is an article: joins match articles, and so do title
   * words and phrases (paragraphs have no title terms); a conjunction does when one of its required
   * clauses does, a disjunction when all its clauses do. Conservative: {@code false} for any other
   * query, which then gets the articles filter.
   */
  private static boolean matchesArticlesOnly(Query q) {
    if (q instanceof BoostQuery boost) {
      return matchesArticlesOnly(boost.getQuery());
    }
    if (q instanceof BestChildQuery || q instanceof ToParentBlockJoinQuery) {
      return true;
    }
    if (q instanceof TermQuery tq) {
      return tq.getTerm().field().equals(NewsSchema.TITLE);
    }
    if (q instanceof PhraseQuery pq) {
      return pq.getField() != null && pq.getField().equals(NewsSchema.TITLE);
    }
    if (q instanceof DisjunctionMaxQuery dmq) {
      return !dmq.getDisjuncts().isEmpty()
          && dmq.getDisjuncts().stream().allMatch(ArticleQueries::matchesArticlesOnly);
    }
    if (q instanceof BooleanQuery bq) {
      List<BooleanClause> required = bq.clauses().stream().filter(c -> c.isRequired()).toList();
      if (!required.isEmpty()) {
        return required.stream().anyMatch(c -> matchesArticlesOnly(c.getQuery()));
      }
      List<BooleanClause> optional =
          bq.clauses().stream().filter(c -> c.getOccur() == Occur.SHOULD).toList();
      return !optional.isEmpty()
          && optional.stream().allMatch(c -> matchesArticlesOnly(c.getQuery()));
    }
    return false;
  }

  /** The clause of a Boolean query of one scoring clause (which scores as it does), unwrapped. */
  private static Query onlyClause(Query q) {
    while (q instanceof BooleanQuery bq
        && bq.clauses().size() == 1
        && bq.getMinimumNumberShouldMatch() == 0
        && (bq.clauses().get(0).getOccur() == Occur.SHOULD
            || bq.clauses().get(0).getOccur() == Occur.MUST)) {
      q = bq.clauses().get(0).getQuery();
    }
    return q;
  }

  /**
   * The articles a (lifted) query matches, unscored: the query itself as a filter when it can only
   * match articles, else restricted to them. The restriction costs more than a bit test when the
   * query matches more paragraphs than there are articles: Lucene then leads with the articles and
   * advances the query to each of them.
   */
  Query matchedArticles(Query matching) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(matching, Occur.FILTER);
    if (!matchesArticlesOnly(matching)) {
      b.add(articlesOnly(), Occur.FILTER);
    }
    return b.build();
  }

  /** A filter matching article documents only (a bit test per document). */
  Query articlesOnly() {
    return BlockDocsQuery.parents(articles);
  }

  /**
   * Restricts a query to paragraph documents. Only the entity fields are on articles too: a query
   * on the text alone needs no filter.
   */
  Query paragraphsOnly(Query q) {
    if (PassageQueries.isOnlyOn(q, List.of(NewsSchema.TEXT))) {
      return q;
    }
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(BlockDocsQuery.children(articles), Occur.FILTER)
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
   * The facet values a filter's value names: itself if it is exactly one, else the values it or its
   * canonical value ({@code U.S.} is {@code United States}) is written in another case ({@code
   * reagan} is {@code Reagan}), else the values it is another spelling of ({@code General Motors
   * Corporation} is {@code General Motors Corp}); empty when it names none.
   */
  private List<String> facetValues(
      EntityType type, String value, EntityAliases aliases, FacetValues facets) throws IOException {
    if (facets.contains(type, value)) {
      return List.of(value);
    }
    // every held value is filed under its normalized form: the canonical value itself too
    String field = NewsSchema.entityField(type);
    Set<String> found = new LinkedHashSet<>();
    String canonical = EntityNormalizer.canonical(type, value);
    if (!canonical.isEmpty()) {
      found.addAll(aliases.heldValues(type, analyzer.normalize(field, canonical).utf8ToString()));
    }
    found.addAll(aliases.heldValues(type, analyzer.normalize(field, value).utf8ToString()));
    if (found.isEmpty()) {
      // another spelling of a held value: "General Motors Corporation" for "General Motors Corp"
      found.addAll(aliases.heldVariants(type, value));
      if (!canonical.isEmpty()) {
        found.addAll(aliases.heldVariants(type, canonical));
      }
    }
    return List.copyOf(found);
  }

  /** The most words of a name whose hyphenated spellings are tried (2^(words-1) of them). */
  private static final int MAX_HYPHENATED_WORDS = 4;

  /**
   * A normalized name's other spellings with hyphens and spaces: with each hyphen a space, and, for
   * a name of at most {@link #MAX_HYPHENATED_WORDS} words, with any of its spaces a hyphen ({@code
   * leigh pemberton} and {@code leigh-pemberton}). Name fields hold each written name as one term,
   * so they match only the spelling asked for.
   */
  static Set<String> hyphenVariants(String name) {
    Set<String> variants = new LinkedHashSet<>();
    String spaced = name.replace('-', ' ');
    variants.add(spaced);
    String[] words = spaced.trim().split(" +");
    if (words.length >= 2 && words.length <= MAX_HYPHENATED_WORDS) {
      for (int mask = 1; mask < 1 << (words.length - 1); mask++) {
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
          b.append((mask & 1 << (i - 1)) != 0 ? '-' : ' ').append(words[i]);
        }
        variants.add(b.toString());
      }
    }
    variants.remove(name);
    return variants;
  }

  /** Whether a name is, exactly, a value of a type's facet (see {@code FacetCounter#isValue}). */
  @FunctionalInterface
  interface FacetValues {
    boolean contains(EntityType type, String value) throws IOException;
  }

  /**
   * One filter per entity type (its values OR-ed), keyed by facet dimension. A value that is a
   * facet value (as a facet shows it, the value a click on the facet sends, or the same in another
   * case, or a spelling whose canonical value is one: {@code reagan}, {@code U.S.}) matches the
   * articles that facet value counts, and no others: the articles holding it or one of its
   * {@linkplain EntityAliases aliases} ({@code Ronald Reagan} matches the articles that only say
   * "President Reagan"), by their facet doc values. Any other value matches canonical or written
   * names case-insensitively, and the articles of its aliases the same way.
   */
  Map<String, Query> entityFilters(SearchRequest r, EntityAliases aliases, FacetValues facets)
      throws IOException {
    Map<String, Query> filters = new LinkedHashMap<>();
    for (Map.Entry<EntityType, List<String>> e : r.entities().entrySet()) {
      EntityType type = e.getKey();
      List<String> written = new ArrayList<>();
      Set<String> values = new LinkedHashSet<>();
      for (String value : e.getValue()) {
        List<String> spelled =
            NewsSchema.FACET_TYPES.contains(type)
                ? facetValues(type, value, aliases, facets)
                : List.of();
        if (spelled.isEmpty()) {
          written.add(value);
        }
        for (String v : spelled) {
          values.add(v);
          values.addAll(names(type, List.of(v), aliases).aliases());
        }
      }
      Names names = names(type, written, aliases);
      BooleanQuery.Builder any = names.given();
      values.addAll(names.aliases());
      if (!values.isEmpty()) {
        List<BytesRef> facetValues =
            values.stream().map(v -> NewsSchema.facetValue(type, v)).toList();
        any.add(
            SortedSetDocValuesField.newSlowSetQuery(NewsSchema.facetValuesField(), facetValues),
            Occur.SHOULD);
      }
      filters.put(names.field(), any.build());
    }
    return filters;
  }

  /**
   * Lifts a query written against paragraph text to articles: every clause on {@link
   * NewsSchema#TEXT} becomes a join from the article's paragraphs (the article scores as its best
   * paragraph for that clause), while Boolean structure, title, entity and date clauses stay on the
   * article. So {@code troops AND Mosul} needs the two words in the same article, not the same
   * paragraph, and a phrase matches within one paragraph.
   */
  Query lift(Query q) {
    Query compound = QueryTrees.withChildren(q, this::lift);
    if (compound != null) {
      return compound;
    }
    if (q instanceof ToParentBlockJoinQuery || q instanceof BestChildQuery) {
      return q; // already on articles
    }
    if (PassageQueries.isOnlyOn(q, List.of(NewsSchema.TEXT))) {
      return bestParagraph(q);
    }
    return q;
  }

  /**
   * Makes the entity-field clauses of a query ({@code person:"Ronald Reagan"}) match what facets
   * and entity filters count under that name: each term on a faceted entity field also matches its
   * canonical value as the indexer makes names ({@code location:US} is {@code United States}), and
   * the articles whose canonical value is one of the name's {@linkplain EntityAliases aliases} (the
   * articles that only say "President Reagan"), each scored by the alias's name term and matched
   * exactly by its facet value.
   */
  Query withAliases(Query q, EntityAliases aliases) {
    Query compound = QueryTrees.withChildren(q, c -> withAliases(c, aliases));
    if (compound != null) {
      return compound;
    }
    if (!(q instanceof TermQuery tq)) {
      return q;
    }
    String field = tq.getTerm().field();
    for (EntityType type : NewsSchema.FACET_TYPES) {
      if (!NewsSchema.entityField(type).equals(field)) {
        continue;
      }
      // the term is the name as the field's analyzer normalizes it: names() finds it again
      Names names = names(type, List.of(tq.getTerm().text()), aliases);
      if (names.terms().size() == 1 && names.spellings().isEmpty() && names.aliases().isEmpty()) {
        return q;
      }
      BooleanQuery.Builder any = names.given();
      for (String alias : names.aliases()) {
        // scored by the alias's name term; matched exactly by the canonical value, since the
        // name field also holds the written "Reagan" of an article about Nancy Reagan
        any.add(
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, analyzer.normalize(field, alias))), Occur.MUST)
                .add(
                    SortedSetDocValuesField.newSlowSetQuery(
                        NewsSchema.facetValuesField(), NewsSchema.facetValue(type, alias)),
                    Occur.FILTER)
                .build(),
            Occur.SHOULD);
      }
      return any.build();
    }
    return q;
  }

  /**
   * The article scored as its best paragraph for {@code paragraphQuery}, with block-max bounds so
   * that Lucene can skip articles that cannot reach the top hits ({@link BestChildQuery}).
   */
  private Query bestParagraph(Query paragraphQuery) {
    return new BestChildQuery(paragraphsOnly(paragraphQuery), articles);
  }
}
