package org.dateline.indexer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word clusters learnt from unlabeled news text ({@link ClusterBuilder}): each word has a path of
 * '0'/'1' in a binary tree of clusters, so that prefixes of the path are coarser clusters, as with
 * Brown clusters. Words that occur in similar contexts share long prefixes, which lets the tagger
 * type names it never saw labeled ("Google" near "Microsoft"). Stored inside the model. Immutable
 * and thread-safe.
 */
public final class WordClusters {

  public static final WordClusters EMPTY = new WordClusters(Collections.emptyMap());

  private final Map<String, String> paths;

  /** Takes {@code paths} as is: the caller hands it over and keeps no reference. */
  WordClusters(Map<String, String> paths) {
    this.paths = paths;
  }

  /**
   * The path of {@code token}, looked up as written, then lower-cased, then title-cased; {@code
   * null} when unknown.
   */
  String path(String token) {
    return path(token, TokenShapes.lower(token));
  }

  /** {@link #path(String)} when the lower-cased token is at hand. */
  String path(String token, String lower) {
    String p = paths.get(token);
    if (p == null && !lower.equals(token)) {
      p = paths.get(lower);
    }
    if (p == null && !lower.isEmpty() && Character.isLowerCase(lower.charAt(0))) {
      String title = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
      if (!title.equals(token)) {
        p = paths.get(title);
      }
    }
    return p;
  }

  public int size() {
    return paths.size();
  }

  boolean isEmpty() {
    return paths.isEmpty();
  }

  /** Writes the entries sorted, so that the same clusters always give the same bytes. */
  public void write(Writer out) throws IOException {
    for (Map.Entry<String, String> e : new TreeMap<>(paths).entrySet()) {
      out.write(e.getValue() + "\t" + e.getKey() + "\n");
    }
  }

  public static WordClusters read(BufferedReader in) throws IOException {
    Map<String, String> paths = new HashMap<>(1 << 16);
    Map<String, String> distinct = new HashMap<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        String path = line.substring(0, tab);
        paths.put(line.substring(tab + 1), distinct.computeIfAbsent(path, k -> k));
      }
    }
    return new WordClusters(paths);
  }
}
