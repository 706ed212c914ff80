package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.answer.ExtractiveAnswerer.ScoredCandidate;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.Passage;

class CandidateExtractionTest extends AnswererTestBase {

  private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(SharedPipeline.get(), SharedLexicon.get());

  private static Passage sentence(String articleId, int index) {
    return desk.index().sentences(articleId, index, index).get(0);
  }

  private static List<String> extracted(String question, String articleId, int index) {
    return CandidateExtractor.extract(ANALYZER.analyze(question), sentence(articleId, index), 0).stream()
        .map(Candidate::text).toList();
  }

  private static List<ScoredCandidate> scored(String question) {
    return desk.answerer().score(question).candidates();
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      How much has the strike cost Halvorsen?                | halvorsen-strike | 1 | more than $1 billion | $1 billion
      How many passengers were stranded in Dover?            | ferry-strike     | 0 | about 2,300 passengers | 2,300
      What percentage of Halvorsen cars are built in Mexico? | halvorsen-strike | 5 | Nearly 40%           | 40%
      """)
  void extract_quantityWithModifier_spanIncludesTheModifier(String question, String articleId, int index,
                                                             String span, String bare) {
    assertThat(extracted(question, articleId, index)).contains(span).doesNotContain(bare);
  }

  @Test
  void extract_range_keptWholeAsOneCandidate() {
    List<String> texts = extracted("What revenue does Halvorsen expect?", "halvorsen-strike", 4);

    assertThat(texts).contains("$3.1 billion to $3.3 billion").doesNotContain("$3.1 billion", "$3.3 billion");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "How many subcommittees reached deals? | Talks went on, and 18 out of 20 subcommittees reached deals. "
          + "| 18 out of 20 subcommittees | 20 subcommittees | 18 | 20",
      "How many carriages flipped over? | Four of its seven carriages flipped over near Szolnok. "
          + "| Four of its seven carriages | seven carriages | 4 | 7",
      "How many counties have heat warnings? | Warnings cover 168 of the state's 254 counties. "
          + "| 168 of the state's 254 counties | 254 counties | 168 | 254"})
  void extract_partAndItsWhole_keptAsOneCandidateThatMergesAsThePart(String question, String sentence, String joined,
                                                                    String whole, String part, String total) {
    List<Candidate> candidates = candidatesIn(question, sentence);

    assertThat(candidates).extracting(Candidate::text).contains(joined).doesNotContain(whole);
    Candidate c = candidates.stream().filter(x -> x.text().equals(joined)).findFirst().orElseThrow();
    assertThat(c.key()).contains(part).doesNotContain(total);
  }

  /** Candidate spans of {@code question} in a one-sentence passage annotated by the real pipeline. */
  private static List<Candidate> candidatesIn(String question, String text) {
    org.newsdesk.nlp.Sentence s = SharedPipeline.get().annotate(text).get(0);
    org.newsdesk.search.Citation citation = new org.newsdesk.search.Citation("a1", "Venice fee", "Wire",
        java.time.LocalDate.of(2025, 4, 1), null, "a1.txt");
    Passage p = new Passage(citation, 1, 5, 0, text, s.tokens(), List.of(), 1.0);
    return CandidateExtractor.extract(ANALYZER.analyze(question), p, 0);
  }

  /** Candidate texts of {@code question} in a one-sentence passage annotated by the real pipeline. */
  private static List<String> extractedFrom(String question, String text) {
    return candidatesIn(question, text).stream().map(Candidate::text).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      How much is the fine?               | Visitors who do not pay face fines from 50 to 300 euros. | from 50 to 300 euros
      How many jobs will go?              | The banks will cut between 2,500 and 3,000 jobs.          | between 2,500 and 3,000 jobs
      What jail term can the offence carry? | It carries a jail term of between two and eight years.  | between two and eight years
      When will the farms open?           | The farms will open between 2031 and 2033.                | between 2031 and 2033
      """)
  void extract_rangeWithOneUnitOrAnOpener_keptWhole(String question, String sentence, String range) {
    assertThat(extractedFrom(question, sentence)).contains(range);
  }

  @Test
  void extract_rangeWhoseFirstEndTookTheRangeWord_keptWhole() {
    // The tagger reads "60 million and" as one number, then "90 million euros" as money.
    assertThat(extractedFrom("How much could the strike cost?",
        "The strike could cost the economy between 60 million and 90 million euros, the association said."))
        .contains("between 60 million and 90 million euros").doesNotContain("90 million euros");
  }

  @Test
  void extract_roundNumberWithItsArticle_keepsTheArticleAndTheApproximator() {
    assertThat(extractedFrom("How many boxes did the thieves open?",
        "The thieves forced open more than a hundred safe-deposit boxes, police said."))
        .anyMatch(t -> t.startsWith("more than a hundred")).noneMatch(t -> t.startsWith("hundred"));
  }

  @Test
  void extract_twoFiguresJoinedByAnd_areNoRange() {
    assertThat(extractedFrom("How many probable dengue cases has Brazil counted?",
        "Brazil has counted 6.5 million probable cases and more than 6,000 deaths this year."))
        .contains("6.5 million probable cases", "more than 6,000 deaths")
        .noneMatch(t -> t.contains("cases and"));
  }

  @Test
  void extract_negativeTemperature_keepsItsSign() {
    assertThat(extractedFrom("How cold did it get?", "The temperature fell to minus 6 degrees Celsius overnight."))
        .contains("minus 6 degrees Celsius").doesNotContain("6 degrees Celsius");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      What share is recycled?       | Only around a quarter of the waste is recycled. | around a quarter
      What share is recycled?       | Half of the waste is recycled, officials said.  | Half
      What percentage backed it?    | Three quarters of the staff backed the deal.    | Three quarters
      """)
  void extract_fractionOfAWhole_answersAPercentageQuestion(String question, String sentence, String fraction) {
    assertThat(candidatesIn(question, sentence)).filteredOn(c -> c.text().equals(fraction))
        .extracting(Candidate::tag).containsExactly("PERCENT");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Where does the shipping line rank among carriers? | The line is the world's 11th-largest container carrier. | 11th-largest
      Where does the dam rank among the power plants?   | The dam becomes the second-biggest power plant in Laos.  | second-biggest
      """)
  void extract_ordinalJoinedToASuperlative_isOnePlaceInARanking(String question, String sentence, String ranking) {
    assertThat(candidatesIn(question, sentence)).filteredOn(c -> c.text().equals(ranking))
        .extracting(Candidate::tag).containsExactly("ORDINAL");
  }

  @Test
  void extract_ordinalBeforeAPeriod_isNoFraction() {
    assertThat(extractedFrom("What share of sales came from China?", "Sales rose in the third quarter of the year."))
        .doesNotContain("third quarter", "the third quarter");
  }

  @Test
  void extract_durationInSeveralUnits_keptWholeAsOneCandidate() {
    assertThat(extractedFrom("What was his winning time?",
        "He crossed the line in 2 hours, 0 minutes and 19 seconds to take 16 seconds off the record."))
        .contains("2 hours, 0 minutes and 19 seconds", "16 seconds").doesNotContain("2 hours", "19 seconds");
  }

  @Test
  void extract_durationWithModifier_spanIncludesTheModifier() {
    assertThat(extractedFrom("How long could the repairs take?", "The repairs could take up to two weeks."))
        .contains("up to two weeks").doesNotContain("two weeks");
  }

  @Test
  void extract_unitWrittenWithASlash_isPartOfTheQuantity() {
    assertThat(extractedFrom("What was the speed limit on the curve?",
        "The speed limit had been cut to 60 km/h because of track work.")).contains("60 km/h");
  }

  @Test
  void extract_countBeforeATimeSaidRelativeToNow_leavesTheTimeOut() {
    assertThat(extractedFrom("How many runners finished?",
        "A record 52,000 runners finished, up from 48,000 last year and 45,000 the previous year."))
        .contains("52,000 runners", "48,000", "45,000").doesNotContain("48,000 last year");
  }

  @Test
  void extract_rateWrittenOut_runsToItsDivisor() {
    assertThat(extractedFrom("How strong were the gusts?",
        "The weather service measured gusts of up to 118 kilometres per hour at its station, 71 per cent above normal."))
        .contains("up to 118 kilometres per hour").doesNotContain("up to 118 kilometres");
  }

  @Test
  void extract_priceOfAUnit_runsToTheUnit() {
    assertThat(extractedFrom("What did Kenyan tea fetch per kilo?",
        "Tea fetched an average of $1.86 a kilogram, down from $2.61 a year ago, and more than $3 per kilogram in 2022."))
        .contains("$1.86 a kilogram", "$2.61", "more than $3 per kilogram").doesNotContain("$2.61 a year");
    assertThat(extractedFrom("How much per share is Kestrel paying?", "Kestrel is paying $64 a share in cash."))
        .contains("$64").doesNotContain("$64 a share");
  }

  @Test
  void extract_changeByAnAmountToALevel_isNoRange() {
    List<String> texts = extractedFrom("What level did the bank lower its rate to?",
        "The bank cut its rate by 25 basis points to 2.75% on Wednesday.");

    assertThat(texts).contains("2.75%").noneMatch(text -> text.contains("points to"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      How much has the strike cost Halvorsen?                | more than $1 billion
      How many passengers were stranded in Dover?            | about 2,300 passengers
      What percentage of Halvorsen cars are built in Mexico? | Nearly 40%
      What revenue does Halvorsen expect?                    | $3.1 billion to $3.3 billion
      """)
  void answer_quantityQuestion_answersWithTheWholeSpan(String question, String expected) {
    Answer answer = desk.ask(question);

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text()).isEqualTo(expected);
  }

  @Test
  void extract_pluralFocus_offersTheListAsOneCandidate() {
    List<String> texts = extracted("Which cities will hold the trade talks?", "trade-talks", 0);

    assertThat(texts).contains("Kigali and Abuja", "Kigali", "Abuja");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "Which banks led the offering? | Goldman Sachs, JPMorgan and Morgan Stanley led the offering. "
          + "| Goldman Sachs, JPMorgan and Morgan Stanley",
      "Which banks ran the sale? | Citigroup, JPMorgan Chase and Standard Bank ran the sale. "
          + "| Citigroup, JPMorgan Chase and Standard Bank"})
  void extract_pluralFocus_listKeepsANameTheTaggerMissed(String question, String sentence, String list) {
    assertThat(extractedFrom(question, sentence)).contains(list);
  }

  @Test
  void extract_untaggedWordsBetweenNames_makeNoList() {
    List<String> texts = extractedFrom("Which banks led the offering?",
        "Goldman Sachs led the offering and Morgan Stanley advised.");

    assertThat(texts).noneMatch(t -> t.contains("Goldman") && t.contains("Morgan"));
  }

  @Test
  void extract_singularFocus_offersNoList() {
    List<String> texts = extracted("Which city will hold the trade talks?", "trade-talks", 0);

    assertThat(texts).contains("Kigali", "Abuja").doesNotContain("Kigali and Abuja");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Who leads the Northern Auto Union?",
      "How many workers went on strike at Halvorsen Motors?",
      "Which automaker did the NAU strike against?",
      "When did Halvorsen Motors workers walk off the job?",
      "Who is the UAW vice president?",
      "Which cities will host the trade talks in Kigali?"})
  void score_questionContainsASpan_spanIsNeverACandidate(String question) {
    String asked = question.toLowerCase(Locale.ROOT);

    assertThat(scored(question)).extracting(sc -> sc.candidate().text().toLowerCase(Locale.ROOT))
        .isNotEmpty()
        .noneMatch(asked::contains);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "What union is the UAW?",
      "Which union does the UAW represent?",
      "Who leads the UAW union?",
      "Which organisation did the UAW sue?"})
  void score_questionUsesAcronym_spelledOutNameIsNeverACandidate(String question) {
    assertThat(scored(question)).extracting(sc -> sc.candidate().text())
        .noneMatch(text -> text.contains("United Auto Workers"));
    assertThat(desk.ask(question).text()).isNotEqualTo("United Auto Workers");
  }

  @Test
  void extract_personTheQuestionNamesBySurname_isNotACandidate() {
    List<String> texts = extracted("Who did Oyelaran blame for the strike?", "halvorsen-strike", 2);

    assertThat(texts).noneMatch(text -> text.contains("Oyelaran"));
  }

  @Test
  void extract_outletInTheDateline_isNotACandidate() {
    List<String> texts = extracted("Which organization warned about job security?", "002_e5cd6bec359adce2", 0);

    assertThat(texts).contains("United Auto Workers").doesNotContain("Reuters");
  }

  @Test
  void extract_acronymInQuestion_dropsItsSpelledOutName() {
    List<String> texts = extracted("Which union's members are on strike, the NAU?", "halvorsen-strike", 0);

    assertThat(texts).noneMatch(text -> text.contains("Northern Auto Union"));
  }

  @Test
  void extract_initialsOfANameTheQuestionSpellsOut_isNotACandidate() {
    assertThat(extractedFrom("Who leads the Canadian Cabin Crew Union?",
        "The Canadian Cabin Crew Union (CCCU) said its president Kendra Boateng would lead the talks."))
        .contains("Kendra Boateng").doesNotContain("CCCU");
  }

  @Test
  void extract_nameTypedInLowerCaseWithAPossessiveS_isNotACandidate() {
    assertThat(extractedFrom("whats rezendes release clause",
        "The club had held out for Rezende's release clause of 60 million euros."))
        .contains("60 million euros").doesNotContain("Rezende");
  }

  @Test
  void extract_numberLabellingANoun_keepsTheNoun() {
    assertThat(extractedFrom("Which danger level was in force?",
        "The agency raised the danger to level 4 as fans pushed against Gate 7."))
        .contains("level 4", "Gate 7").doesNotContain("4", "7");
  }

  @Test
  void extract_commonNounModifiedByAQuestionWord_isNoCandidate() {
    // "capital gains tax" is a tax, not a capital; the city stays.
    assertThat(extractedFrom("What is the capital of Canada?",
        "Investors welcomed the cut in capital gains tax and new spending in Ottawa."))
        .contains("Ottawa").noneMatch(t -> t.startsWith("gain"));
  }

  @Test
  void extract_nameWhoseInitialsSpellAQuestionWord_isKept() {
    // "Ingrid Solheim" spells "is", and "Alan Turner" spells "at": neither is an acronym the question used.
    assertThat(extractedFrom("Who is the boss at Skarvik Energy?",
        "Chief Executive Ingrid Solheim said on a call with analysts that Alan Turner would stay on."))
        .contains("Ingrid Solheim", "Alan Turner");
  }

  @Test
  void score_sameValueInTwoArticles_mergesIntoOneAnswerKey() {
    List<ScoredCandidate> candidates = scored("How many Halvorsen workers are on strike?");

    Map<String, Set<String>> articlesByKey = candidates.stream().filter(sc -> sc.candidate().text().startsWith("15,000"))
        .collect(Collectors.groupingBy(ScoredCandidate::answerKey,
            Collectors.mapping(sc -> sc.candidate().passage().articleId(), Collectors.toSet())));

    assertThat(articlesByKey).hasSize(1);
    assertThat(articlesByKey.values().iterator().next()).containsExactlyInAnyOrder("halvorsen-strike",
        "halvorsen-talks");
    assertThat(desk.ask("How many Halvorsen workers are on strike?").text()).startsWith("15,000");
  }

  @Test
  void score_surnameAndFullName_mergeIntoTheFullName() {
    List<ScoredCandidate> candidates = scored("Who sent a letter to UAW members saying the proposal was unacceptable?");

    Set<String> surnameKeys = candidates.stream().filter(sc -> sc.candidate().text().equals("Dittes"))
        .map(ScoredCandidate::answerKey).collect(Collectors.toSet());
    Set<String> fullKeys = candidates.stream().filter(sc -> sc.candidate().text().equals("Terry Dittes"))
        .map(ScoredCandidate::answerKey).collect(Collectors.toSet());

    assertThat(surnameKeys).isNotEmpty().isEqualTo(fullKeys);
  }

  @Test
  void replyText_surnameMergedIntoFullName_givesTheFullName() {
    List<ScoredCandidate> candidates = scored("Who sent a letter to UAW members saying the proposal was unacceptable?");
    ScoredCandidate surname = candidates.stream().filter(sc -> sc.candidate().text().equals("Dittes")).findFirst()
        .orElseThrow();

    assertThat(desk.answerer().replyText(surname, candidates)).isEqualTo("Terry Dittes");
  }

  @Test
  void mergeKeys_nameContainedInLongerNameOfSameType_mergesIntoTheLongerOne() {
    Passage p = sentence("halvorsen-strike", 2);
    List<Candidate> candidates = List.of(
        new Candidate(p, 0, 0, 1, "PERSON", "PERSON:dittes"),
        new Candidate(p, 0, 0, 2, "PERSON", "PERSON:terry dittes"),
        new Candidate(p, 0, 0, 1, "ORGANIZATION", "ORGANIZATION:dittes"),
        new Candidate(p, 0, 0, 1, "NUMBER", "NUMBER:15000.0"),
        new Candidate(p, 0, 0, 2, "NUMBER", "NUMBER:15000.0 1"));

    Map<String, String> canonical = ExtractiveAnswerer.mergeKeys(candidates);

    assertThat(canonical).containsEntry("PERSON:dittes", "PERSON:terry dittes")
        .containsEntry("PERSON:terry dittes", "PERSON:terry dittes")
        .containsEntry("ORGANIZATION:dittes", "ORGANIZATION:dittes")
        .containsEntry("NUMBER:15000.0", "NUMBER:15000.0");
  }

  @Test
  void mergeKeys_nameThatRepeatsAWord_mergesWithoutFailing() {
    Passage p = sentence("halvorsen-strike", 2);
    List<Candidate> candidates = List.of(
        new Candidate(p, 0, 0, 3, "ORGANIZATION", "ORGANIZATION:university of leeds university"),
        new Candidate(p, 0, 0, 1, "ORGANIZATION", "ORGANIZATION:leeds"));

    Map<String, String> canonical = ExtractiveAnswerer.mergeKeys(candidates);

    assertThat(canonical).containsEntry("ORGANIZATION:leeds", "ORGANIZATION:university of leeds university");
  }

  @Test
  void extract_placeWithTheRegionsThatContainIt_isOneAddress() {
    assertThat(extractedFrom("Where was the convention held?",
        "Delegates met at the convention in Detroit, Michigan, U.S. on Wednesday."))
        .contains("Detroit, Michigan, U.S.").doesNotContain("Detroit", "Michigan");
  }

  @Test
  void extract_listOfPlaces_isNoAddress() {
    assertThat(extractedFrom("Where will the talks be held?", "Talks will be held in Paris, Lyon and Nice."))
        .contains("Paris", "Lyon", "Nice").noneMatch(text -> text.contains(","));
  }

  @Test
  void extract_numberWrittenWithPerCent_isAPercentage() {
    org.newsdesk.nlp.Sentence s = SharedPipeline.get().annotate("Of the 1,100 baristas, 71 per cent backed it.").get(0);
    org.newsdesk.search.Citation citation = new org.newsdesk.search.Citation("a1", "Vote", "Wire",
        java.time.LocalDate.of(2025, 4, 1), null, "a1.txt");
    Passage p = new Passage(citation, 1, 5, 0, s.text(), s.tokens(), List.of(), 1.0);

    List<Candidate> candidates = CandidateExtractor.extract(ANALYZER.analyze("What percentage backed it?"), p, 0);

    assertThat(candidates).filteredOn(c -> c.text().equals("71 per cent")).singleElement()
        .extracting(Candidate::tag).isEqualTo("PERCENT");
  }

  @Test
  void extract_whatQuestion_offersAShortQuotedTitle() {
    assertThat(extractedFrom("Which album won the prize?",
        "The singer won the prize on Monday for her album \"Les heures bleues,\" her third record."))
        .contains("Les heures bleues");
  }

  @Test
  void extract_nameAtTheEndOfADescribedNounPhrase_standsOnItsOwn() {
    assertThat(extractedFrom("Which ship hit the tanker?",
        "The tanker was struck by the Singapore-flagged container ship Kota Ratna at night."))
        .contains("Kota Ratna");
  }

  @Test
  void extract_hyphenatedWordSplitByTheTokenizer_isKeptWhole() {
    assertThat(extractedFrom("Which city did the radio journalist report from?",
        "PORT-AU-PRINCE — A radio journalist was kidnapped on Wednesday."))
        .contains("PORT-AU-PRINCE").doesNotContain("AU-PRINCE");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Which samba school won the title?   | Samba school Acadêmicos do Salgueiro was crowned champion on Wednesday. \
      | Acadêmicos do Salgueiro | Acadêmicos
      Which school was relegated?         | The judges relegated Unidos de Padre Miguel after a poor parade. \
      | Unidos de Padre Miguel | Padre Miguel
      Which company makes the batteries?  | The batteries are made by Recolectora del Bajío in central Mexico. \
      | Recolectora del Bajío | Bajío
      """)
  void extract_nameJoinedByLowercaseParticle_isKeptWhole(String question, String sentence, String whole,
                                                         String part) {
    assertThat(extractedFrom(question, sentence)).contains(whole).doesNotContain(part);
  }

  @Test
  void extract_personNameOfANamedThing_isNoPerson() {
    assertThat(extractedFrom("Who scored the two goals?",
        "Two goals from Darragh Keniry gave the county its second Liam MacCarthy Cup in three years."))
        .contains("Darragh Keniry").doesNotContain("Liam MacCarthy");
  }

  @Test
  void extract_initialsBracketedAfterTheNameTheQuestionGives_areNoAnswer() {
    assertThat(extractedFrom("Who heads the Binational Autonomous Authority of Lake Titicaca?",
        "The Binational Autonomous Authority of Lake Titicaca (ALT), headed by Gladys Condori, met on Monday."))
        .contains("Gladys Condori").doesNotContain("ALT");
  }

  @Test
  void extract_questionAsksForAName_offersNamesNotCommonPhrases() {
    List<String> texts = extractedFrom("What is the name of the company's chatbot?",
        "The company keeps hiring for its AI products, including Loom Assist, a chatbot that drafts project plans.");

    assertThat(texts).contains("Loom Assist").doesNotContain("project plans", "drafts project plans");
  }

  @Test
  void extract_questionAsksForAName_offersALowerCaseNameTheTextGivesAsOne() {
    List<String> texts = extractedFrom("What is the name of the new antibiotic?",
        "The compound, named marvocidin, kills so-called Gram-negative bacteria in the lab.");

    assertThat(texts).contains("marvocidin").doesNotContain("");
  }

  @Test
  void extract_whereQuestion_offersANameTheKindOfPlaceAfterItCompletes() {
    // The tagger leaves "Triana" untagged in this sentence.
    assertThat(extractedFrom("In which part of Seville was the stolen canvas found?",
        "Police recovered a baroque painting stolen from a Seville church more than two years ago, after it was found "
            + "behind a false wall in a flat in the city's Triana neighbourhood."))
        .contains("Triana neighbourhood").noneMatch(text -> text.startsWith("'s"));
  }

  @Test
  void mergeKeys_dateContainedInALongerDate_mergesIntoTheLongerOne() {
    Passage p = sentence("halvorsen-strike", 2);
    List<Candidate> candidates = List.of(
        new Candidate(p, 0, 0, 1, "DATE", "DATE:september"),
        new Candidate(p, 0, 0, 2, "DATE", "DATE:september 16"),
        new Candidate(p, 0, 0, 1, "DATE", "DATE:tuesday"));

    Map<String, String> canonical = ExtractiveAnswerer.mergeKeys(candidates);

    assertThat(canonical).containsEntry("DATE:september", "DATE:september 16")
        .containsEntry("DATE:tuesday", "DATE:tuesday");
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      By when will the cuts lift cash flow?   | The cuts will lift cash flow by the end of 2020.   | the end of 2020     | 2020
      When will the plant close?              | The plant will close in early 2026.                | early 2026          | 2026
      In which region did the outage start?   | The outage started in northern Virginia on Monday. | northern Virginia   | Virginia
      """)
  void extract_partOfADateOrPlace_spanIncludesThePart(String question, String sentence, String span, String bare) {
    assertThat(extractedFrom(question, sentence)).contains(span).doesNotContain(bare);
  }

  @Test
  void extract_numberTheTaggerMissed_isACandidate() {
    assertThat(extractedFrom("What is the temperature on the planet's surface?",
        "The team puts the temperature at the planet's surface at about 180C, too hot for water."))
        .contains("about 180C");
    assertThat(extractedFrom("How many countries give the vaccine?",
        "Seventeen African countries now give the vaccine.")).anyMatch(t -> t.startsWith("Seventeen"));
    assertThat(extractedFrom("How big will the force be?",
        "Leaders agreed to set up a 5,000-strong force that could deploy within 14 days."))
        .anyMatch(t -> t.startsWith("5,000-strong"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Which round of talks was this?                         | true
      in wich minute did the referee stop the game           | true
      What is the recall expected to cost the company?       | false
      What time did the ferry overturn?                      | true
      Who chaired the talks?                                 | false
      """)
  void asksWhichOfFocus_whichOrWhatBeforeTheFocus_asksWhichOne(String question, boolean expected) {
    assertThat(CandidateExtractor.asksWhichOfFocus(ANALYZER.analyze(question))).isEqualTo(expected);
  }
}
