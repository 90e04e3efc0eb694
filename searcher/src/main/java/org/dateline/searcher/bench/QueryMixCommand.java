package org.dateline.searcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.dateline.indexer.article.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline bench queries}: makes the query list of {@code bench query} from the vocabulary
 * of Reuters-21578, deterministically for a seed. Words are lower-case letters only, three or more,
 * not English stop words; "common" words are in more than 1,500 of the articles, "medium" ones in
 * 30 to 1,500; phrases are pairs of such words side by side in some paragraph of at least 30
 * articles.
 */
@Command(
    name = "queries",
    mixinStandardHelpOptions = true,
    description = "Write the benchmark query list (term, two-term, phrase, boolean) for a seed.")
public final class QueryMixCommand implements Callable<Integer> {

  private static final int COMMON = 1_500;
  private static final int RARE = 30;

  @Spec CommandSpec spec;

  @Option(names = "--reuters", required = true, paramLabel = "DIR")
  Path reuters;

  @Option(names = "--seed", paramLabel = "N", description = "Default: ${DEFAULT-VALUE}.")
  long seed = 1987;

  @Option(names = "--per-kind", paramLabel = "N", description = "Default: ${DEFAULT-VALUE}.")
  int perKind = 40;

  @Option(names = "--out", paramLabel = "FILE", description = "Default: stdout.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<Article> articles = ReutersReplicas.read(reuters, 1).originals();
    Map<String, Integer> words = new TreeMap<>();
    Map<String, Integer> pairs = new TreeMap<>();
    for (Article a : articles) {
      Set<String> w = new HashSet<>();
      Set<String> p = new HashSet<>();
      for (String paragraph : a.paragraphs()) {
        String previous = null;
        for (String token : paragraph.toLowerCase(Locale.ROOT).split("\\s+")) {
          String bare = EDGE_PUNCTUATION.matcher(token).replaceAll("");
          String word = usable(bare) ? bare : null;
          if (word != null) {
            w.add(word);
            if (previous != null) {
              p.add(previous + " " + word);
            }
          }
          previous = word;
        }
      }
      w.forEach(x -> words.merge(x, 1, Integer::sum));
      p.forEach(x -> pairs.merge(x, 1, Integer::sum));
    }
    List<String> common = band(words, COMMON, Integer.MAX_VALUE);
    List<String> medium = band(words, RARE, COMMON);
    List<String> phrases = band(pairs, RARE, Integer.MAX_VALUE);
    spec.commandLine()
        .getErr()
        .printf(
            "%,d common words, %,d medium words, %,d phrases to choose from%n",
            common.size(), medium.size(), phrases.size());
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    lines.add("# Benchmark queries from Reuters-21578: dateline bench queries --seed " + seed);
    lines.add("# KIND<TAB>QUERY (Lucene classic syntax); " + perKind + " of each kind");
    for (int i = 0; i < perKind; i++) {
      lines.add("term\t" + pick(random, i % 4 == 0 ? common : medium));
    }
    for (int i = 0; i < perKind; i++) {
      lines.add(
          "two-term\t" + pick(random, i % 4 == 0 ? common : medium) + " " + pick(random, medium));
    }
    for (int i = 0; i < perKind; i++) {
      lines.add("phrase\t\"" + pick(random, phrases) + "\"");
    }
    for (int i = 0; i < perKind; i++) {
      String a = pick(random, i % 4 == 0 ? common : medium);
      String b = pick(random, medium);
      String c = pick(random, medium);
      lines.add(
          "boolean\t"
              + switch (i % 4) {
                case 0 -> "+" + a + " +" + b;
                case 1 -> a + " AND (" + b + " OR " + c + ")";
                case 2 -> "+" + a + " -" + b;
                default -> "(" + a + " OR " + b + ") AND \"" + pick(random, phrases) + "\"";
              });
    }
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      lines.forEach(w::println);
      w.flush();
    } else {
      Files.write(out, lines, StandardCharsets.UTF_8);
    }
    return 0;
  }

  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /** Function words nobody searches for, beyond Lucene's short English stop list. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "about", "after", "also", "been", "before", "being", "can", "could", "did", "does",
          "from", "had", "has", "have", "her", "his", "its", "may", "might", "more", "most",
          "other", "our", "over", "she", "should", "some", "than", "them", "those", "very", "was",
          "were", "what", "when", "which", "while", "who", "would", "you", "your", "said", "says",
          "reuter");

  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

  private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

  /** Letters only (no digits, no inner apostrophes or hyphens), not a stop or function word. */
  private static boolean usable(String token) {
    return WORD.matcher(token).matches()
        && !STOP.contains(token)
        && !FUNCTION_WORDS.contains(token);
  }

  /** Keys with a count in [lo, hi), in sorted order. */
  private static List<String> band(Map<String, Integer> counts, int lo, int hi) {
    List<String> out = new ArrayList<>();
    counts.forEach(
        (k, v) -> {
          if (v >= lo && v < hi) {
            out.add(k);
          }
        });
    return out;
  }

  /** A random element not picked before, so no query repeats a word or phrase of another. */
  private String pick(Random random, List<String> from) {
    for (int attempt = 0; ; attempt++) {
      String s = from.get(random.nextInt(from.size()));
      if (picked.add(s) || attempt > 1000) {
        return s;
      }
    }
  }

  private final Set<String> picked = new HashSet<>();
}
