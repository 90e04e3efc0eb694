package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.ArticleHit;
import org.dateline.searcher.FacetResults;
import org.dateline.searcher.ParagraphHit;
import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.SearchResults;
import org.dateline.searcher.highlight.ParagraphHighlighter;

/** Plain-text rendering of results for people. */
final class TextOutput {

  private final PrintWriter out;
  private final String on;
  private final String off;

  /**
   * @param bold draw highlights with ANSI bold; otherwise mark them {@code [[like this]]}
   */
  TextOutput(PrintWriter out, boolean bold) {
    this.out = out;
    this.on = bold ? "\033[1m" : "[[";
    this.off = bold ? "\033[0m" : "]]";
  }

  void results(SearchRequest request, SearchResults r) {
    out.printf(
        "%s%,d article%s %s%n",
        r.totalIsExact() ? "" : "at least ",
        r.total(),
        r.total() == 1 ? " matches" : "s match",
        "'" + request.query() + "'");
    if (r.total() == 0 && onlyStopWords(request.query())) {
      out.println(
          "Every word of the query is a stop word (the, of, and, ...), which the index leaves out:"
              + " add a word that is not one");
    }
    if (r.partial()) {
      out.printf(
          "Partial results: the search stopped at its time limit of %s s;"
              + " narrow the query or give --timeout more seconds%n",
          QueryOptions.formatSeconds(request.timeout()));
    }
    long rank = r.start();
    for (ArticleHit h : r.hits()) {
      rank++;
      hit(rank, h);
    }
    if (r.facets() != null) {
      facets(r.facets());
    }
    if (r.nextCursor() != null) {
      out.println();
      out.println("Next page: --cursor " + r.nextCursor());
    }
  }

  /** The quotes a phrase opens and closes with, straight and typographic. */
  private static final String QUOTES = "\"\u201C\u201D\u201E\u201F";

  /** The characters of Boolean operators between words: {@code +the -(of OR and)}. */
  private static final String OPERATORS = "+-()";

  /**
   * Whether the text analyzer leaves no word of a query of plain words, or phrases of them, joined
   * by Boolean operators or not.
   */
  static boolean onlyStopWords(String query) {
    if (!query
        .chars()
        .allMatch(
            c ->
                Character.isLetter(c)
                    || c == ' '
                    || QUOTES.indexOf(c) >= 0
                    || OPERATORS.indexOf(c) >= 0)) {
      return false; // fields, wildcards, numbers: not words or phrases of them
    }
    String words = query.replaceAll("\\b(AND|OR|NOT)\\b|[-+()]", " ");
    if (words.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    try (Analyzer analyzer = NewsSchema.analyzer();
        TokenStream tokens = analyzer.tokenStream(NewsSchema.TEXT, words)) {
      tokens.reset();
      boolean any = tokens.incrementToken();
      tokens.end();
      return !any;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string's tokens: no I/O
    }
  }

  /**
   * A score with three decimals, or three significant digits below 0.1 ({@code 0.0000123}), so that
   * the small scores of old articles under {@code --recency} do not all print as 0.000.
   */
  static String score(float score) {
    if (score == 0 || Math.abs(score) >= 0.1 || !Float.isFinite(score)) {
      return String.format(java.util.Locale.ROOT, "%.3f", score);
    }
    return new java.math.BigDecimal(score)
        .round(new java.math.MathContext(3))
        .stripTrailingZeros()
        .toPlainString();
  }

  void hit(long rank, ArticleHit h) {
    out.println();
    out.printf(
        "%d. %s  %s  score %s%n",
        rank, h.id(), h.date() == null ? "(no date)" : h.date(), score(h.score()));
    if (h.title() != null) {
      out.println("   " + marked(h.title(), h.highlightedTitle(), on, off));
    }
    for (ParagraphHit p : h.paragraphs()) {
      out.println("   [" + p.number() + "] " + marked(p.text(), p.highlighted(), on, off));
    }
    if (h.explanation() != null) {
      h.explanation().lines().forEach(l -> out.println("   | " + l));
    }
  }

  private static final String OPEN = ParagraphHighlighter.PRE_TAG;
  private static final String CLOSE = ParagraphHighlighter.POST_TAG;

  /**
   * The highlighted paragraph with the highlighter's tags written as {@code on} and {@code off}.
   * The highlighted text is the paragraph's text with tags put in, not escaped, so a tag is told
   * from the same characters in the text ("Llamas are &lt;em&gt;not&lt;/em&gt; camels.") by walking
   * the two together: what the text holds at that place is text.
   */
  static String marked(String text, String highlighted, String on, String off) {
    StringBuilder b = new StringBuilder(highlighted.length());
    int i = 0;
    int j = 0;
    boolean inMatch = false;
    while (j < highlighted.length()) {
      // inside a match the next close tag is the highlighter's (a matched word holds no '<')
      boolean close = inMatch && highlighted.startsWith(CLOSE, j);
      boolean open = !inMatch && highlighted.startsWith(OPEN, j) && !text.startsWith(OPEN, i);
      if (open || close) {
        b.append(open ? on : off);
        j += open ? OPEN.length() : CLOSE.length();
        inMatch = open;
      } else if (i < text.length() && text.charAt(i) == highlighted.charAt(j)) {
        b.append(highlighted.charAt(j));
        i++;
        j++;
      } else {
        // the highlighter shortened the text: the rest as the highlighter wrote it
        b.append(highlighted.substring(j).replace(OPEN, on).replace(CLOSE, off));
        break;
      }
    }
    return b.toString();
  }

  void facets(FacetResults f) {
    for (Map.Entry<String, List<FacetResults.FacetValue>> e : f.dimensions().entrySet()) {
      out.println();
      String label =
          e.getKey().equals("date")
              ? "date (by " + f.dateBuckets().name().toLowerCase(java.util.Locale.ROOT) + ")"
              : e.getKey();
      out.println(label + ":");
      if (e.getValue().isEmpty()) {
        out.println("  (none)");
      }
      for (FacetResults.FacetValue v : e.getValue()) {
        out.printf("  %-40s %,d%n", v.value(), v.count());
      }
    }
  }
}
