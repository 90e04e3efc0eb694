package org.dateline.searcher.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.indexer.article.Utf8Reader;

/**
 * Relevance judgments: for each topic, the graded judgment of each judged document. Read from TREC
 * qrels ({@code qid 0 docid grade}); a grade of 0 means judged not relevant, higher grades more
 * relevant, and a negative grade means pooled but not judged (as in trec_eval). Immutable and
 * thread-safe.
 */
public final class Qrels {

  private static final String LAYOUT = "qid 0 docid grade";

  private final Map<String, Map<String, Integer>> byTopic;

  private Qrels(Map<String, Map<String, Integer>> byTopic) {
    this.byTopic = byTopic;
  }

  /**
   * Judgments given in code.
   *
   * @param judgments topic id to (document id to grade); topics must not be empty
   */
  public static Qrels of(Map<String, Map<String, Integer>> judgments) {
    Map<String, Map<String, Integer>> copy = new TreeMap<>(Ids.TREC_ORDER);
    judgments.forEach(
        (topic, docs) -> {
          if (docs.isEmpty()) {
            throw new IllegalArgumentException(
                "topic '" + topic + "' has no judgments; leave it out or judge a document");
          }
          copy.put(topic, Collections.unmodifiableMap(new LinkedHashMap<>(docs)));
        });
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("judgments must name at least one topic");
    }
    return new Qrels(Collections.unmodifiableMap(copy));
  }

  /** Reads a TREC qrels file (UTF-8). */
  public static Qrels read(Path file) throws IOException, EvalFormatException {
    try (Reader in = Utf8Reader.open(file)) {
      return parse(file.toString(), in);
    }
  }

  /**
   * Parses TREC qrels: four columns per line; {@code #} comments are skipped. A blank line is
   * refused, as trec_eval refuses it ("Malformed line"), and so is a document judged twice for one
   * topic, whether or not a run ranks that topic: {@code trec_eval -c} (10.0) checks the judgments
   * of every judged topic, scoring a topic the run leaves out against an empty ranking.
   *
   * @param source the file name for messages
   * @throws EvalFormatException for a wrong column count, a blank line, a non-integer grade, a
   *     document judged twice for one topic, or an input without judgments
   */
  public static Qrels parse(String source, Reader in) throws IOException, EvalFormatException {
    Map<String, Map<String, Integer>> byTopic = new TreeMap<>(Ids.TREC_ORDER);
    Map<String, Integer> firstLine = new HashMap<>();
    for (ColumnLines.Row row : ColumnLines.read(source, in, LAYOUT, false, true)) {
      String topic = row.columns()[0];
      String doc = row.columns()[2];
      int grade = ColumnLines.integer(source, row, 3, "grade");
      Integer previous = firstLine.putIfAbsent(topic + '\u0000' + doc, row.line());
      if (previous != null) {
        throw new EvalFormatException(
            source,
            row.line(),
            "document '"
                + doc
                + "' is judged twice for topic '"
                + topic
                + "' (first on line "
                + previous
                + "); trec_eval -c refuses duplicate judgments in any judged topic, ranked or not");
      }
      byTopic.computeIfAbsent(topic, t -> new LinkedHashMap<>()).put(doc, grade);
    }
    byTopic.replaceAll((topic, docs) -> Collections.unmodifiableMap(docs));
    return new Qrels(Collections.unmodifiableMap(byTopic));
  }

  /** The judged topics, in trec_eval's order (ascending by id bytes). */
  public List<String> topics() {
    return List.copyOf(byTopic.keySet());
  }

  /** The judgments of one topic (document id to grade), empty when the topic is not judged. */
  public Map<String, Integer> judgments(String topic) {
    return byTopic.getOrDefault(topic, Map.of());
  }

  /** Whether the topic has judgments. */
  public boolean hasTopic(String topic) {
    return byTopic.containsKey(topic);
  }

  /** Every judgment with a grade above 0, over all topics: trec_eval's {@code num_rel} under -c. */
  public long countPositive() {
    return byTopic.values().stream()
        .flatMap(m -> m.values().stream())
        .filter(grade -> grade > 0)
        .count();
  }
}
