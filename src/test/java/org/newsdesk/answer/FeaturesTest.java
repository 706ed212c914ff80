package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.nlp.Sentence;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.Citation;
import org.newsdesk.search.Passage;

class FeaturesTest {

  private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(SharedPipeline.get(), SharedLexicon.get());

  /** A one-sentence passage annotated by the real pipeline. */
  private static Passage passage(String text) {
    Sentence s = SharedPipeline.get().annotate(text).get(0);
    Citation citation = new Citation("a1", "Rail line opens", "Wire", LocalDate.of(2025, 6, 1), null, "a1.txt");
    return new Passage(citation, 1, 5, 0, text, s.tokens(), List.of(), 1.0);
  }

  /** Features of each candidate of {@code question} in one passage, by candidate text. */
  private static Map<String, double[]> features(String question, String sentence) {
    return features(question, List.of(passage(sentence)));
  }

  /** Features of each candidate of {@code question} in the retrieved passages, by candidate text. */
  private static Map<String, double[]> features(String question, List<Passage> passages) {
    Question q = ANALYZER.analyze(question);
    Features f = new Features(q, retrieval(q, passages), SharedLexicon.get());
    Map<String, double[]> out = new HashMap<>();
    for (Passage p : passages) {
      for (Candidate c : CandidateExtractor.extract(q, p, 0)) {
        out.put(c.text(), f.of(c, 1));
      }
    }
    return out;
  }

  /** A retrieval of {@code passages} in which each keyword weighs the same and matches only itself. */
  static Retrieval retrieval(Question q, List<Passage> passages) {
    Map<String, Double> idf = new HashMap<>();
    Map<String, Set<String>> expansions = new HashMap<>();
    for (String kw : q.keywords()) {
      idf.put(kw, 1.0);
      expansions.put(kw, Set.of(kw));
    }
    return new Retrieval(passages, idf, expansions, Set.of(), Set.of());
  }

  /** Sentence {@code index} of one article, annotated by the real pipeline. */
  private static Passage passage(String text, int index) {
    Passage p = passage(text);
    return new Passage(p.citation(), index, 9, 0, text, p.tokens(), List.of(), 1.0);
  }

  private static double feature(double[] x, String name) {
    return x[Features.NAMES.indexOf(name)];
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      To what level did the bank lower its rate?       | to
      In which city will the talks be held?            | in
      Which club did Arsenal buy her from?             | from
      what rate did the bank cut to                    | to
      Who leads the union?                             | none
      """)
  void whPreposition_leadingOrStranded_isFound(String question, String preposition) {
    assertThat(Features.whPreposition(ANALYZER.analyze(question).tokens())).isEqualTo(preposition);
  }

  @Test
  void preposition_candidateAfterTheQuestionsPreposition_isMarked() {
    Map<String, double[]> x = features("What level did the bank lower its key rate to?",
        "The bank cut its key rate by 25 basis points to 2.75% on Wednesday.");

    assertThat(feature(x.get("2.75%"), "preposition")).isEqualTo(1);
    assertThat(feature(x.get("25 basis points"), "preposition")).isZero();
  }

  @Test
  void unitFit_measuringQuestion_prefersTheQuantityInAUnitOfThatMeasure() {
    Map<String, double[]> x = features("How far from Earth is the planet?",
        "The planet, about 48 light years from Earth, is about 1.7 times the size of Earth.");

    assertThat(x).containsKey("about 48 light years");
    assertThat(feature(x.get("about 48 light years"), "unitFit")).isEqualTo(1);
    assertThat(x).hasEntrySatisfying("about 1.7 times", v -> assertThat(feature(v, "unitFit")).isEqualTo(-1));
  }

  @Test
  void unitFit_bareNumberForAnAge_isNeutralButACountOfSomethingElseIsNot() {
    Map<String, double[]> x = features("How old is the mayor?", "The mayor, 61, won 70,115 votes.");

    assertThat(feature(x.get("61"), "unitFit")).isZero();
    assertThat(feature(x.get("70,115 votes"), "unitFit")).isEqualTo(-1);
  }

  @Test
  void unitFit_lengthWithItsUnit_fitsAndACountOfSomethingElseDoesNot() {
    Map<String, double[]> x = features("How tall is the mountain?",
        "The mountain, 8,849 metres high, has been climbed by 19 guides this year.");

    assertThat(feature(x.get("8,849 metres"), "unitFit")).isEqualTo(1);
    assertThat(x.entrySet()).filteredOn(e -> e.getKey().startsWith("19")).singleElement()
        .satisfies(e -> assertThat(feature(e.getValue(), "unitFit")).isEqualTo(-1));
  }

  @Test
  void unitFit_howLongIsAThing_fitsALengthAndNotALineNumberOrACount() {
    Map<String, double[]> x = features("How long is the city's new metro line?",
        "Line 2 runs 9.8 kilometers from the airport and carried 41 passengers on its first trip.");

    assertThat(feature(x.get("9.8 kilometers"), "unitFit")).isEqualTo(1);
    assertThat(feature(x.get("9.8 kilometers"), "unitMismatch")).isZero();
    assertThat(x.entrySet()).filteredOn(e -> e.getKey().startsWith("41")).singleElement()
        .satisfies(e -> assertThat(feature(e.getValue(), "unitFit")).isEqualTo(-1));
  }

  @Test
  void typeMatch_weightInAHyphenatedCompound_isNoSumOfMoney() {
    Map<String, double[]> x = features("What is a bag of rice going for at the market?",
        "The price reached 148,000 kyats per 108-pound bag at the market on Wednesday.");

    assertThat(feature(x.get("148,000 kyats"), "typeMatch")).isEqualTo(1);
    assertThat(x.entrySet()).filteredOn(e -> e.getKey().startsWith("108")).singleElement()
        .satisfies(e -> assertThat(feature(e.getValue(), "typeMatch")).isLessThan(1));
  }

  @Test
  void unitFit_bareNumberForADepth_isWeaklyAgainst() {
    Map<String, double[]> x = features("How deep is the lake?", "The lake, which is 14 across, is shallow.");

    assertThat(feature(x.get("14"), "unitFit")).isEqualTo(-0.5);
  }

  @Test
  void unitFit_age_onlyAUnitOfTimeRightAfterTheNumberCounts() {
    Map<String, double[]> x = features("How old is Edgars Lapins?",
        "Lapins met the leaders of all seven parliamentary parties on Monday after a two-day policy meeting and said "
            + "the 52-year-old economist would stay on for three phases of talks.");

    assertThat(feature(x.get("seven parliamentary parties"), "unitFit")).isEqualTo(-1);
    assertThat(feature(x.get("two-day policy meeting"), "unitFit")).isEqualTo(-1);
    assertThat(feature(x.get("three phases"), "unitFit")).isEqualTo(-1);
    assertThat(feature(x.get("52-year-old economist"), "unitFit")).isEqualTo(1);
  }

  @Test
  void unitFit_unitAfterACountOfSomethingElse_isNotItsOwn() {
    Map<String, double[]> x = features("How deep is the wreck?", "Divers made 12 dives at 50 metres last week.");

    assertThat(feature(x.get("12 dives"), "unitFit")).isEqualTo(-1);
    assertThat(feature(x.get("50 metres"), "unitFit")).isEqualTo(1);
  }

  @Test
  void unitFit_age_bareNumberOnlyWhereNewsGivesAnAge() {
    Map<String, double[]> x = features("How old is Daniel Okoro?",
        "Daniel Okoro, 52, said 400 would work there, and the plant, aged 3, would grow.");

    assertThat(feature(x.get("52"), "unitFit")).isZero();
    assertThat(feature(x.get("3"), "unitFit")).isZero();
    assertThat(feature(x.get("400"), "unitFit")).isEqualTo(-1);
  }

  @Test
  void typeMatch_whatTime_theHourFitsFullyAndTheDayWeakly() {
    Map<String, double[]> x = features("At what time did the rocket lift off?",
        "The rocket lifted off on Tuesday at 10:37 p.m. local time.");

    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).startsWith("10:37 p.m.");
      assertThat(feature(e.getValue(), "typeMatch")).isEqualTo(1);
    });
    assertThat(feature(x.get("Tuesday"), "typeMatch")).isLessThanOrEqualTo(0.3);
  }

  @Test
  void typeMatch_whatTime_aPartOfTheDayFitsWeaklyButBetterThanTheDay() {
    Map<String, double[]> x = features("What time did the thieves get into the museum?",
        "Thieves got into the museum before dawn on Monday, at about 4.12am, prosecutors said.");

    assertThat(feature(x.get("dawn"), "typeMatch")).isEqualTo(0.3);
    assertThat(feature(x.get("Monday"), "typeMatch")).isLessThan(0.3);
    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).contains("4.12am");
      assertThat(feature(e.getValue(), "typeMatch")).isEqualTo(1);
    });
  }

  @Test
  void typeMatch_winningTime_marginBeatenByFitsWeakly() {
    Map<String, double[]> x = features("What was Rono's winning time?",
        "Rono won in 2:07:41, breaking the course record by more than a minute and a half.");

    assertThat(feature(x.get("2:07:41"), "typeMatch")).isEqualTo(1);
    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).contains("a minute and a half");
      assertThat(feature(e.getValue(), "typeMatch")).isLessThanOrEqualTo(0.3);
    });
  }

  @Test
  void typeMatch_winningTime_gapAheadOfTheRunnerUpFitsWeakly() {
    Map<String, double[]> x = features("What was Khumalo's winning time?",
        "Khumalo crossed the line in 5 hours, 31 minutes, 8 seconds, 2 minutes 47 seconds ahead of Gebremariam.");

    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).contains("31 minutes");
      assertThat(feature(e.getValue(), "typeMatch")).isEqualTo(1);
    });
    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).isEqualTo("2 minutes 47 seconds");
      assertThat(feature(e.getValue(), "typeMatch")).isLessThanOrEqualTo(0.3);
    });
  }

  @Test
  void typeMatch_howLong_gapBeforeAnotherEventOrAnAgeFitsWeakly() {
    Map<String, double[]> x = features("How long were the robbers inside the depot?",
        "The robbers, one of them a 67-year-old man, spent roughly 11 minutes inside the depot, two days before "
            + "the arrests.");

    assertThat(feature(x.get("roughly 11 minutes"), "typeMatch")).isEqualTo(1);
    assertThat(x.entrySet()).filteredOn(e -> e.getKey().contains("two days") || e.getKey().contains("67"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(feature(e.getValue(), "typeMatch")).isLessThanOrEqualTo(0.3));
  }

  @Test
  void typeMatch_howLong_lengthForWhichSomethingLastsFitsFullyBeforeAfter() {
    Map<String, double[]> x = features("How long is the team's suspension?",
        "The UCI suspended the team for 30 days after a third rider tested positive.");

    assertThat(feature(x.get("30 days"), "typeMatch")).isEqualTo(1);
  }

  @Test
  void typeMatch_howLong_lengthOfANamedTimeFitsFullyBeforeAfter() {
    Map<String, double[]> x = features("How long did the flight to Doha take?",
        "The plane landed at 9pm, a flight time of 11 hours after leaving for Doha.");

    assertThat(feature(x.get("11 hours"), "typeMatch")).isEqualTo(1);
  }

  @Test
  void typeMatch_howLongBefore_gapFitsFully() {
    Map<String, double[]> x = features("How long before the robbery was the loader stolen?",
        "The loader was stolen two days before the robbery.");

    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).contains("two days");
      assertThat(feature(e.getValue(), "typeMatch")).isEqualTo(1);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      China turned back the containers because inspectors found a banned dye.        | 1.0
      China turned back the containers over a banned dye found on the husks.         | 0.5
      China turned back the containers after inspectors found a banned dye.          | 0.5
      China turned back the containers against the rules of the trade pact.          | 0.5
      China turned back the containers, citing a banned dye on the husks.            | 0.5
      China turned back the containers in a bid to protect its own rice farmers.     | 1.0
      China turned back the containers in order to test the husks for a banned dye.  | 1.0
      China has turned back containers over the past month, officials said.          | 0.0
      China turned back as many as 300 containers, officials said.                    | 0.0
      Inspectors said a banned dye had made the containers unsafe to land.            | 0.5
      China made the first inspection of the containers on Monday.                    | 0.0
      """)
  void cue_why_reasonWordsCountFullyAndWordsThatMayTellTheTimeHalf(String sentence, double cue) {
    Map<String, double[]> x = features("Why did China turn back the containers?", sentence);

    assertThat(x.values()).singleElement().satisfies(v -> assertThat(feature(v, "cue")).isEqualTo(cue));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      What caused the mobile outage in Portugal?         | 1.0
      what triggered the outage                          | 1.0
      what did the operator blame the outage on          | 1.0
      How did the operator explain why the outage began? | 1.0
      Tell me about the mobile outage in Portugal        | 0.0
      """)
  void cue_whatCaused_asksForTheReasonAsWhyDoes(String question, double cue) {
    Map<String, double[]> x = features(question,
        "The operator said the outage was caused by a faulty software update.");

    assertThat(x.values()).singleElement().satisfies(v -> assertThat(feature(v, "cue")).isEqualTo(cue));
  }

  @Test
  void unitFit_lowerCaseNameTheArticlesGiveAsAPerson_ownsTheAge() {
    String question = "how old is darren gallant";
    Map<String, double[]> other = features(question, List.of(
        passage("Rebecca MacAulay, 44, beat former mayor Darren Gallant on Saturday.", 0)));
    Map<String, double[]> own = features(question, "Darren Gallant, 51, thanked his supporters.");

    assertThat(feature(other.get("44"), "unitFit")).isEqualTo(-1);
    assertThat(feature(own.get("51"), "unitFit")).isZero();
  }

  @Test
  void unitFit_ageOfAnotherNamedPerson_fitsNot() {
    Map<String, double[]> x = features("How old is Daniel Ong?",
        "Chief Executive Marcus Teo, 34, resigned, while Chief Technology Officer Daniel Ong, 41, stays.");

    assertThat(feature(x.get("34"), "unitFit")).isEqualTo(-1);
    assertThat(feature(x.get("41"), "unitFit")).isZero();
    // A sentence that does not name him gives no age of his, however it is written.
    assertThat(features("How old is Daniel Ong?", "The 24-year-old founder resigned on Tuesday.")
        .get("24-year-old founder")).satisfies(v -> assertThat(feature(v, "unitFit")).isEqualTo(-1));
    // Nor does one that names another Daniel.
    assertThat(features("How old is Daniel Ong?", "The toy is sold for 3-year-olds, spokesperson Daniel Reyes said.")
        .get("3-year-olds")).satisfies(v -> assertThat(feature(v, "unitFit")).isEqualTo(-1));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Who won the women's title?     | Japan's Aiko Tanabe won the title, beating Madison Kerr 7-5, 6-3. | Aiko Tanabe | Madison Kerr
      Who coordinates the system?    | Lucia Berrocal, the scientist who coordinates the system at the Joint Research Centre, said so. | Lucia Berrocal | Joint Research Centre
      How many prisoners escaped?    | Seven prisoners escaped from the jail, which was built for 420 prisoners. | Seven prisoners | 420 prisoners
      Who will lead the bank?        | Maria Lopez will lead the bank, replacing Juan Ortiz. | Maria Lopez | Juan Ortiz
      """)
  void subject_candidateBeforeTheQuestionsVerb_isItsSubject(String question, String sentence, String subject,
                                                            String other) {
    Map<String, double[]> x = features(question, sentence);

    assertThat(feature(x.get(subject), "subject")).isEqualTo(1);
    assertThat(feature(x.get(other), "subject")).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Who did Aiko Tanabe beat?      | Japan's Aiko Tanabe beat Madison Kerr 7-5, 6-3. | Madison Kerr
      Who is the president?          | Maria Lopez is the president of the bank.       | Maria Lopez
      """)
  void subject_questionAskingForAnObjectOrACopula_marksNoSubject(String question, String sentence, String name) {
    assertThat(feature(features(question, sentence).get(name), "subject")).isZero();
  }

  @Test
  void unitFit_scoreForAnAge_fitsNoMeasure() {
    Map<String, double[]> x = features("How old is Tanabe?", "Tanabe, 24, won the final 7-5 in the third set.");

    assertThat(feature(x.get("24"), "unitFit")).isZero();
    assertThat(feature(x.get("7-5"), "unitFit")).isEqualTo(-1);
  }

  @Test
  void unitFit_questionThatMeasuresNothing_isNeutral() {
    Map<String, double[]> x = features("How many chicks fledged?", "Workers counted 82 chicks that left the nest.");

    assertThat(x.values()).allSatisfy(v -> assertThat(feature(v, "unitFit")).isZero());
  }

  @Test
  void qualifier_wordsBeforeTheFocusBesideTheCandidate_markItAndNotTheOtherScore() {
    Map<String, double[]> x = features("What was the half-time score in the final?",
        "Fiji beat Samoa 24-19 in the final, after Samoa had led 12-7 at half-time.");

    assertThat(feature(x.get("12-7"), "qualifier")).isEqualTo(1);
    assertThat(feature(x.get("24-19"), "qualifier")).isZero();
  }

  @Test
  void qualifier_focusWithoutModifiers_marksNothing() {
    Map<String, double[]> x = features("What was the score in the final?",
        "Fiji beat Samoa 24-19 in the final, after Samoa had led 12-7 at half-time.");

    assertThat(feature(x.get("12-7"), "qualifier")).isZero();
    assertThat(feature(x.get("24-19"), "qualifier")).isZero();
  }

  @Test
  void qualifier_questionWithoutFocus_takesTheModifiersOfItsFirstNounPhrase() {
    Map<String, double[]> x = features("Who won the women's singles at the championships?",
        "Mei Tanaka won the women's singles final, while Ryo Sato beat Ken Ito in the men's singles final.");

    assertThat(feature(x.get("Mei Tanaka"), "qualifier")).isEqualTo(1);
    assertThat(feature(x.get("Ryo Sato"), "qualifier")).isZero();
  }

  @Test
  void qualifier_commonNounPossessiveBeforeTheFocus_qualifiesIt() {
    Map<String, double[]> x = features("What was the women's score?",
        "The men drew 2-2, while the women won 3-1 in the afternoon.");

    assertThat(feature(x.get("3-1"), "qualifier")).isEqualTo(1);
    assertThat(feature(x.get("2-2"), "qualifier")).isZero();
  }

  @Test
  void overlap_quantityRepeatingTheQuestionsNumber_isMarkedButNotForItsUnit() {
    Map<String, double[]> x = features("How long is the new 500-kilovolt line?",
        "Power will go through a new 500-kilovolt transmission line running 235 km to a substation.");

    assertThat(feature(x.get("500-kilovolt transmission line"), "overlap")).isEqualTo(1);
    assertThat(feature(x.get("235 km"), "overlap")).isZero();
  }

  @Test
  void rivalClause_figureInAnotherCompanysClause_isMarked() {
    Map<String, double[]> x = features("How many workers will Toyota lay off?",
        "Toyota will cut about 2,100 jobs this year, a month after rival Honda said it would shed 450 workers.");

    assertThat(feature(x.get("450 workers"), "rivalClause")).isEqualTo(1);
    assertThat(feature(x.get("about 2,100 jobs"), "rivalClause")).isZero();
  }

  @Test
  void rivalClause_clauseThatAlsoNamesTheQuestionsCompany_isNotMarked() {
    Map<String, double[]> x = features("How many workers will Toyota lay off?",
        "Honda said on Monday that Toyota would shed 450 workers.");

    assertThat(feature(x.get("450 workers"), "rivalClause")).isZero();
  }

  @Test
  void qualifier_modifiersInTheNextClause_doNotCount() {
    Map<String, double[]> x = features("What is the youth unemployment rate?",
        "The jobless rate rose to 33.2%, and youth unemployment reached 62.4% in the quarter.");

    assertThat(feature(x.get("62.4%"), "qualifier")).isEqualTo(1);
    assertThat(feature(x.get("33.2%"), "qualifier")).isZero();
  }

  @Test
  void qualifier_partOfTheModifiersNearby_givesTheirShare() {
    Map<String, double[]> x = features("What is the youth unemployment rate?",
        "Youth joblessness rose to 48.1% in the quarter.");

    assertThat(feature(x.get("48.1%"), "qualifier")).isEqualTo(0.5, offset(1e-9));
  }

  @Test
  void qualifiedRole_deputyTitleTheQuestionLacks_isMarked() {
    Map<String, double[]> x = features("Who is the governor of the central bank?",
        "Governor Tiff Macklem and Senior Deputy Governor Carolyn Rogers spoke to reporters.");

    assertThat(feature(x.get("Carolyn Rogers"), "qualifiedRole")).isEqualTo(1);
    assertThat(feature(x.get("Tiff Macklem"), "qualifiedRole")).isZero();
  }

  @Test
  void qualifiedRole_qualifierOfAnotherTitle_isNotMarked() {
    Map<String, double[]> x = features("Who is the governor of the central bank?",
        "Governor Tiff Macklem met former chief executive Paul Laskowski.");

    assertThat(feature(x.get("Paul Laskowski"), "qualifiedRole")).isZero();
  }

  @Test
  void qualifiedRole_questionAsksForTheDeputy_isNotMarked() {
    Map<String, double[]> x = features("Who is the deputy governor?",
        "Senior Deputy Governor Carolyn Rogers spoke to reporters.");

    assertThat(feature(x.get("Carolyn Rogers"), "qualifiedRole")).isZero();
  }

  @Test
  void typeMatch_howManyQuestion_ranksMoneyAndPercentagesBelowCounts() {
    Map<String, double[]> x = features("How many chips has the company sold?",
        "The company sold 40,000 chips at about $30,000 each, 12% more than planned.");

    assertThat(feature(x.get("40,000 chips"), "typeMatch")).isEqualTo(1);
    assertThat(feature(x.get("about $30,000"), "typeMatch")).isLessThan(0.5);
    assertThat(feature(x.get("12%"), "typeMatch")).isLessThan(0.5);
  }

  @Test
  void typeMatch_howMuchOfAStuff_ranksABareNumberBelowAnAmountInUnits() {
    Map<String, double[]> x = features("How much gold did the refinery process?",
        "The refinery, one of two in the emirate, processed about 6.3 tonnes of gold.");

    assertThat(feature(x.get("about 6.3 tonnes"), "typeMatch")).isEqualTo(1);
    assertThat(feature(x.get("two"), "typeMatch")).isLessThan(0.5);
  }

  @Test
  void typeMatch_populationQuestion_ranksPercentagesBelowCounts() {
    Map<String, double[]> x = features("What is the population of Brazil?",
        "About 95% of Brazil's population of 203 million people lives in cities.");

    assertThat(feature(x.get("203 million people"), "typeMatch")).isEqualTo(1);
    assertThat(feature(x.get("About 95%"), "typeMatch")).isLessThan(0.5);
  }

  /** The speaker feature of the one sentence candidate of {@code question} in {@code sentence}. */
  private static double speakerOf(String question, String sentence) {
    return feature(features(question, sentence).values().iterator().next(), "speaker");
  }

  @Test
  void speaker_sentenceQuotesTheQuestionsSpeaker_isMarked() {
    assertThat(speakerOf("How did Barraclough react to losing?", "\"The people have spoken,\" Barraclough said."))
        .isEqualTo(1);
  }

  @Test
  void speaker_onlyTheOwnerOfTheQuestionsRoleSpeaks_isHalfMarked() {
    String question = "What did Fiji's coach say after the final?";

    assertThat(speakerOf(question, "\"We never stopped believing,\" Fiji coach Epeli Naisoro said after the final."))
        .isEqualTo(1);
    assertThat(speakerOf(question, "The Fiji Rugby Union said ticket sales after the final were a record."))
        .isEqualTo(0.5);
  }

  @Test
  void speaker_quotationWhoseSpeakerIsNamedInTheNextSentence_isThatSpeakersAndCoversTheName() {
    Passage said = passage("\"The voters were right.");
    Passage quoted = new Passage(said.citation(), 2, 5, 0, said.text(), said.tokens(), List.of("barraclough"), 1.0);

    double[] attributed = features("How did Barraclough react to losing?", List.of(quoted)).values().iterator().next();
    double[] anonymous = features("How did Barraclough react to losing?", List.of(said)).values().iterator().next();

    assertThat(feature(attributed, "speaker")).isEqualTo(1);
    assertThat(feature(anonymous, "speaker")).isZero();
    assertThat(feature(attributed, "coverageWithTitle")).isGreaterThan(feature(anonymous, "coverageWithTitle"));
  }

  @Test
  void speaker_sentenceNamesTheSpeakerButReportsNoSpeech_isNotMarked() {
    assertThat(speakerOf("How did Barraclough react to losing?", "Barraclough took 33.8% of the vote.")).isZero();
  }

  @Test
  void speaker_nameInTheObject_isNotTheQuestionsSpeaker() {
    String question = "How did the workers' union respond to Halvorsen's job cuts?";

    assertThat(speakerOf(question, "Halvorsen said affected staff would be offered other jobs.")).isZero();
    assertThat(speakerOf(question, "The union said it had not been consulted.")).isEqualTo(1);
    assertThat(speakerOf("According to Marta Oyelaran, how did Halvorsen respond?",
        "Halvorsen said affected staff would be offered other jobs.")).isZero();
  }

  @Test
  void speaker_whyQuestion_countsOnlyTheSubjectsOwnQuotedWords() {
    assertThat(speakerOf("Why did Barraclough lose?", "\"Voters wanted change,\" Barraclough said.")).isEqualTo(1);
    assertThat(speakerOf("Why did Barraclough lose?", "Barraclough said turnout had been low.")).isZero();
  }

  @Test
  void speaker_nameTheArticleTitlesAsTheQuestionsSpeaker_isThatSpeaker() {
    Map<String, double[]> x = features("What did the workplace relations minister say about the rise?", List.of(
        passage("Workplace Relations Minister Brooke van Velden said the rise was fair.", 1),
        passage("\"Increases must not cost jobs,\" van Velden told reporters.", 5),
        passage("\"Increases must not cost jobs,\" Hipkins told reporters.", 7)));

    assertThat(feature(x.get("\"Increases must not cost jobs,\" van Velden told reporters."), "speaker"))
        .isEqualTo(1);
    assertThat(feature(x.get("\"Increases must not cost jobs,\" Hipkins told reporters."), "speaker")).isZero();
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      How many jobs did the firm cut in 2019?  | The firm cut 300 jobs in 2023.         | 1
      How many jobs did the firm cut in 2023?  | The firm cut 300 jobs in 2023 and 2024. | 0
      How many jobs did the firm cut in 2024?  | The firm cut 300 jobs last year.       | 0
      How many jobs did the firm cut in 2019?  | The firm cut 300 jobs last year.       | 1
      How many jobs did the firm cut in 2019?  | The firm cut 300 jobs.                 | 0.5
      How many jobs did the firm cut in July?  | The firm cut 300 jobs in June.         | 1
      How many jobs did the firm cut in May?   | The firm cut 300 jobs last month.      | 0
      How many jobs did the firm cut?          | The firm cut 300 jobs in 2023.         | 0
      How many jobs did the firm cut in May 2023? | The firm cut 300 jobs in May.       | 1
      How many jobs will the firm cut in January 2026? | The firm will cut 300 jobs from January. | 0.5
      In its report of June 1, how many jobs did the firm cut? | The firm cut 300 jobs in March. | 0
      In its report of June 2, how many jobs did the firm cut? | The firm cut 300 jobs in March. | 1
      """)
  void timeConflict_sentenceOfAnotherTime_isMarked(String question, String sentence, double conflict) {
    // The test article is dated 1 June 2025: "last year" is 2024, "last month" is May, "in May" is May 2025 or 2026
    // and "from January" January 2025 or 2026; "its report of June 1" is the article's own day.
    assertThat(feature(features(question, sentence).get("300 jobs"), "timeConflict")).isEqualTo(conflict);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      How many tons did traders buy so far this year? | Traders bought 300 tons last year.       | 1
      How many tons did traders buy last year?        | Traders bought 300 tons last year.       | 0
      How many tons did traders buy so far this year? | Traders bought 300 tons, a record.        | 0
      """)
  void timeConflict_undatedArticle_comparesRelativeYears(String question, String sentence, double conflict) {
    Passage dated = passage(sentence);
    Citation undated = new Citation(dated.citation().articleId(), dated.citation().title(),
        dated.citation().source(), null, dated.citation().url(), dated.citation().file());
    Passage p = new Passage(undated, 0, 9, 0, sentence, dated.tokens(), List.of(), 1.0);

    assertThat(feature(features(question, List.of(p)).get("300 tons"), "timeConflict")).isEqualTo(conflict);
  }

  @Test
  void timeConflict_yearThatBoundsTheAskedDate_isNoConflict() {
    String sentence = "The nurses last held a national strike in July 2018.";

    assertThat(feature(features("In what year did the nurses last strike before the 2026 walkouts?", sentence)
        .get("July 2018"), "timeConflict")).isZero();
    assertThat(feature(features("In what month of 2026 did the nurses last strike?", sentence)
        .get("July 2018"), "timeConflict")).isEqualTo(1);
  }

  @Test
  void timeConflict_futureAskedAndADateOfAnEarlierYear_isMarked() {
    // The test article is dated 1 June 2025.
    String sentence = "The vote is set for July 5; the last one came in March 2023.";
    Map<String, double[]> future = features("When will the country vote?", sentence);
    Map<String, double[]> past = features("When did the country last vote?", sentence);

    assertThat(feature(future.get("March 2023"), "timeConflict")).isEqualTo(1);
    assertThat(feature(future.get("July 5"), "timeConflict")).isZero();
    assertThat(feature(past.get("March 2023"), "timeConflict")).isZero();
  }

  @Test
  void timeConflict_doneAskedAndADateOfALaterYear_isMarked() {
    // The test article is dated 1 June 2025.
    String sentence = "The refinery opened in April 2023 and could restart in July 2027.";
    Map<String, double[]> done = features("When did the refinery open?", sentence);
    Map<String, double[]> planned = features("When could the refinery restart?", sentence);

    assertThat(feature(done.get("July 2027"), "timeConflict")).isEqualTo(1);
    assertThat(feature(done.get("April 2023"), "timeConflict")).isZero();
    assertThat(feature(planned.get("July 2027"), "timeConflict")).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Who won the election on July 5?           | 1
      Who won the election on May 20?           | 0
      Who will win the election on July 5?      | 0
      Who won the election on July 5, 2026?     | 1
      """)
  void timeConflict_pastTenseAboutADayAfterTheArticle_isMarked(String question, double conflict) {
    // The test article is dated 1 June 2025: it can report May 20, not what happened on July 5.
    Map<String, double[]> x = features(question, "Maria Lopez won the vote, and Jan Berg ran second.");

    assertThat(feature(x.get("Maria Lopez"), "timeConflict")).isEqualTo(conflict);
  }

  @Test
  void timeConflict_yearSaidNextToTheFigure_decidesForThatFigure() {
    // The test article is dated 1 June 2025: "last year" is 2024.
    Map<String, double[]> x = features("What was the bank's profit in 2023?",
        "The bank reported a profit of £187m last year, up from £171m in 2023.");

    assertThat(feature(x.get("£187m"), "timeConflict")).isEqualTo(1);
    assertThat(feature(x.get("£171m"), "timeConflict")).isZero();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      How many runners ran this year? | 52,000 runners ran, up from 48,000 last year. | 52,000 runners | 48,000
      how many runners ran last yr | 52,000 runners ran this year, up from 48,000 last year. | 48,000 | 52,000 runners
      How many died this year? | A 2015 flood killed 1,200 people; this one killed 300. | 300 | 1,200 people
      """)
  void timeConflict_yearSaidRelativeToNow_isTheArticlesYearBesideTheFigure(String question, String sentence,
      String same, String other) {
    // The test article is dated 1 June 2025: "this year" is 2025 and "last year" 2024. A year said further off is
    // background ("a record for the race, first run in 1978") and marks nothing.
    Map<String, double[]> x = features(question, sentence);

    assertThat(feature(x.get(same), "timeConflict")).isZero();
    assertThat(feature(x.get(other), "timeConflict")).isEqualTo(1);
  }

  @Test
  void timeConflict_yearBeyondAConjunction_belongsToTheOtherFigure() {
    Map<String, double[]> x = features("By how much did Malawi devalue the kwacha in 2023?",
        "Malawi devalued the kwacha by 25% in May 2022 and by 44% in November 2023.");

    assertThat(feature(x.get("25%"), "timeConflict")).isEqualTo(1);
    assertThat(feature(x.get("44%"), "timeConflict")).isZero();
  }

  @Test
  void timeConflict_figureInAClauseWithoutAYear_takesTheEarlierClausesYearNotTheYearOfAComparison() {
    // The test article is dated 1 June 2025: "last year" is 2024.
    Map<String, double[]> lastYear = features("What was the firm's operating profit in 2023?",
        "The firm reported sales of $186 million last year, up 41% from 2023, and an operating profit of $21 million.");
    Map<String, double[]> in2023 = features("What was the firm's operating profit in 2023?",
        "The firm reported sales of $186 million in 2023, and an operating profit of $21 million.");

    assertThat(feature(lastYear.get("$21 million"), "timeConflict")).isEqualTo(1);
    assertThat(feature(in2023.get("$21 million"), "timeConflict")).isZero();
  }

  @Test
  void timeConflict_undatedArticle_yearSaidNextToTheFigureStillDecides() {
    String text = "GoTo cut 12 percent of its staff in 2022, and Grab laid off more than 1,000 employees in 2023.";
    Sentence s = SharedPipeline.get().annotate(text).get(0);
    Citation undated = new Citation("a2", "Ride-hailing cuts", "Wire", null, null, "a2.md");
    Passage p = new Passage(undated, 1, 5, 0, text, s.tokens(), List.of(), 1.0);

    Map<String, double[]> x = features("how many staff did grab lay off in 2022", List.of(p));

    assertThat(feature(x.get("more than 1,000 employees"), "timeConflict")).isEqualTo(1);
  }

  @Test
  void adjacent_titleBeforeTheName_belongsToThatNameNotToThePreviousOne() {
    Map<String, double[]> x = features("Who is Poland's infrastructure minister?",
        "The train carried Prime Minister Donald Tusk, Infrastructure Minister Dariusz Klimczak and 300 guests.");

    assertThat(feature(x.get("Dariusz Klimczak"), "adjacent"))
        .isGreaterThan(feature(x.get("Donald Tusk"), "adjacent"));
  }

  @Test
  void focusNear_countWhoseUnitIsTheFocus_isMarked() {
    Map<String, double[]> x = features("How many chicks survived this year?",
        "Workers counted 82 chicks that survived to leave the nest this year.");

    assertThat(x).containsKey("82 chicks");
    assertThat(feature(x.get("82 chicks"), "focusNear")).isEqualTo(1);
  }

  @Test
  void focusNear_bareCountAfterACountOfTheFocus_isMarkedButNotAcrossASemicolon() {
    Map<String, double[]> x = features("How many people were evacuated?",
        "Two people have died and about 3,400 have been evacuated; 12 remain in hospital, police said.");

    assertThat(feature(x.get("about 3,400"), "focusNear")).isEqualTo(1);
    assertThat(feature(x.get("12"), "focusNear")).isZero();
  }

  @Test
  void focusNear_levelReachedByASubjectWithTheFocus_isMarked() {
    Map<String, double[]> x = features("How many people were arrested?",
        "Police said the number of people arrested over Tuesday's violence had risen to 112.");
    Map<String, double[]> other = features("How many people were arrested?",
        "Police said arrests rose to 112.");

    assertThat(feature(x.get("112"), "focusNear")).isEqualTo(1);
    assertThat(feature(other.get("112"), "focusNear")).isZero();
  }

  @Test
  void focusNear_othersAfterACountOfTheFocus_countsTheFocusWithoutMismatch() {
    Map<String, double[]> x = features("How many people remain missing?",
        "At least 17 people were killed and nine others remain missing after the landslide.");

    assertThat(feature(x.get("nine others"), "focusNear")).isEqualTo(1);
    assertThat(feature(x.get("nine others"), "unitMismatch")).isZero();
  }

  @Test
  void unitMismatch_countOfSomethingElse_isMarked() {
    Map<String, double[]> x = features("How many cattle were lost in the floods?",
        "The floods affected about 1.9 million people and destroyed 40,000 cattle sheds.");

    assertThat(feature(x.get("about 1.9 million people"), "unitMismatch")).isEqualTo(1);
  }

  @Test
  void focusNear_subjectOfACopulaNamesTheFocus_andAClauseBetweenDoesNot() {
    Map<String, double[]> x = features("What is the key issue separating the union and the company?",
        "A key issue separating the two sides is job security, the union's negotiator said.");

    assertThat(feature(x.get("job security"), "focusNear")).isEqualTo(1);
    assertThat(feature(x.get("two sides"), "focusNear")).isZero();
  }

  @Test
  void typeMatch_madeThingAsked_aPlaceFitsWeakly() {
    Map<String, double[]> x = features("What was the last car to roll off the line at the plant?",
        "The last Chevrolet Cruze rolled off the line at the plant in northeastern Ohio.");

    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).contains("Ohio");
      assertThat(feature(e.getValue(), "typeMatch")).isEqualTo(0.2);
    });
  }

  @Test
  void typeMatch_naturalPlaceAsked_aPersonNamedBesideTheWordFitsWeakly() {
    Map<String, double[]> x = features("On which mountain did the avalanche bury the climbers?",
        "Mountain guide Corsin Bezzola said the avalanche on the Pischahorn buried three climbers.");

    assertThat(feature(x.get("Corsin Bezzola"), "typeMatch")).isEqualTo(0.2);
  }

  @Test
  void unitMismatch_focusQualifiedOtherwiseWhileTheSentenceCountsItAsAsked_isMarked() {
    Map<String, double[]> x = features("How many human cases has Mexico recorded?",
        "Mexico has recorded more than 9,400 animal cases since late 2024, along with 71 human cases.");

    assertThat(feature(x.get("more than 9,400 animal cases"), "unitMismatch")).isEqualTo(1);
    assertThat(feature(x.get("71 human cases"), "unitMismatch")).isZero();
  }

  @Test
  void unitMismatch_focusQualifiedOtherwiseButNothingCountedAsAsked_isNotMarked() {
    Map<String, double[]> x = features("How many human cases has Mexico recorded?",
        "Mexico has recorded more than 9,400 confirmed cases since late 2024.");

    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).contains("9,400");
      assertThat(feature(e.getValue(), "unitMismatch")).isZero();
    });
  }

  @Test
  void answerLevel_rankingFeaturesOfTheBestCandidate_arePassedOnUnderTheirNames() {
    double[] best = new double[Features.NAMES.size()];
    for (int i = 0; i < best.length; i++) {
      best[i] = 0.01 * (i + 1);
    }

    double[] a = Features.answerLevel(best, AnswerModel.Kind.QUANTITY, 1, Double.NaN, 1, true, false);

    assertThat(a).hasSize(Features.ANSWER_NAMES.size());
    assertThat(Features.ANSWER_NAMES).contains("bm25", "rank", "position", "speaker", "namesReport", "otherSource");
    for (String name : Features.ANSWER_NAMES) {
      if (Features.NAMES.contains(name) && !name.equals("bias")) {
        assertThat(a[Features.ANSWER_NAMES.indexOf(name)]).as(name).isEqualTo(best[Features.NAMES.indexOf(name)]);
      }
    }
  }

  @Test
  void answerLevel_yesNoQuestion_isMarked() {
    double[] best = new double[Features.NAMES.size()];
    int yesNo = Features.ANSWER_NAMES.indexOf("yesNo");

    assertThat(Features.answerLevel(best, AnswerModel.Kind.SENTENCE, 1, Double.NaN, 1, false, true)[yesNo])
        .isEqualTo(1);
    assertThat(Features.answerLevel(best, AnswerModel.Kind.SENTENCE, 1, Double.NaN, 1, false, false)[yesNo])
        .isZero();
  }

  @Test
  void broadPlace_countryForAWhereQuestion_isMarkedAndTheTownIsNot() {
    String sentence = "Skyline Airways, based in Denver, is the fourth-largest carrier in the United States.";
    Map<String, double[]> where = features("Where is Skyline Airways based?", sentence);
    Map<String, double[]> country = features("Which country is Skyline Airways based in?", sentence);

    assertThat(feature(where.get("United States"), "broadPlace")).isEqualTo(1);
    assertThat(feature(where.get("Denver"), "broadPlace")).isZero();
    assertThat(feature(country.get("United States"), "broadPlace")).isZero();
  }

  @Test
  void broadPlace_townWithItsState_isAsNarrowAsTheTown() {
    Map<String, double[]> x = features("Where could the carmaker build a battery plant?",
        "The carmaker could build a battery plant in Lordstown, Ohio, media reported.");

    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).startsWith("Lordstown");
      assertThat(feature(e.getValue(), "broadPlace")).isZero();
    });
  }

  @Test
  void adjacent_perUnitAfterASum_belongsToThatSumNotTheNext() {
    Map<String, double[]> x = features("How much can an adult evacuee claim?",
        "Evacuees can claim emergency payments of $1,250 per adult and $500 per dependent child.");

    assertThat(feature(x.get("$1,250"), "adjacent")).isPositive();
    assertThat(feature(x.get("$500"), "adjacent")).isZero();
  }

  @Test
  void unitMismatch_widerClassOfWhatIsCounted_isHalfAMismatch() {
    Map<String, double[]> x = features("How many ships were waiting at anchor?",
        "Port officials said 37 seagoing vessels were waiting at anchor and 6,500 dockers were on strike.");

    assertThat(feature(x.get("37 seagoing vessels"), "unitMismatch")).isEqualTo(0.5);
    assertThat(feature(x.get("6,500 dockers"), "unitMismatch")).isEqualTo(1);
  }

  @Test
  void extract_partitiveOne_isNoCount() {
    Question q = ANALYZER.analyze("How many customers had their data stolen?");
    List<String> texts = CandidateExtractor.extract(q, passage(
        "Hackers stole data belonging to about 9.4 million customers, one of the largest breaches on record."), 0)
        .stream().map(Candidate::text).toList();

    assertThat(texts).contains("about 9.4 million customers").doesNotContain("one");
  }

  @Test
  void unitFit_measuringQuestion_moneyAndVotesFitNoAge() {
    Map<String, double[]> x = features("How old is the candidate?",
        "The candidate, 61, won 70,115 votes after spending $2 million on the campaign.");

    assertThat(feature(x.get("61"), "unitFit")).isZero();
    assertThat(feature(x.get("70,115 votes"), "unitFit")).isEqualTo(-1);
    assertThat(feature(x.get("$2 million"), "unitFit")).isEqualTo(-1);
  }

  @Test
  void speaker_questionsSpeakerIsTheOneSpeaking_outranksTheSpeakerSpokenTo() {
    String question = "What did Trowbridge tell the court?";
    double speaking = feature(features(question, "\"I am deeply sorry,\" Trowbridge told the court on Monday.")
        .values().iterator().next(), "speaker");
    double spokenTo = feature(features(question, "\"You knew it was not safe,\" the judge told Trowbridge.")
        .values().iterator().next(), "speaker");

    assertThat(speaking).isEqualTo(1);
    assertThat(spokenTo).isGreaterThan(0).isLessThan(speaking);
  }

  /** The speaker feature of the one sentence candidate of {@code question} in a sentence the article attributes. */
  private static double speakerOf(String question, String sentence, List<String> speaker) {
    Passage p = passage(sentence);
    Passage attributed = new Passage(p.citation(), p.sentenceIndex(), p.sentenceCount(), p.paragraph(), sentence,
        p.tokens(), speaker, p.score());
    return feature(features(question, List.of(attributed)).values().iterator().next(), "speaker");
  }

  @Test
  void speaker_someoneElseSpeaksToTheQuestionsSpeaker_isNotMarked() {
    assertThat(speakerOf("What did Trowbridge tell the court?",
        "\"You knew it was not safe,\" the judge told Trowbridge.", List.of("judge"))).isZero();
  }

  @Test
  void speaker_pluralInTheSpeakersTitle_namesTheQuestionsAgent() {
    // The title is a name, so its terms are words ("pilots"), where the question's keyword is a lemma ("pilot").
    assertThat(speakerOf("Why do the pilots say it is time to share?", "\"It is time to share.\"",
        List.of("dahl", "chairman", "swedish", "airline", "pilots", "association"))).isEqualTo(1);
  }

  @Test
  void coverageWithTitle_sentenceOpeningWithAPronoun_countsTheSentenceBefore() {
    String question = "How many jobs does the Tarrow reef support?";
    Passage before = passage("The Tarrow reef stretches along the coast.", 0);
    double pronoun = feature(features(question, List.of(before, passage("It supports about 64,000 jobs.", 1)))
        .get("about 64,000 jobs"), "coverageWithTitle");
    double noun = feature(features(question, List.of(before, passage("Tourism supports about 64,000 jobs.", 1)))
        .get("about 64,000 jobs"), "coverageWithTitle");

    assertThat(pronoun).isGreaterThan(noun);
  }

  @Test
  void coverageWithTitle_outletAndDateTheQuestionNames_countForThatArticle() {
    String question = "According to the Reuters report of March 11, how many trains ran?";
    String text = "The operator ran 212 trains.";
    Passage p = passage(text);
    Passage reuters = new Passage(new Citation("r", "Rail strike", "Reuters", LocalDate.of(2025, 3, 11), null, "r.md"),
        0, 5, 0, text, p.tokens(), List.of(), 1.0);
    Passage afp = new Passage(new Citation("a", "Rail strike", "AFP", LocalDate.of(2025, 3, 14), null, "a.md"),
        0, 5, 0, text, p.tokens(), List.of(), 1.0);

    double named = feature(features(question, List.of(reuters)).get("212 trains"), "coverageWithTitle");
    double other = feature(features(question, List.of(afp)).get("212 trains"), "coverageWithTitle");

    assertThat(named).isGreaterThan(other);
  }

  @Test
  void typeMatch_moneyQuestion_numberInACurrencyTheTaggerMissesMatchesACountDoesNot() {
    Map<String, double[]> x = features("How much will the government pay each family?",
        "The government will pay 200,000 rupees to each of 9,000 families.");

    assertThat(feature(x.get("200,000 rupees"), "typeMatch")).isEqualTo(1);
    assertThat(feature(x.get("9,000 families"), "typeMatch")).isLessThan(0.6);
  }

  @Test
  void typeMatch_moneyQuestion_bareNumberIsWeak() {
    Map<String, double[]> x = features("What were the stolen snuffboxes worth?",
        "The snuffboxes, seven in all, were worth about 4 million euros.");

    assertThat(feature(x.get("about 4 million euros"), "typeMatch")).isEqualTo(1);
    assertThat(feature(x.get("seven"), "typeMatch")).isLessThanOrEqualTo(0.3);
    Map<String, double[]> compound = features("What is the automation contract worth?",
        "The terminal signed a 672-million-dollar automation contract.");
    assertThat(compound.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).contains("672");
      assertThat(feature(e.getValue(), "typeMatch")).isEqualTo(1);
    });
  }

  @Test
  void isA_nameWordNetKnowsAsSomethingElse_isMarkedAgainstAndAnUnknownNameIsNot() {
    Map<String, double[]> x = features("Which city hosts the talks?",
        "Delegates from China met in Geneva, said Tomas Okonkwo of Halvorsen Motors.");

    // WordNet knows Geneva as a city, but this sentence does not call it one: half the evidence.
    assertThat(feature(x.get("Geneva"), "isA")).isEqualTo(0.5);
    assertThat(feature(x.get("China"), "isA")).isEqualTo(-1);
    assertThat(feature(x.get("Halvorsen Motors"), "isA")).isZero();
  }

  @Test
  void isA_passageAlsoCallsTheNameOneOfTheFocus_isFull() {
    Map<String, double[]> x = features("Which city hosts the talks?",
        "The talks are held in the Swiss city of Geneva this week.");

    assertThat(feature(x.get("Geneva"), "isA")).isEqualTo(1);
  }

  @Test
  void typeMatch_howLongQuestion_durationIsAFullMatch() {
    Map<String, double[]> x = features("How long did the strike last?", "The strike lasted 11 days in March.");

    assertThat(feature(x.get("11 days"), "typeMatch")).isEqualTo(1);
  }

  @Test
  void tally_scoreQuestion_marksTheTallyNotTheCount() {
    Map<String, double[]> x = features("What was the final score?",
        "Ireland beat France 31-24 as 51,000 fans watched.");

    assertThat(feature(x.get("31-24"), "tally")).isEqualTo(1);
    assertThat(feature(x.get("51,000 fans"), "tally")).isZero();
  }

  @Test
  void tally_scoreWithHalfPoints_isATally() {
    Map<String, double[]> x = features("What was the score in the playoff?",
        "That gave the Uzbek a 1.5-0.5 win in the playoff.");

    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).startsWith("1.5-0.5");
      assertThat(feature(e.getValue(), "tally")).isEqualTo(1);
    });
  }

  @Test
  void tally_countQuestion_isNotMarked() {
    Map<String, double[]> x = features("How many points did Ireland score?", "Ireland beat France 31-24.");

    assertThat(x.values()).allSatisfy(v -> assertThat(feature(v, "tally")).isZero());
  }

  @Test
  void speaker_howDidTheyRespond_subjectOfAVerbOfResponseIsTheOneResponding() {
    double speaker = feature(features("How did the dockworkers' union respond to the automation deal?",
        "The dockworkers' union FNV Havens reacted angrily to the automation deal.").values().iterator().next(),
        "speaker");

    assertThat(speaker).isEqualTo(1);
  }

  @Test
  void speaker_whyQuestionAccordingToSomeone_looksForThatSpeaker() {
    double speaker = feature(features("Why are the nurses on strike, according to the union's president?",
        "\"We are caring for eight other people at once,\" the union's president said.").values().iterator().next(),
        "speaker");

    assertThat(speaker).isEqualTo(1);
  }

  @Test
  void qualifiedRole_titleWithAnotherModifierOfTheRole_isMarked() {
    Map<String, double[]> x = features("Who is Poland's infrastructure minister?",
        "The train carried Prime Minister Donald Tusk, Infrastructure Minister Dariusz Klimczak and guests.");

    assertThat(feature(x.get("Donald Tusk"), "qualifiedRole")).isEqualTo(1);
    assertThat(feature(x.get("Dariusz Klimczak"), "qualifiedRole")).isZero();
  }

  @Test
  void qualifiedRole_nameBeforeTheRoleInTheQuestion_isNoModifier() {
    Map<String, double[]> x = features("Who is the Venice councillor in charge of tourism?",
        "\"It is a tool,\" said Giulia Marcon, the city councillor responsible for tourism.");

    assertThat(feature(x.get("Giulia Marcon"), "qualifiedRole")).isZero();
  }

  @Test
  void qualifiedRole_roleOfAnotherPlace_isMarkedButItsAbbreviationIsNot() {
    Map<String, double[]> other = features("Who is the president of the United Auto Workers?",
        "The closing drew criticism from Republican U.S. President Donald Trump.");
    Map<String, double[]> same = features("Who is the president of the United Auto Workers?",
        "Delegates cheered UAW President Gary Jones.");

    assertThat(feature(other.get("Donald Trump"), "qualifiedRole")).isEqualTo(1);
    assertThat(feature(same.get("Gary Jones"), "qualifiedRole")).isZero();
  }

  @Test
  void coverage_wordOfASeveralWordNameInsideAnotherName_doesNotCount() {
    Map<String, double[]> x = features("Who is the president of the United Auto Workers?",
        "Joe Biden is the president of the United States.");

    assertThat(feature(x.get("Joe Biden"), "coverage")).isEqualTo(0.25);
  }

  @Test
  void isA_passageCallsTheNameOneOfTheFocus_isMarked() {
    Map<String, double[]> x = features("Which ship hit the tanker?",
        "The tanker was struck by the container ship Kota Ratna, and the Pacific Star stood by.");

    assertThat(feature(x.get("Kota Ratna"), "isA")).isEqualTo(1);
  }

  @Test
  void qualifiedRole_titleOfAnotherCountryInAppositionBeforeTheName_isMarked() {
    Map<String, double[]> x = features("Who is the UK's fisheries minister?",
        "Norway's fisheries minister, Marianne Sivertsen Naess, met Martin Ellery.");

    assertThat(feature(x.get("Marianne Sivertsen Naess"), "qualifiedRole")).isEqualTo(1);
  }
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Who is the president of the maintenance union?  | 0.18
      Who will succeed her as head of the union?      | 0.18
      Who chairs the maintenance union?               | 0.18
      Who is leading the union's talks?               | 0.18
      Who refused to sign the agreement?              | 0.6
      Who organized the march?                        | 0.6
      """)
  void typeMatch_organizationForAPostsHolder_isWeak(String question, double organization) {
    Map<String, double[]> x = features(question,
        "The Rail Workers Union refused to sign the agreement, said Sonia Barros, the union's president.");

    assertThat(feature(x.get("Sonia Barros"), "typeMatch")).isEqualTo(1);
    assertThat(feature(x.get("Rail Workers Union"), "typeMatch")).isCloseTo(organization,
        offset(1e-9));
  }
  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(delimiter = '|', textBlock = """
      How many hectares burned in Italy? | Spain was worst hit, with about 248,000 hectares burned.   | 1
      How many hectares burned in Spain? | Spain was worst hit, with about 248,000 hectares burned.   | 0
      How many hectares burned in Italy? | The fires burned about 248,000 hectares.                   | 0
      How many hectares burned in Italy? | In Italy, as in Spain, about 248,000 hectares burned.       | 0
      """)
  void rivalName_sentenceNamesAnotherPlaceInsteadOfTheQuestions_isMarked(String question, String sentence,
                                                                        double rival) {
    Map<String, double[]> x = features(question, sentence);

    assertThat(feature(x.get("about 248,000 hectares"), "rivalName")).isEqualTo(rival);
  }
  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Australia | Port Vila | 1
      Calabria  | Italy     | 0
      """)
  void rivalName_placeTheArticleNamesElsewhere_isARivalOnlyWhenKnownToLieOutsideIt(String region, String place,
                                                                                   double rival) {
    Map<String, double[]> x = features("How many homes lost power in " + region + "?", List.of(
        passage(region + " sent two planes with relief supplies.", 0),
        passage("About 9,000 homes in " + place + " lost power.", 1)));

    assertThat(feature(x.get("About 9,000 homes"), "rivalName")).isEqualTo(rival);
  }

  @Test
  void rivalName_placeInsideTheQuestionsPlaceThatTheArticleNames_isNoRival() {
    String question = "Who is the mayor paying families to move to Calabria?";
    String mayor = "Mayor Giuseppina Carbone said 4,300 families near Cosenza had applied.";
    Map<String, double[]> alone = features(question, mayor);
    Map<String, double[]> withRegion = features(question, List.of(
        passage("Villages in Calabria are paying families to move there.", 0), passage(mayor, 1)));

    assertThat(feature(alone.get("Giuseppina Carbone"), "rivalName")).isEqualTo(1);
    assertThat(feature(withRegion.get("Giuseppina Carbone"), "rivalName")).isEqualTo(0);
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(delimiter = '|', textBlock = """
      What percentage of workers backed the union? | Some 71 per cent of workers backed the union.  | Some 71 per cent       | 0
      What ransom did the hackers demand?          | The hackers demanded 50 million euros.         | 50 million euros       | 0
      What compensation will each family get?      | Each family will get 200,000 rupees.           | 200,000 rupees         | 0
      How many ships did the storm damage?         | The storm damaged 40 homes.                    | 40 homes               | 1
      """)
  void unitMismatch_howAShareOrSumIsWritten_isNoOtherUnit(String question, String sentence, String span,
                                                         double mismatch) {
    assertThat(feature(features(question, sentence).get(span), "unitMismatch")).isEqualTo(mismatch);
  }

  @Test
  void unitMismatch_amountOfStuffInItsUnits_isNoMismatch() {
    Map<String, double[]> x = features("How much copper did the mine produce last year?",
        "The mine produced 412,000 tonnes of copper last year and employed 2,300 workers.");

    assertThat(feature(x.get("412,000 tonnes"), "unitMismatch")).isZero();
    assertThat(feature(x.get("2,300 workers"), "unitMismatch")).isEqualTo(1);
  }

  @Test
  void unitMismatch_peopleNamedByAnotherRole_isHalfAMismatch() {
    Map<String, double[]> x = features("How many stargazers signed up for the campaign?",
        "More than 1,400 amateur observers in 62 countries signed up for the campaign.");

    assertThat(feature(x.get("More than 1,400 amateur observers"), "unitMismatch")).isEqualTo(0.5);
    assertThat(feature(x.get("62 countries"), "unitMismatch")).isEqualTo(1);
    Map<String, double[]> crowd = features("How big was the crowd at the race?",
        "About 48,000 spectators watched the race, which ran over 36 laps.");
    assertThat(feature(crowd.get("About 48,000 spectators"), "unitMismatch")).isEqualTo(0.5);
    assertThat(feature(crowd.get("over 36 laps"), "unitMismatch")).isEqualTo(1);
  }

  @Test
  void unitMismatch_unitMeasuringTheQualityAsked_isNoMismatch() {
    Map<String, double[]> x = features("What level of the drug was found in her sample?",
        "Tests found 1,640 nanograms per millilitre of the drug in her sample.");

    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).contains("nanograms");
      assertThat(feature(e.getValue(), "unitMismatch")).isZero();
    });
    Map<String, double[]> capacity = features("What is the capacity of the new plant?",
        "The company will build a 650-megawatt power plant near the capital.");
    assertThat(capacity.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).contains("650-megawatt");
      assertThat(feature(e.getValue(), "unitMismatch")).isZero();
    });
  }

  @Test
  void unitFit_ageInCommasForAQuestionNotAboutAge_isAnotherMeasure() {
    String sentence = "Haugland, 28, said the sample held 1,640 nanograms per millilitre.";

    assertThat(feature(features("What level of the drug was found in the sample?", sentence).get("28"), "unitFit"))
        .isEqualTo(-1);
    assertThat(feature(features("How old is Haugland?", sentence).get("28"), "unitFit")).isNotNegative();
  }

  @Test
  void sourceClause_countInTheClauseOfTheSourceAsked_isMarkedAndTheOtherClausesCountIsNot() {
    Map<String, double[]> x = features("How many people marched according to the police?",
        "Organisers said about 90,000 people marched, while the police put the figure at 28,000.");

    assertThat(feature(x.get("28,000"), "sourceClause")).isEqualTo(1);
    assertThat(feature(x.get("about 90,000 people"), "sourceClause")).isZero();
    assertThat(feature(x.get("about 90,000 people"), "otherSource")).isEqualTo(1);
  }

  @Test
  void sourceClause_sentenceNotNamingTheSource_isNeutral() {
    Map<String, double[]> x = features("How many people marched according to the police?",
        "Organisers said about 90,000 people marched through the capital.");

    assertThat(feature(x.get("about 90,000 people"), "sourceClause")).isZero();
    assertThat(feature(x.get("about 90,000 people"), "otherSource")).isZero();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      The train was going at 47 mph when it left the rails.          | 47 mph                  | 1
      The train was going at 118 km/h when it left the rails.        | 118 km/h                | 1
      The train was going at about 60 kilometres per hour.           | about 60 kilometres     | 1
      The train left the rails about 30 km from the city.            | about 30 km             | -1
      """)
  void unitFit_howFast_aSpeedFitsAndALengthDoesNot(String sentence, String span, double fit) {
    assertThat(features("How fast was the train going?", sentence).entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).startsWith(span);
      assertThat(feature(e.getValue(), "unitFit")).isEqualTo(fit);
    });
  }

  @Test
  void pastFigure_relativeClauseAboutAnEarlierYearsEvent_isMarked() {
    Map<String, double[]> x = features("How many people did the earthquake kill?",
        "It was the strongest quake since the earthquake of September 2018, which killed 43 people.");

    assertThat(feature(x.get("43 people"), "pastFigure")).isEqualTo(1);
  }

  @Test
  void pastFigure_figureOfAnEarlierYearForAQuestionThatNamesNone_isMarked() {
    Map<String, double[]> past = features("How many people have died in the outbreak?",
        "An outbreak in 2019 killed more than 1,700 people.");
    Map<String, double[]> now = features("How many people have died in the outbreak?",
        "The outbreak has killed 57 people so far.");

    assertThat(feature(past.get("more than 1,700 people"), "pastFigure")).isEqualTo(1);
    assertThat(feature(now.get("57 people"), "pastFigure")).isZero();
  }

  @Test
  void unitFit_ageOfAnotherPersonWhenTheTaggerMissesTheName_isAnotherMeasure() {
    // The tagger reads "Sofia" as the city; the name is still a person's.
    Map<String, double[]> x = features("How old is Sofia Bergström?", "Maria Lind, 34, said the talks would go on.");

    assertThat(feature(x.get("34"), "unitFit")).isEqualTo(-1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      How old is the Kartal mayor who was detained? | Mayor Selin Aydoğan, 49, of the opposition CHP, was taken from her home. | 49
      how old is the mayor of przedecz              | "We want a fund for damaged houses," said Przedecz mayor Agnieszka Wróbel, 44. | 44
      how old is the meranti ceo                    | Meranti chief executive Darren Teo, 53, told a press briefing in Bangkok. | 53
      """)
  void unitFit_whosePostTheQuestionNames_isNoPersonWhoseAgeIsAsked(String question, String sentence, String age) {
    // The tagger may read the place or the company a post belongs to as a person; the age follows the holder's name.
    assertThat(feature(features(question, sentence).get(age), "unitFit")).isNotNegative();
  }

  @Test
  void typeMatch_nameTheTaggerMissedWhereNewsPutsAPerson_fitsAWhoQuestion() {
    Map<String, double[]> x = features("Who leads the workers' union at the plant?", "\"There is no other factory in "
        + "Bouaké that will take us,\" said Awa Traoré, 41, secretary general of the workers' union at the plant.");
    Map<String, double[]> company = features("Who will run the combined co-op?",
        "Barrow Suir Dairies will run the combined co-op from Thurles.");

    assertThat(feature(x.get("Awa Traoré"), "typeMatch")).isEqualTo(1);
    assertThat(feature(company.get("Barrow Suir Dairies"), "typeMatch")).isLessThan(1);
  }

  @Test
  void unitFit_untaggedCompanyNameInTheQuestion_isNoPersonWhoseAgeIsAsked() {
    // The tagger tags neither the question's nor the sentence's "Suryavanshi Photovoltaics".
    Map<String, double[]> x = features("How old is the chairman of Suryavanshi Photovoltaics?",
        "Vikram Desai, 61, chairman of Gujarat-based Suryavanshi Photovoltaics, said the duty was overdue.");

    assertThat(feature(x.get("61"), "unitFit")).isNotNegative();
  }

  @Test
  void focusNear_nameGivenByKnownAs_isMarkedForANameQuestion() {
    Map<String, double[]> x = features("What is the local name of Typhoon Kalasag?",
        "Kalasag, known locally as Ramil, made landfall on Monday.");

    assertThat(x.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).isEqualTo("Ramil");
      assertThat(feature(e.getValue(), "focusNear")).isEqualTo(1);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      By June 1, how many suspects were being held?                 | 1
      In the Wire's report, how many suspects were being held?      | 1
      By June 3, how many suspects were being held?                 | 0
      How many suspects were being held?                            | 0
      """)
  void namesReport_questionNamingTheArticlesDayOrOutlet_isMarked(String question, double marked) {
    Map<String, double[]> x = features(question, "Police were holding 23 suspects.");

    assertThat(feature(x.get("23 suspects"), "namesReport")).isEqualTo(marked);
  }

  @Test
  void unitFit_lengthOfWhatFollowsAUnitOfTime_isNoAge() {
    Map<String, double[]> x = features("How old is the president?",
        "Parliament approved a 12-month trial of a four-day working week.");

    assertThat(x.values()).noneMatch(v -> feature(v, "unitFit") == 1);
  }

  @Test
  void subject_passiveQuestion_marksTheSubjectOfTheParticipleAndTheSubjectOfAnotherDeed() {
    Map<String, double[]> x = features("How many people were evacuated?",
        "Two people have died and about 3,400 have been evacuated from their homes.");

    assertThat(feature(x.get("about 3,400"), "subject")).isEqualTo(1);
    assertThat(feature(x.get("Two people"), "subject")).isZero();
    assertThat(feature(x.get("Two people"), "otherSubject")).isEqualTo(1);
  }

  @Test
  void subject_countBeforeAVerbOfSaying_isNoSubjectOfAnotherDeed() {
    Map<String, double[]> x = features("How many people were evacuated?",
        "About 3,400 people say they were evacuated without warning.");

    assertThat(feature(x.get("About 3,400 people"), "subject")).isZero();
    assertThat(feature(x.get("About 3,400 people"), "otherSubject")).isZero();
  }

  @Test
  void verbBefore_dateOfTheQuestionsDeed_isMarkedAndTheOtherDeedsIsMarkedOther() {
    Map<String, double[]> x = features("In which year was the warship raised from the harbour?",
        "The warship sank on its maiden voyage in 1628 and was raised from the harbour in 1961.");

    assertThat(feature(x.get("1961"), "verbBefore")).isEqualTo(1);
    assertThat(feature(x.get("1628"), "verbBefore")).isZero();
    assertThat(feature(x.get("1628"), "otherVerbBefore")).isEqualTo(1);
  }

  @Test
  void verbBefore_figureVerbOrAClauseOfItsOwn_isNoOtherDeed() {
    Map<String, double[]> x = features("How many people were detained?",
        "At least 38 people were injured and 74 were detained, as the toll rose to 41.");

    assertThat(feature(x.get("74"), "verbBefore")).isZero();
    assertThat(feature(x.get("41"), "verbBefore")).isZero();
    assertThat(feature(x.get("74"), "otherVerbBefore")).isZero();
    assertThat(feature(x.get("41"), "otherVerbBefore")).isZero();
  }

  @Test
  void countsForWhich_countOfThingsForAWhichQuestion_isMarkedButAName() {
    Question q = ANALYZER.analyze("Which heater series did the company recall?");
    Passage p = passage("The company recalled 2.4 million heaters from its Danran series.");
    Features f = new Features(q, retrieval(q, List.of(p)), SharedLexicon.get());
    Map<String, Boolean> counts = new HashMap<>();
    CandidateExtractor.extract(q, p, 0).forEach(c -> counts.put(c.text(), f.countsForWhich(c)));

    assertThat(counts).containsEntry("2.4 million heaters", true);
    assertThat(counts).containsValue(false);
  }

  @Test
  void countsAMeasure_mistypedUnitAsTheFocus_isTheUnitTheArticlesSpell() {
    Question q = ANALYZER.analyze("how many hectars of vines were damaged");
    Passage p = passage("About 1,150 hectares of vines were damaged by the frost.");
    Retrieval plain = retrieval(q, List.of(p));
    Map<String, Set<String>> expansions = new HashMap<>(plain.expansions());
    // As the retriever respells a keyword no article and no dictionary knows.
    expansions.put("hectar", Set.of("hectar", "hectare"));
    Features f = new Features(q, new Retrieval(List.of(p), plain.idf(), expansions, Set.of("hectar"), Set.of()),
        SharedLexicon.get());

    assertThat(CandidateExtractor.extract(q, p, 0)).anySatisfy(c -> {
      assertThat(c.text()).isEqualTo("About 1,150 hectares");
      assertThat(f.countsAMeasure(c)).isFalse();
    });
  }

  @Test
  void countsForWhich_measureForAWhatQuestionAboutTheFocus_isNotMarked() {
    Question q = ANALYZER.analyze("What was the peak electricity demand on Monday?");
    Passage p = passage("Electricity demand peaked at 87,412 megawatts on Monday.");
    Features f = new Features(q, retrieval(q, List.of(p)), SharedLexicon.get());

    assertThat(CandidateExtractor.extract(q, p, 0)).anySatisfy(c -> {
      assertThat(c.text()).isEqualTo("87,412 megawatts");
      assertThat(f.countsForWhich(c)).isFalse();
    });
  }

  @Test
  void focusNear_appositionAfterTheName_isMarked() {
    Map<String, double[]> x = features("What is the capital of Australia?",
        "Canberra, the capital of Australia, hosted talks with ministers from Kigali.");

    assertThat(feature(x.get("Canberra"), "focusNear")).isEqualTo(1);
    assertThat(feature(x.get("Kigali"), "focusNear")).isZero();
  }
}
