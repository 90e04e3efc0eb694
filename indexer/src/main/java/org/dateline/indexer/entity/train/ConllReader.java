package org.dateline.indexer.entity.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.entity.LabeledDocument;
import org.dateline.indexer.entity.TokenSpan;

/**
 * Reads CoNLL-2003 files: one token per line, the NER tag (IOB1 or IOB2) in the last column, blank
 * lines between sentences, {@code -DOCSTART-} lines between documents.
 */
public final class ConllReader {

  private ConllReader() {}

  /** The documents of a CoNLL file. */
  public static List<LabeledDocument> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** The documents of CoNLL text; {@code source} names it in error messages. */
  public static List<LabeledDocument> read(BufferedReader in, String source) throws IOException {
    List<LabeledDocument> docs = new ArrayList<>();
    List<String[]> sentences = new ArrayList<>();
    List<List<TokenSpan>> names = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNo = 0;
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
          return docs;
        }
        continue;
      }
      String[] cols = line.trim().split("\\s+");
      if (cols.length < 2) {
        throw new IOException(
            source + ":" + lineNo + ": expected 'token ... tag' columns but got '" + line + "'");
      }
      tokens.add(cols[0]);
      tags.add(cols[cols.length - 1]);
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
