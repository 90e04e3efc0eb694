package org.dateline.searcher.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dateline.indexer.article.ArticleDates;
import org.dateline.indexer.entity.EntityType;
import org.dateline.searcher.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The query and filter options shared by {@code search} and {@code facets}. */
final class QueryOptions {

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "The query (Lucene syntax unless --simple); several words are joined.")
  List<String> words;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only articles on or after DATE (YYYY-MM-DD).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only articles on or before DATE (YYYY-MM-DD).")
  String to;

  @Option(
      names = "--entity",
      paramLabel = "TYPE=VALUE",
      description =
          "Only articles mentioning this entity, e.g. person=\"David Hale\" or location=Mosul."
              + " Repeatable: values of one type are OR-ed, types AND-ed.")
  List<String> entities = new ArrayList<>();

  @Option(names = "--and", description = "Require every term (default: any term).")
  boolean and;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Stop matching after this many seconds and print what was found, marked partial"
              + " (default: 10).")
  Double timeoutSeconds;

  /** How the query is read; {@code null} when neither option is given. */
  @ArgGroup(exclusive = true)
  Syntax syntax;

  /** The syntax options: with {@code --simple} there are no wildcards to allow. */
  static final class Syntax {
    @Option(names = "--simple", description = "Plain words: no operators, fields or wildcards.")
    boolean simple;

    @Option(
        names = "--allow-leading-wildcard",
        description = "Accept wildcards at the start of a term (slow: scans every term).")
    boolean leadingWildcard;
  }

  /**
   * A builder with the query and filters set. A query the request refuses (empty, too long) is an
   * error of one line, as one that does not parse; a filter it refuses is a usage error.
   */
  SearchRequest.Builder builder(CommandLine cl) {
    SearchRequest.Builder b = SearchRequest.builder(String.join(" ", words));
    return request(cl, () -> filters(b));
  }

  private SearchRequest.Builder filters(SearchRequest.Builder b) {
    boolean simple = syntax != null && syntax.simple;
    b.syntax(simple ? SearchRequest.Syntax.SIMPLE : SearchRequest.Syntax.LUCENE);
    b.requireAllTerms(and);
    b.allowLeadingWildcard(syntax != null && syntax.leadingWildcard);
    if (timeoutSeconds != null) {
      b.timeout(seconds("--timeout", timeoutSeconds));
    }
    b.from(date("--from", from));
    b.to(date("--to", to));
    for (String e : entities) {
      int eq = e.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "--entity '" + e + "' must be TYPE=VALUE, e.g. location=Mosul");
      }
      b.entity(EntityType.parse(e.substring(0, eq)), unquote(e.substring(eq + 1)));
    }
    return b;
  }

  /**
   * What {@code building} makes of a request, with a value the request refuses (an option's: a
   * negative limit, a bad date, an empty filter) reported as a usage error, with the pointer to the
   * command's help; errors found when searching (a query that does not parse) stay one line.
   */
  static <T> T request(CommandLine cl, Supplier<T> building) {
    try {
      return building.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage(), e);
    }
  }

  /** Refuses {@code option}, given without the option it belongs to. */
  static void requireWith(CommandLine cl, String option, boolean with, String needed) {
    if (!with && cl.getParseResult().hasMatchedOption(option)) {
      throw new CommandLine.ParameterException(
          cl, option + " applies to " + needed + " only; give " + needed + " too, or leave it out");
    }
  }

  /** A positive number of seconds as a duration (at least a nanosecond). */
  static Duration seconds(String option, double seconds) {
    if (!(seconds > 0) || seconds > 86_400) {
      throw new IllegalArgumentException(
          option + " (" + seconds + ") must be a number of seconds above 0, at most 86400");
    }
    // rounded: 0.3 * 1e9 is 299999999.99999994, and 0.3 s is what the user asked for
    return Duration.ofNanos(Math.max(1, Math.round(seconds * 1e9)));
  }

  /** A time limit in seconds as the user would write it: 0.0001, 0.3, 10 (never 0.0). */
  static String formatSeconds(Duration limit) {
    return java.math.BigDecimal.valueOf(limit.toNanos(), 9).stripTrailingZeros().toPlainString();
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return ArticleDates.parseIso(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage());
    }
  }

  private static String unquote(String v) {
    String s = v.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
