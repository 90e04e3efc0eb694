package org.dateline.searcher.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.indexer.article.TextFiles;
import org.dateline.indexer.article.Utf8Reader;

/**
 * A named list of queries with graded relevant articles, for an application's relevance tests. The
 * file format is JSON:
 *
 * <pre>{@code
 * {
 *   "name": "politics",
 *   "description": "optional free text",
 *   "queries": [
 *     {"id": "q1", "query": "troops iraq", "relevant": {"000_04c7bd04d78f40db": 2, "other": 1}},
 *     {"id": "q2", "query": "budget vote", "relevant": {"a17": 1, "a03": 0}}
 *   ]
 * }
 * }</pre>
 *
 * Grades are integers: 1 or more is relevant (nDCG uses the grade as gain), 0 marks an article
 * judged not relevant. Each query needs at least one relevant article; ids are unique; other fields
 * are refused. Immutable.
 *
 * @param name the list's name, shown in failure messages
 * @param queries the queries, at least one
 */
public record JudgmentList(String name, List<JudgedQuery> queries) {

  /** Refuses a field given twice in one object (by default the last would win, silently). */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final String SHAPE =
      "{\"name\": ..., \"queries\": [{\"id\": ..., \"query\": ..., \"relevant\": {...}}]}";

  public JudgmentList {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queries, "queries");
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("judgment list '" + name + "' has no queries");
    }
    Set<String> ids = new HashSet<>();
    for (JudgedQuery q : queries) {
      if (!ids.add(q.id())) {
        throw new IllegalArgumentException(
            "query id '" + q.id() + "' is used twice in '" + name + "'");
      }
    }
    queries = List.copyOf(queries);
  }

  /** Reads a judgment list file (UTF-8 JSON). */
  public static JudgmentList read(Path file) throws IOException, EvalFormatException {
    try (Reader in = Utf8Reader.open(file)) {
      return parse(file.toString(), in);
    }
  }

  /**
   * Parses a judgment list.
   *
   * @param source the file name for messages; also the name when the list has none
   * @throws EvalFormatException naming the line of invalid JSON, an unknown field, a malformed or
   *     duplicate query, or for an empty input
   */
  public static JudgmentList parse(String source, Reader in)
      throws IOException, EvalFormatException {
    try (JsonParser p = MAPPER.createParser(TextFiles.withoutByteOrderMark(in))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new EvalFormatException(source, line(p), "expected a JSON object " + SHAPE);
      }
      String name = source;
      List<JudgedQuery> queries = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int fieldLine = line(p);
        JsonToken value = p.nextToken();
        switch (field) {
          case "name" -> name = text(source, fieldLine, "name", value, p.getText());
          case "description" -> text(source, fieldLine, "description", value, p.getText());
          case "queries" -> queries = readQueries(source, p, fieldLine);
          default ->
              throw new EvalFormatException(
                  source, fieldLine, "unknown field '" + field + "'; expected " + SHAPE);
        }
      }
      if (p.nextToken() != null) {
        throw new EvalFormatException(source, line(p), "unexpected content after the list");
      }
      if (queries == null) {
        throw new EvalFormatException(source, line(p), "no \"queries\" field; expected " + SHAPE);
      }
      return new JudgmentList(name, queries);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String reason = JACKSON_LOCATION.matcher(e.getOriginalMessage()).replaceAll("line $1");
      throw new EvalFormatException(source, line, "not valid JSON: " + reason);
    } catch (Utf8Reader.BadLineException e) {
      throw new EvalFormatException(source, e.line(), e.reason());
    }
  }

  /** Where Jackson says a token started, in its words ("[Source: ...; line: 1, column: 1]"). */
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: \\d+\\]");

  private static List<JudgedQuery> readQueries(String source, JsonParser p, int fieldLine)
      throws IOException, EvalFormatException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new EvalFormatException(source, fieldLine, "\"queries\" must be an array");
    }
    List<JudgedQuery> queries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      int queryLine = line(p);
      if (t != JsonToken.START_OBJECT) {
        throw new EvalFormatException(source, queryLine, "each query must be an object");
      }
      JudgedQuery query = toQuery(source, queryLine, p.readValueAsTree());
      if (!ids.add(query.id())) {
        throw new EvalFormatException(
            source, queryLine, "query id '" + query.id() + "' is used twice");
      }
      queries.add(query);
    }
    if (queries.isEmpty()) {
      throw new EvalFormatException(source, fieldLine, "\"queries\" is empty; add a query");
    }
    return queries;
  }

  private static JudgedQuery toQuery(String source, int line, JsonNode node)
      throws EvalFormatException {
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!Set.of("id", "query", "relevant").contains(field)) {
        throw new EvalFormatException(
            source, line, "unknown query field '" + field + "'; expected id, query, relevant");
      }
    }
    JsonNode relevant = node.path("relevant");
    if (!node.path("id").isTextual() || !node.path("query").isTextual() || !relevant.isObject()) {
      throw new EvalFormatException(
          source, line, "a query needs \"id\" and \"query\" strings and a \"relevant\" object");
    }
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (var it = relevant.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToInt()) {
        throw new EvalFormatException(
            source,
            line,
            "grade of '" + e.getKey() + "' must be an integer, found " + e.getValue());
      }
      grades.put(e.getKey(), e.getValue().intValue());
    }
    try {
      return new JudgedQuery(node.get("id").asText(), node.get("query").asText(), grades);
    } catch (IllegalArgumentException e) {
      throw new EvalFormatException(source, line, e.getMessage());
    }
  }

  private static String text(String source, int line, String field, JsonToken token, String text)
      throws EvalFormatException {
    if (token != JsonToken.VALUE_STRING) {
      throw new EvalFormatException(source, line, "\"" + field + "\" must be a string");
    }
    return text;
  }

  private static int line(JsonParser p) {
    return Math.max(1, p.currentTokenLocation().getLineNr());
  }

  /** The query with this id. */
  public JudgedQuery query(String id) {
    return queries.stream()
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no query '"
                        + id
                        + "' in judgment list '"
                        + name
                        + "'; ids: "
                        + queries.stream().map(JudgedQuery::id).toList()));
  }

  /** The judgments as qrels, query ids as topic ids. */
  public Qrels toQrels() {
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    queries.forEach(q -> judgments.put(q.id(), q.relevant()));
    return Qrels.of(judgments);
  }

  /** The queries as topics. */
  public List<Topic> toTopics() {
    return queries.stream().map(q -> new Topic(q.id(), q.query())).toList();
  }
}
