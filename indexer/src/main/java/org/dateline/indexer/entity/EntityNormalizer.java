package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an entity's surface form into the one canonical value used by facets and filters (the
 * surface form stays searchable in the text). Stateless and thread-safe.
 *
 * <p>{@link #canonical} works on one name: collapses white space; strips a possessive ({@code
 * Iraq's}, {@code Reuters'}), a leading "the" ({@code the United States}; not in {@code The
 * Hague}), and for people leading honorifics and titles ({@code Mr.}, {@code Dr.}, {@code
 * President}, ..., only when a name follows); writes all-caps names in title case ({@code
 * WASHINGTON} becomes {@code Washington}; short all-caps organization names such as {@code NATO}
 * are kept); maps a small table of well-known aliases ({@code U.S.}, {@code US}, {@code USA},
 * {@code United States of America} to {@code United States}; {@code UK}, {@code Britain} to {@code
 * United Kingdom}; ...); writes out the news-style abbreviations of U.S. states for places ({@code
 * Calif.} becomes {@code California}); and keeps the 's of the organizations whose name has it
 * ({@code Moody's}, {@code Lloyd's}).
 *
 * <p>{@link #canonicalArticle} also uses the article: a person named by one word ({@code Hale})
 * gets the full name met earlier in the article ({@code David Hale}) whose last or first word it is
 * (a full name only after it is left alone); a word matching several different full names keeps the
 * most recent one before it. So does a person named by an initial and the surname, as line-ups
 * write them ({@code L Moody} for {@code Lewis Moody}). An organization's acronym ({@code SEC})
 * likewise gets the organization of those {@linkplain NameAliases#initials initials} in the article
 * ({@code Securities and Exchange Commission}), and an organization named by one other word ({@code
 * Bank}, as in "the Bank said") the organization of the article that starts or ends with it ({@code
 * Bank of England}). Across articles, see {@link NameAliases}.
 */
public final class EntityNormalizer {

  /**
   * The revision of the canonical values: raise it with any change that gives a name another value,
   * so that the indexer analyses articles again rather than keep their old values.
   */
  public static final int REVISION = 22;

  /** Runs of white space, no-break spaces included (compiled once: every name passes here). */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\p{Cc}]+");

  /** A possessive 's at the end. */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  /** The apostrophe of a plural's possessive at the end ("the Smiths'"). */
  private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("(?<=s)['’]$");

  private static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "lord",
          "lady",
          "baroness",
          "sheikh",
          "sheik",
          "president",
          "vice-president",
          "senator",
          "sen",
          "rep",
          "representative",
          "gov",
          "governor",
          "gen",
          "general",
          "col",
          "colonel",
          "lt",
          "capt",
          "captain",
          "sgt",
          "adm",
          "admiral",
          "maj",
          "rev",
          "reverend",
          "judge",
          "justice",
          "chancellor",
          "minister",
          "premier",
          "mayor",
          "ambassador",
          "secretary",
          "chairman",
          "chairwoman",
          "prime",
          "foreign",
          "defence",
          "defense",
          "finance",
          "deputy",
          "vice",
          "spokesman",
          "spokeswoman",
          "coach",
          "officer",
          "administrator",
          "commissioner",
          "director",
          "inspector",
          "detective",
          "sheriff");

  private static final Set<String> KEEP_THE = Set.of("the hague", "the gambia", "the bahamas");

  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    alias("United States", "us", "usa", "united states", "united states of america", "the us");
    alias("United Kingdom", "uk", "united kingdom", "britain", "great britain", "gb");
    alias("United Nations", "un", "united nations");
    alias("European Union", "eu", "european union");
    alias("Soviet Union", "ussr", "soviet union");
    // countries' formal names
    alias("China", "people's republic of china", "people’s republic of china");
    alias(
        "North Korea",
        "democratic people's republic of korea",
        "democratic people’s republic of korea");
    alias("Russia", "russian federation");
    alias("United Arab Emirates", "uae", "united arab emirates");
    alias("Islamic State", "isis", "isil", "islamic state", "daesh");
    // the central bank, by its short name and its board
    alias(
        "Federal Reserve",
        "fed",
        "the fed",
        "federal reserve",
        "federal reserve board",
        "federal reserve system",
        "us federal reserve");
    // the agency signed its wires "Reuter" until the 1990s
    alias("Reuters", "reuter", "reuters");
  }

  /** Aliases of one type only: the word is another name's, or none, in the other types. */
  private static final Map<EntityType, Map<String, String>> TYPED_ALIASES =
      new EnumMap<>(EntityType.class);

  static {
    // Britain's parties by their members' names and nicknames ("the Tories", "Labour MPs" after
    // the member is cut off); a person named Holland is no country
    typedAlias(
        EntityType.ORGANIZATION,
        "Conservative Party",
        "conservative party",
        "conservatives",
        "conservative",
        "tories",
        "tory",
        "tory party");
    typedAlias(EntityType.ORGANIZATION, "Labour Party", "labour", "labour party");
    typedAlias(
        EntityType.ORGANIZATION,
        "Liberal Democrats",
        "liberal democrats",
        "liberal democrat",
        "lib dems",
        "lib dem");
    typedAlias(EntityType.ORGANIZATION, "BBC Radio 4", "radio 4", "bbc radio 4");
    typedAlias(EntityType.LOCATION, "Netherlands", "holland", "netherlands", "the netherlands");
    // Reuters' money: "H.K. Dlrs", "N.Z. Dlrs"
    typedAlias(EntityType.LOCATION, "Hong Kong", "hk", "hong kong");
    typedAlias(EntityType.LOCATION, "New Zealand", "nz", "new zealand");
  }

  private static void typedAlias(EntityType type, String canonical, String... keys) {
    Map<String, String> aliases = TYPED_ALIASES.computeIfAbsent(type, t -> new HashMap<>());
    for (String k : keys) {
      aliases.put(k, canonical);
    }
  }

  private static void alias(String canonical, String... keys) {
    for (String k : keys) {
      ALIASES.put(k, canonical);
    }
  }

  /**
   * Organizations whose name ends in 's: the possessive is theirs, not the sentence's ("Moody's
   * said" is not Moody saying), so it stays, in this spelling.
   */
  private static final Map<String, String> POSSESSIVE_NAMES = new HashMap<>();

  static {
    for (String name :
        List.of(
            "Moody's",
            "McDonald's",
            "Lloyd's",
            "Sotheby's",
            "Christie's",
            "Macy's",
            "Kellogg's",
            "Sainsbury's",
            "Wendy's",
            "Domino's",
            "Denny's",
            "Dillard's",
            "Harrah's",
            "Friendly's",
            "Hardee's",
            "Standard and Poor's",
            "Standard & Poor's")) {
      POSSESSIVE_NAMES.put(name.replace("'", "").toLowerCase(Locale.ROOT), name);
    }
  }

  /**
   * Abbreviations of U.S. states in news style ("SAN JOSE, Calif."), for places only: "Miss." is
   * also a title and "Ind." a word. Not "La." (Louisiana): "L.A." and "LA" are Los Angeles.
   */
  private static final Map<String, String> STATES = new HashMap<>();

  static {
    String[][] states = {
      {"ala", "Alabama"},
      {"ariz", "Arizona"},
      {"ark", "Arkansas"},
      {"calif", "California"},
      {"colo", "Colorado"},
      {"conn", "Connecticut"},
      {"del", "Delaware"},
      {"fla", "Florida"},
      {"ga", "Georgia"},
      {"ill", "Illinois"},
      {"ind", "Indiana"},
      {"kan", "Kansas"},
      {"kans", "Kansas"},
      {"ky", "Kentucky"},
      {"md", "Maryland"},
      {"mass", "Massachusetts"},
      {"mich", "Michigan"},
      {"minn", "Minnesota"},
      {"miss", "Mississippi"},
      {"mo", "Missouri"},
      {"mont", "Montana"},
      {"neb", "Nebraska"},
      {"nebr", "Nebraska"},
      {"nev", "Nevada"},
      {"nh", "New Hampshire"},
      {"nj", "New Jersey"},
      {"nm", "New Mexico"},
      {"ny", "New York"},
      {"nc", "North Carolina"},
      {"nd", "North Dakota"},
      {"okla", "Oklahoma"},
      {"ore", "Oregon"},
      {"pa", "Pennsylvania"},
      {"penn", "Pennsylvania"},
      {"ri", "Rhode Island"},
      {"sc", "South Carolina"},
      {"sd", "South Dakota"},
      {"tenn", "Tennessee"},
      {"tex", "Texas"},
      {"vt", "Vermont"},
      {"va", "Virginia"},
      {"wash", "Washington"},
      {"wva", "West Virginia"},
      {"wis", "Wisconsin"},
      {"wisc", "Wisconsin"},
      {"wyo", "Wyoming"}
    };
    for (String[] state : states) {
      STATES.put(state[0], state[1]);
    }
  }

  private EntityNormalizer() {}

  /**
   * Whether a word is a U.S. state, written out ("Texas") or abbreviated in news style with its dot
   * ("Colo.", "N.Y.").
   */
  static boolean isState(String word) {
    if (word.endsWith(".")) {
      return STATES.containsKey(listKey(word));
    }
    return STATES.containsValue(word);
  }

  /** The canonical value of one name. */
  public static String canonical(EntityType type, String surface) {
    return canonical(type, surface, null);
  }

  /**
   * The canonical value of one name, the words of a name written in capitals cased by {@code
   * capsCasing} ({@link EntityExtractor#capsCasing}) when given, else by a rule of thumb.
   */
  public static String canonical(
      EntityType type, String surface, UnaryOperator<String> capsCasing) {
    return canonical(type, surface, capsCasing, false);
  }

  private static String canonical(
      EntityType type,
      String surface,
      UnaryOperator<String> capsCasing,
      boolean writtenInCapitals) {
    String spaced = singleSpaced(surface).trim();
    int n = spaced.length();
    if (type == EntityType.ORGANIZATION
        && n >= 2
        && (spaced.charAt(n - 1) == 's' || spaced.charAt(n - 1) == 'S')
        && isApostrophe(spaced.charAt(n - 2))) {
      String kept =
          POSSESSIVE_NAMES.get(spaced.replace("'", "").replace("’", "").toLowerCase(Locale.ROOT));
      if (kept != null) {
        return kept;
      }
    }
    String s = withoutPossessive(spaced).trim();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("the ") && !KEEP_THE.contains(lower)) {
      s = s.substring(4).trim();
    }
    if (type == EntityType.PERSON) {
      s = stripHonorifics(s);
    }
    String key = listKey(s);
    String alias = ALIASES.get(key);
    if (alias == null) {
      alias = TYPED_ALIASES.getOrDefault(type, Map.of()).get(key);
    }
    if (alias != null) {
      return alias;
    }
    if (type == EntityType.LOCATION) {
      String state = STATES.get(key);
      if (state != null) {
        return state;
      }
    }
    if (TokenShapes.isAllCaps(s) && s.length() > 1) {
      s =
          capsCasing == null
              ? titleCaseWords(type, s)
              : trueCaseWords(type, s, capsCasing, writtenInCapitals);
    }
    if (type == EntityType.ORGANIZATION && s.indexOf('.') > 0 && s.indexOf(' ') < 0) {
      // "S.E.C." is "SEC", one value with the acronym written without dots
      String letters = NameAliases.acronym(s);
      if (letters != null) {
        return letters;
      }
    }
    if (type == EntityType.ORGANIZATION && s.endsWith(".") && s.indexOf(' ') > 0) {
      // "American Motors Corp." is "American Motors Corp"; "Harris Associates L.P." keeps its dots
      String last = s.substring(s.lastIndexOf(' ') + 1, s.length() - 1);
      if (last.indexOf('.') < 0 && LegalForms.isAbbreviated(last)) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s;
  }

  /**
   * Runs of white space (no-break spaces and control characters included) as one space: {@link
   * #SPACES}, without a matcher for the names (nearly all) that have single spaces only.
   */
  static String singleSpaced(String surface) {
    boolean previousSpace = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      boolean space = c == ' ' || c == '\u00A0' || Character.isISOControl(c);
      if (space && (previousSpace || c != ' ')) {
        return SPACES.matcher(surface).replaceAll(" ");
      }
      previousSpace = space;
    }
    return surface;
  }

  /**
   * The name without a possessive at its end: {@link #POSSESSIVE}, then {@link #PLURAL_POSSESSIVE},
   * tested by hand for a name without line terminators (before which a regular expression's {@code
   * $} also matches).
   */
  static String withoutPossessive(String s) {
    if (hasLineTerminator(s)) {
      return PLURAL_POSSESSIVE.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll("");
    }
    int n = s.length();
    if (n >= 2 && s.charAt(n - 1) == 's' && isApostrophe(s.charAt(n - 2))) {
      s = s.substring(0, n - 2);
      n -= 2;
    }
    if (n >= 2 && isApostrophe(s.charAt(n - 1)) && s.charAt(n - 2) == 's') {
      s = s.substring(0, n - 1);
    }
    return s;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean hasLineTerminator(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** Abbreviated titles that are names too (Hun Sen, Amartya Sen): titles only with their dot. */
  private static final Set<String> DOTTED_ONLY = Set.of("sen", "gen", "rep", "gov");

  /**
   * A word or name as the word lists here and in {@link DocumentConsistency} spell it: without
   * dots, in lower case ({@code U.S.} is {@code us}, {@code Ltd.} is {@code ltd}).
   */
  static String listKey(String word) {
    return word.replace(".", "").toLowerCase(Locale.ROOT);
  }

  /** Whether a word is an honorific or a title ({@code Mr.}, {@code Chancellor}, ...). */
  static boolean isTitle(String word) {
    int dot = word.indexOf('.');
    if (dot >= 0 && dot < word.length() - 1) {
      return false; // initials ("M.S. Swaminathan"), not "Ms"
    }
    String key = listKey(word);
    return HONORIFICS.contains(key) && (!DOTTED_ONLY.contains(key) || word.endsWith("."));
  }

  private static String stripHonorifics(String s) {
    String[] words = s.split(" ");
    int first = 0;
    while (first < words.length - 1 && isTitle(words[first])) {
      first++;
    }
    return first == 0 ? s : String.join(" ", List.of(words).subList(first, words.length));
  }

  /**
   * A name written in capitals, cased word by word with the usual forms {@code usualForm} knows
   * ({@link EntityExtractor#capsCasing}): a word usually written with capitals keeps that form
   * ("NATO", "McDonald"); a word usually in lower case is a name's word all the same and takes a
   * capital ("RED CHINA" is "Red China", "SUEZ CANAL" "Suez Canal"), unless it is a joining word
   * after the first ("HOUSE OF COMMONS" is "House of Commons", "CHARLES DE GAULLE" "Charles de
   * Gaulle"); a word it lacks takes a capital too, unless it is short (an acronym: "UN", and in an
   * organization's name "IBM", "ICBC") or has no vowel; and an organization's name of one short
   * word is an acronym whatever the word ("AA", "ACT").
   */
  private static String trueCaseWords(
      EntityType type, String s, UnaryOperator<String> usualForm, boolean writtenInCapitals) {
    boolean organization = type == EntityType.ORGANIZATION || type == EntityType.MISC;
    int acronymLength = organization ? (writtenInCapitals ? 3 : 4) : (writtenInCapitals ? 0 : 2);
    // a name of one word in capitals amid mixed-case text, of three letters the casing table lacks,
    // is an acronym whatever its type ("ICO" tagged a place)
    int oneWordAcronymLength = organization || writtenInCapitals ? acronymLength : 3;
    String[] words = s.split(" ");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (!TokenShapes.isAllCaps(word)) {
        continue;
      }
      String usual = usualForm.apply(word);
      if (words.length == 1
          && word.length() <= oneWordAcronymLength
          && !(writtenInCapitals && usual != null && !TokenShapes.isAllCaps(usual))) {
        continue; // an organization's name of one short word is an acronym ("AA", "ACT", "CMS")
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (usual != null && !usual.equals(usual.toLowerCase(Locale.ROOT))) {
        words[w] = usual;
      } else if (w > 0 && JOINING_WORDS.contains(lower)) {
        words[w] = lower;
      } else if (usual != null || (word.length() > acronymLength && hasVowel(word))) {
        words[w] = capitalizedParts(word);
      }
    }
    return String.join(" ", words);
  }

  /** Words that join a name's words in lower case: "of", "and", "de", "von". */
  private static final Set<String> JOINING_WORDS =
      Set.of(
          "of", "and", "the", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le", "da",
          "di", "del", "della", "dos", "von", "van", "der", "den", "y", "bin", "ibn");

  private static boolean hasVowel(String word) {
    for (int i = 0; i < word.length(); i++) {
      if ("AEIOUY".indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Each part of a word in capitals with a capital first: "BEN-GURION" is "Ben-Gurion". */
  private static String capitalizedParts(String word) {
    StringBuilder b = new StringBuilder(word.length());
    boolean start = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start =
          (!Character.isLetter(c) && c != '\'' && c != '’')
              || (i == 1 && c == 'C' && word.startsWith("MC") && word.length() > 3);
    }
    return b.toString();
  }

  private static String titleCaseWords(EntityType type, String s) {
    boolean keepAcronyms = type == EntityType.ORGANIZATION || type == EntityType.MISC;
    StringBuilder sb = new StringBuilder(s.length());
    boolean wordStart = true;
    int wordLength = 0;
    String[] words = s.split(" ");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (w > 0) {
        sb.append(' ');
      }
      wordLength = word.length();
      if ((keepAcronyms && wordLength <= 4) || wordLength <= 2 || word.contains(".")) {
        sb.append(word);
        continue;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        sb.append(wordStart ? c : Character.toLowerCase(c));
        wordStart = !Character.isLetter(c) || (c == 'C' && i == 1 && word.startsWith("MC"));
      }
      wordStart = true;
    }
    return sb.toString();
  }

  /**
   * Whether an article is written wholly in capitals, as archives such as TIME's are: by the rule
   * the tagger uses for its choice of classifier (at most one word with small letters for ten in
   * capitals), on the tokens the tagger sees.
   */
  public static boolean isWrittenInCapitals(List<String> paragraphs) {
    long lower = 0;
    long upper = 0;
    for (String p : paragraphs) {
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (Character.isLowerCase(c)) {
          lower++;
        } else if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    if (upper == 0 || lower * 4 > upper) {
      return false; // mixed-case text, told without tokenizing it: most articles
    }
    List<String[]> tokens = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      tokens.add(NewsTokenizer.tokenize(p).stream().map(Token::text).toArray(String[]::new));
    }
    return TokenShapes.isWrittenInCapitals(tokens);
  }

  /** Names longer than this (in characters) are extraction noise: no name is that long. */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * The canonical values of an article's entities, in the same shape as the input, resolving a
   * person's single-word name to a full name of the article (see the class comment). A name without
   * a value (empty after cleaning, or longer than {@link #MAX_NAME_LENGTH}) gets the empty string:
   * the index leaves it out.
   */
  public static List<List<String>> canonicalArticle(List<List<Entity>> article) {
    return canonicalArticle(article, null);
  }

  /**
   * {@link #canonicalArticle(List)}, the words of names written in capitals cased by {@code
   * capsCasing} ({@link EntityExtractor#capsCasing}), or by a rule of thumb when it is {@code
   * null}.
   */
  public static List<List<String>> canonicalArticle(
      List<List<Entity>> article, UnaryOperator<String> capsCasing) {
    return canonicalArticle(article, capsCasing, false);
  }

  /**
   * {@link #canonicalArticle(List, UnaryOperator)} for an article that is, or is not, written
   * wholly in capitals ({@link #isWrittenInCapitals}). In such an article a word in capitals is no
   * sign of an acronym: a short word the casing knows takes its usual form ("ARMY" is "Army",
   * "REDS" "Reds"), a person's or place's word with a vowel takes a capital however short ("HO CHI
   * MINH" is "Ho Chi Minh"), and an organization's unknown word of four letters does too ("VIET
   * CONG" is "Viet Cong"); unknown words of three letters or fewer stay as they are written.
   */
  public static List<List<String>> canonicalArticle(
      List<List<Entity>> article, UnaryOperator<String> capsCasing, boolean writtenInCapitals) {
    List<List<String>> out = new ArrayList<>(article.size());
    // the full names each one-word value may stand for, in order of appearance
    Map<String, List<FullName>> byShortForm = new HashMap<>();
    for (List<Entity> paragraph : article) {
      List<String> values = new ArrayList<>(paragraph.size());
      for (Entity e : paragraph) {
        String c =
            e.text().length() > MAX_NAME_LENGTH
                ? ""
                : canonical(e.type(), e.text(), capsCasing, writtenInCapitals);
        values.add(c);
        FullName full = new FullName(c, out.size(), values.size() - 1);
        for (String shortForm : shortFormsOf(e.type(), c)) {
          byShortForm.computeIfAbsent(shortForm, k -> new ArrayList<>()).add(full);
        }
      }
      out.add(values);
    }
    for (int p = 0; p < article.size(); p++) {
      for (int i = 0; i < article.get(p).size(); i++) {
        String c = out.get(p).get(i);
        EntityType type = article.get(p).get(i).type();
        String key =
            c.isEmpty() ? null : c.indexOf(' ') < 0 ? lookupKey(type, c) : initialedKey(type, c);
        if (key != null) {
          String full = fullNameFor(byShortForm.get(key), p, i, type != EntityType.PERSON);
          if (full != null) {
            out.get(p).set(i, full);
          }
        }
      }
    }
    return out;
  }

  /** A full name of an article and where it is. */
  private record FullName(String name, int paragraph, int index) {}

  /**
   * The keys a full name can be found under by a one-word value of the article: a person's first
   * and last word; an organization's {@linkplain NameAliases#initials initials} (for an acronym)
   * and the words it is the {@linkplain #isHeadOf head} of (for another one-word name).
   */
  private static List<String> shortFormsOf(EntityType type, String canonical) {
    int space = canonical.indexOf(' ');
    if (type == EntityType.PERSON && space > 0) {
      String first = canonical.substring(0, space);
      String last = canonical.substring(canonical.lastIndexOf(' ') + 1);
      if (first.equals(last)) {
        return List.of("P " + first);
      }
      return first.length() > 2 && Character.isUpperCase(first.charAt(0))
          ? List.of("P " + first, "P " + last, "I " + first.charAt(0) + " " + last)
          : List.of("P " + first, "P " + last);
    }
    String initials = type == EntityType.ORGANIZATION ? NameAliases.initials(canonical) : null;
    if (initials == null) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(3);
    keys.add("A " + initials);
    if (space > 0) {
      String first = canonical.substring(0, space);
      String last = canonical.substring(canonical.lastIndexOf(' ') + 1);
      keys.add("H " + last);
      if (!first.equals(last) && isHeadOf(first, canonical)) {
        keys.add("H " + first);
      }
    }
    return keys;
  }

  /** A person named by an initial and a surname, as line-ups write them: "L Moody", "J. Noon". */
  private static final Pattern INITIALED = Pattern.compile("(\\p{Lu})\\.? (\\S+)");

  /**
   * The key a person named by an initial and a surname ({@link #INITIALED}) finds the full name of
   * those initial and surname under ("L Moody" for "Lewis Moody"); {@code null} for other values.
   */
  private static String initialedKey(EntityType type, String value) {
    if (type != EntityType.PERSON) {
      return null;
    }
    Matcher m = INITIALED.matcher(value);
    return m.matches() ? "I " + m.group(1) + " " + m.group(2) : null;
  }

  /** The key {@link #shortFormsOf} files the full names a one-word value stands for under. */
  private static String lookupKey(EntityType type, String word) {
    if (type == EntityType.PERSON) {
      return "P " + word;
    }
    if (type != EntityType.ORGANIZATION) {
      return null;
    }
    String acronym = NameAliases.acronym(word);
    return acronym != null ? "A " + acronym : "H " + word;
  }

  /**
   * The full name a one-word value of the article stands for, among those it may be short for (in
   * order of appearance): a person's surname or first name takes a full name ending or starting
   * with it, an organization's acronym the organization of those initials, and an organization's
   * other one-word name ("the Bank", "Ford") an organization it is the {@linkplain #isHeadOf head}
   * of ("Bank of England", "Ford Motor Co"); the last such before it, else (for an organization)
   * the first after it. A person's full name comes before the surname in news; one that comes only
   * after it is as often another person or a firm ("Reagan" before "Nancy Reagan", "Dean" of Dean
   * Foods before "Howard Dean"), and the surname is better left to the aliases across articles.
   * Found by a binary search, so that an article of many names costs no more than its names.
   */
  private static String fullNameFor(
      List<FullName> candidates, int paragraph, int index, boolean orAfter) {
    if (candidates == null) {
      return null;
    }
    int lo = 0;
    int hi = candidates.size();
    while (lo < hi) { // the first candidate after the value
      int mid = (lo + hi) >>> 1;
      FullName m = candidates.get(mid);
      boolean earlier =
          m.paragraph() < paragraph || (m.paragraph() == paragraph && m.index() < index);
      if (earlier) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo > 0) {
      return candidates.get(lo - 1).name();
    }
    return orAfter && lo < candidates.size() ? candidates.get(lo).name() : null;
  }

  /**
   * Whether a word alone names the same organization as a longer name: its last word ("World Bank",
   * "U.S. Senate"), or its first word when the rest is "of ..." ("Bank of England") or a company's
   * legal form ends it ("Ford Motor Co"). Not "Senate" for "Senate Finance Committee": that names a
   * committee of it.
   */
  private static boolean isHeadOf(String word, String name) {
    if (name.endsWith(" " + word)) {
      return true;
    }
    if (!name.startsWith(word + " ")) {
      return false;
    }
    return name.startsWith(word + " of ")
        || LegalForms.isAbbreviated(name.substring(name.lastIndexOf(' ') + 1));
  }
}
