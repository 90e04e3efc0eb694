package org.dateline.searcher.highlight;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
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
 * a phrase of its words ({@code "david hale"}) or a single word ({@code reagan}), marked when that
 * marks the name and little else ({@link #isMarkable}). A name written differently in the text (a
 * canonical {@code United States} for a written {@code U.S.}, an accented name the value folds) is
 * marked only in the written forms the search names.
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
      String name = tq.getTerm().text();
      Query words = new QueryBuilder(analyzer).createPhraseQuery(NewsSchema.TEXT, name);
      return isMarkable(words, name) ? words : new MatchNoDocsQuery("a name not marked");
    }
    return query;
  }

  /**
   * Whether the text words of a name mark it and little else. The text's analysis stems words and
   * drops stop words: a one-word name is marked only when it keeps its form and has four letters or
   * more ({@code us}, the value of {@code US}, would mark "used" and "us"); a longer name only as
   * an exact phrase of its words (one with the gap of a stop word, {@code "bank ? england"}, would
   * also mark "bank in England", and costs the slow highlighter).
   */
  private static boolean isMarkable(Query words, String name) {
    if (words instanceof TermQuery term) {
      return name.length() >= 4 && term.getTerm().text().equals(name);
    }
    if (words instanceof PhraseQuery phrase) {
      int[] positions = phrase.getPositions();
      return positions[positions.length - 1] - positions[0] == positions.length - 1;
    }
    return false;
  }
}
