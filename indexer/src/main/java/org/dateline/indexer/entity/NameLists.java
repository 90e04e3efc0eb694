package org.dateline.indexer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Name lists from outside the training data (place names, organization names, first names), stored
 * inside the model. Like the {@link Gazetteer}, a match is only a feature: the tagger learns from
 * the training data how far each list can be trusted. Immutable and thread-safe.
 */
public final class NameLists {

  public static final NameLists EMPTY = new NameLists(new Gazetteer(Map.of()), Set.of());

  final Gazetteer names;
  private final Set<String> firstNames;

  /** Takes {@code firstNames} as is: the caller hands it over and keeps no reference. */
  NameLists(Gazetteer names, Set<String> firstNames) {
    this.names = names;
    this.firstNames = Collections.unmodifiableSet(firstNames);
  }

  /**
   * Reads the lists in {@code dir}: {@code locations*.txt} (LOCATION), {@code organizations*.txt}
   * (ORGANIZATION), {@code persons*.txt} (PERSON), {@code first-names*.txt} (first names); one name
   * per line, {@code #} starts a comment. A name in several lists keeps the type of the first file,
   * in sorted file order.
   */
  public static NameLists readFolder(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
      ds.forEach(files::add);
    }
    files.sort(null);
    Map<String, EntityType> names = new HashMap<>();
    Set<String> first = new HashSet<>();
    for (Path f : files) {
      String file = f.getFileName().toString();
      EntityType type =
          file.startsWith("locations")
              ? EntityType.LOCATION
              : file.startsWith("organizations")
                  ? EntityType.ORGANIZATION
                  : file.startsWith("persons") ? EntityType.PERSON : null;
      boolean firstNames = file.startsWith("first-names");
      if (type == null && !firstNames) {
        continue;
      }
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        if (firstNames) {
          first.add(TokenShapes.lower(name));
        } else {
          String key = key(name);
          if (!key.isEmpty() && key.split(" ").length <= Gazetteer.MAX_NAME_TOKENS) {
            names.putIfAbsent(key, type);
          }
        }
      }
    }
    return new NameLists(new Gazetteer(names), first);
  }

  /** The name as the gazetteer keys it: lower-cased tokens joined by spaces. */
  private static String key(String name) {
    StringBuilder sb = new StringBuilder();
    for (Token t : NewsTokenizer.tokenize(name)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(TokenShapes.lower(t.text()));
    }
    return sb.toString();
  }

  boolean isEmpty() {
    return names.size() == 0 && firstNames.isEmpty();
  }

  /**
   * Whether {@code lower} (a lower-cased word) is a listed company or organization and not a listed
   * first name ("sony", "google"; not "chelsea").
   */
  boolean isOrganizationOnly(String lower) {
    return names.typeOf(lower) == EntityType.ORGANIZATION && !firstNames.contains(lower);
  }

  /** True if {@code lower} (a lower-cased word) is a listed first name. */
  boolean isFirstName(String lower) {
    return firstNames.contains(lower);
  }

  public int size() {
    return names.size() + firstNames.size();
  }

  /** Writes the lists: gazetteer lines ({@code TYPE\tname}), then {@code FIRST\tname} lines. */
  public void write(Writer out) throws IOException {
    names.write(out);
    for (String n : new TreeSet<>(firstNames)) {
      out.write("FIRST\t" + n + "\n");
    }
  }

  static NameLists read(BufferedReader in) throws IOException {
    Map<String, EntityType> names = new HashMap<>();
    Set<String> first = new HashSet<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        String code = line.substring(0, tab);
        if (code.equals("FIRST")) {
          first.add(line.substring(tab + 1));
        } else {
          names.put(line.substring(tab + 1), Labels.type(code));
        }
      }
    }
    return new NameLists(new Gazetteer(names), first);
  }
}
