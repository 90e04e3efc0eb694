package org.dateline.searcher.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.indexer.article.Utf8Reader;

/**
 * A run: for each topic, the documents a system retrieved, with scores. Rankings are kept in
 * trec_eval's order ({@link ScoredDoc#TREC_EVAL_ORDER}): the rank column of a run file is ignored,
 * as trec_eval ignores it (it may hold anything); only the scores order the documents. A run read
 * from a file may list a document twice in a topic's ranking, as trec_eval reads it: such a ranking
 * cannot be scored, and an {@link Evaluator} refuses it when the topic is judged, but the ranking
 * of a topic that is not judged is never scored. Immutable and thread-safe.
 */
public final class Run {

  private static final String LAYOUT = "qid Q0 docid rank score tag";

  /** A document listed a second time in a topic's ranking: the lines of both. */
  private record Duplicate(String doc, int firstLine, int line) {}

  private final String tag;
  private final Map<String, List<ScoredDoc>> byTopic;
  private final String source;
  private final Map<String, Duplicate> duplicates;

  private Run(
      String tag,
      Map<String, List<ScoredDoc>> byTopic,
      String source,
      Map<String, Duplicate> duplicates) {
    this.tag = tag;
    this.byTopic = byTopic;
    this.source = source;
    this.duplicates = duplicates;
  }

  /**
   * Whether the text can be one column of a run line (a topic id, document id or tag): not empty,
   * and without the white space trec_eval splits columns on, ASCII's space, tab, line feed,
   * vertical tab, form feed and carriage return. Other characters (an em space, a control
   * character) are part of the column, for trec_eval as here.
   */
  public static boolean isOneColumn(String text) {
    return Ids.isWord(text);
  }

  /**
   * A run given in code.
   *
   * @param tag the run tag (last column of a run file); no white space
   * @param rankings topic id to its retrieved documents, in any order; a topic may retrieve nothing
   * @throws IllegalArgumentException when a topic retrieves one document twice
   */
  public static Run of(String tag, Map<String, List<ScoredDoc>> rankings) {
    if (!Ids.isWord(tag)) {
      throw new IllegalArgumentException(
          "tag must be non-empty without white space: '" + tag + "'");
    }
    Map<String, List<ScoredDoc>> sorted = new TreeMap<>(Ids.TREC_ORDER);
    rankings.forEach(
        (topic, docs) -> {
          if (!Ids.isWord(topic)) {
            throw new IllegalArgumentException(
                "topic ids must be non-empty without white space, found '" + topic + "'");
          }
          Set<String> seen = new HashSet<>();
          for (ScoredDoc doc : docs) {
            if (!seen.add(doc.docId())) {
              throw new IllegalArgumentException(
                  "topic '"
                      + topic
                      + "' retrieves '"
                      + doc.docId()
                      + "' twice; a ranking lists"
                      + " each document once");
            }
          }
          sorted.put(topic, sortedCopy(docs));
        });
    return new Run(tag, Collections.unmodifiableMap(sorted), "", Map.of());
  }

  /** Reads a TREC run file (UTF-8). */
  public static Run read(Path file) throws IOException, EvalFormatException {
    try (Reader in = Utf8Reader.open(file)) {
      return parse(file.toString(), in);
    }
  }

  /**
   * Parses a TREC run: six columns per line, and any after the tag ignored, as trec_eval ignores
   * them; blank lines and {@code #} comments are skipped. The tag is that of the last line, as
   * trec_eval reports it. A document listed twice in a topic's ranking is kept, as trec_eval keeps
   * it, for {@link #requireEachDocumentOnce} to refuse if the topic is scored.
   *
   * @param source the file name for messages
   * @throws EvalFormatException for too few columns, a non-numeric score, or an input without lines
   */
  public static Run parse(String source, Reader in) throws IOException, EvalFormatException {
    Map<String, List<ScoredDoc>> byTopic = new TreeMap<>(Ids.TREC_ORDER);
    Map<String, Integer> firstLine = new HashMap<>();
    Map<String, Duplicate> duplicates = new HashMap<>();
    String tag = null;
    for (ColumnLines.Row row : ColumnLines.read(source, in, LAYOUT, true, false)) {
      String topic = row.columns()[0];
      String doc = row.columns()[2];
      double score = ColumnLines.decimal(source, row, 4, "score");
      Integer previous = firstLine.putIfAbsent(topic + '\u0000' + doc, row.line());
      if (previous != null) {
        duplicates.putIfAbsent(topic, new Duplicate(doc, previous, row.line()));
      }
      byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(new ScoredDoc(doc, score));
      tag = row.columns()[5];
    }
    byTopic.replaceAll((topic, docs) -> sortedCopy(docs));
    return new Run(tag, Collections.unmodifiableMap(byTopic), source, Map.copyOf(duplicates));
  }

  /**
   * Refuses a run whose ranking of one of the topics lists a document twice, as trec_eval refuses
   * it for a topic it scores (one that is judged); the ranking of a topic that is not scored may.
   *
   * @param topics the topics to be scored, e.g. {@link Qrels#topics()}
   * @throws EvalFormatException naming the line of the first such document, of the first such topic
   *     in trec_eval's order
   */
  public void requireEachDocumentOnce(Collection<String> topics) throws EvalFormatException {
    EvalFormatException e = duplicateIn(topics);
    if (e != null) {
      throw e;
    }
  }

  /** The refusal of the first topic of {@code topics} that lists a document twice, or null. */
  EvalFormatException duplicateIn(Collection<String> topics) {
    List<String> ordered = new ArrayList<>(topics);
    ordered.sort(Ids.TREC_ORDER);
    for (String topic : ordered) {
      Duplicate d = duplicates.get(topic);
      if (d != null) {
        return new EvalFormatException(
            source,
            d.line(),
            "document '"
                + d.doc()
                + "' is retrieved twice for topic '"
                + topic
                + "' (first on line "
                + d.firstLine()
                + "); trec_eval refuses duplicate documents in the ranking of a judged topic");
      }
    }
    return null;
  }

  private static List<ScoredDoc> sortedCopy(List<ScoredDoc> docs) {
    List<ScoredDoc> copy = new ArrayList<>(docs);
    copy.sort(ScoredDoc.TREC_EVAL_ORDER);
    return Collections.unmodifiableList(copy);
  }

  /** The run tag. */
  public String tag() {
    return tag;
  }

  /** The topics with a ranking, in trec_eval's order (ascending by id bytes). */
  public List<String> topics() {
    return List.copyOf(byTopic.keySet());
  }

  /** Whether the run has a ranking (possibly empty) for the topic. */
  public boolean hasTopic(String topic) {
    return byTopic.containsKey(topic);
  }

  /** The ranking of a topic in trec_eval's order; empty when the run does not have the topic. */
  public List<ScoredDoc> ranking(String topic) {
    return byTopic.getOrDefault(topic, List.of());
  }

  /**
   * Writes the run as TREC run lines, {@code qid Q0 docid rank score tag}, ranks from 1 in
   * trec_eval's order. Scores are written in full so that re-reading gives the same order.
   */
  public void write(Writer out) throws IOException {
    for (Map.Entry<String, List<ScoredDoc>> topic : byTopic.entrySet()) {
      int rank = 0;
      for (ScoredDoc doc : topic.getValue()) {
        rank++;
        out.write(
            topic.getKey()
                + " Q0 "
                + doc.docId()
                + " "
                + rank
                + " "
                + doc.score()
                + " "
                + tag
                + "\n");
      }
    }
  }
}
