package org.dateline.indexer.entity.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityType;

/** Builds the paragraphs and gold names of one GUM document, line by line. Not thread-safe. */
final class GumDocument {

  private final List<String> paragraphs = new ArrayList<>();
  private final List<List<Entity>> names = new ArrayList<>();
  private StringBuilder text = new StringBuilder();
  private List<Entity> paragraphNames = new ArrayList<>();

  private final List<String> words = new ArrayList<>();
  private final List<String> upos = new ArrayList<>();
  private final List<String> xpos = new ArrayList<>();
  private final List<Boolean> spaceAfter = new ArrayList<>();
  private final Map<String, int[]> open = new HashMap<>();
  private final Map<String, String> types = new HashMap<>();
  private final List<String[]> mentions = new ArrayList<>();

  void line(String line) {
    if (line.startsWith("# newpar")) {
      if (line.startsWith("# newpar_block")) {
        return;
      }
      endSentence();
      endParagraph();
    } else if (line.isBlank()) {
      endSentence();
    } else if (!line.startsWith("#")) {
      String[] cols = line.split("\t");
      if (cols.length < 10 || cols[0].contains("-") || cols[0].contains(".")) {
        return; // multi-word token ranges and empty nodes carry no surface text of their own
      }
      int token = words.size();
      words.add(cols[1]);
      upos.add(cols[4].startsWith("NNP") ? "PROPN" : cols[3]);
      xpos.add(cols[4]);
      spaceAfter.add(!cols[9].contains("SpaceAfter=No"));
      for (String field : cols[9].split("\\|")) {
        if (field.startsWith("Entity=")) {
          GumReader.parseEntityField(field.substring(7), token, open, types, mentions);
        }
      }
    }
  }

  void endSentence() {
    if (words.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(' ');
    }
    int[] offsets = new int[words.size() + 1];
    int[] ends = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      offsets[i] = text.length();
      text.append(words.get(i));
      ends[i] = text.length();
      if (spaceAfter.get(i) && i + 1 < words.size()) {
        text.append(' ');
      }
    }
    List<int[]> spans = new ArrayList<>();
    List<int[]> named = new ArrayList<>();
    for (String[] m : mentions) {
      if (GumReader.mapType(m[1]) != null) {
        named.add(new int[] {Integer.parseInt(m[2]), Integer.parseInt(m[3])});
      }
    }
    GumReader.Sentence sentence = new GumReader.Sentence(words, upos, xpos, named);
    for (String[] m : mentions) {
      EntityType type = GumReader.mapType(m[1]);
      if (type != null) {
        int[] span =
            GumReader.nameSpan(sentence, Integer.parseInt(m[2]), Integer.parseInt(m[3]), type);
        if (span != null) {
          spans.add(new int[] {span[0], span[1], type.ordinal()});
        }
      }
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
    for (int[] s : spans) {
      if (!nestedOrDuplicate(s, spans)) {
        int start = offsets[s[0]];
        int end = ends[s[1] - 1];
        paragraphNames.add(
            new Entity(EntityType.values()[s[2]], text.substring(start, end), start, end));
      }
    }
    words.clear();
    upos.clear();
    xpos.clear();
    spaceAfter.clear();
    open.clear();
    types.clear();
    mentions.clear();
  }

  /** True when another span contains this one (or equals it and comes first). */
  private static boolean nestedOrDuplicate(int[] s, List<int[]> spans) {
    for (int[] o : spans) {
      if (o == s) {
        continue;
      }
      boolean contains = o[0] <= s[0] && s[1] <= o[1];
      boolean same = o[0] == s[0] && o[1] == s[1];
      if (contains && (!same || spans.indexOf(o) < spans.indexOf(s))) {
        return true;
      }
    }
    return false;
  }

  private void endParagraph() {
    if (text.length() > 0) {
      paragraphs.add(text.toString());
      names.add(List.copyOf(paragraphNames));
    }
    text = new StringBuilder();
    paragraphNames = new ArrayList<>();
  }

  List<String> paragraphs() {
    endParagraph();
    return List.copyOf(paragraphs);
  }

  List<List<Entity>> names() {
    return List.copyOf(names);
  }
}
