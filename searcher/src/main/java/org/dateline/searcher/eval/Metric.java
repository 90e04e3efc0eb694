package org.dateline.searcher.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One trec_eval measure, with its cutoff where it has one: {@code map}, {@code P_10}, {@code
 * ndcg_cut_10}, ... Metrics sort in the order trec_eval prints them.
 *
 * @param kind the measure
 * @param cutoff the rank cutoff for {@link Kind#hasCutoff() cutoff measures}, else 0
 */
public record Metric(Kind kind, int cutoff) implements Comparable<Metric> {

  /** The measures, in trec_eval's printing order. */
  public enum Kind {
    /** The run tag; printed in the summary only. */
    RUNID("runid"),
    /** Number of topics averaged over: every judged topic (trec_eval -c). */
    NUM_Q("num_q"),
    /** Documents retrieved; the summary is the sum over judged topics. */
    NUM_RET("num_ret"),
    /** Relevant documents; the summary counts every judgment with grade above 0. */
    NUM_REL("num_rel"),
    /** Relevant documents retrieved; the summary is the sum. */
    NUM_REL_RET("num_rel_ret"),
    /** Average precision. */
    MAP("map"),
    /** Precision after R documents, R the number of relevant documents. */
    RPREC("Rprec"),
    /** Binary preference (Buckley and Voorhees 2004). */
    BPREF("bpref"),
    /** Reciprocal rank of the first relevant document. */
    RECIP_RANK("recip_rank"),
    /** Precision at a cutoff. */
    P("P"),
    /** Recall at a cutoff. */
    RECALL("recall"),
    /** nDCG over the whole ranking, gain = grade, discount log2(rank + 1). */
    NDCG("ndcg"),
    /** nDCG at a cutoff, gain = grade, discount log2(rank + 1). */
    NDCG_CUT("ndcg_cut");

    private final String trecName;

    Kind(String trecName) {
      this.trecName = trecName;
    }

    /** The name trec_eval uses. */
    public String trecName() {
      return trecName;
    }

    /** Whether the measure takes a cutoff: P, recall and ndcg_cut. */
    public boolean hasCutoff() {
      return this == P || this == RECALL || this == NDCG_CUT;
    }

    /** Whether the value is a count, printed as an integer. */
    public boolean isCount() {
      return this == NUM_Q || this == NUM_RET || this == NUM_REL || this == NUM_REL_RET;
    }
  }

  /** trec_eval's default cutoffs for P, recall and ndcg_cut. */
  public static final List<Integer> DEFAULT_CUTOFFS =
      List.of(5, 10, 15, 20, 30, 100, 200, 500, 1000);

  public Metric {
    if (kind.hasCutoff() && cutoff <= 0) {
      throw new IllegalArgumentException(
          kind.trecName() + " needs a positive cutoff, found " + cutoff);
    }
    if (!kind.hasCutoff() && cutoff != 0) {
      throw new IllegalArgumentException(kind.trecName() + " takes no cutoff, found " + cutoff);
    }
  }

  /** A measure without cutoff, e.g. {@code Metric.of(Kind.MAP)}. */
  public static Metric of(Kind kind) {
    return new Metric(kind, 0);
  }

  /** A measure at a cutoff, e.g. {@code Metric.at(Kind.NDCG_CUT, 10)}. */
  public static Metric at(Kind kind, int cutoff) {
    return new Metric(kind, cutoff);
  }

  /** trec_eval's name: {@code map}, {@code P_10}, {@code ndcg_cut_20}. */
  public String name() {
    return kind.hasCutoff() ? kind.trecName() + "_" + cutoff : kind.trecName();
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public int compareTo(Metric other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : Integer.compare(cutoff, other.cutoff);
  }

  /** Every supported measure, cutoff measures at the default cutoffs, in printing order. */
  public static List<Metric> all() {
    List<Metric> all = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      all.addAll(expand(kind));
    }
    return all;
  }

  /**
   * Parses a comma-separated list such as {@code map,P_10,ndcg_cut.20,recall}. A cutoff follows
   * {@code _} or {@code .}; a cutoff measure named alone means its default cutoffs; a bare number
   * after a measure with its cutoff is another cutoff of it, as in trec_eval ({@code P.5,10} is
   * {@code P_5} and {@code P_10}). Names ignore case. The result is in trec_eval's printing order,
   * without duplicates.
   *
   * @throws IllegalArgumentException naming the unknown measure and listing the known ones
   */
  public static List<Metric> parseList(String csv) {
    TreeSet<Metric> metrics = new TreeSet<>();
    Kind cutoffKind = null; // trec_eval's "P.5,10": a bare cutoff adds to the measure before it
    for (String part : csv.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (name.matches("\\d+")) {
        if (cutoffKind == null) {
          throw new IllegalArgumentException(
              "a cutoff alone ('"
                  + name
                  + "') must follow a measure with its cutoff, as in trec_eval's P.5,10");
        }
        if (!name.matches("0*[1-9]\\d{0,8}")) {
          throw new IllegalArgumentException(
              "cutoff '"
                  + name
                  + "' after "
                  + cutoffKind.trecName()
                  + " must be a whole number above 0 (P.5,10)");
        }
        metrics.addAll(parseOne(cutoffKind.trecName() + "." + name));
        continue;
      }
      List<Metric> parsed = parseOne(name);
      metrics.addAll(parsed);
      cutoffKind =
          parsed.size() == 1 && parsed.get(0).kind().hasCutoff() ? parsed.get(0).kind() : null;
    }
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("no measure named in '" + csv + "'");
    }
    return List.copyOf(metrics);
  }

  private static List<Metric> parseOne(String name) {
    for (Kind kind : Kind.values()) {
      String trec = kind.trecName();
      if (name.equalsIgnoreCase(trec)) {
        return expand(kind);
      }
      boolean prefixed =
          name.length() > trec.length() + 1
              && name.regionMatches(true, 0, trec, 0, trec.length())
              && (name.charAt(trec.length()) == '_' || name.charAt(trec.length()) == '.');
      if (kind.hasCutoff() && prefixed) {
        String digits = name.substring(trec.length() + 1);
        if (digits.matches("\\d{1,9}") && Integer.parseInt(digits) > 0) {
          return List.of(at(kind, Integer.parseInt(digits)));
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown measure '"
            + name
            + "'; known: runid, num_q, num_ret, num_rel, num_rel_ret, map, Rprec, bpref,"
            + " recip_rank, ndcg, and P_k, recall_k, ndcg_cut_k for a cutoff k > 0 (alone: k = "
            + DEFAULT_CUTOFFS
            + ")");
  }

  private static List<Metric> expand(Kind kind) {
    return kind.hasCutoff()
        ? DEFAULT_CUTOFFS.stream().map(k -> at(kind, k)).toList()
        : List.of(of(kind));
  }
}
