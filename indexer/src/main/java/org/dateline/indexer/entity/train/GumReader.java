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
 * scored) and, after dropping leading and trailing words that are not proper nouns, only proper
 * nouns and the joining words {@code of, and, &, the, de, for, -} remain. For a person, leading
 * titles ({@code President}, {@code Dr.}, ...) and other names ("NASA") are dropped too, as CoNLL
 * does, and plurals (groups of people) are not persons. A name inside another name is dropped
 * (CoNLL marks only the outer one).
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
   * and whether a token is the last of a person, organization or place mention.
   */
  record Sentence(List<String> words, List<String> upos, List<String> xpos, boolean[] endsName) {}

  /** The token range of the name in a mention, or null when the mention is not a name. */
  static int[] nameSpan(Sentence s, int start, int end, EntityType type) {
    List<String> upos = s.upos();
    int a = start;
    int b = end;
    while (a < b && !upos.get(a).equals("PROPN")) {
      a++;
    }
    while (b > a && !upos.get(b - 1).equals("PROPN")) {
      b--;
    }
    if (type == EntityType.PERSON) {
      if (b > a && s.xpos().get(b - 1).equals("NNPS")) {
        return null; // "Muslims", "Afghans": a group, which CoNLL types MISC
      }
      a = personStart(s, a, b);
    }
    if (a >= b) {
      return null;
    }
    for (int i = a; i < b; i++) {
      if (!upos.get(i).equals("PROPN")
          && !JOINERS.contains(s.words().get(i).toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return new int[] {a, b};
  }

  /**
   * Where a person's name ending at {@code b} starts: walking back over proper nouns (and the
   * hyphens inside "Lee Cheuk-yan", which GUM splits into three tokens), stopping at a title ("NASA
   * Administrator Charles Bolden") or at the end of another name ("Afghan Ambassador to the United
   * States Hamdullah Mohib"), as CoNLL marks persons.
   */
  private static int personStart(Sentence s, int a, int b) {
    int c = b;
    while (c > a) {
      String word = s.words().get(c - 1);
      boolean hyphen = word.equals("-") && c < b && c - 1 > a;
      if (!hyphen
          && (!s.upos().get(c - 1).equals("PROPN")
              || TITLES.contains(word.toLowerCase(Locale.ROOT))
              || (c < b && s.endsName()[c - 1]))) {
        break;
      }
      c--;
    }
    return c;
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
