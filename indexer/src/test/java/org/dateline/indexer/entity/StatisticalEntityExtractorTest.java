package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.article.SeedFormatReader;
import org.junit.jupiter.api.Test;

class StatisticalEntityExtractorTest {

  private static final EntityExtractor EXTRACTOR = StatisticalEntityExtractor.shared();

  private static Set<String> found(List<List<Entity>> article) {
    Set<String> found = new HashSet<>();
    for (List<Entity> paragraph : article) {
      for (Entity e : paragraph) {
        found.add(e.type().key() + ":" + e.text());
      }
    }
    return found;
  }

  /** The names the extractor finds in a text, as "TYPE:text". */
  private static List<String> typed(String text) {
    return EXTRACTOR.extract(text).stream().map(e -> e.type() + ":" + e.text()).toList();
  }

  @Test
  void findsTheSeedArticlesEntitiesWithTheirTypes() throws Exception {
    Path seed = Path.of("..", "seeds", "000_04c7bd04d78f40db.txt");
    Article article =
        SeedFormatReader.parse("seed", Files.readString(seed, StandardCharsets.UTF_8));
    Set<String> found = found(EXTRACTOR.extractArticle(article.paragraphs()));
    for (String expected :
        List.of(
            "location:United States",
            "location:Iraq",
            "organization:ISIS",
            "organization:State Department",
            "location:Washington",
            "location:Baghdad",
            "location:Mosul",
            "location:Habbaniyah",
            "location:Euphrates",
            "organization:Islamic State",
            "person:David Hale",
            "person:Abdulkarim Hashim Mustafa")) {
      assertTrue(found.contains(expected), expected + " not in " + found);
    }
    // one type per name across the article: the acronym takes its expansion's type
    for (String name : List.of("ISIS", "Islamic State", "Iraq", "Washington", "United States")) {
      long types = found.stream().filter(f -> f.endsWith(":" + name)).count();
      assertEquals(1, types, name + " has several types: " + found);
    }
  }

  @Test
  void aCreditRatingIsNoOrganizationAndATitleIsNoPartOfOne() {
    List<Entity> rated = EXTRACTOR.extract("The issue is rated AAA by Moody's Investors Service.");
    assertFalse(rated.stream().anyMatch(e -> e.text().equals("AAA")), rated.toString());
    List<Entity> board =
        EXTRACTOR.extract("Federal Reserve Board Vice Chairman Manuel Johnson spoke on Monday.");
    assertFalse(board.stream().anyMatch(e -> e.text().endsWith("Vice")), board.toString());
    assertTrue(
        board.stream().anyMatch(e -> e.text().equals("Federal Reserve Board")), board.toString());
    // an interest rate is no rating: the CCC is the Commodity Credit Corporation
    List<Entity> ccc =
        EXTRACTOR.extract("The CCC said the interest rate on commodity loans will be six pct.");
    assertTrue(ccc.stream().anyMatch(e -> e.text().equals("CCC")), ccc.toString());
    // a title's first word left alone is no organization
    List<Entity> executive =
        EXTRACTOR.extract("John Smith, Executive Vice President of Acme Corp, spoke.");
    assertFalse(
        executive.stream().anyMatch(e -> e.text().startsWith("Executive")), executive.toString());
  }

  @Test
  void aKindOfTechnologyIsNoNameNorIsItsExpansion() {
    List<String> named =
        typed(
            "Ofcom wants rules for the technology behind such networks, called Ultra Wideband"
                + " (UWB). UWB makes it possible to stream video around the home. Sales of PCs and"
                + " DVD players rose, and Microsoft said its IPTV service would start in June.");
    named = new java.util.ArrayList<>(named);
    named.addAll(
        typed(
            "Nokia and Sierra Wireless agreed to work together on High Speed Downlink Packet"
                + " Access. MMO2 has opted for technology based on the High Speed Downlink Packet"
                + " Access (HSDPA) standard."));
    for (String term :
        List.of(
            "Ultra Wideband", "UWB", "PCs", "DVD", "IPTV", "High Speed Downlink Packet Access")) {
      assertFalse(named.stream().anyMatch(n -> n.endsWith(":" + term)), term + ": " + named);
    }
    assertTrue(named.contains("ORGANIZATION:Microsoft"), named.toString());
  }

  @Test
  void aNameAfterTheWordForItsKindIsOfThatKindInTheWholeArticle() {
    List<String> named =
        typed(
            "The comedy Sideways has dominated the critics' awards. Sideways won five prizes on"
                + " Sunday, the newspaper Vedomosti reported, and Vedomosti said Paul Giamatti"
                + " would star.");
    assertEquals(2, named.stream().filter("MISC:Sideways"::equals).count(), named.toString());
    assertEquals(
        2, named.stream().filter("ORGANIZATION:Vedomosti"::equals).count(), named.toString());
    assertTrue(named.contains("PERSON:Paul Giamatti"), named.toString());
  }

  @Test
  void aFirmsFirstWordAloneIsTheFirmUnlessTheArticleNamesAPersonSo() {
    List<String> named =
        typed(
            "Harcourt Brace Jovanovich Inc said it would pay a special dividend. Harcourt said the"
                + " payment was approved. Henry Ford and Ford Motor Co were named, and Ford said"
                + " nothing.");
    assertTrue(named.contains("ORGANIZATION:Harcourt"), named.toString());
    assertFalse(named.contains("PERSON:Harcourt"), named.toString());
    assertTrue(named.contains("PERSON:Ford"), named.toString());
  }

  @Test
  void aFirmNamedWithGroupOrInAnotherCaseIsTheFirmByItsShortName() {
    List<String> named =
        typed(
            "Shares of Multiplex Group fell on Monday. The decline came despite Multiplex"
                + " reporting an 11% rise in profit. LyphoMed Inc said it would build a plant,"
                + " and Lyphomed said costs would rise.");
    assertTrue(named.contains("ORGANIZATION:Multiplex"), named.toString());
    assertTrue(named.contains("ORGANIZATION:Lyphomed"), named.toString());
    assertFalse(named.stream().anyMatch(n -> n.startsWith("PERSON:")), named.toString());
  }

  @Test
  void aNameBeforeARoleInATeamAndAPersonIsTheTeamInTheWholeArticle() {
    String text =
        "Chelsea boss Jose Mourinho praised his side. Chelsea won 2-0 at Stamford Bridge, and"
            + " Federer coach Tony Roche watched.";
    List<String> named = typed(text);
    assertEquals(
        2, named.stream().filter("ORGANIZATION:Chelsea"::equals).count(), named.toString());
    assertTrue(named.contains("PERSON:Jose Mourinho"), named.toString());
    assertFalse(named.contains("ORGANIZATION:Federer"), named.toString());
  }

  @Test
  void anAwardIsNoPersonWhereTheArticleSpeaksOfAwards() {
    List<String> awards =
        typed(
            "Imelda Staunton was nominated for an Oscar on Tuesday. Oscar voters liked the film,"
                + " which won at the Baftas.");
    assertFalse(awards.stream().anyMatch(n -> n.startsWith("PERSON:Oscar")), awards.toString());
    assertFalse(awards.stream().anyMatch(n -> n.endsWith(":Baftas") && !n.startsWith("MISC")));
    List<String> rebel = typed("Commander Oscar told La Jornada the rebels would fight on.");
    assertTrue(rebel.contains("PERSON:Oscar"), rebel.toString());
  }

  @Test
  void aFullNameIsThePersonItsSurnameAloneIs() {
    String text =
        "Colombian actress Catalina Sandino Moreno won the prize. Moreno, 23, said she was"
            + " thrilled. Moreno thanked the director.";
    List<String> named = typed(text);
    assertTrue(named.contains("PERSON:Catalina Sandino Moreno"), named.toString());
    // not a firm's name the article also writes with its legal form
    List<String> firm =
        typed(
            "Philip Morris Cos Inc raised its dividend. Morris, the founder, would have approved,"
                + " said Philip Morris, which sells Marlboro.");
    assertFalse(firm.contains("PERSON:Philip Morris"), firm.toString());
  }

  @Test
  void aMemberOfParliamentIsNeitherPartOfHisPartyNorOfAnOffice() {
    List<String> named =
        typed(
            "Labour MP Diane Abbott said the plan was wrong. Labour MPs and UKIP MEPs agreed."
                + " US Attorney Roslynn Mauskopf filed charges.");
    assertTrue(named.contains("ORGANIZATION:Labour"), named.toString());
    assertTrue(named.contains("PERSON:Diane Abbott"), named.toString());
    assertTrue(named.contains("ORGANIZATION:UKIP"), named.toString());
    assertTrue(named.contains("PERSON:Roslynn Mauskopf"), named.toString());
    assertFalse(
        named.stream().anyMatch(n -> n.contains(" MP") || n.contains("Attorney")),
        named.toString());
  }

  @Test
  void aCapitalizedCommonWordAfterACountrysAbbreviationIsNoPartOfAName() {
    List<Entity> found =
        EXTRACTOR.extract(
            "The U.S. Has approved the sale, U.S. Officials said. It paid 50 H.K. Dlrs a share."
                + " The U.S. Provides the rest."
                + " U.S. Steel and E.H. Industries rose.");
    List<String> named =
        found.stream()
            .map(e -> e.type() + ":" + EntityNormalizer.canonical(e.type(), e.text()))
            .toList();
    assertTrue(named.contains("LOCATION:United States"), named.toString());
    assertTrue(named.contains("LOCATION:Hong Kong"), named.toString());
    assertFalse(
        named.stream()
            .anyMatch(n -> n.contains("Has") || n.contains("Officials") || n.contains("Provides")),
        named.toString());
    // firms: a singular word after a country's abbreviation, and an abbreviation of no country
    assertTrue(named.contains("ORGANIZATION:U.S. Steel"), named.toString());
    List<String> lines =
        EXTRACTOR
            .extract("McLean Industries said its U.S. Lines unit filed for bankruptcy.")
            .stream()
            .map(e -> e.text())
            .toList();
    assertTrue(lines.contains("U.S. Lines"), lines.toString());
    assertTrue(named.stream().anyMatch(n -> n.endsWith(":E.H. Industries")), named.toString());
  }

  @Test
  void anOfficeIsNoPartOfItsHoldersName() {
    List<String> named =
        typed(
            "British Chancellor of the Exchequer Nigel Lawson said it. U.S. Secretary of State"
                + " George Shultz arrived. The director of the League Against Cruel Sports spoke"
                + " at the Foreign Policy Centre.");
    assertTrue(named.contains("PERSON:Nigel Lawson"), named.toString());
    assertTrue(named.contains("PERSON:George Shultz"), named.toString());
    // a firm after "director of the", and a title's first word, are no offices
    assertFalse(
        named.stream()
            .anyMatch(
                n -> n.startsWith("PERSON:") && (n.contains("Sports") || n.contains("Centre"))),
        named.toString());
    // a member of parliament's word may open the name; a title's word opens many a firm's
    List<String> firms =
        typed(
            "\"It is obscene,\" MP Kefa Ssempgani told parliament. General Motors Europe"
                + " rose. The chairman of Commerce Clearing House and the director of"
                + " Transport Workers Union spoke.");
    assertTrue(firms.contains("PERSON:Kefa Ssempgani"), firms.toString());
    // a title opening the name, unless it opens firms' names or other titles too
    List<String> titled =
        typed(
            "Justice Antonin Scalia did not take part. Colonel Oliver North testified. The"
                + " Defense Authorization Bill passed. Minister of Finance Canada Paul Martin"
                + " spoke.");
    assertTrue(titled.contains("PERSON:Antonin Scalia"), titled.toString());
    assertTrue(titled.contains("PERSON:Oliver North"), titled.toString());
    assertFalse(
        titled.stream().anyMatch(n -> n.equals("PERSON:Authorization Bill")), titled.toString());
    // a country is no part of a holder's name of three words; a person's of two may be one
    assertFalse(titled.contains("PERSON:Canada Paul Martin"), titled.toString());
    List<String> more =
        typed(
            "Minister of Defence Kim Beazley announced it. U.S. Trade Representative Chad"
                + " Jordan will travel. Chancellor Capital Management said. The Miss America"
                + " Pageant was held.");
    assertTrue(more.contains("PERSON:Kim Beazley"), more.toString());
    assertTrue(more.contains("PERSON:Chad Jordan"), more.toString());
    assertFalse(
        more.stream().anyMatch(n -> n.equals("PERSON:Capital Management")), more.toString());
    assertFalse(more.stream().anyMatch(n -> n.equals("PERSON:America Pageant")), more.toString());
    for (String firm :
        List.of("General Motors Europe", "Commerce Clearing House", "Transport Workers Union")) {
      assertTrue(firms.contains("ORGANIZATION:" + firm), firms.toString());
    }
  }

  @Test
  void aCompassWordBeforeANationalityIsPartOfIt() {
    List<String> named = typed("The expected drop in West German sales worried the traders.");
    assertEquals(List.of("MISC:West German"), named);
  }

  @Test
  void aMonthBeforeADayIsNoName() {
    List<Entity> found = EXTRACTOR.extract("Effective Jan 1, 1987, prices rise.");
    assertEquals(List.of(), found);
  }

  @Test
  void aBroadcastersNumberEndsItsName() {
    List<Entity> found =
        EXTRACTOR.extract("The show aired on Channel 4 and listeners of BBC Radio 4 complained.");
    assertTrue(found.stream().anyMatch(e -> e.text().equals("Channel 4")), found.toString());
    assertTrue(found.stream().anyMatch(e -> e.text().equals("BBC Radio 4")), found.toString());
  }

  @Test
  void aFirstNameTheTaggerLeftOffASurnameIsJoinedToIt() {
    List<List<Entity>> found =
        EXTRACTOR.extractArticle(
            List.of("Wes Brown also found the winger hard to stop.", "Earlier, Brown had scored."));
    assertTrue(
        found.get(0).contains(new Entity(EntityType.PERSON, "Wes Brown", 0, 9)), found.toString());
    // the surname alone is that person in the article, not another Brown of the collection
    int brown = found.get(1).indexOf(new Entity(EntityType.PERSON, "Brown", 9, 14));
    assertTrue(brown >= 0, found.toString());
    assertEquals("Wes Brown", EntityNormalizer.canonicalArticle(found).get(1).get(brown));
    // not a month, or a first name before a full name
    for (String text : List.of("Prices rose in January Reuter", "Scot Nick Smith won the race.")) {
      assertFalse(
          EXTRACTOR.extract(text).stream()
              .anyMatch(
                  e ->
                      e.type() == EntityType.PERSON
                          && (e.text().startsWith("January") || e.text().startsWith("Scot"))),
          text + ": " + EXTRACTOR.extract(text));
    }
  }

  @Test
  void aNameWithAnAgeBetweenCommasIsAPersonThroughoutTheArticle() {
    List<List<Entity>> found =
        EXTRACTOR.extractArticle(
            List.of(
                "Duran, 45, takes on little-known Mexican Ariel Cruz, 30, in Panama City.",
                "The fight is billed as a return, and Duran still talks as if in his prime."));
    assertTrue(
        found.get(0).contains(new Entity(EntityType.PERSON, "Duran", 0, 5)), found.toString());
    assertTrue(
        found.get(1).stream()
            .anyMatch(e -> e.text().equals("Duran") && e.type() == EntityType.PERSON),
        found.toString());
    // a number that is no age, and a count, leave a place a place
    assertEquals(
        List.of(new Entity(EntityType.LOCATION, "Paris", 0, 5)),
        EXTRACTOR.extract("Paris, 2024, was the host."));
    assertEquals(
        List.of(new Entity(EntityType.LOCATION, "China", 0, 5)),
        EXTRACTOR.extract("China, 32, led the table.").stream()
            .filter(e -> e.text().equals("China"))
            .toList());
    // continents and places of more than one word are no one's names
    for (Entity e :
        EXTRACTOR.extract("Sales rose in Europe, 12, and in Sao Paulo, 14, on Monday.")) {
      assertEquals(EntityType.LOCATION, e.type(), e.toString());
    }
    // a city's name is a surname too
    assertEquals(
        List.of(new Entity(EntityType.PERSON, "Washington", 0, 10)),
        EXTRACTOR.extract("Washington, 31, told reporters he would appeal.").stream()
            .filter(e -> e.text().equals("Washington"))
            .toList());
    // a table of names and numbers holds no ages
    for (Entity e :
        EXTRACTOR.extract("The medal table: China, 32, Russia, 25, Germany, 20, and Japan, 9.")) {
      assertEquals(EntityType.LOCATION, e.type(), e.toString());
    }
  }

  @Test
  void aCompanyNamedWithItsLegalFormIsTheCompanyAloneButACountryStaysAPlace() {
    List<List<Entity>> found =
        EXTRACTOR.extractArticle(
            List.of(
                "Japan Inc is changing, and so is Ruch SA, the press distributor.",
                "Prime Minister Ryutaro Hashimoto said Japan would open its markets.",
                "The state would get 20 percent of Ruch."));
    assertTrue(
        found.get(1).contains(new Entity(EntityType.LOCATION, "Japan", 38, 43)), found.toString());
    assertTrue(
        found.get(2).contains(new Entity(EntityType.ORGANIZATION, "Ruch", 34, 38)),
        found.toString());
  }

  @Test
  void aListedCompanyAloneIsAnOrganizationButASurnameIsAPerson() {
    assertEquals(
        List.of(new Entity(EntityType.ORGANIZATION, "Sony", 0, 4)),
        EXTRACTOR.extract("Sony said on Tuesday it would cut jobs."));
    // Brown is a listed company, and a surname in the training data
    assertEquals(
        List.of(new Entity(EntityType.PERSON, "Brown", 3, 8)),
        EXTRACTOR.extract("Mr Brown said on Tuesday it would cut jobs."));
  }

  @Test
  void aListedPlaceTakenForAPersonIsAPlaceWhereAPlaceStands() {
    // the tagger reads "Denver" (a name in the training data) as a person in each of these
    for (String text :
        List.of(
            "Union serves about 14,000 members in rural areas north of Denver.",
            "The company will open offices in Denver.",
            "A Denver, Colo., plant will make the ties.",
            "Mints in Philadelphia and Denver made the coins.")) {
      Set<String> found = found(List.of(EXTRACTOR.extract(text)));
      assertTrue(found.contains("location:Denver"), text + ": " + found);
      assertFalse(found.contains("person:Denver"), text + ": " + found);
    }
    // a comma alone is no list
    assertTrue(
        found(List.of(EXTRACTOR.extract("In Paris, Jackson said the talks had failed.")))
            .contains("person:Jackson"));
    // after "from", only a name the training data never saw as a person's
    assertTrue(
        found(List.of(EXTRACTOR.extract("Reagan received a letter from Jackson.")))
            .contains("person:Jackson"));
  }

  @Test
  void offsetsPointIntoTheParagraph() {
    String text = "Talks in Geneva ended. Kofi Annan said the United Nations would try again.";
    for (Entity e : EXTRACTOR.extract(text)) {
      assertEquals(e.text(), text.substring(e.start(), e.end()));
    }
  }

  @Test
  void readsAnAllCapsDatelineAsAPlace() {
    List<Entity> entities = EXTRACTOR.extract("WASHINGTON 1996-08-22");
    assertEquals(List.of(new Entity(EntityType.LOCATION, "WASHINGTON", 0, 10)), entities);
  }

  @Test
  void readsAllCapsHeadlines() {
    Set<String> found =
        found(List.of(EXTRACTOR.extract("CLINTON VISITS MOSCOW FOR TALKS WITH YELTSIN")));
    assertTrue(found.contains("location:MOSCOW"), found.toString());
    assertTrue(found.contains("person:YELTSIN"), found.toString());
  }

  @Test
  void aPersonsNameLeavesItsTitlesOutAsCoNllWritesIt() {
    // British news writes "Mr" without a dot, and the tagger took it into the name
    List<String> found =
        typed(
            "Experts agree, said Mr Chakkara. It was backed by Chancellor Gordon Brown on"
                + " Monday. Dr Carpenter said so.");
    assertEquals(List.of("PERSON:Chakkara", "PERSON:Gordon Brown", "PERSON:Carpenter"), found);
  }

  @Test
  void aFirmTaggedApartFromItsFirstWordsIsOneOrganization() {
    List<String> found =
        typed(
            "Shares of Great Lakes Forest Products Ltd rose. Great Lakes Chemical Corp fell."
                + " Boston-based FMR Corp and U.S. McDonnell Douglas Corp were quiet.");
    assertTrue(found.contains("ORGANIZATION:Great Lakes Forest Products Ltd"), found.toString());
    assertTrue(found.contains("ORGANIZATION:Great Lakes Chemical Corp"), found.toString());
    // where a firm is based, and its country, stay apart from its name
    assertTrue(found.contains("ORGANIZATION:FMR Corp"), found.toString());
    assertTrue(found.contains("ORGANIZATION:McDonnell Douglas Corp"), found.toString());
  }

  @Test
  void aFirmNamedByItsFirstWordsIsTheFirmAlsoAtASentencesStart() {
    List<String> found =
        typed(
            "Great Lakes Forest Products Ltd said it plans a modernization.\n\n"
                + "Great Lakes said it expects to pay cash. Analysts said Great Lakes was strong.");
    assertEquals(
        List.of(
            "ORGANIZATION:Great Lakes Forest Products Ltd",
            "ORGANIZATION:Great Lakes",
            "ORGANIZATION:Great Lakes"),
        found);
  }

  @Test
  void aListedPlaceAfterInAndACompassWordIsAPlace() {
    String text =
        "Great Lakes Forest Products Ltd said it plans a 390 mln dlr modernization of its"
            + " newsprint operations in northwestern Ontario over the next five years.";
    assertTrue(typed(text).contains("LOCATION:Ontario"), typed(text).toString());
  }

  @Test
  void aFirmsNameCutAtASentencesStartIsMadeWholeAgain() {
    List<String> found =
        typed(
            "American Express Co said profit rose. American Express officials declined comment."
                + " Shares of Tele-communications Inc fell.");
    assertEquals(
        List.of(
            "ORGANIZATION:American Express Co",
            "ORGANIZATION:American Express",
            "ORGANIZATION:Tele-communications Inc"),
        found);
  }

  @Test
  void aFirmIsNotJoinedToAnotherFirmACourtOrWhatOwnsIt() {
    List<String> found =
        typed(
            "He sued in Cook County Circuit Court against Commonwealth Edison Co on Monday."
                + " French-controlled Schlumberger Ltd said so. Grand Metropolitan PLC's"
                + " Heublein Inc unit rose.");
    assertTrue(found.contains("ORGANIZATION:Commonwealth Edison Co"), found.toString());
    assertTrue(found.contains("ORGANIZATION:Schlumberger Ltd"), found.toString());
    assertTrue(found.contains("ORGANIZATION:Heublein Inc"), found.toString());
  }

  @Test
  void initialsAndAnIllnessInCapitalsAreNoTitles() {
    List<String> found =
        typed(
            "Minister M.S. Gill met D.R. Mehta in Delhi. The drug helps patients with MS."
                + " Final approval is due in May.");
    assertTrue(found.contains("PERSON:M.S. Gill"), found.toString());
    assertTrue(found.contains("PERSON:D.R. Mehta"), found.toString());
    assertTrue(found.stream().noneMatch(e -> e.endsWith(":Final")), found.toString());
  }

  @Test
  void aPlaceNamedLikeAPartyOrAUniversityIsTheInstitution() {
    List<String> found = typed("The UK Independence Party wants Britain out of the union.");
    assertTrue(found.contains("ORGANIZATION:UK Independence Party"), found.toString());
    assertTrue(found.contains("LOCATION:Britain"), found.toString());
  }

  @Test
  void anHonorificBeforeANameMakesItAPersonWhateverTheTaggerTypedIt() {
    // typed MISC and a place: "Mrs" and "Lord" stand before persons' names only
    assertEquals(
        List.of("PERSON:Thatcher"), typed("The plan was opposed by Mrs Thatcher at the time."));
    List<String> lords =
        typed("Former civil service chief Lord Butler has criticised it. Lord Butler said so.");
    assertEquals(List.of("PERSON:Butler", "PERSON:Butler"), lords);
  }

  @Test
  void aTextWhollyInCapitalsKeepsCommonWordsOutOfNames() {
    // TIME's articles are written so: the headline-trained classifier took "HAS" into names
    String text =
        "BUT BOURGUIBA ALSO HAS HIS DEADLY ENEMIES. MY EVERY WORD AND DEED HAS BEEN DEDICATED."
            + " SHEIK ABDULLAH HAS LANGUISHED IN PRISON EVER SINCE.";
    Set<String> found = found(List.of(EXTRACTOR.extract(text)));
    assertTrue(found.contains("person:BOURGUIBA"), found.toString());
    assertTrue(found.contains("person:ABDULLAH"), found.toString()); // titles are no part of it
    assertTrue(found.stream().noneMatch(name -> name.contains("HAS")), found.toString());
  }

  @Test
  void greekAndCyrillicInCapitalsAreNotTakenForEnglishInCapitals() {
    // the classifier of English text in capitals ran whole sentences together as one name
    for (String text :
        List.of(
            "ПРЕЗИДЕНТ РОССИИ ВЛАДИМИР ПУТИН ВСТРЕТИЛСЯ В МОСКВЕ С КАНЦЛЕРОМ ГЕРМАНИИ.",
            "Ο ΠΡΩΘΥΠΟΥΡΓΟΣ ΚΥΡΙΑΚΟΣ ΜΗΤΣΟΤΑΚΗΣ ΣΥΝΑΝΤΗΣΕ ΤΟΝ ΠΡΟΕΔΡΟ ΤΗΣ ΓΑΛΛΙΑΣ.")) {
      for (Entity e : EXTRACTOR.extract(text)) {
        assertTrue(e.text().split(" ").length <= 3, e.toString());
      }
    }
  }

  @Test
  void aSurnameParticleInCapitalsIsNoPersonOnItsOwn() {
    Set<String> found =
        found(
            List.of(
                EXTRACTOR.extract(
                    "PRESIDENT CHARLES DE GAULLE SPOKE ON MONDAY. THE FRENCH FORCE DE FRAPPE WILL"
                        + " GROW, SAID DE GAULLE.")));
    assertTrue(found.contains("person:CHARLES DE GAULLE"), found.toString());
    assertFalse(found.contains("person:DE"), found.toString());
    Set<String> possessive =
        found(List.of(EXTRACTOR.extract("IT IS DE GAULLE'S UNSWERVING CONVICTION.")));
    assertEquals(Set.of("person:DE GAULLE"), possessive);
  }

  @Test
  void aNameInCapitalsAfterATitleIsAPersonThroughTheArticle() {
    // the classifier of capitals, knowing none of the words, typed the name an organization
    Set<String> found =
        found(
            List.of(
                EXTRACTOR.extract(
                    "PRESIDENT NGO DINH DIEM SAID ON MONDAY THAT THE WAR WOULD BE WON. NGO DINH"
                        + " DIEM FLEW TO HUE. DIEM WAS TIRED.")));
    assertTrue(found.contains("person:NGO DINH DIEM"), found.toString());
    assertTrue(found.contains("person:DIEM"), found.toString());
    assertFalse(found.contains("organization:NGO DINH DIEM"), found.toString());
    // a title's word that is a verb as well stands before no name
    Set<String> verb =
        found(
            List.of(
                EXTRACTOR.extract(
                    "ADAMS AND PLATT ARE INJURED AND WILL MISS ENGLAND'S OPENING GAME ON SUNDAY.")));
    assertFalse(verb.contains("person:ENGLAND"), verb.toString());
  }

  @Test
  void aListedCompanyTheTrainingDataNeverSawIsNoPlace() {
    // the tagger, which learnt from 1996 news, takes "Twitter" after "to" for a place
    assertEquals(
        List.of(new Entity(EntityType.ORGANIZATION, "Twitter", 26, 33)),
        EXTRACTOR.extract("She posted the picture to Twitter on Monday."));
    // where a place stands, a listed company's name stays a place
    Set<String> places =
        found(List.of(EXTRACTOR.extract("Output rose in Shandong and in northern Zhejiang.")));
    assertEquals(Set.of("location:Shandong", "location:Zhejiang"), places);
  }

  @Test
  void aVerbInCapitalsIsNoPartOfTheNameBesideIt() {
    // "realized", a form the casing table lacks, of "realize", which it writes in small letters
    assertEquals(
        List.of(new Entity(EntityType.PERSON, "NENNI", 17, 22)),
        EXTRACTOR.extract(
            "IN 1951 . SLOWLY NENNI REALIZED THAT THE SOCIALISTS WERE CAPTIVES OF THE COMMUNISTS ."));
    // a participle before a name the document names alone is no part of it
    assertEquals(
        List.of(
            new Entity(EntityType.PERSON, "NASSER", 25, 31),
            new Entity(EntityType.PERSON, "NASSER", 34, 40)),
        EXTRACTOR.extract("THE PLAN RISKED ANGERING NASSER . NASSER SAID NO ."));
    // names end in what looks like a verb's -ING or a plural's -S: they stay whole
    Set<String> found =
        found(
            List.of(
                EXTRACTOR.extract(
                    "WILLIAM GOLDING WROTE THE BOOK . THE STRAITS TIMES SAID THE GOVERNMENT WAS"
                        + " RECOMMENDING A TAX .")));
    assertTrue(found.contains("person:WILLIAM GOLDING"), found.toString());
    assertTrue(found.contains("organization:STRAITS TIMES"), found.toString());
  }

  @Test
  void aNameDoesNotEndWithTheSentencesPunctuation() {
    List<Entity> found =
        EXTRACTOR.extract("\" UNION ! NASSER ! NASSER ! \" ROARED THE MOB IN CAIRO .");
    for (Entity e : found) {
      assertFalse(e.text().endsWith("!"), found.toString());
    }
    assertTrue(found.contains(new Entity(EntityType.PERSON, "NASSER", 10, 16)), found.toString());
  }

  @Test
  void aNameInCapitalsDoesNotStartWithAnArticle() {
    String text = "THE UNITED NATIONS SAID ON MONDAY IT WOULD SEND TROOPS.";
    assertEquals(
        List.of(new Entity(EntityType.ORGANIZATION, "UNITED NATIONS", 4, 18)),
        EXTRACTOR.extract(text));
  }

  @Test
  void keepsHyphenatedNamesWhole() {
    Set<String> found =
        found(
            List.of(
                EXTRACTOR.extract(
                    "U.N. Secretary-General Boutros Boutros-Ghali met the chief executive of"
                        + " Bre-X Minerals Ltd in New York on Tuesday.")));
    assertTrue(found.contains("person:Boutros Boutros-Ghali"), found.toString());
    assertTrue(found.contains("organization:Bre-X Minerals Ltd"), found.toString());
  }

  @Test
  void aFamilyNameBeforeAHyphenatedGivenNameIsAPerson() {
    // the tagger took each of these for a miscellaneous name ("Soviet-era"), or two names
    Set<String> found =
        found(
            List.of(
                EXTRACTOR.extract(
                    "Taiwan's Chen Shui-bian and Ma Ying-jeou argued; lawmakers Yau Wai-ching,"
                        + " Shiu Ka-chun and Wong Kwok-kin walked out.")));
    for (String name :
        List.of(
            "Chen Shui-bian", "Ma Ying-jeou", "Yau Wai-ching", "Shiu Ka-chun", "Wong Kwok-kin")) {
      assertTrue(found.contains("person:" + name), name + " not a person in " + found);
    }
    // English words after the hyphen make adjectives, not names
    Set<String> adjectives =
        found(List.of(EXTRACTOR.extract("Soviet-era tanks and Boston-based firms were sold.")));
    assertTrue(adjectives.stream().noneMatch(f -> f.startsWith("person:")), adjectives.toString());
  }

  @Test
  void aPersonRunOnIntoAnOrganizationThroughOfIsCutOff() {
    Set<String> found =
        found(
            List.of(
                EXTRACTOR.extract(
                    "Sitting legislators Priscilla Leung of BPA, Elizabeth Quat of DAB and Regina"
                        + " Ip of the New People's Party lost.")));
    // the tagger ran "Elizabeth Quat of DAB" together as one place
    assertTrue(found.contains("person:Elizabeth Quat"), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains(" of DAB")), found.toString());
    assertTrue(found.contains("person:Priscilla Leung"), found.toString());
    // an institution's name is no person's
    Set<String> board =
        found(List.of(EXTRACTOR.extract("The Marion County Board of Education met on Monday.")));
    assertTrue(board.stream().noneMatch(f -> f.startsWith("person:")), board.toString());
  }

  @Test
  void anInstitutionKeepsThePurposeItsNameGoesOnWith() {
    Set<String> found =
        found(
            List.of(
                EXTRACTOR.extract(
                    "The Andy Warhol Foundation for the Visual Arts gave the collection away.")));
    assertTrue(
        found.contains("organization:Andy Warhol Foundation for the Visual Arts"),
        found.toString());
    // a place after "for": a body's region, not the country a fund or a commission acts for
    Set<String> places =
        found(
            List.of(
                EXTRACTOR.extract(
                    "The U.N. Economic Commission for Africa met. The International Monetary Fund"
                        + " for Mexico said. The European Commission for France agreed.")));
    assertTrue(
        places.contains("organization:U.N. Economic Commission for Africa"), places.toString());
    assertTrue(places.contains("location:Mexico"), places.toString());
    assertTrue(places.contains("location:France"), places.toString());
  }

  @Test
  void aNameNeitherStartsNorEndsWithAJoiningWord() {
    List<Entity> entities =
        EXTRACTOR.extract(
            "The exhibit at USI includes Polaroids of actor Dennis Hopper and musician Nick"
                + " Rhodes.");
    for (Entity e : entities) {
      assertFalse(e.text().matches(".*\\b(of|and|the)$|^(of|and|the)\\b.*"), e.toString());
    }
  }

  @Test
  void typesASurnameAfterTheFullNameAsAPerson() {
    List<List<Entity>> article =
        EXTRACTOR.extractArticle(
            List.of(
                "The talks were led by Marguerite Okonkwo-Blake, an envoy of the government.",
                "Okonkwo-Blake said on Friday that more work was needed."));
    assertTrue(found(article).contains("person:Okonkwo-Blake"), found(article).toString());
  }
}
