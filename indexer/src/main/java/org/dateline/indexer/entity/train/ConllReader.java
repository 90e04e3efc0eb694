package org.dateline.indexer.entity.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.indexer.article.Utf8Reader;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.entity.LabeledDocument;
import org.dateline.indexer.entity.TokenSpan;

/**
 * Reads CoNLL-2003 files: one token per line, the NER tag (IOB1 or IOB2) in the last column, blank
 * lines between sentences, {@code -DOCSTART-} lines between documents.
 */
public final class ConllReader {

  private ConllReader() {}

  /**
   * The documents of a CoNLL file (UTF-8).
   *
   * @throws IllegalArgumentException naming the file and line of a line that breaks the format (see
   *     {@link #read(BufferedReader, String)}), of text that is not UTF-8, or for a file without a
   *     sentence
   */
  public static List<LabeledDocument> read(Path file) throws IOException {
    try (BufferedReader in = new BufferedReader(Utf8Reader.open(file))) {
      return read(in, file.toString());
    } catch (Utf8Reader.BadLineException e) {
      throw new IllegalArgumentException(file + ":" + e.line() + ": " + e.reason());
    }
  }

  /** A tag of the four CoNLL-2003 types, IOB1 or IOB2. */
  private static final Pattern TAG = Pattern.compile("O|[BI]-(PER|ORG|LOC|MISC)");

  /**
   * The documents of CoNLL text; {@code source} names it in error messages.
   *
   * @throws IllegalArgumentException naming the source and line of a line whose number of columns
   *     differs from the first token line's (at least two: the token first, the tag last), of a tag
   *     that is not {@code O} or {@code B-}/{@code I-} with PER, ORG, LOC or MISC, or for an input
   *     without a sentence
   */
  public static List<LabeledDocument> read(BufferedReader in, String source) throws IOException {
    List<LabeledDocument> docs = new ArrayList<>();
    List<String[]> sentences = new ArrayList<>();
    List<List<TokenSpan>> names = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNo = 0;
    int columns = 0;
    int columnsLine = 0;
    for (String line = in.readLine(); ; line = in.readLine()) {
      lineNo++;
      boolean docStart = line != null && line.startsWith("-DOCSTART-");
      if (line == null || line.isBlank() || docStart) {
        if (!tokens.isEmpty()) {
          sentences.add(tokens.toArray(new String[0]));
          names.add(spans(tags));
          tokens.clear();
          tags.clear();
        }
        if ((line == null || docStart) && !sentences.isEmpty()) {
          docs.add(new LabeledDocument(List.copyOf(sentences), List.copyOf(names)));
          sentences.clear();
          names.clear();
        }
        if (line == null) {
          if (docs.isEmpty()) {
            throw new IllegalArgumentException(
                source + ": no sentence; expected lines of 'token ... tag' columns");
          }
          return docs;
        }
        continue;
      }
      String[] cols = line.strip().split("\\s+");
      if (cols.length < 2) {
        throw new IllegalArgumentException(
            source + ":" + lineNo + ": expected 'token ... tag' columns, found '" + line + "'");
      }
      if (columns == 0) {
        columns = cols.length;
        columnsLine = lineNo;
      } else if (cols.length != columns) {
        throw new IllegalArgumentException(
            source
                + ":"
                + lineNo
                + ": expected "
                + columns
                + " columns as on line "
                + columnsLine
                + ", found "
                + cols.length);
      }
      String tag = cols[cols.length - 1];
      if (!TAG.matcher(tag).matches()) {
        throw new IllegalArgumentException(
            source
                + ":"
                + lineNo
                + ": unknown tag '"
                + tag
                + "' in the last column; expected O, or B- or I- with PER, ORG, LOC or MISC");
      }
      tokens.add(cols[0]);
      tags.add(tag);
    }
  }

  /** The spans of a tag sequence, IOB1 or IOB2. */
  static List<TokenSpan> spans(List<String> tags) {
    List<TokenSpan> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.length() > 2 ? tag.substring(2) : null;
      boolean continues = type != null && tag.startsWith("I-") && t.equals(type);
      if (!continues && type != null) {
        spans.add(new TokenSpan(start, i, code(type)));
        type = null;
      }
      if (!continues && t != null) {
        start = i;
        type = t;
      }
    }
    return spans;
  }

  private static EntityType code(String code) {
    return switch (code) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      default -> EntityType.MISC;
    };
  }
}
