package org.dateline.searcher.highlight;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.query.QueryTrees;

/**
 * Turns the entity-name clauses of a passage query into clauses on the paragraph text, so that the
 * names a search asks for ({@code person:"David Hale"}, an entity filter, or an alias standing for
 * one of them) are marked where the text writes them, as its words are.
 *
 * <p>A name-field term holds the whole name, lower-cased and accent-folded; analysed as text it is
 * a phrase of its words ({@code "david hale"}), with the gaps of stop words kept ({@code "bank ?
 * england"}), or a single word ({@code reagan}). A name written differently in the text (a
 * canonical {@code United States} for a written {@code U.S.}) is marked only in its written forms
 * the search names.
 */
final class NamesOnText {

  private static final Set<String> NAME_FIELDS =
      NewsSchema.ENTITY_TYPES.stream().map(NewsSchema::entityField).collect(Collectors.toSet());

  private NamesOnText() {}

  /** {@code query} with each term on a name field replaced by its words on the text field. */
  static Query of(Query query, Analyzer analyzer) {
    Query compound = QueryTrees.withChildren(query, c -> of(c, analyzer));
    if (compound != null) {
      return compound;
    }
    if (query instanceof TermQuery tq && NAME_FIELDS.contains(tq.getTerm().field())) {
      Query words =
          new QueryBuilder(analyzer).createPhraseQuery(NewsSchema.TEXT, tq.getTerm().text());
      return words == null ? new MatchNoDocsQuery("a name of stop words only") : words;
    }
    return query;
  }
}
