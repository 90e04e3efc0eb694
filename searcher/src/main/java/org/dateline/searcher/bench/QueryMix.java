package org.dateline.searcher.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed list of benchmark queries, one per line as {@code KIND<TAB>QUERY} in Lucene's classic
 * syntax; {@code #} starts a comment line. The default list, made from Reuters-21578 by {@code
 * dateline bench queries}, ships as a resource.
 */
record QueryMix(List<Entry> entries) {

  /** The kinds of query in a mix. */
  static final List<String> KINDS = List.of("term", "two-term", "phrase", "boolean");

  /** The shipped list. */
  static final String RESOURCE = "reuters-queries.tsv";

  record Entry(String kind, String query) {}

  QueryMix {
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("the query list is empty");
    }
  }

  List<String> queries() {
    return entries.stream().map(Entry::query).toList();
  }

  /** The shipped list of Reuters queries. */
  static QueryMix shipped() throws IOException {
    try (InputStream in = QueryMix.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + RESOURCE + " is missing from the jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
    }
  }

  static QueryMix read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  private static QueryMix parse(BufferedReader r, String source) throws IOException {
    List<Entry> entries = new ArrayList<>();
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || !KINDS.contains(line.substring(0, tab))) {
        throw new IllegalArgumentException(
            source + ":" + n + ": expected KIND<TAB>QUERY with KIND one of " + KINDS);
      }
      entries.add(new Entry(line.substring(0, tab), line.substring(tab + 1)));
    }
    return new QueryMix(entries);
  }
}
