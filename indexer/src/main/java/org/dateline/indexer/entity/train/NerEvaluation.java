package org.dateline.indexer.entity.train;

import java.util.ArrayList;
import java.util.List;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.entity.LabeledDocument;
import org.dateline.indexer.entity.NerModel;
import org.dateline.indexer.entity.TokenSpan;

/**
 * Runs a model over annotated documents and scores it strictly; also times the tagging.
 *
 * @param score the strict scores
 * @param tokens tokens tagged (for raw-text articles: characters / 1, see {@link #tokens})
 * @param nanos time spent tagging
 */
public record NerEvaluation(NerScore score, long tokens, long nanos) {

  /**
   * Tags pre-tokenized documents (CoNLL) as the extractor does: document by document, with
   * document-level consistency.
   */
  public static NerEvaluation run(NerModel model, List<LabeledDocument> documents) {
    NerScore score = new NerScore();
    long tokens = 0;
    long start = System.nanoTime();
    for (LabeledDocument d : documents) {
      List<List<TokenSpan>> predicted = model.tagDocument(d.sentences());
      for (int s = 0; s < predicted.size(); s++) {
        score.add(d.names().get(s), predicted.get(s));
      }
      tokens += d.tokenCount();
    }
    return new NerEvaluation(score, tokens, System.nanoTime() - start);
  }

  /**
   * Runs the whole extractor (tokenizer, sentence splitter, tagger) on raw article text and scores
   * by character span and type; {@code tokens} counts the gold articles' whitespace-separated
   * words.
   */
  public static NerEvaluation runText(EntityExtractor extractor, List<GumReader.Article> articles) {
    NerScore score = new NerScore();
    long tokens = 0;
    long start = System.nanoTime();
    for (GumReader.Article a : articles) {
      List<List<Entity>> predicted = extractor.extractArticle(a.paragraphs());
      for (int p = 0; p < predicted.size(); p++) {
        score.add(charSpans(a.names().get(p)), charSpans(predicted.get(p)));
        tokens += a.paragraphs().get(p).split("\\s+").length;
      }
    }
    return new NerEvaluation(score, tokens, System.nanoTime() - start);
  }

  /**
   * Steadier views of a small raw-text gold set: micro F1 (person + organization + location) on the
   * even-numbered and odd-numbered articles separately, and on unique names (each article's
   * distinct (text, type) pairs counted once, so a name repeated thirty times weighs as one).
   *
   * @return {even-articles F1, odd-articles F1, unique-names F1}
   */
  public static double[] detail(EntityExtractor extractor, List<GumReader.Article> articles) {
    NerScore[] halves = {new NerScore(), new NerScore()};
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < articles.size(); i++) {
      GumReader.Article a = articles.get(i);
      List<List<Entity>> predicted = extractor.extractArticle(a.paragraphs());
      java.util.Set<String> gold = new java.util.HashSet<>();
      java.util.Set<String> found = new java.util.HashSet<>();
      for (int p = 0; p < predicted.size(); p++) {
        halves[i % 2].add(charSpans(a.names().get(p)), charSpans(predicted.get(p)));
        for (Entity e : a.names().get(p)) {
          if (NerScore.HEADLINE_TYPES.contains(e.type())) {
            gold.add(e.type() + "\t" + e.text());
          }
        }
        for (Entity e : predicted.get(p)) {
          if (NerScore.HEADLINE_TYPES.contains(e.type())) {
            found.add(e.type() + "\t" + e.text());
          }
        }
      }
      for (String f : found) {
        if (gold.contains(f)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String g : gold) {
        if (!found.contains(g)) {
          fn++;
        }
      }
    }
    double unique = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    return new double[] {
      halves[0].f1(NerScore.HEADLINE_TYPES), halves[1].f1(NerScore.HEADLINE_TYPES), unique
    };
  }

  private static List<TokenSpan> charSpans(List<Entity> entities) {
    List<TokenSpan> spans = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      spans.add(new TokenSpan(e.start(), e.end(), e.type()));
    }
    return spans;
  }

  /**
   * The documents as written in capitals (as wire and archive text often is): every letter upper
   * case, the gold names where they were.
   */
  public static List<LabeledDocument> inCapitals(List<LabeledDocument> documents) {
    return documents.stream().map(LabeledDocument::inCapitals).toList();
  }

  /** The articles as written in capitals, the gold names at the same character offsets. */
  public static List<GumReader.Article> articlesInCapitals(List<GumReader.Article> articles) {
    List<GumReader.Article> upper = new ArrayList<>(articles.size());
    for (GumReader.Article a : articles) {
      List<List<Entity>> names = new ArrayList<>(a.names().size());
      for (List<Entity> paragraph : a.names()) {
        names.add(
            paragraph.stream()
                .map(
                    e ->
                        new Entity(
                            e.type(), LabeledDocument.capitals(e.text()), e.start(), e.end()))
                .toList());
      }
      upper.add(
          new GumReader.Article(
              a.id(), a.paragraphs().stream().map(LabeledDocument::capitals).toList(), names));
    }
    return upper;
  }

  /** Tokens tagged per second, scoring included. */
  public double tokensPerSecond() {
    return tokens * 1e9 / Math.max(1, nanos);
  }
}
