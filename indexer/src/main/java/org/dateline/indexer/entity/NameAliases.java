package org.dateline.indexer.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Canonical values that stand, across a whole collection, for another: variants of one name written
 * differently ({@link #variants}), and short values that stand for one full name: a person's
 * surname ({@code Reagan} for {@code Ronald Reagan}) and an organization's acronym ({@code SEC} for
 * {@code Securities and Exchange Commission}). {@link EntityNormalizer#canonicalArticle} gives them
 * the full name met in the same article; an article that only ever says "President Reagan" or "the
 * SEC" keeps the short value, so the collection's facets would list each twice.
 *
 * <p>Here a short value becomes the full name it abbreviates (the full name's last word; its
 * {@linkplain #initials initials}) when, over the collection, that full name is named in at least
 * {@link #MIN_ARTICLES} articles and in at least {@link #DOMINANCE} of the articles naming any full
 * name it abbreviates: {@code Baker} becomes {@code James Baker} (214 Reuters articles against 29
 * for Howard Baker), {@code Johnson} stays (Manuel Johnson 16 of 24), and so does {@code Jones}
 * when one article names Tom Jones; {@code IMF} becomes {@code International Monetary Fund}, while
 * {@code ADB} stays (Asian Development Bank 32, African Development Bank 12).
 *
 * <p>An article may hold a value and what it stands for (a name written two ways, or an index
 * analysed before the rules within an article); facet counts take such an article once.
 *
 * <p>A word the tagger wrongly took for a name ("Will") goes to whatever full name ends with it, as
 * it would have stayed a wrong name without this rule. Stateless; thread-safe.
 */
public final class NameAliases {

  /** The least number of articles that name the full name itself. */
  public static final int MIN_ARTICLES = 2;

  /** The least share the full name has of the articles naming full names it could stand for. */
  public static final double DOMINANCE = 0.75;

  /** Words an acronym leaves out: "Organization of Petroleum Exporting Countries" is OPEC. */
  private static final Set<String> UNLETTERED =
      Set.of("of", "and", "the", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le", "&");

  private NameAliases() {}

  /**
   * The person values that stand for another: {@linkplain #variants variants} of one name, and
   * one-word values that stand for a full name ending with that word.
   *
   * @param articlesPerName canonical person values and the number of articles naming each
   * @return value to the value it stands for, sorted
   */
  public static Map<String, String> persons(Map<String, Integer> articlesPerName) {
    return withVariants(
        EntityType.PERSON,
        articlesPerName,
        merged -> {
          // "Weizsaecker" and "Von Weizsaecker" both stand for "Richard von Weizsaecker"
          Map<String, String> both =
              new TreeMap<>(
                  aliases(
                      merged,
                      NameAliases::lastWord,
                      name -> name.indexOf(' ') < 0 ? capitalized(name) : null));
          both.putAll(aliases(merged, NameAliases::surname, NameAliases::surnameAlone));
          return both;
        });
  }

  /**
   * The organization values that stand for another: {@linkplain #variants variants} of one name,
   * and acronyms that stand for a full name of those initials.
   *
   * @param articlesPerName canonical organization values and the number of articles naming each
   * @return value to the value it stands for, sorted
   */
  public static Map<String, String> organizations(Map<String, Integer> articlesPerName) {
    return withVariants(
        EntityType.ORGANIZATION,
        articlesPerName,
        merged ->
            aliases(
                merged,
                NameAliases::initials,
                name -> name.indexOf(' ') < 0 ? acronym(name) : null));
  }

  /**
   * The location values that stand for another: {@linkplain #variants variants} of one name.
   *
   * @param articlesPerName canonical location values and the number of articles naming each
   * @return value to the value it stands for, sorted
   */
  public static Map<String, String> locations(Map<String, Integer> articlesPerName) {
    return withVariants(EntityType.LOCATION, articlesPerName, merged -> Map.of());
  }

  /**
   * Values written differently that name the same thing: the same letters but for case, accents,
   * dots, commas, hyphens and spaces ("Hong Kong" and "Hongkong"), "&amp;" for "and", and for
   * organizations British "-isation", a plural last word ({@link #singular}) and a legal form
   * written out, or left off at the end ({@code Goldman, Sachs and Co}, {@code Goldman Sachs & Co}
   * and {@code Goldman Sachs}; {@code Organisation for Economic Cooperation and Development} and
   * {@code Organization ...}; {@code Commodity Credit Corporation} and {@code Commodity Credit
   * Corp}; {@code Nissan Motor Co Ltd} and {@code Nissan Motor}; {@code General Motors Corp} and
   * {@code General Motors}; see {@link #firmNameEnd}). Each stands for the one of its group named
   * in most articles (ties: the first in value order), an organization's acronym before all.
   *
   * @return value to the variant it stands for
   */
  static Map<String, String> variants(EntityType type, Map<String, Integer> articlesPerName) {
    Map<String, String> best = new HashMap<>(); // per key, the value named in most articles
    for (Map.Entry<String, Integer> e : articlesPerName.entrySet()) {
      String key = variantKey(type, e.getKey());
      String leader = best.get(key);
      int leaderArticles = leader == null ? -1 : articlesPerName.get(leader);
      if (leader == null || isAhead(type, e.getKey(), e.getValue(), leader, leaderArticles)) {
        best.put(key, e.getKey());
      }
    }
    Map<String, String> variants = new TreeMap<>();
    for (String value : articlesPerName.keySet()) {
      String leader = best.get(variantKey(type, value));
      if (!leader.equals(value)) {
        variants.put(value, leader);
      }
    }
    return variants;
  }

  /**
   * Whether a variant leads another: an organization's acronym ({@code NATO}) before any other
   * writing of it ({@code Nato}), so that it stays an acronym; then most articles; then value
   * order.
   */
  private static boolean isAhead(
      EntityType type, String name, int articles, String leader, int leaderArticles) {
    if (type == EntityType.ORGANIZATION) {
      boolean acronym = acronym(name) != null;
      if (acronym != (acronym(leader) != null)) {
        return acronym;
      }
    }
    return articles > leaderArticles || (articles == leaderArticles && name.compareTo(leader) < 0);
  }

  /**
   * The name folded to ASCII as the text and name fields fold it (Lucene's {@link
   * ASCIIFoldingFilter}: "zürich" is "zurich", "wałęsa" "walesa", "straße" "strasse").
   */
  private static String withoutAccents(String name) {
    if (name.chars().allMatch(c -> c < 0x80)) {
      return name; // nearly every name: nothing to fold
    }
    char[] in = name.toCharArray();
    char[] out = new char[in.length * 4]; // the most one character folds to
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, length);
  }

  /**
   * What the {@linkplain #variants variants} of one name have in common: "General Motors
   * Corporation", "General Motors Corp" and "general motors" have one key, as have "Standard &amp;
   * Poor's" and "Standard and Poor".
   */
  public static String variantKey(EntityType type, String name) {
    String key =
        withoutAccents(name.toLowerCase(Locale.ROOT))
            // a dot ends a word ("J.P.Morgan and Co" has the words of "J.P. Morgan and Co"), and
            // the key joins the words without spaces, so "U.S." and "US" still share it
            .replace(".", " ")
            .replace(",", "")
            .replace("&", " and ")
            .replace('-', ' ');
    String[] words = key.trim().split(" +");
    int end = words.length;
    if (type == EntityType.ORGANIZATION) {
      for (int i = 0; i < end; i++) {
        String w = WRITTEN_OUT.getOrDefault(words[i], words[i]);
        w = w.contains("isation") ? w.replace("isation", "ization") : w;
        // "Standard and Poor's" and "Standard and Poor", "McDonald's" and "McDonald"
        words[i] = w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
      }
      end = firmNameEnd(words, end);
      if (end >= 2) {
        words[end - 1] = singular(words[end - 1]);
      }
    }
    // "Hong Kong" and "Hongkong", "Co-operation" and "Cooperation", "J.P. Morgan" and "J.P.Morgan"
    return String.join("", Arrays.asList(words).subList(0, end));
  }

  /**
   * The last word of an organization's name of several words in the singular, as far as a plain "s"
   * makes the plural: "Liberal Democrats" and "Liberal Democrat", "Tandem Computers Inc" and
   * "Tandem Computer", "Moody's Investors Services" and "... Service" are one name. A one-word name
   * keeps its "s" ("Times" is no "Time", "Rovers" no "Rover"), and so do words ending in "ss", "us"
   * and "is" ("Express", "Illinois").
   */
  private static String singular(String word) {
    return word.length() > 3
            && word.endsWith("s")
            && !word.endsWith("ss")
            && !word.endsWith("us")
            && !word.endsWith("is")
        ? word.substring(0, word.length() - 1)
        : word;
  }

  /** The words of a firm that a legal form may follow: "Nissan Motor Co Ltd". */
  private static final Set<String> FIRM_WORDS = Set.of("co", "corp", "cos");

  /**
   * Where an organization's name ends before its legal forms: "General Motors Corp" is "General
   * Motors", and so are forms of two words, "Nissan Motor Co Ltd", "Merrill Lynch and Co" and
   * "Kidder Peabody and Co Inc" ("Merrill Lynch", "Kidder Peabody"), when two words are left: "HBO
   * and Co" and "McDonald and Co" are other firms than "HBO" and "McDonald's Corp". Not the "Co"
   * before "Plc": "General Electric Co Plc" (Britain's GEC) is not "General Electric Co" (GE).
   *
   * @param words the name's words, lower-cased, legal forms abbreviated
   */
  private static int firmNameEnd(String[] words, int end) {
    int name = LegalForms.nameEnd(words, 0, end);
    if (name < end && words[end - 1].equals("plc")) {
      return name;
    }
    // a name of two words at least is left: "HBO and Co" (a software firm) is no "HBO", and
    // "McDonald and Co" (a broker) no "McDonald's Corp"
    if (name >= 4 && FIRM_WORDS.contains(words[name - 1]) && words[name - 2].equals("and")) {
      return name - 2; // "merrill lynch and co"
    }
    if (name < end && name >= 3 && FIRM_WORDS.contains(words[name - 1])) {
      return name - 1; // "nissan motor co ltd"
    }
    return name;
  }

  /** Legal forms written out, and their abbreviations. */
  private static final Map<String, String> WRITTEN_OUT =
      Map.of("corporation", "corp", "company", "co", "incorporated", "inc", "limited", "ltd");

  /**
   * Variants first, then the rule for short values over the articles of each variant group counted
   * together; a variant of a short value then stands for what the short value stands for ({@code
   * Opec} for {@code OPEC}, which stands for the organization).
   */
  private static Map<String, String> withVariants(
      EntityType type,
      Map<String, Integer> articlesPerName,
      Function<Map<String, Integer>, Map<String, String>> shortValues) {
    Map<String, String> variants = variants(type, articlesPerName);
    Map<String, Integer> merged = new HashMap<>();
    articlesPerName.forEach(
        (name, articles) ->
            merged.merge(variants.getOrDefault(name, name), articles, Integer::sum));
    Map<String, String> standsFor = shortValues.apply(merged);
    Map<String, String> aliases = new TreeMap<>(standsFor);
    variants.forEach((value, leader) -> aliases.put(value, standsFor.getOrDefault(leader, leader)));
    return aliases;
  }

  /**
   * The letters an acronym of a name of several words would be made of: the first letter of each
   * capitalized word (an abbreviation such as {@code U.S.} gives all its letters), the words of
   * {@link #UNLETTERED} and abbreviated legal forms ({@code Corp}, {@code Inc}) left out, and so
   * does a first word of two capitals before two words or more ({@code UK Independence Party} is
   * {@code UKIP}); {@code null} for a name of one word, with a word that is not capitalized, or
   * with an acronym of its own otherwise ({@code EC Commission}, {@code IBM Corp}: not what an
   * acronym is made from).
   */
  public static String initials(String name) {
    String[] words = name.split(" ");
    if (words.length < 2) {
      return null;
    }
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String bare = w.replace(".", "");
      String lower = bare.toLowerCase(Locale.ROOT);
      if (UNLETTERED.contains(lower) || LegalForms.isAbbreviated(lower)) {
        continue;
      }
      if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0))) {
        return null;
      }
      boolean dotted = w.indexOf('.') > 0;
      // a country's two capitals before two words or more are written with or without dots:
      // "UK Independence Party" (not "EC Commission")
      boolean leading = i == 0 && words.length >= 3 && bare.length() == 2 && isUpperCase(bare);
      if (!dotted && !leading && bare.length() >= 2 && isUpperCase(bare)) {
        return null; // an acronym in the name
      }
      boolean abbreviation = (dotted || leading) && bare.length() <= 3 && isUpperCase(bare);
      letters.append(abbreviation ? bare : bare.substring(0, 1));
    }
    return letters.length() >= 2 ? letters.toString() : null;
  }

  /**
   * The letters of a value that reads as an acronym ({@code IMF}, {@code U.N.}: two to six capital
   * letters, dots allowed), or {@code null}. (An organization named in capitals alone with five
   * letters or more, {@code UNICEF}, has a title-case canonical value, {@code Unicef}, which is no
   * acronym here.)
   */
  public static String acronym(String value) {
    String bare = value.replace(".", "");
    return bare.length() >= 2 && bare.length() <= 6 && isUpperCase(bare) ? bare : null;
  }

  private static boolean isUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? null : capitalized(name.substring(space + 1));
  }

  /**
   * The surname of a person's full name with the particles before it, as a value naming the person
   * by it alone writes it ("Charles de Gaulle" is "De Gaulle", "Vincent van Gogh" "Van Gogh");
   * {@code null} for a name whose surname has no particle.
   */
  private static String surname(String name) {
    String[] words = name.split(" ");
    int from = words.length - 1;
    while (from > 1 && DocumentConsistency.isNameParticle(words[from - 1])) {
      from--;
    }
    return from == words.length - 1 || from < 1
        ? null
        : capitalized(String.join(" ", Arrays.copyOfRange(words, from, words.length)));
  }

  /**
   * The key of a value that names a person by a surname with its particles ("De Gaulle", "van
   * Gogh"); {@code null} for any other value.
   */
  private static String surnameAlone(String name) {
    String[] words = name.split(" ");
    if (words.length < 2) {
      return null;
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (!DocumentConsistency.isNameParticle(words[i])) {
        return null;
      }
    }
    return capitalized(name);
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * @param fullKey what a full name can be abbreviated to, or {@code null} if it is no full name
   * @param shortKey what a short value abbreviates, or {@code null} if it is no short value
   */
  private static Map<String, String> aliases(
      Map<String, Integer> articlesPerName,
      Function<String, String> fullKey,
      Function<String, String> shortKey) {
    Map<String, Integer> articlesPerKey = new HashMap<>(); // all full names of each key
    Map<String, String> best = new HashMap<>(); // the full name named most, per key
    for (Map.Entry<String, Integer> e : articlesPerName.entrySet()) {
      String key = fullKey.apply(e.getKey());
      if (key == null) {
        continue;
      }
      articlesPerKey.merge(key, e.getValue(), Integer::sum);
      String leader = best.get(key);
      // a tie for the most articles leaves neither with the share needed, whichever is kept
      if (leader == null || e.getValue() > articlesPerName.get(leader)) {
        best.put(key, e.getKey());
      }
    }
    Map<String, String> aliases = new TreeMap<>();
    for (String value : articlesPerName.keySet()) {
      String key = shortKey.apply(value);
      String full = key == null ? null : best.get(key);
      if (full == null) {
        continue;
      }
      int named = articlesPerName.get(full);
      if (named >= MIN_ARTICLES && named >= DOMINANCE * articlesPerKey.get(key)) {
        aliases.put(value, full);
      }
    }
    return aliases;
  }
}
