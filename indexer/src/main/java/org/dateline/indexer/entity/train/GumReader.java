package org.dateline.indexer.entity.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityType;

/**
 * Reads GUM's CoNLL-U files ({@code dep/*.conllu}) into articles of paragraphs with gold named
 * entities as character spans.
 *
 * <p>GUM annotates every mention of an entity (also "the country", "she"), nested, in the {@code
 * Entity=} field of the MISC column. A mention becomes a gold <em>name</em> when its type maps
 * (person to PERSON, organization to ORGANIZATION, place to LOCATION; the other GUM types are not
 * scored) and it holds exactly one run of proper nouns that is not another mention's (see {@link
 * #nameSpan}). For a person, leading titles ({@code President}, {@code Dr.}, ...) and other names
 * ("NASA") are dropped, as CoNLL does, and plurals (groups of people) are not persons. A name
 * inside another name is dropped (CoNLL marks only the outer one).
 */
public final class GumReader {

  /** One article: paragraphs of text and the gold names of each, offsets into the paragraph. */
  public record Article(String id, List<String> paragraphs, List<List<Entity>> names) {}

  private static final Set<String> JOINERS = Set.of("of", "and", "&", "the", "de", "for", "-");
  private static final Set<String> TITLES =
      Set.of(
          "president",
          "mr.",
          "mrs.",
          "ms.",
          "dr.",
          "mr",
          "mrs",
          "ms",
          "dr",
          "senator",
          "sen.",
          "governor",
          "gov.",
          "general",
          "gen.",
          "secretary",
          "minister",
          "prime",
          "chancellor",
          "judge",
          "justice",
          "professor",
          "prof.",
          "rev.",
          "reverend",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "chairman",
          "ceo",
          "mayor",
          "representative",
          "rep.",
          "sir",
          "lord",
          "lady",
          "captain",
          "capt.",
          "colonel",
          "col.",
          "lieutenant",
          "sergeant",
          "officer",
          "commissioner",
          "director",
          "ambassador",
          "vice",
          "deputy",
          "attorney",
          "administrator",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "mp");

  private GumReader() {}

  /** All {@code *.conllu} files of a folder, in name order. */
  public static List<Article> readFolder(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .conllu files in " + dir + "; give GUM's dep/ folder");
    }
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      articles.add(read(f));
    }
    return articles;
  }

  /** One GUM document. */
  public static Article read(Path file) throws IOException {
    GumDocument doc = new GumDocument();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      doc.line(line);
    }
    doc.endSentence();
    String name = file.getFileName().toString();
    return new Article(
        name.substring(0, name.length() - ".conllu".length()), doc.paragraphs(), doc.names());
  }

  static EntityType mapType(String gumType) {
    return switch (gumType) {
      case "person" -> EntityType.PERSON;
      case "organization" -> EntityType.ORGANIZATION;
      case "place" -> EntityType.LOCATION;
      default -> null;
    };
  }

  /**
   * One sentence's tokens: words, coarse tags ({@code PROPN} for every {@code NNP*}), Penn tags,
   * and the token ranges of its person, organization and place mentions.
   */
  record Sentence(List<String> words, List<String> upos, List<String> xpos, List<int[]> named) {}

  /**
   * The token range of the name in a mention, or null when the mention holds no name or more than
   * one. The candidates are the runs of proper nouns in the mention (joined by {@code of, and, &,
   * the, de, for, -} for organizations and places, by hyphens for persons) that are not inside
   * another named mention: "the Museum of Flight in Seattle" gives "Museum of Flight", "Chicago,
   * Illinois" gives "Chicago" ("Seattle" and "Illinois" are mentions of their own). A person's name
   * loses what comes before it, see {@link #personStart}; a plural ("Muslims", "Afghans") names a
   * group, which CoNLL types MISC, and is not a person.
   */
  static int[] nameSpan(Sentence s, int start, int end, EntityType type) {
    boolean person = type == EntityType.PERSON;
    int[] found = null;
    int i = start;
    while (i < end) {
      if (!s.upos().get(i).equals("PROPN")) {
        i++;
        continue;
      }
      int b = i + 1;
      int last = b;
      while (b < end && (s.upos().get(b).equals("PROPN") || joins(s.words().get(b), person))) {
        b++;
        if (s.upos().get(b - 1).equals("PROPN")) {
          last = b;
        }
      }
      int a = person ? personStart(s, start, end, i, last) : i;
      if (a < last && !insideOtherMention(s, start, end, a, last)) {
        if (person && s.xpos().get(last - 1).equals("NNPS")) {
          return null;
        }
        if (found != null) {
          return null;
        }
        found = new int[] {a, last};
      }
      i = last;
    }
    return found;
  }

  private static boolean joins(String word, boolean person) {
    return person ? word.equals("-") : JOINERS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean insideOtherMention(Sentence s, int start, int end, int a, int b) {
    for (int[] m : s.named()) {
      boolean same = m[0] == start && m[1] == end;
      if (!same && m[0] >= start && m[1] <= end && m[0] <= a && b <= m[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the person's name in the run of proper nouns {@code [a, b)} starts: walking back from its
   * end, stopping at a title ("NASA Administrator Charles Bolden") or at the end of another name
   * mentioned inside this mention ("University of Texas Arlington Amneh Jafari"), as CoNLL marks
   * persons.
   */
  private static int personStart(Sentence s, int start, int end, int a, int b) {
    int c = b;
    while (c > a) {
      String word = s.words().get(c - 1);
      if (TITLES.contains(word.toLowerCase(Locale.ROOT))) {
        break;
      }
      if (c < b && endsOtherMention(s, start, end, c - 1)) {
        break;
      }
      c--;
    }
    return c;
  }

  private static boolean endsOtherMention(Sentence s, int start, int end, int token) {
    for (int[] m : s.named()) {
      boolean same = m[0] == start && m[1] == end;
      if (!same && m[0] >= start && m[1] <= end && m[1] - 1 == token) {
        return true;
      }
    }
    return false;
  }

  /** Parses the mentions opened and closed in one {@code Entity=} value. */
  static void parseEntityField(
      String value,
      int token,
      Map<String, int[]> open,
      Map<String, String> types,
      List<String[]> closed) {
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '(') {
        int j = i + 1;
        while (j < value.length() && value.charAt(j) != '(' && value.charAt(j) != ')') {
          j++;
        }
        String label = value.substring(i + 1, j);
        String[] parts = label.split("-");
        String id = parts[0];
        String type = parts.length > 1 ? parts[1] : "";
        if (j < value.length() && value.charAt(j) == ')') {
          closed.add(new String[] {id, type, Integer.toString(token), Integer.toString(token + 1)});
          j++;
        } else {
          open.put(id, new int[] {token});
          types.put(id, type);
        }
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < value.length() && value.charAt(j) != ')') {
          j++;
        }
        String id = value.substring(i, j);
        int[] o = open.remove(id);
        if (o != null) {
          closed.add(
              new String[] {
                id, types.remove(id), Integer.toString(o[0]), Integer.toString(token + 1)
              });
        }
        i = j + 1;
      } else {
        i++;
      }
    }
  }

  static Map<String, int[]> newOpenMap() {
    return new HashMap<>();
  }
}
