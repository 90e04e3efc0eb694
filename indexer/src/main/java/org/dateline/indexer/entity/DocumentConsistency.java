package org.dateline.indexer.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Makes the names of one document agree with each other, after the sentence-by-sentence tagging:
 *
 * <ul>
 *   <li>{@link Rule#FIRMS}: a firm named "Name and Co" ("Goldman, Sachs and Co", "Charles Schwab
 *       and Co", "Lister and Co Plc"; 1987 Reuters writes "and" where CoNLL's Reuters writes "&")
 *       is one organization, not a person or place before "and" and a place "Co" after it; and,
 *       after the vote below, a company named with its legal form ("Ruch SA") is the company where
 *       the document names it without ("Ruch"), as {@link #withFirmsNamedShort} says;
 *   <li>{@link Rule#NOT_NAMES}: a single letter ("P" of "S and P") or a legal form alone ("Ltd") is
 *       no name; the label of a photo credit before its colon ("Captain America Image: Nick
 *       Moreau.") is part of no name; a "person" that is only titles ("Chancellor", "Prime
 *       Minister") is no name, one that ends with a word such as "Administration" ("Reagan
 *       Administration", from a title-cased headline) is the name before it, and one that ends with
 *       a word such as "Foundation" or "Institute" is an organization;
 *   <li>{@link Rule#PERSON_PARTS}: a single word that is part of a person's full name met in the
 *       document (the surname "Hale" after "David Hale") is a person, unless the tagger read it
 *       alone as another kind of name far more surely ({@link #PART_FACTOR});
 *   <li>{@link Rule#ACRONYMS}: an acronym introduced in brackets after its expansion ("the Islamic
 *       State (ISIS)") is the same name as the expansion, for the vote below;
 *   <li>{@link Rule#WEIGHTED_MAJORITY}: the mentions of one name vote for its type, each with the
 *       tagger's confidence (its score margin); a mention takes the winning type when the winner
 *       outweighs the mention's own type by {@link #MAJORITY_FACTOR};
 *   <li>{@link Rule#MAJORITY_TYPE}: the same name gets the type it was given most often
 *       (unweighted; not in the default set);
 *   <li>{@link Rule#PROPAGATE}: an untagged occurrence of a name tagged elsewhere in the document,
 *       written the same way, is tagged too, with the name's voted type;
 *   <li>{@link Rule#KINDS}: last, a name right after the word for its kind is of that kind
 *       throughout the document: a work ("the comedy Sideways") is no person or organization but
 *       MISC, a newspaper or magazine ("the newspaper Pravda") an organization.
 * </ul>
 */
final class DocumentConsistency {

  /** The rules; {@link #DEFAULT} holds the ones that helped on the development sets. */
  enum Rule {
    MAJORITY_TYPE,
    WEIGHTED_MAJORITY,
    ACRONYMS,
    PERSON_PARTS,
    PROPAGATE,
    NOT_NAMES,
    FIRMS,
    KINDS
  }

  /**
   * Words of the figures lines of company reports ("NINE MTHS NET SHR 1.20 DLRS", true-cased to
   * "Nine Mths"): a span of these words only names nothing.
   */
  private static final Set<String> REPORT_WORDS =
      Set.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "mth", "mths", "qtr", "qtly", "shr", "shrs", "net", "vs", "dlrs", "cts", "mln",
          "oper", "revs", "avg", "yr");

  /**
   * Function words and roman numerals, which text in capitals (the TIME collection: "SERIES OF
   * RACIAL INCIDENTS") makes look like names: no name of these words only, and no part of a
   * person's name to be found alone elsewhere ("OF" of "Richard Parker OF Eckman").
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
          "as", "ii", "iii", "iv", "vi");

  /**
   * Particles of surnames ("Charles de Gaulle", "Vincent van Gogh"), no name on their own: in a
   * text in capitals ("CHARLES DE GAULLE") they are capitalized like the rest, and a "DE" elsewhere
   * ("FORCE DE FRAPPE") would become a person.
   */
  /** Whether a word is a surname's particle ("de", "van", "von", ...), in any case. */
  static boolean isNameParticle(String word) {
    return NAME_PARTICLES.contains(EntityNormalizer.listKey(word));
  }

  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "de", "da", "di", "del", "della", "der", "den", "du", "des", "van", "von", "la", "le",
          "al", "el", "bin", "ibn", "dos", "das", "do");

  /**
   * What ends a firm's name after "and" or "&" ("Goldman, Sachs and Co", "Alex. Brown and Sons").
   */
  private static final Set<String> FIRM_ENDS =
      Set.of("Co", "Co.", "Cos", "Cos.", "Company", "Sons", "Partners", "Associates");

  /**
   * Firms named by two words joined by "and" or "&", which the tagger splits into two names
   * ("Standard and Poor's Corp" gave `Standard` and `Poor's Corp`): first word to second word.
   */
  private static final Map<String, String> AND_FIRMS =
      Map.of(
          "Standard", "Poor",
          "Procter", "Gamble",
          "Marks", "Spencer",
          "Dun", "Bradstreet",
          "Black", "Decker",
          "Barnes", "Noble",
          "Ernst", "Young",
          "Tate", "Lyle",
          "Smith", "Nephew",
          "Harcourt", "Brace");

  /** The most words before "and Co" taken as the firm's name when none of them is tagged. */
  private static final int MAX_FIRM_WORDS = 4;

  /** Words that label a caption or credit ("Image: Nick Moreau."), not names, before a colon. */
  private static final Set<String> LABELS =
      Set.of("image", "photo", "picture", "credit", "caption", "video", "file", "graphic");

  /**
   * Last words that make a name of several words an organization's ("Andy Warhol Foundation"). No
   * word that is also a surname or a place's last word: not Bank (Melissa Bank, West Bank), Union
   * (Soviet Union), Church (Frank Church), Party, Group, Trust, Board, Club, College. A person of
   * three words or more ending in Bank is a bank, though ("Toronto Dominion Bank").
   */
  private static final Set<String> ORG_END_WORDS =
      Set.of(
          "foundation",
          "institute",
          "university",
          "company",
          "corp",
          "corporation",
          "inc",
          "ltd",
          "plc",
          "association",
          "society",
          "council",
          "committee",
          "commission",
          "agency",
          "department",
          "ministry",
          "federation",
          "league",
          "program",
          "programme",
          "bureau",
          "authority",
          "organization",
          "organisation");

  /**
   * Words that end an institution's name and no place's: a place's name that ends in one is the
   * institution's ("UK Independence Party", "Harvard University").
   */
  private static final Set<String> INSTITUTIONS_NO_PLACE_ENDS =
      Set.of("Party", "University", "Institute", "Foundation", "Council");

  /**
   * Words that name an institution's kind, beyond {@link #ORG_END_WORDS}, though some are surnames
   * too: in "Marion County Board of Education" they tell an organization's name from a person's.
   */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "bank",
          "union",
          "church",
          "party",
          "group",
          "trust",
          "board",
          "club",
          "college",
          "county",
          "school",
          "centre",
          "center",
          "hospital",
          "museum",
          "court",
          "house",
          "city",
          "state",
          "office",
          "service",
          "services",
          "fund",
          "academy",
          "army",
          "force",
          "forces");

  /** Whether {@code lower} (a lower-cased word) names a kind of institution ("board", "party"). */
  static boolean isInstitutionWord(String lower) {
    return ORG_END_WORDS.contains(lower) || INSTITUTION_WORDS.contains(lower);
  }

  /**
   * Country names news writes that the JDK's locale data names otherwise, or not in every release
   * (it renamed Turkey "Türkiye"): so that the list does not depend on the JDK that runs.
   */
  private static final Set<String> OTHER_COUNTRY_NAMES =
      Set.of(
          "Turkey",
          "Czech Republic",
          "Czechoslovakia",
          "Ivory Coast",
          "Burma",
          "Myanmar",
          "Congo",
          "Zaire",
          "Swaziland",
          "Macedonia",
          "Hong Kong",
          "Macau",
          "Macao",
          "Holland",
          "Soviet Union",
          "West Germany",
          "East Germany",
          "Yugoslavia",
          "Vatican",
          "Palestine",
          "Cape Verde",
          "East Timor");

  /**
   * Countries by their English names (as the JDK's locale data gives them, "&" written "and", and
   * {@link #OTHER_COUNTRY_NAMES}). A country's name alone, tagged an organization ("the Philippines
   * would pay"), is the country: the tagger types a name it rarely saw in training by its context,
   * and "the" before a name leans to organizations.
   */
  private static final Set<String> COUNTRIES = countries();

  private static final int MAX_COUNTRY_WORDS = 6;

  /**
   * Whether the word at {@code i} is a title before the name after it: a title ({@link
   * EntityNormalizer#isTitle}), unless it is written in capitals before a word that is not ("MS.
   * Final approval" after "patients with": multiple sclerosis; "MR. SMITH" in a line of capitals is
   * a title).
   */
  private static boolean isTitleBeforeName(String[] tokens, int i) {
    return EntityNormalizer.isTitle(tokens[i])
        && !(TokenShapes.isAllCaps(tokens[i])
            && i + 1 < tokens.length
            && !TokenShapes.isAllCaps(tokens[i + 1]));
  }

  /** Honorifics that stand before a person's name only (not "Miss World", not "General Motors"). */
  private static final Set<String> PERSONAL_HONORIFICS =
      Set.of("mr", "mrs", "ms", "dr", "lord", "lady", "baroness", "sir", "dame");

  /**
   * Whether a span of two or three words is a {@link #PERSONAL_HONORIFICS personal honorific} and a
   * name: capitalized words that are no title, country, institution's word or legal form ("Mrs
   * Thatcher", "Lord Goldsmith"; not "Lord Chancellor", "Dr Pepper Co").
   */
  private static boolean isHonorificAndName(String[] tokens, int start, int end) {
    if (end - start < 2
        || end - start > 3
        || !PERSONAL_HONORIFICS.contains(EntityNormalizer.listKey(tokens[start]))
        || !isTitleBeforeName(tokens, start)) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!isHoldersWord(tokens[i]) || isCountry(tokens[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word may be part of the name of a person after a title or an honorific: capitalized,
   * and no title, institution's word ({@link #isInstitutionWord}, which takes in {@link
   * #ORG_END_WORDS}), word that ends no person's name ({@link #NOT_NAME_ENDS}) or legal form.
   */
  private static boolean isHoldersWord(String token) {
    String key = EntityNormalizer.listKey(token);
    return isCapitalized(token)
        && !EntityNormalizer.isTitle(token)
        && !isInstitutionWord(key)
        && !NOT_NAME_ENDS.contains(key)
        && !LegalForms.isLegalForm(token);
  }

  /**
   * Where the office ends in a name that runs on into who holds it ("U.S. Trade Representative
   * Clayton Yeutter", "US Attorney Roslynn Mauskopf", "Labour MP Diane Abbott", "Exchequer Nigel
   * Lawson" of "Chancellor of the Exchequer Nigel Lawson"): the title word, or the {@linkplain
   * #isOfficeEnd end of an office}, followed by two or three capitalized words that end the span
   * and are neither titles, countries nor institutions' words; -1 when there is none. The title may
   * start the span ("Justice Antonin Scalia", "MP Kefa Ssempgani", "Exchequer Nigel Lawson") unless
   * it is one that starts firms' names too ({@link #FIRM_TITLES}: "General Motors Europe").
   */
  private static int titleBeforePerson(String[] tokens, int start, int end) {
    // a first name and a surname at least: "Strategic Defense Initiative" is no office and holder
    for (int title = end - 3; title >= start && title >= end - 4; title--) {
      String word = EntityNormalizer.listKey(tokens[title]);
      if (title == start && FIRM_TITLES.contains(word) && !isOfficeEnd(tokens, title)) {
        // "General Motors Europe", "Senator Hotel Group": a firm's name, no office and holder
        continue;
      }
      if (!EntityNormalizer.isTitle(tokens[title])
          && !LEGISLATORS.contains(word)
          && !word.equals("attorney")
          && !isOfficeEnd(tokens, title)) {
        continue;
      }
      for (int i = title + 1; i < end; i++) {
        if (!isHoldersWord(tokens[i])
            // a country in a holder of three words: "Canada Paul Martin", "George Shultz China"
            // (a name of two may be a person's: "Chad Jordan", "Jools Holland")
            || (end - title - 1 == 3 && isCountry(tokens[i]))) {
          return -1;
        }
      }
      return title;
    }
    return -1;
  }

  /**
   * Whether a department's word ends an office named after a government's title: "Secretary of
   * State", "Chancellor of the Exchequer", "Minister of Finance" (the title may stand before the
   * name the tagger found); not a firm after "director of the" or "chairman of".
   */
  private static boolean isOfficeEnd(String[] tokens, int i) {
    if (i < 2 || !DEPARTMENTS.contains(EntityNormalizer.listKey(tokens[i]))) {
      return false;
    }
    int of = tokens[i - 1].equals("the") ? i - 2 : i - 1;
    return of >= 1
        && tokens[of].equals("of")
        && GOVERNMENT_TITLES.contains(EntityNormalizer.listKey(tokens[of - 1]));
  }

  /** Whether a name is a country's, or one of its short forms ("US", "U.S.", "Britain"). */
  static boolean isCountry(String name) {
    return COUNTRIES.contains(name)
        || COUNTRIES.contains(
            EntityNormalizer.canonical(
                EntityType.LOCATION, name.replace(" 's ", "'s ").replace(" ’s ", "’s ")));
  }

  /**
   * Joins a country's formal name that the tagger split at "of" into one place: "United States" and
   * "America" of "United States of America".
   */
  private static List<TokenSpan> withFormalCountryNames(String[] tokens, List<TokenSpan> spans) {
    return withPairsJoined(
        spans,
        (a, b) ->
            b.start() == a.end() + 1
                    && tokens[a.end()].equals("of")
                    && b.type() == EntityType.LOCATION
                    && a.type() != EntityType.PERSON
                    && b.end() - a.start() <= MAX_COUNTRY_WORDS
                    && isCountry(text(tokens, a.start(), b.end()))
                ? new TokenSpan(a.start(), b.end(), EntityType.LOCATION)
                : null);
  }

  /**
   * Joins a compass word the tagger took for a place to the nationality right after it: "West" and
   * "German" of "West German" are one MISC name, as "West Germany" is one place.
   */
  private static List<TokenSpan> withCompassNationalities(String[] tokens, List<TokenSpan> spans) {
    return withPairsJoined(
        spans,
        (a, b) ->
            b.start() == a.end()
                    && a.end() - a.start() == 1
                    && COMPASS.contains(tokens[a.start()])
                    && b.type() == EntityType.MISC
                ? new TokenSpan(a.start(), b.end(), EntityType.MISC)
                : null);
  }

  /**
   * Replaces each pair of names one after the other that {@code join} makes one name (not {@code
   * null}) by that name; the list is copied only once a pair is joined.
   */
  private static List<TokenSpan> withPairsJoined(
      List<TokenSpan> spans, java.util.function.BinaryOperator<TokenSpan> join) {
    List<TokenSpan> out = null;
    for (int n = 0; n < spans.size(); n++) {
      TokenSpan a = spans.get(n);
      TokenSpan joined = n + 1 < spans.size() ? join.apply(a, spans.get(n + 1)) : null;
      if (joined != null) {
        if (out == null) {
          out = new ArrayList<>(spans.subList(0, n));
        }
        out.add(joined);
        n++;
      } else if (out != null) {
        out.add(a);
      }
    }
    return out == null ? spans : out;
  }

  private static final Set<String> COMPASS = Set.of("West", "East", "North", "South");

  private static Set<String> countries() {
    Set<String> names = new HashSet<>(OTHER_COUNTRY_NAMES);
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH).replace("&", "and");
      if (!name.contains("(") && !name.contains(" - ") && !name.contains(" SAR ")) {
        names.add(name);
      }
    }
    return Set.copyOf(names);
  }

  /**
   * Words that end a span tagged person without being part of the name; none is a surname (Camp is:
   * Dave Camp).
   */
  private static final Set<String> NOT_NAME_ENDS =
      Set.of("administration", "government", "cabinet", "aides");

  static final Set<Rule> DEFAULT = rules(System.getProperty("dateline.ner.consistency"));

  /**
   * How much surer the tagger must be of a word alone as a place or an organization than of the
   * persons it is part of for the word to keep its type ({@link #personParts}). Tuned on CoNLL++
   * dev, where the surest places among true surnames were 3.9 ("Jordan": Neil Jordan) and 11.6
   * ("Washington": MaliVai Washington) times their persons, and the one false part 56 times
   * ("Chechnya"); in capitals 3.7 and 122.
   */
  static final double PART_FACTOR =
      Double.parseDouble(System.getProperty("dateline.ner.partFactor", "20"));

  /** How much the winning type must outweigh a mention's own type to replace it. */
  static final double MAJORITY_FACTOR =
      Double.parseDouble(System.getProperty("dateline.ner.majorityFactor", "4"));

  /**
   * News agencies named in news text by one word, which the tagger took for persons ("a Reuter
   * reporter", "Reuter estimates": 28 articles of Reuters-21578): organizations, always.
   */
  private static final Set<String> NEWS_AGENCIES =
      Set.of(
          "Reuter",
          "Reuters",
          "AFP",
          "Xinhua",
          "Tass",
          "TASS",
          "Kyodo",
          "Bloomberg",
          "Interfax",
          "Yonhap",
          "Bernama",
          "Itar-Tass",
          "ITAR-TASS",
          "Anadolu",
          "Antara");

  private static final Set<String> ACRONYM_SKIP =
      Set.of("of", "the", "and", "for", "&", "de", "in", "on", "-");

  private DocumentConsistency() {}

  /**
   * {@link Rule#NOT_NAMES}: drops spans that name nothing ({@link #isNoName}), cuts where a firm is
   * based ("Boston-based") off the firm's name, cuts a credit's label ({@link #LABELS}) before a
   * colon off any name; types a news agency ({@link #NEWS_AGENCIES}) an organization; drops
   * title-only persons, trims a person's non-name last words, and makes a person whose last word
   * names an organization ({@link #ORG_END_WORDS}, a legal form, or Bank after two words or more)
   * one; a place of two words or more that ends in a legal form is one too ("Petrofina SA"). A
   * country's name alone ({@link #COUNTRIES}) tagged an organization is a place. Stray brackets are
   * cut first ({@link #withoutBrackets}).
   */
  private static List<List<TokenSpan>> withoutNonNames(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    List<List<TokenSpan>> out = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> kept = new ArrayList<>(spans.get(s).size());
      for (TokenSpan span :
          withCompassNationalities(
              tokens, withFormalCountryNames(tokens, withoutBrackets(tokens, spans.get(s))))) {
        int end = span.end();
        if (end < tokens.length
            && tokens[end].equals(":")
            && LABELS.contains(tokens[end - 1].toLowerCase(Locale.ROOT))) {
          end--; // "Captain America Image: Nick Moreau."
        }
        if (end == span.start() || isNoName(tokens, span.start(), end, span.type())) {
          continue;
        }
        if (end - span.start() >= 2 && tokens[span.start()].endsWith("-based")) {
          // "Boston-based FMR Corp": where a firm is based (MISC, as CoNLL types it), then the firm
          kept.add(new TokenSpan(span.start(), span.start() + 1, EntityType.MISC));
          kept.add(new TokenSpan(span.start() + 1, end, EntityType.ORGANIZATION));
          continue;
        }
        if (end - span.start() == 1 && NEWS_AGENCIES.contains(tokens[span.start()])) {
          kept.add(new TokenSpan(span.start(), end, EntityType.ORGANIZATION));
          continue;
        }
        if (span.type() != EntityType.PERSON && isHonorificAndName(tokens, span.start(), end)) {
          // "Lord Goldsmith" typed a place, "Mrs Thatcher" MISC: the honorific makes a person
          kept.add(new TokenSpan(span.start() + 1, end, EntityType.PERSON));
          continue;
        }
        if (span.type() != EntityType.PERSON) {
          int title = titleBeforePerson(tokens, span.start(), end);
          if (title >= 0) {
            // "U.S. Trade Representative Clayton Yeutter", "Exchequer Nigel Lawson", "MP Kefa
            // Ssempgani": an office, then who holds it
            if (title > span.start() && isCountry(text(tokens, span.start(), title))) {
              kept.add(new TokenSpan(span.start(), title, EntityType.LOCATION));
            } else if (title - span.start() >= 2
                && isCountry(text(tokens, span.start(), span.start() + 1))) {
              kept.add(new TokenSpan(span.start(), span.start() + 1, EntityType.LOCATION));
            }
            if (title > span.start()
                && LEGISLATORS.contains(EntityNormalizer.listKey(tokens[title]))
                && !isCountry(text(tokens, span.start(), title))) {
              // "Labour MP Diane Abbott": a member of parliament after the party
              kept.add(new TokenSpan(span.start(), title, EntityType.ORGANIZATION));
            }
            kept.add(new TokenSpan(title + 1, end, EntityType.PERSON));
            continue;
          }
        }
        if ((span.type() == EntityType.ORGANIZATION || span.type() == EntityType.MISC)
            && end - span.start() <= MAX_COUNTRY_WORDS
            && isCountry(text(tokens, span.start(), end))) {
          kept.add(new TokenSpan(span.start(), end, EntityType.LOCATION));
          continue;
        }
        if (span.type() == EntityType.LOCATION
            && end - span.start() >= 2
            && (LegalForms.isLegalForm(tokens[end - 1])
                || INSTITUTIONS_NO_PLACE_ENDS.contains(tokens[end - 1]))) {
          // "Amsterdam-Rotterdam Bank NV", "Petrofina SA": a company's legal form ends it; "UK
          // Independence Party", "Harvard University": an institution's kind
          kept.add(new TokenSpan(span.start(), end, EntityType.ORGANIZATION));
          continue;
        }
        if (span.type() == EntityType.ORGANIZATION
            && end == span.end()
            && end < tokens.length
            && NUMBERED_NAME_WORDS.contains(tokens[end - 1])
            && STATION_NUMBER.matcher(tokens[end]).matches()) {
          end++; // "Channel 4", "BBC Radio 4": the tagger stops before the number
        }
        if (span.type() != EntityType.PERSON) {
          boolean cut = false;
          while ((span.type() == EntityType.ORGANIZATION || span.type() == EntityType.MISC)
              && end - span.start() >= 2
              && (TITLE_QUALIFIERS.contains(tokens[end - 1].toLowerCase(Locale.ROOT))
                  || LEGISLATORS.contains(EntityNormalizer.listKey(tokens[end - 1])))) {
            // "Federal Reserve Board Vice" of "Federal Reserve Board Vice Chairman"; "Labour MPs"
            end--;
            cut = true;
          }
          if (cut
              && end - span.start() == 1
              && TITLE_WORDS.contains(tokens[span.start()].toLowerCase(Locale.ROOT))) {
            continue; // "Executive" of "Executive Vice President": a title, no name
          }
          kept.add(end == span.end() ? span : new TokenSpan(span.start(), end, span.type()));
          continue;
        }
        while (end > span.start()
            && NOT_NAME_ENDS.contains(tokens[end - 1].toLowerCase(Locale.ROOT))) {
          end--;
        }
        int start = span.start();
        while (start < end && isTitleBeforeName(tokens, start)) {
          start++; // "Mr Chakkara", "Chancellor Gordon Brown": names are written without titles
        }
        if (start == end) {
          continue; // titles only
        }
        String last = EntityNormalizer.listKey(tokens[end - 1]);
        if (end - start >= 2 && (ORG_END_WORDS.contains(last) || LegalForms.isLegalForm(last))
            || end - start >= 3 && last.equals("bank")) {
          kept.add(new TokenSpan(start, end, EntityType.ORGANIZATION));
        } else {
          kept.add(
              start == span.start() && end == span.end()
                  ? span
                  : new TokenSpan(start, end, span.type()));
        }
      }
      out.add(kept);
    }
    return out;
  }

  /**
   * Quotes, separators and joining words in small letters that a name neither starts nor ends with
   * ("Polaroids of", "and Reuters"); inside a name the words stay ("Bank of England").
   */
  private static final Set<String> NOT_AT_NAME_ENDS =
      Set.of(
          "\"", "“", "”", "‘", "’", "'", "`", "``", "''", ",", ";", ":", "-", "--", "of", "and",
          "the", "for", "in", "on", "at", "to", "by", "with", "from", "&");

  /**
   * The spans without stray brackets: the tagger runs names on across a bracket it has no reason to
   * stop at ("Alan ) Greenspan", "Bundesbank ( central bank", Reuters' "Union Carbide Corp >"). A
   * span is cut at every bracket whose pair is not inside it (a pair inside is part of the name:
   * "Mladost ( L )", "Consultex ( Philippines ) Inc") and at every angle bracket, and a part of a
   * cut span with no capitalized word is dropped ("central bank"). Every span loses the quotes and
   * separators at its ends. A stock ticker in Reuters' angle brackets ("Exxon Corp <XON>": one word
   * without lower-case letters between "<" and ">") names no organization of its own and is
   * dropped; a company's name in them ("<Union Carbide Corp>") is kept.
   */
  private static List<TokenSpan> withoutBrackets(String[] tokens, List<TokenSpan> spans) {
    List<TokenSpan> out = null;
    for (int n = 0; n < spans.size(); n++) {
      TokenSpan span = spans.get(n);
      boolean[] cut = unpairedBrackets(tokens, span);
      if (cut == null
          && !NOT_AT_NAME_ENDS.contains(tokens[span.start()])
          && !NOT_AT_NAME_ENDS.contains(tokens[span.end() - 1])
          && !isTicker(tokens, span.start(), span.end())) {
        if (out != null) {
          out.add(span); // nearly every span: nothing to cut, trim or drop
        }
        continue;
      }
      List<TokenSpan> parts = new ArrayList<>(1);
      int from = span.start();
      for (int i = span.start(); i <= span.end(); i++) {
        if (i == span.end() || cut != null && cut[i - span.start()]) {
          int a = from;
          int b = i;
          while (a < b && NOT_AT_NAME_ENDS.contains(tokens[a])) {
            a++;
          }
          while (b > a && NOT_AT_NAME_ENDS.contains(tokens[b - 1])) {
            b--;
          }
          boolean name = cut == null ? a < b : hasCapitalizedWord(tokens, a, b);
          if (name && !isTicker(tokens, a, b)) {
            parts.add(new TokenSpan(a, b, span.type()));
          }
          from = i + 1;
        }
      }
      boolean same = parts.size() == 1 && parts.get(0).equals(span);
      if (same && out == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans.subList(0, n));
      }
      out.addAll(parts);
    }
    return out == null ? spans : out;
  }

  /**
   * Per token of the span, whether it is a bracket without its pair inside the span; null when
   * there is none. A pair inside a name is part of it ("Mladost ( L )", "Consultex ( Philippines )
   * Inc").
   */
  private static boolean[] unpairedBrackets(String[] tokens, TokenSpan span) {
    boolean any = false;
    for (int i = span.start(); i < span.end() && !any; i++) {
      any = tokens[i].length() == 1 && "([{<)]}>".indexOf(tokens[i].charAt(0)) >= 0;
    }
    if (!any) {
      return null;
    }
    boolean[] cut = null;
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = span.start(); i < span.end(); i++) {
      if (tokens[i].length() != 1) {
        continue;
      }
      int opening = "([{".indexOf(tokens[i]);
      int closing = ")]}".indexOf(tokens[i]);
      if (tokens[i].equals("<") || tokens[i].equals(">")) {
        // Reuters marks a company or its ticker: never part of a name
        cut = cut == null ? new boolean[span.end() - span.start()] : cut;
        cut[i - span.start()] = true;
      } else if (opening >= 0) {
        open.push(i);
      } else if (closing >= 0) {
        if (!open.isEmpty() && "([{".charAt(closing) == tokens[open.peek()].charAt(0)) {
          open.pop();
        } else {
          cut = cut == null ? new boolean[span.end() - span.start()] : cut;
          cut[i - span.start()] = true;
        }
      }
    }
    for (int i : open) {
      cut = cut == null ? new boolean[span.end() - span.start()] : cut;
      cut[i - span.start()] = true;
    }
    return cut;
  }

  private static boolean hasCapitalizedWord(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      int first = tokens[i].codePointAt(0);
      if (Character.isUpperCase(first)
          || Character.isTitleCase(first)
          || Character.isDigit(first)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTicker(String[] tokens, int from, int to) {
    return to == from + 1
        && from > 0
        && to < tokens.length
        && tokens[from - 1].equals("<")
        && tokens[to].equals(">")
        && tokens[from].chars().noneMatch(Character::isLowerCase);
  }

  /**
   * {@link Rule#FIRMS}: makes a few firms named by two words and "and" ({@link #AND_FIRMS}:
   * "Standard and Poor's Corp") one organization; and makes "Name and Co" (or Sons, Partners,
   * Associates) one organization, with a legal form after it ("Lister and Co Plc"). The name before
   * "and" is the tagged name ending there, or else the capitalized words ending there (at most
   * {@link #MAX_FIRM_WORDS}, without a leading "The"); a name before it and a comma joins it when
   * both are short tagged persons ("Smith Barney, Harris Upham and Co"), or when it is one word (a
   * tagged person or organization, or an untagged capitalized word) before a one-word name
   * ("Goldman, Sachs and Co"), so that a place, an adverb, a person or another firm before a comma
   * ("In London, Morgan Grenfell and Co"; "Merrill Lynch and Co, Goldman Sachs and Co") stays out.
   * A name the tagger already found across "and Co" is left as it is, but one that runs on past it
   * with "and" is two firms ("Goldman, Sachs and Co and Kidder, Peabody and Co").
   */
  static List<List<TokenSpan>> withFirms(List<String[]> sentences, List<List<TokenSpan>> spans) {
    List<List<TokenSpan>> out = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> list = splitAfterFirms(tokens, spans.get(s));
      for (int w = 0; w + 2 < tokens.length; w++) {
        String second = AND_FIRMS.get(tokens[w]);
        if (second != null && isAnd(tokens[w + 1]) && tokens[w + 2].equals(second)) {
          int end = w + 3;
          // "Standard and Poor's Corp" is a name; in "Standard and Poor's index" the possessive is
          // not part of it (CoNLL's convention)
          if (end + 1 < tokens.length
              && (tokens[end].equals("'s") || tokens[end].equals("’s"))
              && LegalForms.isLegalForm(tokens[end + 1])) {
            end++;
          }
          while (end < tokens.length && LegalForms.isLegalForm(tokens[end])) {
            end++;
          }
          list = replaced(list, w, end);
          w = end - 1;
        }
      }
      for (int co = 2; co < tokens.length; co++) {
        if (!FIRM_ENDS.contains(tokens[co]) || !isAnd(tokens[co - 1])) {
          continue;
        }
        if (foundAcross(list, co)) {
          continue;
        }
        int start = firmNameStart(tokens, list, co - 1);
        if (start < 0) {
          continue;
        }
        int end = co + 1;
        if (end < tokens.length && LegalForms.isLegalForm(tokens[end])) {
          end++;
        }
        list = replaced(list, start, end);
        co = end - 1;
      }
      out.add(withPurposes(tokens, withGeneral(tokens, withFirmNamesJoined(tokens, list))));
    }
    return out;
  }

  /**
   * Words before a capitalized "General" that make it part of an office ("Attorney General"), not
   * of a firm's name.
   */
  private static final Set<String> OFFICES_BEFORE_GENERAL =
      Set.of(
          "attorney",
          "secretary",
          "solicitor",
          "surgeon",
          "inspector",
          "postmaster",
          "comptroller",
          "auditor",
          "accountant",
          "director",
          "governor",
          "lieutenant",
          "major",
          "brigadier",
          "consul",
          "procurator",
          "adjutant",
          "advocate",
          "registrar",
          "paymaster",
          "quartermaster",
          "receiver",
          "vicar");

  /**
   * Gives back "General" or "Great" to the organization after it: the tagger takes a capitalized
   * "General" for a military title, and a "Great" that opens a sentence for the common word, and
   * leaves them out of a firm it does not know ("General" and "Dynamics Corp", "General" and
   * "Electric", "Great" and "Lakes Chemical Corp"). Not after an office's word ("Attorney General",
   * "Secretary General"), whose "General" belongs to the office.
   */
  private static List<TokenSpan> withGeneral(String[] tokens, List<TokenSpan> spans) {
    List<TokenSpan> list = spans;
    for (TokenSpan span : spans) {
      int general = span.start() - 1;
      if (span.type() == EntityType.ORGANIZATION
          && general >= 0
          && (tokens[general].equals("General") || tokens[general].equals("Great"))
          && !inSpan(list, general)
          && (general == 0
              || !OFFICES_BEFORE_GENERAL.contains(EntityNormalizer.listKey(tokens[general - 1])))) {
        list = replaced(list, general, span.end());
      }
    }
    return list;
  }

  /**
   * Whether a name right before a firm's may be the start of the firm's name (no person's, which
   * the caller has seen to): not a country's ("U.S. McDonnell Douglas Corp", "U.S. Subsidiary"),
   * nor an organization of its own ("Cook County Circuit Court" before "Commonwealth Edison Co"),
   * nor one that ends in a legal form or a possessive ("Grand Metropolitan PLC's Heublein Inc"),
   * nor a compound that says who owns or rates a firm ({@link #HYPHENED_SMALL_WORD}:
   * "Boston-based", "French-controlled", "B-minus").
   */
  private static boolean isFirmsFirstWords(String[] tokens, TokenSpan before) {
    String last = tokens[before.end() - 1];
    return before.type() != EntityType.ORGANIZATION
        && !isCountry(text(tokens, before.start(), before.end()))
        && isCapitalized(last) // "Cook County Circuit Court against"
        && !LegalForms.isLegalForm(last)
        && !last.endsWith("'s")
        && !last.endsWith("’s")
        && !HYPHENED_SMALL_WORD.matcher(last).find();
  }

  /**
   * A compound that says who owns or rates a firm: "Boston-based", "Peking-owned", "B-minus"; not a
   * name's own hyphen ("Tele-communications", "Dai-ichi").
   */
  private static final Pattern HYPHENED_SMALL_WORD =
      Pattern.compile("-\\p{Ll}*(ed|run|held|minus|plus)$");

  /**
   * Joins a firm tagged apart from the start of its name to the name before it, no person's, with
   * nothing between: an organization that ends in a legal form after the {@linkplain
   * #isFirmsFirstWords firm's first words} ("Great Lakes" and "Forest Products Ltd"), and, after
   * any name but a country's, legal forms alone ("International Banknote Co" and "Inc") or "Bank"
   * and legal forms ("Amsterdam-Rotterdam" and "Bank NV", "Hang Seng" and "Bank Ltd"; not "U.S."
   * and "Bank"). "Bank" alone names no bank.
   */
  private static List<TokenSpan> withFirmNamesJoined(String[] tokens, List<TokenSpan> spans) {
    List<TokenSpan> list = spans;
    for (int n = 1; n < list.size(); n++) {
      TokenSpan before = list.get(n - 1);
      TokenSpan firm = list.get(n);
      if (firm.type() != EntityType.ORGANIZATION
          || before.type() == EntityType.PERSON
          || before.end() != firm.start()) {
        continue;
      }
      boolean legalFormsAfterName =
          (legalFormsOnly(tokens, firm.start(), firm.end())
                  || tokens[firm.start()].equals("Bank")
                      && legalFormsOnly(tokens, firm.start() + 1, firm.end()))
              && !isCountry(text(tokens, before.start(), before.end()));
      if (legalFormsAfterName
          || LegalForms.isLegalForm(tokens[firm.end() - 1]) && isFirmsFirstWords(tokens, before)) {
        list = replaced(list, before.start(), firm.end());
        n--;
      }
    }
    return list;
  }

  /**
   * Joins an institution to the purpose its name goes on with: a name (no place) ending in a kind
   * of institution ({@link #PURPOSEFUL_INSTITUTIONS}: foundation, commission, centre, fund, ...; no
   * legal form: "Exxon Corp for Texas" stays two), then "for" or "for the", then a name (no person;
   * a place only as a body's region, {@link #isRegionalBody}) that starts right there, is one
   * organization ("Andy Warhol Foundation for the Visual Arts", "Organisation for Economic
   * Co-operation and Development"). The tagger cuts such names at "for", and may take the first
   * part for a person's or a miscellaneous name. A court ("Court of Appeals for the Federal
   * Circuit") stays as tagged.
   */
  private static List<TokenSpan> withPurposes(String[] tokens, List<TokenSpan> spans) {
    List<TokenSpan> list = spans;
    for (int n = 1; n < list.size(); n++) {
      TokenSpan institution = list.get(n - 1);
      TokenSpan purpose = list.get(n);
      int forWord = institution.end();
      int next =
          forWord + 1 < tokens.length && tokens[forWord + 1].equals("the")
              ? forWord + 2
              : forWord + 1;
      if (institution.type() != EntityType.LOCATION
          && purpose.type() != EntityType.PERSON
          && forWord < tokens.length
          && tokens[forWord].equals("for")
          && purpose.start() == next
          && isPurposefulInstitution(EntityNormalizer.listKey(tokens[forWord - 1]))
          && (purpose.type() != EntityType.LOCATION
              || isRegionalBody(tokens, institution, purpose))) {
        list = replaced(list, institution.start(), purpose.end());
        n--;
      }
    }
    return list;
  }

  /**
   * Whether a place after "for" names the region of a body, as the U.N.'s regional commissions do
   * ("Economic Commission for Africa"): a place that is no country, after no fund ("International
   * Monetary Fund for Mexico", "European Commission for France": a body and the country it acts
   * for).
   */
  private static boolean isRegionalBody(String[] tokens, TokenSpan institution, TokenSpan place) {
    return !EntityNormalizer.listKey(tokens[institution.end() - 1]).equals("fund")
        && !isCountry(text(tokens, place.start(), place.end()));
  }

  private static boolean isPurposefulInstitution(String lower) {
    return PURPOSEFUL_INSTITUTIONS.contains(lower);
  }

  /** Kinds of institution whose names go on with a purpose; no company's legal form. */
  private static final Set<String> PURPOSEFUL_INSTITUTIONS = purposefulInstitutions();

  private static Set<String> purposefulInstitutions() {
    Set<String> words = new HashSet<>(ORG_END_WORDS);
    words.removeAll(List.of("company", "corp", "corporation", "inc", "ltd", "plc"));
    words.addAll(
        List.of("centre", "center", "fund", "trust", "board", "club", "college", "alliance"));
    return Set.copyOf(words);
  }

  private static boolean legalFormsOnly(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!LegalForms.isLegalForm(tokens[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The spans with one organization from {@code from} to {@code to} instead of any they overlap.
   */
  private static List<TokenSpan> replaced(List<TokenSpan> spans, int from, int to) {
    List<TokenSpan> merged = new ArrayList<>(spans.size() + 1);
    for (TokenSpan span : spans) {
      if (span.end() <= from || span.start() >= to) {
        merged.add(span);
      }
    }
    merged.add(new TokenSpan(from, to, EntityType.ORGANIZATION));
    merged.sort(Comparator.comparingInt(TokenSpan::start));
    return merged;
  }

  /** Splits a name that runs on with "and" after a firm's "Co" into the firm and the rest. */
  private static List<TokenSpan> splitAfterFirms(String[] tokens, List<TokenSpan> spans) {
    List<TokenSpan> out = null;
    for (int n = 0; n < spans.size(); n++) {
      TokenSpan span = spans.get(n);
      int from = span.start();
      List<TokenSpan> parts = null;
      for (int co = from + 2; co + 2 < span.end(); co++) {
        if (FIRM_ENDS.contains(tokens[co])
            && tokens[co + 1].equals("and")
            && isCapitalized(tokens[co + 2])) {
          if (parts == null) {
            parts = new ArrayList<>(2);
          }
          parts.add(new TokenSpan(from, co + 1, span.type()));
          from = co + 2;
        }
      }
      if (parts == null) {
        if (out != null) {
          out.add(span);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans.subList(0, n));
      }
      out.addAll(parts);
      out.add(new TokenSpan(from, span.end(), span.type()));
    }
    return out == null ? spans : out;
  }

  /**
   * Where the firm's name before the "and" at {@code and} starts, or -1 when no capitalized word
   * precedes it.
   */
  private static int firmNameStart(String[] tokens, List<TokenSpan> spans, int and) {
    TokenSpan tagged = spanEndingAt(spans, and);
    int start;
    if (tagged != null) {
      start = tagged.start();
    } else {
      start = and;
      while (start > 0
          && and - start < MAX_FIRM_WORDS
          && isCapitalized(tokens[start - 1])
          && !inSpan(spans, start - 1)) {
        start--;
      }
      if (start == and) {
        return -1;
      }
      if (tokens[start].equals("The") && start < and - 1) {
        start++;
      }
    }
    if (start >= 2 && tokens[start - 1].equals(",")) {
      TokenSpan before = spanEndingAt(spans, start - 1);
      if (before != null) {
        // two names of the tagger's persons make one firm ("Smith Barney, Harris Upham and Co");
        // a firm, an organization or a person before a firm's name is a name of its own
        // ("Merrill Lynch and Co, Goldman Sachs and Co"; "John Smith, Merrill Lynch and Co")
        boolean persons =
            before.type() == EntityType.PERSON
                && tagged != null
                && tagged.type() == EntityType.PERSON
                && before.end() - before.start() <= 2
                && tagged.end() - tagged.start() <= 2;
        // or one word and one word ("Kidder, Peabody and Co", "Sears, Roebuck and Co")
        boolean words =
            (before.type() == EntityType.PERSON || before.type() == EntityType.ORGANIZATION)
                && before.end() - before.start() == 1
                && and - start == 1;
        if (persons || words) {
          start = before.start();
        }
      } else if (and - start == 1
          && !inSpan(spans, start - 2)
          && isCapitalized(tokens[start - 2])
          && (start == 2 || !isCapitalized(tokens[start - 3]))) {
        start -= 2;
      }
    }
    return start;
  }

  private static boolean isReportOrFunctionWord(String token) {
    if (token.length() > 7) {
      return false; // the longest of these words has six letters: most names need no copy
    }
    String key = EntityNormalizer.listKey(token);
    return REPORT_WORDS.contains(key) || FUNCTION_WORDS.contains(key);
  }

  /** Whether a token is part of a span. */
  private static boolean inSpan(List<TokenSpan> spans, int token) {
    for (TokenSpan span : spans) {
      if (span.start() <= token && token < span.end()) {
        return true;
      }
    }
    return false;
  }

  /** The span that ends just before {@code end}, if any. */
  private static TokenSpan spanEndingAt(List<TokenSpan> spans, int end) {
    for (TokenSpan span : spans) {
      if (span.end() == end) {
        return span;
      }
    }
    return null;
  }

  /** Whether a tagged name already runs from a word before "and" through the "Co" at {@code co}. */
  private static boolean foundAcross(List<TokenSpan> spans, int co) {
    for (TokenSpan span : spans) {
      if (span.start() < co - 1 && span.end() > co) {
        return true;
      }
    }
    return false;
  }

  /** "and" or "&", between two names of one firm. */
  private static boolean isAnd(String token) {
    return token.equals("and") || token.equals("&");
  }

  private static boolean isCapitalized(String token) {
    return Character.isUpperCase(token.charAt(0));
  }

  /**
   * A span that names nothing: a single letter ("P" of "S and P"), words of a report's figures line
   * or function words only ({@link #REPORT_WORDS}, {@link #FUNCTION_WORDS}), or, unless it is a
   * place, only a company's legal form ("Ltd" after "Indosuez Asia (Singapore)"); or a member of
   * parliament ({@link #LEGISLATORS}).
   */
  private static boolean isNoName(String[] tokens, int start, int end, EntityType type) {
    for (int i = start; i < end; i++) {
      if (tokens[i].length() >= NewsTokenizer.MAX_TOKEN_LENGTH) {
        return true; // a piece of a run of letters the tokenizer cut: no word of a name is as long
      }
    }
    StringBuilder letters = new StringBuilder();
    for (int i = start; i < end && letters.length() < 2; i++) {
      letters.append(tokens[i].replace(".", "")); // "B." may be two tokens, "B" and "."
    }
    if (letters.length() == 1 && Character.isLetter(letters.charAt(0))) {
      return true;
    }
    if (end - start == 1 && isCreditRating(tokens, start)) {
      return true;
    }
    if (end - start == 1 && LEGISLATORS.contains(EntityNormalizer.listKey(tokens[start]))) {
      return true; // "the MSP", "MPs": a member, no name
    }
    if (end - start == 1 && GENERIC_TECHNOLOGY.contains(tokens[start])) {
      return true; // "a PC", "DVD sales", "Voip calls": a kind of thing, no name
    }
    boolean reportWords = true;
    for (int i = start; i < end && reportWords; i++) {
      reportWords = isReportOrFunctionWord(tokens[i]);
    }
    if (reportWords) {
      return true;
    }
    if (type == EntityType.LOCATION) {
      return false; // "SA" for South Africa is no legal form
    }
    for (int i = start; i < end; i++) {
      if (!LegalForms.isLegalForm(tokens[i])) {
        return false;
      }
    }
    return true;
  }

  /** Words of broadcasters' names that a number ends: "Channel 4", "BBC Radio 4", "Radio 1". */
  private static final Set<String> NUMBERED_NAME_WORDS = Set.of("Channel", "Radio", "TV");

  /** A channel's or station's number: one or two digits. */
  private static final Pattern STATION_NUMBER = Pattern.compile("[0-9]{1,2}");

  /**
   * The first words of titles that the tagger glued to the end of an organization: "Federal Reserve
   * Board Vice" of "... Board Vice Chairman Manuel Johnson".
   */
  private static final Set<String> TITLE_QUALIFIERS = Set.of("vice", "deputy");

  /**
   * Titles that start firms' names as often as they start a holder's ("General Motors Europe",
   * "General Electric Capital Services", "Prime Computer Inc", "Chancellor Capital Management",
   * "Miss America Pageant"): a name the tagger found that starts with one of them is left whole,
   * unless it is an office's end ("Finance" of "Minister of Finance").
   */
  private static final Set<String> FIRM_TITLES =
      Set.of(
          "general",
          "prime",
          "premier",
          "chancellor",
          "senator",
          "admiral",
          "captain",
          "miss",
          "ambassador",
          "director",
          // a title's first words, no titles alone: "Defense Authorization Bill", "Foreign
          // Military Sales", "Foreign Policy Centre"
          "vice",
          "deputy",
          "foreign",
          "finance",
          "defence",
          "defense");

  /**
   * The titles of a government's offices named by a department: "Secretary of State", not "chairman
   * of Commerce Clearing House".
   */
  private static final Set<String> GOVERNMENT_TITLES =
      Set.of("secretary", "minister", "chancellor");

  /** What the offices of ministers and secretaries are "of": "Secretary of State". */
  private static final Set<String> DEPARTMENTS =
      Set.of(
          "state",
          "exchequer",
          "treasury",
          "defence",
          "defense",
          "finance",
          "commerce",
          "agriculture",
          "energy",
          "labor",
          "labour",
          "interior",
          "justice",
          "health",
          "education",
          "transport",
          "transportation",
          "trade",
          "industry");

  /**
   * Abbreviations of kinds of devices, media and techniques, in the spellings news gives them: no
   * names (CoNLL leaves them untagged), which a tagger trained on 1996 Reuters takes for firms
   * ("PC" an organization in 62 BBC articles, "IPTV" in 21 BBC tech stories). Brands and products
   * ("Xbox", "iPod") are names and not here.
   */
  private static final Set<String> GENERIC_TECHNOLOGY =
      Set.of(
          "PC", "PCs", "DVD", "DVDs", "CD", "CDs", "CD-Rom", "CD-ROM", "HDTV", "IPTV", "DTT",
          "ADSL", "DSL", "VoIP", "Voip", "VOIP", "UWB", "RFID", "HSDPA", "GPRS", "3G", "MMS", "SMS",
          "GPS", "PDA", "PDAs", "PVR", "PVRs", "DVR", "DVRs", "VCR", "VCRs", "LCD", "LCDs", "MP3",
          "USB", "Wi-Fi", "WiFi", "Wifi", "WAP", "ISP", "ISPs", "DRM", "P2P", "RSS", "HTML", "URL",
          "URLs", "CPU", "CPUs", "CCTV", "ATM", "ATMs", "FM");

  /**
   * Members of parliaments, whom the tagger joins to their party: "Labour MPs", "UKIP MEPs",
   * "Labour MSP Christine May".
   */
  private static final Set<String> LEGISLATORS =
      Set.of("mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas");

  /**
   * Words that begin titles, left alone once a title's "Vice" is cut: "Executive Vice President".
   */
  private static final Set<String> TITLE_WORDS =
      Set.of("executive", "senior", "first", "chief", "assistant", "associate", "group");

  /** A credit rating's grade: "AAA", "AA-", "BBB+", "Baa1", "Aa3". */
  private static final Pattern RATING =
      Pattern.compile("(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa|Baa|Ba|Caa|Ca)(?:[+-]|[123])?");

  /**
   * Words of a sentence about credit ratings; not "rate" or "rates", which interest rates have
   * ("The CCC said the interest rate on loans ...": the Commodity Credit Corporation).
   */
  private static final Set<String> RATING_WORDS =
      Set.of("rated", "rating", "ratings", "affirmed", "affirms", "moody", "moody's", "fitch");

  /**
   * Whether the token is a credit rating's grade in a sentence about ratings ("The issue is rated
   * AAA by Moody's", "Standard and Poor's ... AA"): Reuters-21578 had "AAA" and "AA" among its
   * organizations. "The AA said" (the Automobile Association) stays a name.
   */
  private static boolean isCreditRating(String[] tokens, int i) {
    if (!RATING.matcher(tokens[i]).matches()) {
      return false;
    }
    for (int k = 0; k < tokens.length; k++) {
      String lower = tokens[k].toLowerCase(Locale.ROOT);
      if (RATING_WORDS.contains(lower)
          || lower.startsWith("downgrad")
          || lower.startsWith("upgrad")
          || (lower.startsWith("poor")
              && k >= 2
              && tokens[k - 2].equalsIgnoreCase("standard")
              && (tokens[k - 1].equalsIgnoreCase("and") || tokens[k - 1].equals("&")))) {
        return true;
      }
    }
    return false;
  }

  /** Parses a comma-separated list of rule names; null gives the shipped default. */
  static Set<Rule> rules(String spec) {
    if (spec == null) {
      return EnumSet.of(
          Rule.FIRMS,
          Rule.NOT_NAMES,
          Rule.PERSON_PARTS,
          Rule.ACRONYMS,
          Rule.WEIGHTED_MAJORITY,
          Rule.PROPAGATE,
          Rule.KINDS);
    }
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String r : spec.split(",")) {
      if (!r.isBlank()) {
        rules.add(Rule.valueOf(r.strip().toUpperCase(Locale.ROOT)));
      }
    }
    return rules;
  }

  static List<List<TokenSpan>> apply(List<String[]> sentences, List<List<TokenSpan>> spans) {
    return apply(sentences, spans, null, DEFAULT);
  }

  /**
   * @param confidences per sentence, per token, the tagger's margin for the label it chose (null:
   *     every mention counts 1)
   */
  static List<List<TokenSpan>> apply(
      List<String[]> sentences,
      List<List<TokenSpan>> spans,
      List<float[]> confidences,
      Set<Rule> rules) {
    if (rules.contains(Rule.FIRMS)) {
      spans = withFirms(sentences, spans);
    }
    if (rules.contains(Rule.NOT_NAMES)) {
      spans = withoutNonNames(sentences, spans);
    }
    // 1. person parts
    Set<String> personParts =
        rules.contains(Rule.PERSON_PARTS) ? personParts(sentences, spans, confidences) : Set.of();
    List<List<TokenSpan>> typed = new ArrayList<>(spans.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> fixed = new ArrayList<>(spans.get(s).size());
      for (TokenSpan span : spans.get(s)) {
        EntityType type = span.type();
        if (span.end() - span.start() == 1 && personParts.contains(tokens[span.start()])) {
          type = EntityType.PERSON;
        }
        fixed.add(type == span.type() ? span : new TokenSpan(span.start(), span.end(), type));
      }
      typed.add(fixed);
    }
    // 2. acronyms: the key a name votes under
    Map<String, String> alias = new HashMap<>();
    if (rules.contains(Rule.ACRONYMS)) {
      for (int s = 0; s < sentences.size(); s++) {
        findAcronyms(sentences.get(s), typed.get(s), alias);
      }
    }
    // 3. votes
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      for (TokenSpan span : typed.get(s)) {
        String key = key(alias, text(tokens, span.start(), span.end()));
        double w =
            rules.contains(Rule.WEIGHTED_MAJORITY) && confidences != null
                ? confidence(confidences.get(s), span)
                : 1;
        votes
            .computeIfAbsent(key, k -> new EnumMap<>(EntityType.class))
            .merge(span.type(), w, Double::sum);
      }
    }
    Map<String, EntityType> winner = new HashMap<>();
    votes.forEach(
        (name, byType) ->
            winner.put(
                name, byType.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
    Set<String> linked = new HashSet<>(alias.values());
    Set<String> starts = rules.contains(Rule.PROPAGATE) ? starts(winner, alias, personParts) : null;
    List<List<TokenSpan>> out = new ArrayList<>(spans.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> fixed = new ArrayList<>();
      for (TokenSpan span : typed.get(s)) {
        EntityType type = span.type();
        String key = key(alias, text(tokens, span.start(), span.end()));
        EntityType best = winner.get(key);
        if (best != type) {
          Map<EntityType, Double> v = votes.get(key);
          // an acronym and its expansion are one name: they take the winning type outright
          double factor = linked.contains(key) ? 1 : MAJORITY_FACTOR;
          if (rules.contains(Rule.MAJORITY_TYPE)
              || ((rules.contains(Rule.WEIGHTED_MAJORITY) || linked.contains(key))
                  && v.get(best) > factor * v.getOrDefault(type, 0.0))) {
            type = best;
          }
        }
        fixed.add(type == span.type() ? span : new TokenSpan(span.start(), span.end(), type));
      }
      if (rules.contains(Rule.PROPAGATE)) {
        propagate(tokens, fixed, winner, alias, personParts, starts);
      }
      out.add(fixed);
    }
    if (rules.contains(Rule.FIRMS)) {
      out = withFirmsNamedShort(sentences, out, confidences);
    }
    if (rules.contains(Rule.NOT_NAMES)) {
      out = withoutTechnologyTerms(sentences, out);
    }
    return rules.contains(Rule.KINDS) ? withKindsNamed(sentences, out) : out;
  }

  /**
   * {@link Rule#PERSON_PARTS} the other way, after {@link #apply}: a name of two or three
   * capitalized words typed another kind, whose first word is a first name ({@code firstName}) and
   * whose last word the document tags alone as a person more often than as anything else, is that
   * person ("Anfield boss Rafa Benitez" an organization, "Benitez" a person twice), unless a word
   * of it makes it an institution or firm (a legal form, "University", "Party") or a country, or
   * the document names an organization that begins with it ("Philip Morris Cos", "General Tire
   * Inc").
   *
   * @param firstName whether a word, as written, is a first name or an initial
   */
  static List<List<TokenSpan>> withPersonsBySurname(
      List<String[]> sentences, List<List<TokenSpan>> spans, Predicate<String> firstName) {
    Map<String, Integer> surnames = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      for (TokenSpan span : spans.get(s)) {
        if (span.type() == EntityType.PERSON && span.end() - span.start() == 1) {
          surnames.merge(tokens[span.start()], 1, Integer::sum);
        } else if (span.type() != EntityType.PERSON && span.end() - span.start() == 1) {
          surnames.merge(tokens[span.start()], -1, Integer::sum);
        }
      }
    }
    if (surnames.values().stream().noneMatch(n -> n > 0)) {
      return spans;
    }
    List<List<TokenSpan>> out = new ArrayList<>(spans.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> fixed = new ArrayList<>(spans.get(s).size());
      for (TokenSpan span : spans.get(s)) {
        int length = span.end() - span.start();
        boolean person =
            span.type() != EntityType.PERSON
                && length >= 2
                && length <= 3
                && surnames.getOrDefault(tokens[span.end() - 1], 0) > 0
                && firstName.test(tokens[span.start()])
                && isPlainName(tokens, span.start(), span.end())
                && !beginsAnOrganization(sentences, spans, tokens, span);
        fixed.add(person ? new TokenSpan(span.start(), span.end(), EntityType.PERSON) : span);
      }
      out.add(fixed);
    }
    return out;
  }

  /**
   * Whether the document names an organization that begins with the words of {@code name} and goes
   * on ("Philip Morris" of "Philip Morris Cos").
   */
  private static boolean beginsAnOrganization(
      List<String[]> sentences, List<List<TokenSpan>> spans, String[] tokens, TokenSpan name) {
    int length = name.end() - name.start();
    for (int s = 0; s < sentences.size(); s++) {
      String[] other = sentences.get(s);
      for (TokenSpan span : spans.get(s)) {
        if (span.type() == EntityType.ORGANIZATION
            && span.end() - span.start() > length
            && Arrays.equals(
                other, span.start(), span.start() + length, tokens, name.start(), name.end())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Capitalized words of no legal form, institution or country: words a person's name may have. */
  private static boolean isPlainName(String[] tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      String lower = EntityNormalizer.listKey(tokens[i]);
      if (!isCapitalized(tokens[i])
          || !Character.isLetter(tokens[i].charAt(0))
          || LegalForms.isLegalForm(tokens[i])
          || isInstitutionWord(lower)
          || isCountry(tokens[i])) {
        return false;
      }
    }
    return !isCountry(text(tokens, start, end));
  }

  /**
   * Words for kinds of works, right before a work's title: "the comedy Sideways", "the drama Vera
   * Drake", "debut album Boy". Not "film" and the like before a place ("Hollywood"), and not words
   * that also precede other names ("hit", "show", "play", "single", "game").
   */
  private static final Set<String> WORK_KINDS =
      Set.of(
          "film",
          "films",
          "movie",
          "comedy",
          "drama",
          "thriller",
          "documentary",
          "biopic",
          "epic",
          "musical",
          "sitcom",
          "opera",
          "album",
          "song",
          "novel",
          "cartoon");

  /**
   * Roles in a club or firm, between its name and a person's: "Chelsea boss Jose Mourinho",
   * "Ryanair chairman David Bonderman". Not "coach" or "star", which follow persons too ("Federer
   * coach Tony Roche").
   */
  private static final Set<String> ROLES_IN_TEAMS =
      Set.of(
          "boss",
          "manager",
          "chairman",
          "owner",
          "captain",
          "skipper",
          "striker",
          "midfielder",
          "defender",
          "goalkeeper",
          "keeper",
          "winger",
          "forward",
          "full-back");

  /**
   * Awards, which CoNLL types MISC and the tagger took for persons ("Oscars" nominations) or places
   * ("the Brits"). Not "Bafta", also the academy that gives them, nor "Tony" or "Booker".
   */
  private static final Set<String> AWARDS =
      Set.of("Oscars", "Grammys", "Emmys", "Golden Globes", "Baftas", "Brits");

  /**
   * One award, which is also a name ("Commander Oscar" in CoNLL's training text): MISC in an
   * article that speaks of awards ({@link #AWARD_WORDS}). BBC had "Oscar" as a person in 50
   * articles.
   */
  private static final Set<String> AWARD = Set.of("Oscar", "Grammy", "Emmy", "Golden Globe");

  private static final Set<String> AWARD_WORDS =
      Set.of(
          "award",
          "awards",
          "Awards",
          "nominated",
          "nomination",
          "nominations",
          "nominee",
          "nominees",
          "Oscars",
          "Grammys",
          "Emmys",
          "Baftas");

  /** Words for kinds of periodicals, whose names CoNLL types as organizations. */
  private static final Set<String> PERIODICAL_KINDS =
      Set.of("newspaper", "newspapers", "daily", "weekly", "magazine", "tabloid");

  /**
   * {@link Rule#KINDS}: a person or organization right after the word for a kind of work ({@link
   * #WORK_KINDS}) is the work's title (MISC), and a person or organization right after the word for
   * a periodical ({@link #PERIODICAL_KINDS}) is the periodical (an organization), and a one-word
   * person before a role in a team or firm and a person ({@link #ROLES_IN_TEAMS}: "Chelsea boss
   * Jose Mourinho") is the team or firm; every mention of that name in the document, written the
   * same way, with it ("Vedomosti said", "Chelsea won"). An award ({@link #AWARDS}, {@link #AWARD})
   * is MISC. The tagger, trained on 1996 Reuters, reads a capitalized word before "has dominated"
   * as a person ("The comedy Sideways has dominated").
   */
  private static List<List<TokenSpan>> withKindsNamed(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    Map<String, EntityType> kinds = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> named = spans.get(s);
      for (int k = 0; k + 1 < named.size(); k++) {
        TokenSpan span = named.get(k);
        TokenSpan next = named.get(k + 1);
        if (span.type() == EntityType.PERSON
            && span.end() - span.start() == 1
            && next.start() == span.end() + 1
            && next.type() == EntityType.PERSON
            && ROLES_IN_TEAMS.contains(tokens[span.end()])) {
          kinds.put(text(tokens, span.start(), span.end()), EntityType.ORGANIZATION);
        }
      }
      for (TokenSpan span : named) {
        if (span.start() == 0
            || (span.type() != EntityType.PERSON && span.type() != EntityType.ORGANIZATION)) {
          continue;
        }
        String before = tokens[span.start() - 1];
        if (WORK_KINDS.contains(before)) {
          kinds.put(text(tokens, span.start(), span.end()), EntityType.MISC);
        } else if (PERIODICAL_KINDS.contains(before)) {
          kinds.putIfAbsent(text(tokens, span.start(), span.end()), EntityType.ORGANIZATION);
        }
      }
    }
    Boolean awards = null; // whether the document speaks of awards, looked at when it matters
    List<List<TokenSpan>> out = new ArrayList<>(spans.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> fixed = new ArrayList<>(spans.get(s).size());
      for (TokenSpan span : spans.get(s)) {
        boolean mayBeAward = span.type() != EntityType.MISC && span.end() - span.start() <= 2;
        if (kinds.isEmpty() && !mayBeAward) {
          fixed.add(span);
          continue;
        }
        String name = text(tokens, span.start(), span.end());
        if (mayBeAward && AWARD.contains(name) && awards == null) {
          awards = speaksOfAwards(sentences);
        }
        if (mayBeAward && (AWARDS.contains(name) || (AWARD.contains(name) && awards))) {
          fixed.add(new TokenSpan(span.start(), span.end(), EntityType.MISC));
          continue;
        }
        EntityType kind = kinds.get(name);
        boolean retyped =
            kind != null
                && kind != span.type()
                && (span.type() == EntityType.PERSON
                    || (span.type() == EntityType.ORGANIZATION && kind == EntityType.MISC));
        fixed.add(retyped ? new TokenSpan(span.start(), span.end(), kind) : span);
      }
      out.add(fixed);
    }
    return out;
  }

  /** Whether a word of the document is one of {@link #AWARD_WORDS}. */
  private static boolean speaksOfAwards(List<String[]> sentences) {
    for (String[] tokens : sentences) {
      for (String token : tokens) {
        if (AWARD_WORDS.contains(token)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@link Rule#NOT_NAMES}, last: drops the mentions of a kind of technology ({@link
   * #GENERIC_TECHNOLOGY}) that an acronym's expansion or the propagation of a name brought back,
   * and the expansion itself: "Ultra Wideband (UWB)" names no one, though the tagger made it a
   * person and the article's "UWB" with it.
   */
  private static List<List<TokenSpan>> withoutTechnologyTerms(
      List<String[]> sentences, List<List<TokenSpan>> spans) {
    // the expansions, dropped wherever the article writes them ("High Speed Downlink Packet
    // Access" without its "(HSDPA)" too)
    Set<String> expansions = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      for (TokenSpan span : spans.get(s)) {
        int end = span.end();
        if (end + 2 < tokens.length
            && tokens[end].equals("(")
            && GENERIC_TECHNOLOGY.contains(tokens[end + 1])
            && tokens[end + 2].equals(")")) {
          expansions.add(text(tokens, span.start(), end));
        }
      }
    }
    List<List<TokenSpan>> out = new ArrayList<>(spans.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> kept = new ArrayList<>(spans.get(s).size());
      for (TokenSpan span : spans.get(s)) {
        boolean term =
            span.end() - span.start() == 1 && GENERIC_TECHNOLOGY.contains(tokens[span.start()]);
        if (!term
            && (expansions.isEmpty()
                || !expansions.contains(text(tokens, span.start(), span.end())))) {
          kept.add(span);
        }
      }
      out.add(kept.size() == spans.get(s).size() ? spans.get(s) : kept);
    }
    return out;
  }

  /**
   * {@link Rule#FIRMS}: a company named with its legal form ("Ruch SA", "Pirelli SpA") is named
   * without it in the rest of the article, where the tagger, without the legal form to go by, may
   * have taken the name for a person or a place ("40 percent of Ruch 's shares"). Those mentions
   * are the company, unless the tagger was over {@link #FIRM_FACTOR} times surer of the mention
   * than of the company, and unless the name is a country's ("Japan Inc" leaves Japan a place). A
   * company named after its founder is the company where the founder's name stands alone ("founded
   * by Walt Disney", beside "Walt Disney Co"): news names the company so far more often. So is a
   * name of the company's first two words or more ("Great Lakes" of "Great Lakes Forest Products
   * Ltd"), also where the tagger left out the sentence's first word ("Lakes" of "Great Lakes
   * said"), and its first word alone where the tagger took it for a person ("Harcourt said" of
   * "Harcourt Brace Jovanovich Inc"), unless the article names a person of two words or more with
   * that word ("Ford" beside "Henry Ford" and "Ford Motor Co").
   */
  private static List<List<TokenSpan>> withFirmsNamedShort(
      List<String[]> sentences, List<List<TokenSpan>> spans, List<float[]> confidences) {
    Map<String, Double> firms = new HashMap<>();
    Map<String, Double> firstWords = new HashMap<>();
    Map<String, Double> firstWord = new HashMap<>();
    Set<String> personWords = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      for (TokenSpan span : spans.get(s)) {
        int end = LegalForms.nameEnd(tokens, span.start(), span.end());
        if (end == span.end()
            && end - span.start() >= 2
            && GROUP_WORDS.contains(tokens[end - 1])
            && span.type() == EntityType.ORGANIZATION) {
          end--; // "Multiplex Group": the firm named "Multiplex" too, as if by a legal form
        }
        if (span.type() == EntityType.PERSON && span.end() - span.start() >= 2) {
          for (int i = span.start(); i < span.end(); i++) {
            personWords.add(tokens[i]);
          }
        }
        if (span.type() == EntityType.ORGANIZATION && end < span.end()) {
          String name = text(tokens, span.start(), end);
          if (!isCountry(name)) { // "Japan Inc" is no name of Japan's
            double w = weight(confidences, s, span);
            firms.merge(firmKey(name), w, Double::sum);
            if (end - span.start() >= 2 && !isCountry(tokens[span.start()])) {
              firstWord.merge(firmKey(tokens[span.start()]), w, Double::sum);
            }
            // its first two words or more: "Great Lakes" of "Great Lakes Forest Products Ltd"
            for (int k = span.start() + 2; k < end; k++) {
              if (isCapitalized(tokens[k - 1])) {
                firstWords.merge(firmKey(text(tokens, span.start(), k)), w, Double::sum);
              }
            }
          }
        }
      }
    }
    if (firms.isEmpty()) {
      return spans;
    }
    List<List<TokenSpan>> out = new ArrayList<>(spans.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> fixed = new ArrayList<>(spans.get(s).size());
      for (TokenSpan span : spans.get(s)) {
        String restored = span.start() == 1 ? text(tokens, 0, span.end()) : null;
        if (restored != null
            && isCapitalized(tokens[0])
            && (firms.containsKey(firmKey(restored))
                || firstWords.containsKey(firmKey(restored)))) {
          // "Great Lakes said": the tagger took the sentence's first word for a common one, or
          // for a name of its own ("Hawker" of "Hawker Siddeley"), which goes; the tagger's weight
          // of the name it cut short says nothing of the whole name
          if (!fixed.isEmpty() && fixed.get(fixed.size() - 1).start() == 0) {
            fixed.remove(fixed.size() - 1);
          }
          fixed.add(new TokenSpan(0, span.end(), EntityType.ORGANIZATION));
          continue;
        }
        if (span.type() == EntityType.ORGANIZATION) {
          fixed.add(span);
          continue;
        }
        Double firm = firms.get(firmKey(text(tokens, span.start(), span.end())));
        if (firm == null) {
          // the firm's first words: "Bell Canada" of "Bell Canada Enterprises Inc", typed a place
          // 6 times in Reuters; "in New Jersey" beside "New Jersey Bell Telephone Co" is lost to
          // it, some 11 articles of Reuters-21578 against some 99 mentions of firms
          firm = firstWords.get(firmKey(text(tokens, span.start(), span.end())));
        }
        if (firm == null
            && span.type() == EntityType.PERSON
            && span.end() - span.start() == 1
            && !personWords.contains(tokens[span.start()])) {
          // its first word, taken for a person: "Firestone said" of "Firestone Tire and Rubber
          // Co"; not a place ("Texas" of "Texas Instruments Inc") nor a person the article names
          // in full ("Ford" beside "Henry Ford")
          firm = firstWord.get(firmKey(tokens[span.start()]));
        }
        boolean company = firm != null && weight(confidences, s, span) <= FIRM_FACTOR * firm;
        fixed.add(
            company ? new TokenSpan(span.start(), span.end(), EntityType.ORGANIZATION) : span);
      }
      out.add(fixed);
    }
    return out;
  }

  /** Last words of firms' names that, as a legal form, the firm's short name goes without. */
  private static final Set<String> GROUP_WORDS = Set.of("Group", "Holdings");

  /**
   * The key a firm's name is known by in {@link #withFirmsNamedShort}: its words in lower case, as
   * articles write a firm's name in other cases ("LyphoMed Inc", then "Lyphomed said").
   */
  private static String firmKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * How much surer of its own type than of the company a mention must be to stay what it is ({@link
   * #withFirmsNamedShort}). On CoNLL++ dev the mentions that were the company reached 9.7 times the
   * company's margins ("Pirelli"); a mention a title or an age makes a person is 10,000 times surer
   * than any tagging.
   */
  static final double FIRM_FACTOR =
      Double.parseDouble(System.getProperty("dateline.ner.firmFactor", "10"));

  /**
   * {@link Rule#PERSON_PARTS}: the words of persons' names of two or more words, which name the
   * person when they stand alone ("Lebed" after "Alexander Lebed"). A word the document tags alone
   * as another kind of name far more surely than it tags the persons it is part of is left out:
   * "Chechnya", alone a place seven times, is no person for a headline's "Lebed Chechnya peace
   * plan" tagged one name.
   */
  private static Set<String> personParts(
      List<String[]> sentences, List<List<TokenSpan>> spans, List<float[]> confidences) {
    Map<String, Double> asPart = new HashMap<>();
    Map<String, Double> aloneAsOther = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      for (TokenSpan span : spans.get(s)) {
        double w = weight(confidences, s, span);
        if (span.type() == EntityType.PERSON && span.end() - span.start() >= 2) {
          for (int i = span.start(); i < span.end(); i++) {
            if (tokens[i].length() > 1
                && Character.isUpperCase(tokens[i].charAt(0))
                && !EntityNormalizer.isTitle(tokens[i])
                && !FUNCTION_WORDS.contains(EntityNormalizer.listKey(tokens[i]))
                && !NAME_PARTICLES.contains(EntityNormalizer.listKey(tokens[i]))) {
              asPart.merge(tokens[i], w, Double::sum);
            }
          }
        } else if (span.end() - span.start() == 1 && isOtherName(span.type())) {
          aloneAsOther.merge(tokens[span.start()], w, Double::sum);
        }
      }
    }
    Set<String> parts = new HashSet<>();
    asPart.forEach(
        (word, weight) -> {
          if (aloneAsOther.getOrDefault(word, 0.0) <= PART_FACTOR * weight) {
            parts.add(word);
          }
        });
    return parts;
  }

  private static boolean isOtherName(EntityType type) {
    return type == EntityType.LOCATION || type == EntityType.ORGANIZATION;
  }

  /**
   * A mention's weight: its {@link #confidence} in sentence {@code s}, or 1 where no margins are
   * given.
   */
  private static double weight(List<float[]> confidences, int s, TokenSpan span) {
    return confidences == null ? 1 : confidence(confidences.get(s), span);
  }

  /** The smallest margin over the span's tokens, at least a small positive floor. */
  private static double confidence(float[] margins, TokenSpan span) {
    double min = Double.MAX_VALUE;
    for (int i = span.start(); i < span.end(); i++) {
      min = Math.min(min, margins[i]);
    }
    return Math.max(1e-3, min);
  }

  private static String key(Map<String, String> alias, String name) {
    return alias.getOrDefault(name, name);
  }

  /**
   * Finds "Expansion ( ACR )" where the expansion is a tagged name whose capitalized words'
   * initials spell the acronym (the acronym may also be tagged, or not).
   */
  private static void findAcronyms(
      String[] tokens, List<TokenSpan> spans, Map<String, String> alias) {
    for (TokenSpan span : spans) {
      int open = span.end();
      if (open + 2 < tokens.length
          && tokens[open].equals("(")
          && tokens[open + 2].equals(")")
          && isAcronymOf(tokens[open + 1], tokens, span.start(), span.end())) {
        alias.putIfAbsent(tokens[open + 1], text(tokens, span.start(), span.end()));
      }
    }
  }

  static boolean isAcronymOf(String acronym, String[] tokens, int start, int end) {
    String a = acronym.replace(".", "");
    if (a.length() < 2 || !TokenShapes.isAllCaps(a)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    StringBuilder withSkipped = new StringBuilder();
    for (int i = start; i < end; i++) {
      String t = tokens[i];
      if (!Character.isLetter(t.charAt(0))) {
        continue;
      }
      withSkipped.append(Character.toUpperCase(t.charAt(0)));
      if (!ACRONYM_SKIP.contains(TokenShapes.lower(t))) {
        initials.append(Character.toUpperCase(t.charAt(0)));
      }
    }
    String i = initials.toString();
    String w = withSkipped.toString();
    // "Islamic State (ISIS)": the acronym may add letters of a place ("in Iraq and Syria")
    return a.equals(i) || a.equals(w) || (i.length() >= 2 && a.startsWith(i));
  }

  /** The first words of every name {@link #propagate} can find. */
  private static Set<String> starts(
      Map<String, EntityType> names, Map<String, String> alias, Set<String> parts) {
    Set<String> starts = new HashSet<>(parts);
    for (Set<String> keys : List.of(names.keySet(), alias.keySet())) {
      for (String name : keys) {
        int space = name.indexOf(' ');
        starts.add(space < 0 ? name : name.substring(0, space));
      }
    }
    return starts;
  }

  /**
   * @param starts the first words of the names (a token that is none of them starts no name, unless
   *     it holds a space itself)
   */
  private static void propagate(
      String[] tokens,
      List<TokenSpan> spans,
      Map<String, EntityType> names,
      Map<String, String> alias,
      Set<String> parts,
      Set<String> starts) {
    boolean[] taken = new boolean[tokens.length];
    for (TokenSpan span : spans) {
      for (int i = span.start(); i < span.end(); i++) {
        taken[i] = true;
      }
    }
    int before = spans.size();
    for (int i = 0; i < tokens.length; i++) {
      if (taken[i]
          || !Character.isUpperCase(tokens[i].charAt(0))
          || (!starts.contains(tokens[i]) && tokens[i].indexOf(' ') < 0)) {
        continue;
      }
      int limit = i + 1;
      while (limit < tokens.length && limit < i + Gazetteer.MAX_NAME_TOKENS && !taken[limit]) {
        limit++;
      }
      for (int j = limit; j > i; j--) {
        String name = text(tokens, i, j);
        EntityType type =
            j == i + 1 && parts.contains(name) ? EntityType.PERSON : names.get(key(alias, name));
        if (type != null && (j > i + 1 || name.length() > 1)) {
          spans.add(new TokenSpan(i, j, type));
          for (int k = i; k < j; k++) {
            taken[k] = true;
          }
          i = j - 1;
          break;
        }
      }
    }
    if (spans.size() > before) {
      spans.sort(Comparator.comparingInt(TokenSpan::start));
    }
  }

  /** The words {@code tokens[start, end)} joined by spaces: a name as rules key it. */
  static String text(String[] tokens, int start, int end) {
    if (end == start + 1) {
      return tokens[start];
    }
    return String.join(" ", Arrays.asList(tokens).subList(start, end));
  }
}
