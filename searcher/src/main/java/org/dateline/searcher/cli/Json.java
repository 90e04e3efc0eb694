package org.dateline.searcher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.indexer.cli.JsonOutput;
import org.dateline.searcher.ArticleHit;
import org.dateline.searcher.FacetResults;
import org.dateline.searcher.IndexStats;
import org.dateline.searcher.ParagraphHit;
import org.dateline.searcher.SearchResults;

/** The JSON shapes the CLI prints (documented in the README). */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String write(Object value) {
    try {
      return JsonOutput.forStandardOutput(MAPPER).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static Map<String, Object> results(SearchResults r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.total());
    m.put("totalExact", r.totalIsExact());
    m.put("start", r.start());
    m.put("hits", hits(r.hits()));
    if (r.facets() != null) {
      m.put("facets", facets(r.facets()));
    }
    m.put("nextCursor", r.nextCursor());
    m.put("partial", r.partial());
    return m;
  }

  static List<Object> hits(List<ArticleHit> hits) {
    List<Object> list = new ArrayList<>();
    for (ArticleHit h : hits) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", h.id());
      m.put("date", h.date() == null ? null : h.date().toString());
      m.put("score", h.score());
      m.put("title", h.title());
      m.put("highlightedTitle", h.highlightedTitle());
      List<Object> paragraphs = new ArrayList<>();
      for (ParagraphHit p : h.paragraphs()) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("number", p.number());
        pm.put("text", p.text());
        pm.put("highlighted", p.highlighted());
        paragraphs.add(pm);
      }
      m.put("paragraphs", paragraphs);
      m.put("entities", h.entities());
      if (!h.metadata().isEmpty()) {
        m.put("metadata", h.metadata());
      }
      if (h.explanation() != null) {
        m.put("explanation", h.explanation());
      }
      list.add(m);
    }
    return list;
  }

  static Map<String, Object> facets(FacetResults f) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String dim : List.of("person", "organization", "location", "date")) {
      m.put(dim, values(f.get(dim)));
    }
    m.put("dateBuckets", f.dateBuckets().name().toLowerCase(java.util.Locale.ROOT));
    return m;
  }

  /**
   * What {@code facets --json} prints: the {@link #facets} object, as {@code search --json} nests
   * it, with {@code total}, {@code totalExact} and {@code partial} added, as {@code search --json}
   * has them: how many articles were counted, whether that number is exact, and whether the
   * counting stopped at its time limit. Added keys, so that programs reading the object's keys go
   * on working.
   */
  static Map<String, Object> facetCounts(SearchResults r) {
    Map<String, Object> m = facets(r.facets());
    m.put("total", r.total());
    m.put("totalExact", r.totalIsExact());
    m.put("partial", r.partial());
    return m;
  }

  /** Facet values as {@code {"value": ..., "count": ...}} objects, in their order. */
  private static List<Object> values(List<FacetResults.FacetValue> values) {
    List<Object> list = new ArrayList<>(values.size());
    for (FacetResults.FacetValue v : values) {
      Map<String, Object> vm = new LinkedHashMap<>();
      vm.put("value", v.value());
      vm.put("count", v.count());
      list.add(vm);
    }
    return list;
  }

  static Map<String, Object> stats(IndexStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", s.articles());
    m.put("paragraphs", s.paragraphs());
    m.put("firstDate", s.firstDate() == null ? null : s.firstDate().toString());
    m.put("lastDate", s.lastDate() == null ? null : s.lastDate().toString());
    Map<String, Object> top = new LinkedHashMap<>();
    s.topEntities().forEach((dim, values) -> top.put(dim, values(values)));
    m.put("topEntities", top);
    m.put("sizeBytes", s.sizeBytes());
    m.put("segments", s.segments());
    m.put("lastCommit", s.lastCommit() == null ? null : s.lastCommit().toString());
    return m;
  }
}
