package org.dateline.indexer.entity;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;

/**
 * A trained name tagger: an Apache OpenNLP classifier (perceptron or maximum entropy) over the
 * features of {@link NerFeatures}, with the true-casing table and gazetteer those features need.
 * Tags left to right, choosing for each token the best label that IOB2 allows after the previous
 * one.
 *
 * <p>Stored as one zip file: {@code features.bin} (the classifier's weights keyed by feature ids,
 * {@link FeatureTable}), {@code truecase.txt}, {@code gazetteer.tsv}, {@code clusters.tsv}, {@code
 * lists.tsv}. Models written before {@code features.bin} hold {@code classifier.bin} (OpenNLP's
 * binary format) instead, and still load. Immutable and thread-safe once loaded.
 */
public final class NerModel {

  private static final String FEATURES = "features.bin";

  /** The classifier of lines written in capitals, when the model has one of its own. */
  private static final String CAPITALS_FEATURES = "features-capitals.bin";

  private static final String CLASSIFIER = "classifier.bin";
  private static final String TRUECASE = "truecase.txt";
  private static final String GAZETTEER = "gazetteer.tsv";
  private static final String CLUSTERS = "clusters.tsv";
  private static final String LISTS = "lists.tsv";

  private final FeatureTable table;
  private final TrueCaser trueCaser;
  private final Gazetteer gazetteer;
  private final WordClusters clusters;
  private final NameLists lists;
  private final NerFeatures features;
  private final String[] outcomes;
  private final CompiledTagger tagger;
  private volatile Map<String, float[]> weightsByName;

  /** The classifier of lines in capitals and its tagger, or {@code null} to use the one above. */
  private final FeatureTable capitalsTable;

  private final CompiledTagger capitalsTagger;
  private volatile Map<String, float[]> capitalsWeightsByName;

  NerModel(AbstractModel classifier, TrueCaser trueCaser, Gazetteer gazetteer) {
    this(classifier, trueCaser, gazetteer, WordClusters.EMPTY, NameLists.EMPTY);
  }

  NerModel(
      AbstractModel classifier,
      TrueCaser trueCaser,
      Gazetteer gazetteer,
      WordClusters clusters,
      NameLists lists) {
    this(classifier, null, trueCaser, gazetteer, clusters, lists);
  }

  /**
   * @param capitalsClassifier the classifier of lines written in capitals, or {@code null} to tag
   *     them with {@code classifier} too
   */
  NerModel(
      AbstractModel classifier,
      AbstractModel capitalsClassifier,
      TrueCaser trueCaser,
      Gazetteer gazetteer,
      WordClusters clusters,
      NameLists lists) {
    this(
        new FeatureTable(classifier, NerFeatures.TEMPLATES),
        capitalsClassifier == null
            ? null
            : new FeatureTable(capitalsClassifier, NerFeatures.TEMPLATES),
        trueCaser,
        gazetteer,
        clusters,
        lists,
        CompiledTagger.CACHE_LIMIT);
  }

  private NerModel(
      FeatureTable table,
      FeatureTable capitalsTable,
      TrueCaser trueCaser,
      Gazetteer gazetteer,
      WordClusters clusters,
      NameLists lists,
      int wordCacheLimit) {
    this.table = table;
    this.trueCaser = trueCaser;
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.lists = lists;
    this.features = new NerFeatures(trueCaser, gazetteer, clusters, lists);
    this.outcomes = table.outcomeNames();
    this.tagger =
        new CompiledTagger(table, outcomes, trueCaser, gazetteer, clusters, lists, wordCacheLimit);
    this.capitalsTable = capitalsTable;
    this.capitalsTagger =
        capitalsTable == null
            ? null
            : new CompiledTagger(
                capitalsTable,
                capitalsTable.outcomeNames(),
                trueCaser,
                gazetteer,
                clusters,
                lists,
                wordCacheLimit);
  }

  /** The same model with word caches of at most {@code limit} forms each, for tests. */
  NerModel withWordCacheLimit(int limit) {
    return new NerModel(table, capitalsTable, trueCaser, gazetteer, clusters, lists, limit);
  }

  /** Word forms in the tagger's caches now, for tests. */
  int cachedWords() {
    return tagger.cachedWords() + (capitalsTagger == null ? 0 : capitalsTagger.cachedWords());
  }

  /**
   * Reads a model written by {@link #save}. The word tables are parsed on two threads: this one
   * reads the feature table (bulk arrays), the true-casing table and the clusters; a second one the
   * name lists and the gazetteer.
   */
  public static NerModel load(InputStream in) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      entries.put(e.getName(), zip.readAllBytes());
    }
    boolean hasFeatures = entries.containsKey(FEATURES) || entries.containsKey(CLASSIFIER);
    if (!hasFeatures || !entries.keySet().containsAll(List.of(TRUECASE, GAZETTEER))) {
      throw new IOException(
          "not a Dateline NER model: it needs the entries "
              + List.of(FEATURES, TRUECASE, GAZETTEER)
              + "; rebuild it with ner-train");
    }
    FutureTask<Object[]> lists =
        new FutureTask<>(
            () ->
                new Object[] {
                  Gazetteer.read(reader(entries.get(GAZETTEER))),
                  entries.containsKey(LISTS)
                      ? NameLists.read(reader(entries.get(LISTS)))
                      : NameLists.EMPTY,
                  TrueCaser.read(reader(entries.get(TRUECASE)))
                });
    Thread worker = new Thread(lists, "ner-model-load");
    worker.setDaemon(true);
    worker.start();
    FeatureTable table =
        entries.containsKey(FEATURES)
            ? FeatureTableFormat.read(entries.get(FEATURES))
            : new FeatureTable(
                new GenericModelReader(
                        new BinaryFileDataReader(new ByteArrayInputStream(entries.get(CLASSIFIER))))
                    .getModel(),
                NerFeatures.TEMPLATES);
    WordClusters clusters =
        entries.containsKey(CLUSTERS)
            ? WordClusters.read(reader(entries.get(CLUSTERS)))
            : WordClusters.EMPTY;
    Object[] t;
    try {
      t = lists.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading the NER model", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot read the NER model: " + e.getCause(), e.getCause());
    }
    FeatureTable capitals =
        entries.containsKey(CAPITALS_FEATURES)
            ? FeatureTableFormat.read(entries.get(CAPITALS_FEATURES))
            : null;
    return new NerModel(
        table,
        capitals,
        (TrueCaser) t[2],
        (Gazetteer) t[0],
        clusters,
        (NameLists) t[1],
        CompiledTagger.CACHE_LIMIT);
  }

  /** Writes this model as a zip file. */
  public void save(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    FeatureTableFormat.write(table, data);
    data.flush();
    put(zip, FEATURES, bytes.toByteArray());
    if (capitalsTable != null) {
      bytes.reset();
      FeatureTableFormat.write(capitalsTable, data);
      data.flush();
      put(zip, CAPITALS_FEATURES, bytes.toByteArray());
    }
    StringWriter w = new StringWriter();
    trueCaser.write(w);
    put(zip, TRUECASE, w.toString().getBytes(StandardCharsets.UTF_8));
    w = new StringWriter();
    gazetteer.write(w);
    put(zip, GAZETTEER, w.toString().getBytes(StandardCharsets.UTF_8));
    if (!clusters.isEmpty()) {
      w = new StringWriter();
      clusters.write(w);
      put(zip, CLUSTERS, w.toString().getBytes(StandardCharsets.UTF_8));
    }
    if (!lists.isEmpty()) {
      w = new StringWriter();
      lists.write(w);
      put(zip, LISTS, w.toString().getBytes(StandardCharsets.UTF_8));
    }
    zip.finish();
    zip.flush();
  }

  /** The names in one sentence of tokens. */
  public List<TokenSpan> tagSentence(String[] tokens) {
    return tagSentence(tokens, null);
  }

  /**
   * The names in one sentence; if {@code margins} is given, it receives per token how far the
   * chosen label's score is ahead of the next allowed label's (the tagger's confidence). A sentence
   * in capitals is taken as a text of its own in capitals ({@link #tagDocument} decides by the
   * whole document).
   */
  List<TokenSpan> tagSentence(String[] tokens, float[] margins) {
    return tagSentence(
        tokens,
        margins,
        capitalsTagger != null && TokenShapes.isWrittenInCapitals(List.<String[]>of(tokens)));
  }

  /**
   * @param inCapitals whether the sentence is part of a text written wholly in capitals, which the
   *     classifier of capitals tags, if the model has one; the lines in capitals of a mixed-case
   *     text (headlines, datelines) are tagged as the training text's headlines taught
   */
  private List<TokenSpan> tagSentence(String[] tokens, float[] margins, boolean inCapitals) {
    if (tokens.length == 0) {
      return List.of();
    }
    CompiledTagger t = inCapitals && TokenShapes.isCapsLine(tokens) ? capitalsTagger : tagger;
    return t.decode(t.tag(tokens, margins));
  }

  /**
   * {@link #tagSentence(String[], float[])} the slow and plain way, for tests: the features are
   * built as the strings training used ({@link NerFeatures#context}), their weights looked up by
   * name ({@link FeatureTable#byName}, on the integer scale of {@link FeatureTable#scale}, so that
   * equal scores tie as in the fast path) and summed in double precision.
   */
  List<TokenSpan> tagSentenceReference(String[] tokens, float[] margins) {
    if (tokens.length == 0) {
      return List.of();
    }
    boolean capitals = capitalsTable != null && TokenShapes.isCapsLine(tokens);
    Map<String, float[]> weights = capitals ? capitalsWeightsByName : weightsByName;
    if (weights == null) {
      weights = (capitals ? capitalsTable : table).byName();
      if (capitals) {
        capitalsWeightsByName = weights;
      } else {
        weightsByName = weights;
      }
    }
    String[] outcomes = capitals ? capitalsTable.outcomeNames() : this.outcomes;
    double scale = (capitals ? capitalsTagger : tagger).scale();
    NerFeatures.View view = features.view(tokens);
    String[] labels = new String[tokens.length];
    String prev = Labels.OUTSIDE;
    String prev2 = Labels.OUTSIDE;
    for (int i = 0; i < tokens.length; i++) {
      double[] p = new double[outcomes.length];
      for (String f : features.context(view, i, prev, prev2)) {
        float[] w = weights.get(f);
        if (w != null) {
          for (int k = 0; k < w.length; k++) {
            p[k] += w[k];
          }
        }
      }
      int best = -1;
      int second = -1;
      for (int k = 0; k < p.length; k++) {
        if (Labels.allowed(prev, outcomes[k])) {
          if (best < 0 || p[k] > p[best]) {
            second = best;
            best = k;
          } else if (second < 0 || p[k] > p[second]) {
            second = k;
          }
        }
      }
      if (margins != null) {
        margins[i] = second < 0 ? Float.MAX_VALUE : (float) ((p[best] - p[second]) / scale);
      }
      labels[i] = outcomes[best];
      prev2 = prev;
      prev = labels[i];
    }
    return Labels.decode(labels);
  }

  /** The names in each sentence of one document, made consistent across the document. */
  public List<List<TokenSpan>> tagDocument(List<String[]> sentences) {
    List<List<TokenSpan>> spans = new ArrayList<>(sentences.size());
    List<float[]> margins = new ArrayList<>(sentences.size());
    boolean inCapitals = capitalsTagger != null && TokenShapes.isWrittenInCapitals(sentences);
    for (String[] s : sentences) {
      float[] m = new float[s.length];
      spans.add(withoutEdgePunctuation(s, tagSentence(s, m, inCapitals)));
      margins.add(m);
    }
    spans = withTitledPersons(sentences, spans, margins);
    spans = withPersonsOfAge(sentences, spans, margins);
    spans = withFirstNames(sentences, spans);
    spans = withoutWordsAfterAbbreviations(sentences, spans);
    spans = withoutMonthsBeforeDays(sentences, spans);
    spans = withoutInflectedEdges(sentences, spans);
    return withSurnameParticles(
        sentences,
        withoutLeadingArticles(
            sentences,
            listedNames(
                sentences,
                withRomanizedNames(
                    sentences,
                    withPersonsOfOrganizations(
                        sentences,
                        DocumentConsistency.withPersonsBySurname(
                            sentences,
                            DocumentConsistency.apply(
                                sentences, spans, margins, DocumentConsistency.DEFAULT),
                            this::isFirstNameOrInitial))))));
  }

  /**
   * "Rafa", "G" (of a team sheet's "G Easterby"): a listed first name, or an initial without a dot.
   * Not initials with dots, which begin as many firms' names as persons' ("A.H. Robins").
   */
  private boolean isFirstNameOrInitial(String word) {
    return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || (lists != null && lists.isFirstName(TokenShapes.lower(word)));
  }

  /**
   * How a rule for the names of some lines changes the name at {@code k} of a line: into another
   * span, itself for no change, or {@code null} to drop it. The names before {@code k} are as the
   * rule found them.
   */
  @FunctionalInterface
  private interface LineRule {
    TokenSpan apply(String[] tokens, List<TokenSpan> names, int k);
  }

  /** Applies a rule to the names of the lines in capitals ({@link #inLines}). */
  private static List<List<TokenSpan>> inCapsLines(
      List<String[]> sentences, List<List<TokenSpan>> spans, LineRule rule) {
    return inLines(sentences, spans, true, rule, (changed, sentence) -> {});
  }

  /** Applies a rule to the names of the lines not in capitals ({@link #inLines}). */
  private static List<List<TokenSpan>> inMixedCaseLines(
      List<String[]> sentences, List<List<TokenSpan>> spans, LineRule rule) {
    return inLines(sentences, spans, false, rule, (changed, sentence) -> {});
  }

  /**
   * Applies a rule to the names of the lines in capitals, or of the others, last name first; the
   * spans are copied only once one changes, and a line is tested for capitals only when the rule
   * would change one of its names. Tells {@code applied} of each name the rule changed (not of
   * those it dropped), with its sentence's index.
   *
   * @param capitals whether the rule is for lines in capitals or for the others
   */
  private static List<List<TokenSpan>> inLines(
      List<String[]> sentences,
      List<List<TokenSpan>> spans,
      boolean capitals,
      LineRule rule,
      java.util.function.ObjIntConsumer<TokenSpan> applied) {
    List<List<TokenSpan>> out = null;
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> names = out == null ? spans.get(s) : out.get(s);
      Boolean capsLine = null;
      for (int k = names.size() - 1; k >= 0; k--) {
        TokenSpan span = names.get(k);
        TokenSpan changed = rule.apply(tokens, names, k);
        if (span.equals(changed)) {
          continue;
        }
        if (capsLine == null) {
          capsLine = TokenShapes.isCapsLine(tokens);
        }
        if (capsLine != capitals) {
          break;
        }
        if (out == null) {
          out = mutableCopy(spans);
          names = out.get(s);
        }
        if (changed == null) {
          names.remove(k);
        } else {
          names.set(k, changed);
          applied.accept(changed, s);
        }
      }
    }
    return out == null ? spans : out;
  }

  /**
   * In a line of capitals, joins a surname's particle before a person's name to it: "IT IS DE
   * GAULLE'S" is "DE GAULLE", which the tagger of capitals, seeing "de" as the casing table writes
   * it, starts at "GAULLE".
   */
  private static List<List<TokenSpan>> withSurnameParticles(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    return inCapsLines(
        sentences,
        spans,
        (tokens, names, k) -> {
          TokenSpan span = names.get(k);
          int before = capsWordBefore(tokens, names, k);
          return span.type() != EntityType.PERSON
                  || before < 0
                  || !DocumentConsistency.isNameParticle(tokens[before])
              ? span
              : new TokenSpan(before, span.end(), span.type());
        });
  }

  /**
   * The word just before the name at {@code k} of a line, when it is in capitals and no part of the
   * name before; -1 when there is none such.
   */
  private static int capsWordBefore(String[] tokens, List<TokenSpan> names, int k) {
    int before = names.get(k).start() - 1;
    return before < 0
            || (k > 0 && names.get(k - 1).end() > before)
            || !TokenShapes.isAllCaps(tokens[before])
        ? -1
        : before;
  }

  /**
   * Takes off a name's first and last tokens that are only punctuation of the sentence around it:
   * the tagger, which tags "!" in capitals as it tags the name before it, made "NASSER !" a person
   * in TIME's chants ("NASSER ! NASSER !"). No name of the training data begins or ends with such a
   * token; brackets, dots, slashes and "&", which names hold, are kept.
   */
  static List<TokenSpan> withoutEdgePunctuation(String[] tokens, List<TokenSpan> names) {
    List<TokenSpan> out = null;
    for (int k = 0; k < names.size(); k++) {
      TokenSpan span = names.get(k);
      TokenSpan trimmed = trimmed(tokens, span, NerModel::isSentencePunctuation);
      if (trimmed == span) {
        if (out != null) {
          out.add(span);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(names.subList(0, k));
      }
      if (trimmed != null) {
        out.add(trimmed);
      }
    }
    return out == null ? names : out;
  }

  /**
   * A name without the first and last tokens that {@code off} holds: the span itself when none,
   * {@code null} when no token is left.
   */
  private static TokenSpan trimmed(
      String[] tokens, TokenSpan span, java.util.function.Predicate<String> off) {
    int start = span.start();
    int end = span.end();
    while (start < end && off.test(tokens[start])) {
      start++;
    }
    while (end > start && off.test(tokens[end - 1])) {
      end--;
    }
    if (start == span.start() && end == span.end()) {
      return span;
    }
    return start == end ? null : new TokenSpan(start, end, span.type());
  }

  /** A token of punctuation marks no name begins or ends with: "!", "?", ",", ";", ":", quotes. */
  private static boolean isSentencePunctuation(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if ("!?,;:\"“”«»¡¿".indexOf(token.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words that stand before a person's name: titles and honorifics ({@link
   * EntityNormalizer#isTitle}) and the ranks of rulers and clergy, less the words that qualify a
   * title ("FOREIGN", "PRIME", "DEPUTY"), after which comes a title, not a name.
   */
  private static boolean isTitleBeforeName(String token) {
    String key = EntityNormalizer.listKey(token);
    return (EntityNormalizer.isTitle(token) && !TITLE_QUALIFIERS.contains(key))
        || RULERS_AND_CLERGY.contains(key);
  }

  private static final Set<String> TITLE_QUALIFIERS =
      Set.of(
          "foreign", "defence", "defense", "finance", "deputy", "vice", "prime", "coach", "miss",
          "judge");

  private static final Set<String> RULERS_AND_CLERGY =
      Set.of(
          "king",
          "queen",
          "prince",
          "princess",
          "emperor",
          "empress",
          "shah",
          "sheik",
          "sheikh",
          "emir",
          "sultan",
          "pope",
          "cardinal",
          "archbishop",
          "bishop",
          "marshal",
          "lord",
          "mme",
          "mlle");

  /** Weight of a name's type set by a title before it, against the tagger's margins. */
  private static final float TITLED_CONFIDENCE = 1e4f;

  /**
   * In a line of capitals, makes a name right after a title a person: "PRESIDENT NGO DINH DIEM",
   * which the classifier of capitals, knowing none of its words, typed an organization in TIME (as
   * mixed-case text, "President Ngo Dinh Diem", it is a person). The title's weight goes to the
   * document's vote ({@link DocumentConsistency}), so the name's other mentions, and its parts
   * ("DIEM"), follow. A name with a word the training text writes in small letters ("PRINCE EDWARD
   * ISLAND"), a legal form or a title is left as it is.
   */
  private List<List<TokenSpan>> withTitledPersons(
      List<String[]> sentences, List<List<TokenSpan>> spans, List<float[]> margins) {
    return inLines(
        sentences,
        spans,
        true,
        (tokens, names, k) -> {
          TokenSpan span = names.get(k);
          int before = capsWordBefore(tokens, names, k);
          return span.type() == EntityType.PERSON
                  || before < 0
                  || !isTitleBeforeName(tokens[before])
                  || !isPersonLike(tokens, span)
              ? span
              : new TokenSpan(span.start(), span.end(), EntityType.PERSON);
        },
        (person, s) ->
            Arrays.fill(margins.get(s), person.start(), person.end(), TITLED_CONFIDENCE));
  }

  /**
   * A name followed by an age between commas ("Duran , 45 , takes on ...", "Onarheim , 29 , told")
   * is a person, as news writes ages; that mention then outweighs the document's other readings of
   * the name, as a title does. On CoNLL++ dev the pattern follows 22 persons and no other name (one
   * place in the gold labels, "Onarheim", a skier). Not for a country, nor a name the lists or the
   * training data hold as an organization ("Nasdaq , 12 ,"), nor in a sentence of three or more
   * numbered names (a medal table, a count of seats). A city's name may be a surname ("Washington ,
   * 31 , told reporters"), and is taken as one.
   */
  private List<List<TokenSpan>> withPersonsOfAge(
      List<String[]> sentences, List<List<TokenSpan>> spans, List<float[]> margins) {
    List<List<TokenSpan>> out = null;
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> names = spans.get(s);
      int numbered = 0;
      for (TokenSpan span : names) {
        numbered += followedByAge(tokens, span.end()) ? 1 : 0;
      }
      if (numbered >= LIST_OF_NUMBERED_NAMES) {
        continue; // "China , 32 , Russia , 25 , Germany , 20": a table, not ages
      }
      for (int k = 0; k < names.size(); k++) {
        TokenSpan span = names.get(k);
        int end = span.end();
        String name = DocumentConsistency.text(tokens, span.start(), end);
        String key = TokenShapes.lower(name);
        if (span.type() == EntityType.PERSON
            || !followedByAge(tokens, end)
            || !isPersonLike(tokens, span)
            || DocumentConsistency.isCountry(name)
            || CONTINENTS.contains(key)
            || gazetteer.typeOf(key) == EntityType.ORGANIZATION
            || lists.names.typeOf(key) == EntityType.ORGANIZATION
            || (end - span.start() > 1
                && (gazetteer.typeOf(key) == EntityType.LOCATION
                    || lists.names.typeOf(key) == EntityType.LOCATION))) {
          continue; // "Nasdaq , 12 , ..."; a city's name is a surname too ("Washington , 31 ,")
        }
        if (out == null) {
          out = mutableCopy(spans);
        }
        out.get(s).set(k, new TokenSpan(span.start(), end, EntityType.PERSON));
        Arrays.fill(margins.get(s), span.start(), end, TITLED_CONFIDENCE);
      }
    }
    return out == null ? spans : out;
  }

  /** Parts of the world, which no one is named after ("Asia , 9 ,"), lower-cased. */
  private static final Set<String> CONTINENTS =
      Set.of(
          "africa", "asia", "europe", "america", "antarctica", "oceania", "eurasia", "scandinavia");

  /** Names followed by a number between commas in one sentence that make a list, not ages. */
  private static final int LIST_OF_NUMBERED_NAMES = 3;

  /** Whether ", AGE ," or ", AGE ." follows at {@code end}. */
  private static boolean followedByAge(String[] tokens, int end) {
    return end + 2 < tokens.length
        && tokens[end].equals(",")
        && isAge(tokens[end + 1])
        && (tokens[end + 2].equals(",") || tokens[end + 2].equals("."));
  }

  /** A person's age as news writes it: a number from 1 to 119, without a leading zero. */
  private static boolean isAge(String token) {
    if (token.isEmpty() || token.length() > 3 || token.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(token) < 120;
  }

  /**
   * Whether a name's words could all be a person's: none a common word, a legal form, a title or a
   * title's part ("LIEUTENANT-COLONEL").
   */
  private boolean isPersonLike(String[] tokens, TokenSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      String t = tokens[i];
      if ((isCommonWord(t) && !DocumentConsistency.isNameParticle(t))
          || LegalForms.isLegalForm(t)) {
        return false;
      }
      for (String part : t.split("-")) {
        if (EntityNormalizer.isTitle(part) || isTitleBeforeName(part)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * In a line of capitals, takes off a name's first and last words that are common words with a
   * past tense's ending ("NENNI REALIZED", "OTTO TRAVELED"): the casing table knows the training
   * text's words only, so the classifier of capitals takes a verb it never saw for part of the name
   * beside it, if the verb's stem is a word the training text writes in small letters ("realize",
   * "travel"); and a participle at a name's start where the document names the rest alone
   * ("ANGERING NASSER" beside "NASSER"). A name left with no word, or with one common word, is
   * dropped.
   */
  private List<List<TokenSpan>> withoutInflectedEdges(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    // the names the document writes without a participle before them ("NASSER")
    Set<String> namedAlone = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      for (TokenSpan span : spans.get(s)) {
        if (!isInflectedCommonWord(tokens[span.start()], PARTICIPLES)) {
          namedAlone.add(DocumentConsistency.text(tokens, span.start(), span.end()));
        }
      }
    }
    return inCapsLines(
        sentences,
        spans,
        (tokens, names, k) -> {
          TokenSpan span = names.get(k);
          if (span.end() - span.start() > 1
              && isInflectedCommonWord(tokens[span.start()], PARTICIPLES)
              && namedAlone.contains(
                  DocumentConsistency.text(tokens, span.start() + 1, span.end()))) {
            // "ANGERING NASSER" where the document names "NASSER" alone
            span = new TokenSpan(span.start() + 1, span.end(), span.type());
          }
          TokenSpan trimmed = trimmed(tokens, span, t -> isInflectedCommonWord(t, INFLECTIONS));
          if (trimmed == span && span != names.get(k)) {
            return span;
          }
          // nothing left, or a common word alone ("GOVERNMENT DECIDED"): no name
          return trimmed == null
                  || (trimmed != span
                      && trimmed.end() - trimmed.start() == 1
                      && isCommonWord(tokens[trimmed.start()]))
              ? null
              : trimmed;
        });
  }

  /**
   * Endings of participles, taken off a name's start only where the document names the rest alone
   * ("ANGERING NASSER" beside "NASSER").
   */
  private static final String[][] PARTICIPLES = {{"ING", ""}, {"ING", "E"}};

  /**
   * Endings of verbs in the past, and what each may replace: "REALIZED" is "realize". Not "-ING"
   * (but {@link #PARTICIPLES}), which names end with ("WILLIAM GOLDING", "DOWNING STREET", "BURNING
   * SPEAR"), nor "-S" and "-LY" ("STRAITS TIMES", "JOHN STONES", "LA WEEKLY").
   */
  private static final String[][] INFLECTIONS = {
    {"ED", ""},
    {"ED", "E"},
    {"IED", "Y"}
  };

  /**
   * Whether a word in capitals is a common word of the training text with an ending, as its casing
   * table sees words: the word itself not known as a name's ("READING" of Reading is left alone
   * when the table writes it with a capital), and its stem one written in small letters.
   */
  private boolean isInflectedCommonWord(String token, String[][] inflections) {
    if (token.length() < 5 || !TokenShapes.isAllCaps(token)) {
      return false;
    }
    String usual = trueCaser.usualForm(token);
    if (usual != null && !Character.isLowerCase(usual.charAt(0))) {
      return false;
    }
    for (String[] inflection : inflections) {
      String ending = inflection[0];
      if (token.endsWith(ending) && token.length() - ending.length() >= 3) {
        String stem = token.substring(0, token.length() - ending.length()) + inflection[1];
        if (isCommonWord(stem)) {
          return true;
        }
        // a doubled consonant before the ending: "CHOPPED" is "chop"
        int n = stem.length();
        if (inflection[1].isEmpty()
            && n >= 4
            && stem.charAt(n - 1) == stem.charAt(n - 2)
            && isCommonWord(stem.substring(0, n - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Articles a name does not begin with, as the training data marks names. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * In a line of capitals, takes an article off the start of a name: "THE PLOTTERS" is "PLOTTERS",
   * "THE UNITED NATIONS" is "UNITED NATIONS" (in small letters, the tagger sees "the" as not part
   * of a name). A name that is nothing but articles is dropped. Measured on CoNLL++ dev and GUM
   * written in capitals ({@code ner-eval --capitals}): micro F1 0.8462 to 0.8488 and 0.4762 to
   * 0.4811; mixed-case text is not touched.
   */
  private static List<List<TokenSpan>> withoutLeadingArticles(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    return inCapsLines(
        sentences,
        spans,
        (tokens, names, k) -> {
          TokenSpan span = names.get(k);
          int start = span.start();
          while (start < span.end() && ARTICLES.contains(TokenShapes.lower(tokens[start]))) {
            start++;
          }
          return start == span.start()
              ? span
              : start == span.end() ? null : new TokenSpan(start, span.end(), span.type());
        });
  }

  /**
   * Cuts a person off an organization or place the tagger ran on from a person's name through "of"
   * ("Priscilla Leung of BPA", "Elizabeth Quat of DAB": a person and an organization): when the
   * name begins with a listed first name and one capitalized word before "of", the word not one the
   * training text writes in small letters, a kind of institution ("Marion Board of Education" stays
   * whole), a legal form or a listed name, and the two words no name the training data or the lists
   * know as other than a person's ("Rio Grande"). A name of three words or more before "of" is left
   * whole ("Johnson Matthey Commodities of New York"). The rest keeps the tagger's type.
   */
  private List<List<TokenSpan>> withPersonsOfOrganizations(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    if (lists.isEmpty()) {
      return spans;
    }
    List<List<TokenSpan>> out = null;
    for (int s = 0; s < spans.size(); s++) {
      List<TokenSpan> sentence = spans.get(s);
      String[] tokens = sentences.get(s);
      for (int n = 0; n < sentence.size(); n++) {
        TokenSpan span = sentence.get(n);
        int of = personBeforeOf(tokens, span);
        if (of < 0) {
          continue;
        }
        if (out == null) {
          out = mutableCopy(spans);
        }
        List<TokenSpan> changed = out.get(s);
        int at = changed.indexOf(span);
        changed.set(at, new TokenSpan(span.start(), of, EntityType.PERSON));
        changed.add(at + 1, new TokenSpan(of + 1, span.end(), span.type()));
      }
    }
    return out == null ? spans : out;
  }

  /** The index of the "of" that ends a person's name at the start of {@code span}, or -1. */
  private int personBeforeOf(String[] tokens, TokenSpan span) {
    if (span.type() != EntityType.ORGANIZATION && span.type() != EntityType.LOCATION) {
      return -1;
    }
    int start = span.start();
    int of = start + 2;
    if (of + 1 >= span.end()
        || !tokens[of].equals("of")
        || !lists.isFirstName(TokenShapes.lower(tokens[start]))) {
      return -1;
    }
    StringBuilder key = new StringBuilder(TokenShapes.lower(tokens[start]));
    for (int i = start + 1; i < of; i++) {
      String lower = TokenShapes.lower(tokens[i]);
      key.append(' ').append(lower);
      if (!Character.isUpperCase(tokens[i].charAt(0))
          || isCommonWord(tokens[i])
          || lists.names.typeOf(lower) != null
          || DocumentConsistency.isInstitutionWord(lower)
          || LegalForms.isLegalForm(tokens[i])
          || isOtherThanPerson(gazetteer.typeOf(key.toString()))
          || isOtherThanPerson(lists.names.typeOf(key.toString()))) {
        return -1; // "Porsche AG", "Rio Grande"
      }
    }
    return Character.isUpperCase(tokens[of + 1].charAt(0)) || of + 2 < span.end() ? of : -1;
  }

  /** A word that may be a first name: a capital, then small letters. */
  private static final Pattern FIRST_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+");

  /**
   * Joins a listed first name just before a person's name of one word to it: "Wes Brown also found
   * ...", where the tagger, not knowing the first name, tagged the surname alone, and the
   * collection's aliases then gave "Brown" the full name of another (Gordon Brown). Not before a
   * name of two words already ("Scot Nick Smith": "Scot" is a first name too). Only a capitalized
   * word of letters that no name covers, which the training text does not write in small letters
   * ("Will", "May", "Grant"), no month or day ("January"), and which is no title, legal form, or
   * name the lists or the training data know as other than a person's; not in lines in capitals,
   * where every word is capitalized.
   */
  private List<List<TokenSpan>> withFirstNames(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    if (lists.isEmpty()) {
      return spans;
    }
    return inMixedCaseLines(
        sentences,
        spans,
        (tokens, names, k) -> {
          TokenSpan span = names.get(k);
          int before = span.start() - 1;
          return span.type() != EntityType.PERSON
                  || span.end() - span.start() != 1
                  || before < 0
                  || (k > 0 && names.get(k - 1).end() > before)
                  || !isFirstNameBefore(tokens[before])
              ? span
              : new TokenSpan(before, span.end(), EntityType.PERSON);
        });
  }

  /**
   * Cuts a capitalized common word off a dotted abbreviation it follows: Reuters writes "The U.S.
   * Has approved", "U.S. Would", "H.K. Dlrs", which the tagger takes for one name. A name of the
   * abbreviation and one word is cut when the word is one of the listed verbs and function words,
   * or words of money, markets and officials ({@link #AFTER_ABBREVIATION}: "U.S. Provides", "U.S.
   * Officials", "U.S. Banks"); the abbreviation, a country's, is then the place. Other words stay,
   * since many name firms and agencies ("U.S. Steel", "U.S. Bank", "U.S. Lines", "U.S. Customs",
   * "U.S. Industries"), and so do names of more words and abbreviations of no country ("E.H.
   * Industries"). Not in lines in capitals, where every word is capitalized.
   */
  private List<List<TokenSpan>> withoutWordsAfterAbbreviations(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    return inMixedCaseLines(
        sentences,
        spans,
        (tokens, names, k) -> {
          TokenSpan span = names.get(k);
          if (span.end() - span.start() != 2
              || !DOTTED_ABBREVIATION.matcher(tokens[span.start()]).matches()
              || !DocumentConsistency.isCountry(tokens[span.start()])) {
            return span; // "E.H. Industries" is a firm
          }
          String word = tokens[span.start() + 1];
          String lower = TokenShapes.lower(word);
          if (!AFTER_ABBREVIATION.contains(lower)) {
            return span; // "U.S. Steel", "U.S. Lines", "U.S. Customs": names
          }
          return new TokenSpan(span.start(), span.start() + 1, EntityType.LOCATION);
        });
  }

  /**
   * Drops a month before a day's number ("Effective Jan 1, 1987"), which the tagger took for a
   * person. (Dropping every common word alone that opens a sentence, "Born in Luton", also dropped
   * surnames such as "Young said", and was not kept.)
   */
  private List<List<TokenSpan>> withoutMonthsBeforeDays(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    return inMixedCaseLines(
        sentences,
        spans,
        (tokens, names, k) -> {
          TokenSpan span = names.get(k);
          return span.end() - span.start() == 1
                  && span.end() < tokens.length
                  && MONTHS.contains(TokenShapes.lower(tokens[span.start()]).replace(".", ""))
                  && DAY_NUMBER.matcher(tokens[span.end()]).matches()
              ? null
              : span;
        });
  }

  /** The months' names, lower-cased. */
  private static final List<String> MONTH_NAMES =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Months and their abbreviations, lower-cased without dots. */
  private static final Set<String> MONTHS =
      union(
          MONTH_NAMES,
          List.of(
              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"));

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** A day of the month: "1", "31", "1st". */
  private static final Pattern DAY_NUMBER = Pattern.compile("[0-9]{1,2}(?:st|nd|rd|th)?,?");

  /** An abbreviation of two or three dotted capitals: "U.S.", "U.K.", "H.K.", "N.Z.". */
  private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,3}");

  /** Words that follow "U.S." capitalized in Reuters without making a name with it. */
  private static final Set<String> AFTER_ABBREVIATION =
      Set.of(
          "has",
          "have",
          "had",
          "is",
          "was",
          "are",
          "were",
          "will",
          "would",
          "could",
          "should",
          "may",
          "might",
          "must",
          "can",
          "did",
          "does",
          "said",
          "says",
          "fell",
          "rose",
          "not",
          "also",
          "still",
          "now",
          "last",
          "and",
          "or",
          "but",
          "to",
          "in",
          "on",
          "of",
          "at",
          "by",
          "for",
          "from",
          "with",
          "over",
          "under",
          "into",
          "against",
          "after",
          "since",
          "than",
          "that",
          "which",
          "who",
          "dollar",
          "dlr",
          "dlrs",
          "cents",
          "currency",
          "economy",
          "market",
          "markets",
          "budget",
          "deficit",
          "surplus",
          "trade",
          "tariffs",
          "prices",
          "rates",
          "official",
          "officials",
          "economist",
          "economists",
          "position",
          "strategy",
          "intervention",
          "subsidiary",
          "unit",
          "banks",
          "firms",
          "companies",
          "exporters",
          "producers",
          "farmers",
          "stocks",
          "shares",
          "bonds",
          "equities",
          "soybeans",
          "corporations",
          "increases",
          "threats",
          "raids",
          "provides",
          "meets",
          "carries",
          "leads",
          "needs",
          "expects",
          "enters",
          "intends",
          "fears",
          "plans",
          "demands",
          "doubts",
          "wants",
          "seeks",
          "sees",
          "urges",
          "warns",
          "asks",
          "agrees",
          "rejects",
          "denies",
          "considers",
          "opposes",
          "supports",
          "reports",
          "makes",
          "takes",
          "gives",
          "sets",
          "calls",
          "tells",
          "buys",
          "sells",
          "imports",
          "exports",
          "sales",
          "dollars",
          "products",
          "agencies",
          "bankers",
          "brokers",
          "delegates",
          "negotiators",
          "diplomats",
          "sources",
          "analysts",
          "traders",
          "dealers",
          "investors",
          "interests");

  /** First names that are months and days more often: "January Reuter" ends a Reuters story. */
  private static final Set<String> CALENDAR_WORDS =
      union(
          MONTH_NAMES,
          List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"));

  private boolean isFirstNameBefore(String word) {
    String lower = TokenShapes.lower(word);
    return FIRST_NAME.matcher(word).matches()
        && !CALENDAR_WORDS.contains(lower)
        && lists.isFirstName(lower)
        && !isCommonWord(word)
        && !isTitleBeforeName(word)
        && !LegalForms.isLegalForm(word)
        && !isOtherThanPerson(lists.names.typeOf(lower))
        && !isOtherThanPerson(gazetteer.typeOf(lower));
  }

  /** A romanized family name: one capital and one to four small letters ("Chen", "Ma", "Yau"). */
  private static final Pattern FAMILY_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}");

  /**
   * A romanized two-syllable given name, hyphenated, the second syllable in small letters
   * ("Shui-bian", "Wai-ching", "Dae-jung").
   */
  private static final Pattern GIVEN_NAME = Pattern.compile("(\\p{Lu}\\p{Ll}{1,5})-(\\p{Ll}{2,5})");

  /**
   * Makes a Chinese or Korean name written family name first, with a hyphenated given name ("Chen
   * Shui-bian", "Yau Wai-ching"), one person: the tagger learnt hyphenated words as adjectives
   * ("Soviet-era", "Boston-based") and tags such a name miscellaneous, or cuts it in two ("Wong"
   * and "Kwok-kin"). Only when the two words are covered exactly by one miscellaneous name or by
   * two names of one word each (no organization), and no part of them is a word the training text
   * writes in small letters ("Oil-rich", "Franc-linked").
   */
  private List<List<TokenSpan>> withRomanizedNames(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    List<List<TokenSpan>> out = null;
    for (int s = 0; s < spans.size(); s++) {
      List<TokenSpan> sentence = spans.get(s);
      String[] tokens = sentences.get(s);
      for (int n = 0; n < sentence.size(); n++) {
        TokenSpan span = sentence.get(n);
        int start = span.start();
        boolean whole = span.end() - start == 2 && span.type() == EntityType.MISC;
        boolean halves =
            span.end() - start == 1
                && n + 1 < sentence.size()
                && sentence.get(n + 1).start() == start + 1
                && sentence.get(n + 1).end() == start + 2
                && span.type() != EntityType.ORGANIZATION
                && sentence.get(n + 1).type() != EntityType.ORGANIZATION;
        if ((!whole && !halves) || !isRomanizedName(tokens[start], tokens[start + 1])) {
          continue;
        }
        if (out == null) {
          out = mutableCopy(spans);
        }
        List<TokenSpan> changed = out.get(s);
        int at = changed.indexOf(span);
        changed.set(at, new TokenSpan(start, start + 2, EntityType.PERSON));
        if (halves) {
          changed.remove(at + 1);
          n++;
        }
      }
    }
    return out == null ? spans : out;
  }

  private boolean isRomanizedName(String family, String given) {
    Matcher m = GIVEN_NAME.matcher(given);
    return FAMILY_NAME.matcher(family).matches()
        && m.matches()
        && !isCommonWord(family)
        && !isCommonWord(m.group(1))
        && !isCommonWord(m.group(2));
  }

  private static boolean isOtherThanPerson(EntityType type) {
    return type != null && type != EntityType.PERSON;
  }

  /** The spans of each sentence in lists of their own, for a rule to change. */
  private static List<List<TokenSpan>> mutableCopy(List<List<TokenSpan>> spans) {
    List<List<TokenSpan>> copy = new ArrayList<>(spans.size());
    for (List<TokenSpan> l : spans) {
      copy.add(new ArrayList<>(l));
    }
    return copy;
  }

  /** Whether the training text usually writes {@code word} in small letters. */
  private boolean isCommonWord(String word) {
    String usual = trueCaser.usualForm(word);
    return usual != null && Character.isLowerCase(usual.charAt(0));
  }

  /**
   * Whether the word at {@code i} stands where a place does: after a locative ("in Shandong", "from
   * Hokkaido"), a direction ("northern Zhejiang") or a kind of place and "of" ("province of
   * Zhejiang"), or before a kind of place ("Kansai region").
   */
  private static boolean standsWhereAPlaceDoes(String[] tokens, int i) {
    if (i > 0) {
      String before = TokenShapes.lower(tokens[i - 1]);
      if (LOCATIVES.contains(before)
          || IN_PLACE.contains(before)
          || DIRECTIONS.contains(before)
          || before.endsWith("ern")
          || (before.equals("of")
              && i > 1
              && PLACE_KINDS.contains(TokenShapes.lower(tokens[i - 2])))) {
        return true;
      }
    }
    if (i + 1 < tokens.length) {
      return PLACE_KINDS.contains(TokenShapes.lower(tokens[i + 1]));
    }
    return false;
  }

  /** Kinds of place, before "of" or after a name: "province of Zhejiang", "Kansai region". */
  private static final Set<String> PLACE_KINDS =
      Set.of("province", "prefecture", "region", "state", "city", "island", "county", "district");

  /** Words after which a place name is where something is: "from Denver", "north of Denver". */
  private static final Set<String> LOCATIVES = Set.of("from", "at", "via", "toward", "towards");

  /** The part of a place a word names: "in northern Iraq". */
  private static final Set<String> COMPASS_ADJECTIVES =
      Set.of(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western");

  /** Locatives a person's name hardly follows: "in Denver", "near Denver". */
  private static final Set<String> IN_PLACE = Set.of("in", "near", "outside");

  private static final Set<String> DIRECTIONS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "outside",
          "suburb",
          "suburbs");

  /**
   * Makes a person of one word that the name lists know as an organization only ("Sony", "Google":
   * listed companies, no first names) an organization, unless the training data knew it as a person
   * (a surname: "Brown", "Smith"), a title comes before it ("Mr Dell"), or the document names a
   * person of several words with it: the tagger learnt companies from 1996 Reuters, and takes a
   * company it never saw, alone before a verb, for a surname ("Sony said"). Likewise makes such a
   * person a place when the lists know it as one and it stands where a place does ({@link
   * #isPlaceWhereItStands}), even if the training data knew it as a person: the tagger takes a city
   * that is also a name for a person ("north of Denver").
   */
  private List<List<TokenSpan>> listedNames(List<String[]> sentences, List<List<TokenSpan>> spans) {
    if (lists.isEmpty()) {
      return spans;
    }
    Set<String> personParts = null;
    List<List<TokenSpan>> out = null;
    for (int s = 0; s < spans.size(); s++) {
      List<TokenSpan> sentence = spans.get(s);
      for (int n = 0; n < sentence.size(); n++) {
        TokenSpan span = sentence.get(n);
        if (span.end() - span.start() != 1) {
          continue;
        }
        String[] tokens = sentences.get(s);
        String lower = TokenShapes.lower(tokens[span.start()]);
        if ((span.type() == EntityType.LOCATION || span.type() == EntityType.MISC)
            && lists.isOrganizationOnly(lower)
            && gazetteer.typeOf(lower) == null
            && !isCommonWord(tokens[span.start()])
            && !(span.type() == EntityType.LOCATION
                && standsWhereAPlaceDoes(tokens, span.start()))) {
          // a company the training data never saw ("Twitter"), typed by its shape alone
          if (out == null) {
            out = mutableCopy(spans);
          }
          out.get(s).set(n, new TokenSpan(span.start(), span.end(), EntityType.ORGANIZATION));
          continue;
        }
        if (span.type() != EntityType.PERSON) {
          continue;
        }
        EntityType listed =
            lists.isOrganizationOnly(lower)
                ? EntityType.ORGANIZATION
                : isPlaceWhereItStands(tokens, sentence, span.start(), lower)
                    ? EntityType.LOCATION
                    : null;
        if (listed == null
            // a company's name that is a surname too (Brown, Smith); a place's stands where
            // a person's does not ("north of Denver", though John Denver made it a name)
            || (listed == EntityType.ORGANIZATION && gazetteer.typeOf(lower) == EntityType.PERSON)
            || (span.start() > 0 && EntityNormalizer.isTitle(tokens[span.start() - 1]))) {
          continue;
        }
        if (personParts == null) {
          personParts = personParts(sentences, spans);
        }
        if (personParts.contains(lower)) {
          continue;
        }
        if (out == null) {
          out = mutableCopy(spans);
        }
        out.get(s).set(n, new TokenSpan(span.start(), span.end(), listed));
      }
    }
    return out == null ? spans : out;
  }

  /**
   * Whether the word at {@code i}, a listed place, stands where a place does: listed with places
   * ({@link #isListedWithPlaces}), after a locative ("from Denver", "north of Denver", "in northern
   * Iraq"), or before a comma and a U.S. state ("Denver, Colo., said").
   */
  private boolean isPlaceWhereItStands(
      String[] tokens, List<TokenSpan> spans, int i, String lower) {
    if (lists.names.typeOf(lower) != EntityType.LOCATION) {
      return false;
    }
    if (isListedWithPlaces(tokens, spans, i)) {
      return true;
    }
    if (i > 0) {
      String before = TokenShapes.lower(tokens[i - 1]);
      boolean possessive = i + 1 < tokens.length && tokens[i + 1].startsWith("'");
      if ((IN_PLACE.contains(before) && !possessive)
          // a letter from Jackson, talks at Baker's: only a name the training data never saw
          // as a person's
          || (LOCATIVES.contains(before)
              && !possessive
              && gazetteer.typeOf(lower) != EntityType.PERSON)
          || (before.equals("of") && i > 1 && DIRECTIONS.contains(TokenShapes.lower(tokens[i - 2])))
          // "in northwestern Ontario"
          || (COMPASS_ADJECTIVES.contains(before)
              && i > 1
              && IN_PLACE.contains(TokenShapes.lower(tokens[i - 2])))) {
        return true;
      }
    }
    if (i + 2 >= tokens.length || !tokens[i + 1].equals(",")) {
      return false;
    }
    // the tokenizer parts "Colo." into "Colo" and "." (not "N.Y.")
    int after = i + 3;
    if (after < tokens.length
        && tokens[after].equals(".")
        && EntityNormalizer.isState(tokens[i + 2] + ".")) {
      after++;
    } else if (!EntityNormalizer.isState(tokens[i + 2])) {
      return false;
    }
    return after == tokens.length || tokens[after].equals(",") || tokens[after].equals(".");
  }

  /**
   * Whether the word at {@code i} is listed with places: "Chicago, Denver and Toledo",
   * "Philadelphia and Denver".
   */
  private static boolean isListedWithPlaces(String[] tokens, List<TokenSpan> spans, int i) {
    String before = i > 1 ? tokens[i - 1] : null;
    String after = i + 2 < tokens.length ? tokens[i + 1] : null;
    boolean placeBefore = false;
    boolean placeAfter = false;
    for (TokenSpan other : spans) {
      if (other.type() == EntityType.LOCATION) {
        placeBefore |= before != null && isListJoint(before) && other.end() == i - 1;
        placeAfter |= after != null && isListJoint(after) && other.start() == i + 2;
      }
    }
    // "Philadelphia and Denver", "Denver or Boston"; a comma alone is no list ("In Paris, Jackson
    // said"): with a comma, a joint must follow too ("Chicago, Denver and Toledo")
    return (placeBefore && (!before.equals(",") || (after != null && isListJoint(after))))
        || (placeAfter && (!after.equals(",") || (before != null && isListJoint(before))));
  }

  private static boolean isListJoint(String token) {
    return token.equals(",") || token.equals("and") || token.equals("or");
  }

  /** The lower-cased words of the document's persons of several words. */
  private static Set<String> personParts(List<String[]> sentences, List<List<TokenSpan>> spans) {
    Set<String> parts = new HashSet<>();
    for (int s = 0; s < spans.size(); s++) {
      for (TokenSpan span : spans.get(s)) {
        if (span.type() == EntityType.PERSON && span.end() - span.start() > 1) {
          for (int i = span.start(); i < span.end(); i++) {
            parts.add(TokenShapes.lower(sentences.get(s)[i]));
          }
        }
      }
    }
    return parts;
  }

  /** The usual form of a word in the training text, or {@code null} for one it lacks. */
  String usualForm(String word) {
    return trueCaser.usualForm(word);
  }

  /** Number of features the classifier knows. */
  public int featureCount() {
    return table.size();
  }

  int trueCaseEntries() {
    return trueCaser.size();
  }

  int clusterEntries() {
    return clusters.size();
  }

  int gazetteerEntries() {
    return gazetteer.size();
  }

  private static BufferedReader reader(byte[] bytes) {
    return new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(0); // the same model gives the same bytes, so its checksum is reproducible
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
