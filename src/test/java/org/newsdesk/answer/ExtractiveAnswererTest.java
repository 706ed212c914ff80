package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.index.IndexFixture.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.Citation;
import org.newsdesk.search.Passage;

/**
 * Candidates that cannot answer a question never reach the ranking, whatever their scores would be, and a sentence
 * answer comes with the rest of the quotation it belongs to.
 */
class ExtractiveAnswererTest {

  @TempDir
  static Path dir;

  private static Desk desk;

  @BeforeAll
  static void open() {
    desk = Desk.open(dir.resolve("index"), List.of(
        article("boc-rates", "Bank of Canada cuts rates again", LocalDate.of(2025, 3, 12),
            "Senior Deputy Governor Carolyn Rogers said the Bank of Canada would watch tariffs closely.",
            "\"We are facing a new crisis,\" Governor Tiff Macklem told reporters in Ottawa."),
        article("osaka-vote", "Osaka elects a new mayor", LocalDate.of(2025, 4, 7),
            "Mayor Kenji Hayashi won 412,000 votes, and the rival campaign spent $2 million on advertising.",
            "A third candidate, lawyer Akiko Fujita, won 70,115 votes."),
        article("pilot-strike", "Pilots strike at Nordic Air", LocalDate.of(2025, 6, 2),
            "Chief Executive Annika Berg said the airline could not afford the pilots' demands.",
            "\"A 12% increase would wipe out our profit margin,\" Berg told broadcaster SVT.",
            "Union leader Henrik Dahl called the offer an insult.",
            "\"We have waited long enough,\" said Lars Holm, a pilot for 20 years. \"We will not back down.\"",
            "Smoke rose over the harbour on Monday. \"There were more than 300 tremors on Sunday alone. The ground is "
                + "swelling,\" said Hadi Wijaya, head of the volcano agency."),
        article("paper-paywall", "Madrid daily keeps its paywall", LocalDate.of(2026, 2, 20),
            "Publisher Ana Ruiz told analysts the daily would keep its paywall. \"We knew the first year would hurt. "
                + "But giving everything away was slowly killing us,\" she said. Subscriptions rose in January."),
        article("mud-mosque", "Clay mosque listed as heritage", LocalDate.of(2025, 9, 1),
            "Architect Ousmane Diallo said the cement patches were trapping moisture in the clay walls. \"Cement "
                + "and earth do not live well together,\" he said."),
        article("zagreb-verdict", "Former minister jailed in Zagreb", LocalDate.of(2025, 10, 3),
            "Petrovic, who denied the charges, showed no emotion as the verdict was read.",
            "His lawyer, Davor Loncar, said he would appeal to the Supreme Court."),
        article("snap-poll", "President calls a snap poll", LocalDate.of(2025, 12, 4),
            "\"I did not take this decision lightly. But a country cannot be governed for a year without a budget. "
                + "The only honest way out is to give the word back to the voters,\" President Lobo said."),
        article("summit-cities", "Ministers meet in Africa and Australia", LocalDate.of(2025, 5, 20),
            "Trade ministers met in Kigali and Abuja this spring.",
            "Canberra, the capital of Australia, will host the next round.",
            "Nouméa, the capital of New Caledonia, hosted the first round.",
            "Australia's closest big neighbour is Indonesia."),
        article("fish-talks", "Norway and the Faroes agree quotas", LocalDate.of(2025, 12, 5),
            "The talks, the 48th round since the first agreement in 1978, ended in Tórshavn on Friday.",
            "The deal lets Faroese boats catch up to 110,000 tonnes of blue whiting in Norwegian waters."),
        article("giro-stage", "Haddock loses the pink jersey", LocalDate.of(2025, 5, 27),
            "Tom Haddock lost the pink jersey of the Giro on Tuesday after cracking on the last climb.",
            "\"It's a bad day, not a bad Giro,\" Haddock said at the finish.",
            "\"We lost time on the climb. Tomorrow we attack again,\" said team director Marco Villa. The team has "
                + "won two stages."),
        article("morocco-tourism", "Morocco tourism at a record", LocalDate.of(2025, 1, 9),
            "Morocco earned a record from tourism last year as 17.4 million visitors arrived, the ministry said.",
            "Receipts rose to about 112 billion dirhams, up 7% on the year before."),
        article("gm-plant", "GM ends production at Lordstown", LocalDate.of(2019, 3, 13),
            "GM Chief Executive Mary Barra has said the cuts will help the company's long-term financial stability."),
        article("solar-duty", "Philippines imposes duty on solar panels", LocalDate.of(2025, 7, 1),
            "Developers reacted angrily. The solar alliance said the duty would delay or cancel plants.",
            "The industry's suppliers were furious. They said the duty would cost jobs.",
            "The only earlier tariff, on steel, was withdrawn in 2019 amid weak sales and legal challenges. "
                + "Its fate has made officials wary of tariffs ever since.",
            "Resort operator Alpine Resorts said its team had judged the slope safe.",
            "\"Our team followed every procedure,\" the company said.",
            "The alliance represents 40 developers. Its president, Miguel Dizon, said the duty was unfair."),
        article("mine-blast", "Methane blast at Polish coal mine", LocalDate.of(2025, 3, 4),
            "The blast killed miners working about 20 kilometres from the shaft, and four miners died in hospital.",
            "A 280-meter tunnel collapsed, and the miners work 32 hours over a four-day week at odds of 40-1.",
            "A 51-year-old foreman was among 12 miners injured in the blast."),
        article("dairy-forecast", "Dairy co-operative cuts milk price forecast", LocalDate.of(2025, 5, 28),
            "The co-operative cut its forecast to 8.15 per kilogram of milk solids at 14.20 on Wednesday.",
            "About 3,800 farmers supply the co-operative, which says it fed 12.4mn people last year.",
            "Its bond offer was subscribed 61.3 times over.")));
  }

  @AfterAll
  static void close() throws IOException {
    desk.close();
  }

  private static List<String> candidates(String question) {
    return desk.answerer().score(question).candidates().stream().map(sc -> sc.candidate().text()).toList();
  }

  @Test
  void candidates_articleAboutTheWholeQuestion_isReadPastTheBestPassages() {
    Question q = new QuestionAnalyzer(SharedPipeline.get(), SharedLexicon.get())
        .analyze("How old is the chief executive of Wattle Air?");
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      String age = String.valueOf(30 + i % 20);
      passages.add(passage("carrier-" + i, "Carrier results", 0, "Chief executive Dana Reyes, " + age + ", said."));
    }
    passages.add(passage("wattle", "Wattle Air grounds nine jets", 2, "Chief executive Megan Thorburn, 52, said."));
    // An article that names Wattle Air in passing covers every keyword too, but is about something else.
    passages.add(passage("rival", "Rival carrier results", 0, "Rivals such as Wattle Air cut fares."));
    passages.add(passage("rival", "Rival carrier results", 1, "Chief executive Ola Berg, 61, said."));
    Map<String, Double> idf = Map.of("wattle", 8.0, "air", 4.0, "chief", 3.0, "executive", 3.0);
    Map<String, Set<String>> expansions = new HashMap<>();
    q.keywords().forEach(kw -> expansions.put(kw, Set.of(kw)));
    Retrieval r = new Retrieval(passages, idf, expansions, Set.of(), Set.of());

    List<String> texts = ExtractiveAnswerer.candidates(q, r, new Features(q, r, SharedLexicon.get())).stream()
        .map(Candidate::text).toList();

    // All come after the best 40; only the article whose title names Wattle Air is read.
    assertThat(q.keywords()).containsExactlyInAnyOrder("chief", "executive", "wattle", "air");
    assertThat(texts).contains("52").doesNotContain("61");
  }

  /** Sentence {@code index} of an article, annotated by the real pipeline. */
  private static Passage passage(String articleId, String title, int index, String text) {
    Citation citation = new Citation(articleId, title, "Wire", LocalDate.of(2025, 3, 18), null, articleId + ".txt");
    return new Passage(citation, index, 3, 0, text, SharedPipeline.get().annotate(text).get(0).tokens(), List.of(),
        1.0);
  }

  @Test
  void score_deputyOfTheRoleAsked_isNoCandidate() {
    assertThat(candidates("Who is the governor of the Bank of Canada?")).contains("Tiff Macklem")
        .doesNotContain("Carolyn Rogers");
  }

  @Test
  void score_countOfSomethingElseOrMoney_isNoAnswerToHowOld() {
    assertThat(candidates("How old is Akiko Fujita?")).doesNotContain("70,115 votes", "412,000 votes",
        "$2 million");
  }

  @Test
  void score_nameTheTextNeverCallsTheFocus_isNoAnswerToADefinition() {
    // WordNet knows Abuja as Nigeria's capital, but no article says so.
    assertThat(candidates("What is the capital of Nigeria?")).doesNotContain("Abuja", "Kigali");
    assertThat(candidates("What is the capital of Australia?")).contains("Canberra");
  }

  @Test
  void score_whichOneOfASeries_isAnsweredByTheOrdinalWithItsNoun() {
    assertThat(candidates("Which round of talks was this between Norway and the Faroes?")).first()
        .isEqualTo("48th round");
    // The rank of another noun says nothing of which one it was.
    assertThat(candidates("Which agreement did the talks follow?")).contains("first agreement")
        .doesNotContain("48th round");
  }

  @Test
  void score_nameTheTextCallsTheFocusOfAnotherPlace_isNoAnswerToADefinition() {
    assertThat(candidates("What is the capital of Australia?")).doesNotContain("Nouméa");
    assertThat(candidates("What is the capital of New Caledonia?")).contains("Nouméa").doesNotContain("Canberra");
  }

  @Test
  void score_nameWordNetKnowsAsSomethingElse_isNoAnswerToADefinition() {
    // Indonesia follows a copula in a sentence about Australia, but WordNet knows it as a country, not a capital.
    assertThat(candidates("What is the capital of Australia?")).contains("Canberra").doesNotContain("Indonesia");
  }

  @Test
  void score_whatSomeoneSaid_noSentenceWithoutSpeechOnceTheArticlesQuoteThem() {
    List<String> candidates = candidates("What did Tom Haddock say after losing the pink jersey?");

    assertThat(candidates).first().isEqualTo("\"It's a bad day, not a bad Giro,\" Haddock said at the finish.");
    assertThat(candidates).doesNotContain(
        "Tom Haddock lost the pink jersey of the Giro on Tuesday after cracking on the last climb.");
  }

  @Test
  void score_countOfSomethingElse_isNoCandidateOnceTheArticlesGiveASum() {
    assertThat(candidates("How much did Morocco earn from tourism last year?")).contains("about 112 billion dirhams")
        .doesNotContain("17.4 million visitors");
  }

  @Test
  void score_titleAndNameTaggedAsOneOrganization_givesThePersonFirst() {
    // The tagger runs "GM Chief Executive Mary Barra" into one organization; the pipeline takes the name back out.
    assertThat(candidates("Who is GM's chief executive?")).first().isEqualTo("Mary Barra");
    assertThat(candidates("Who is GM's chief executive?")).doesNotContain("GM Chief Executive Mary Barra");
  }

  @Test
  void score_fraction_isNoCountOfThings() {
    assertThat(candidates("How many farmers supply the dairy co-operative?")).contains("About 3,800 farmers")
        .doesNotContain("8.15", "14.20");
    assertThat(candidates("How many people did the dairy co-operative feed last year?")).contains("12.4mn people");
    assertThat(candidates("How many times over was the co-operative's bond offer subscribed?")).contains("61.3 times");
  }

  @Test
  void score_measure_isNoCountOfPeople() {
    assertThat(candidates("How many miners were killed in the methane blast?")).contains("four miners")
        .doesNotContain("about 20 kilometres", "280-meter tunnel", "40-1");
    assertThat(candidates("How many hours a week do the miners work?")).contains("32 hours")
        .doesNotContain("four-day week");
  }

  @Test
  void score_fractionForADeathToll_isNoCount() {
    assertThat(candidates("What was the death toll of the methane blast?")).doesNotContain("40-1");
    assertThat(candidates("What was the number of miners injured in the blast?")).contains("12 miners")
        .doesNotContain("51-year-old foreman");
  }

  @Test
  void score_age_isNoCountOfPeople() {
    assertThat(candidates("How many miners were injured in the methane blast?")).contains("12 miners")
        .doesNotContain("51-year-old foreman");
  }

  @Test
  void score_requestToMakeSomethingUp_hasNoCandidates() {
    assertThat(candidates("Write a short poem about the smoke over the harbour")).isEmpty();
    assertThat(candidates("What rose over the harbour?")).isNotEmpty();
  }

  @Test
  void asksDefinition_whatIsTheFocusOfAName_only() {
    QuestionAnalyzer analyzer = new QuestionAnalyzer(org.newsdesk.nlp.SharedPipeline.get(), SharedLexicon.get());

    assertThat(ExtractiveAnswerer.asksDefinition(analyzer.analyze("What is the capital of Australia?"))).isTrue();
    assertThat(ExtractiveAnswerer.asksDefinition(analyzer.analyze("Which city hosts the talks?"))).isFalse();
    assertThat(ExtractiveAnswerer.asksDefinition(analyzer.analyze("What was the magnitude of the quake?")))
        .isFalse();
  }

  /** The reply text when the sentence that starts with {@code start} is the answer to {@code question}. */
  private static String sentenceReply(String question, String start) {
    ExtractiveAnswerer.Scored s = desk.answerer().score(question);
    ExtractiveAnswerer.ScoredCandidate sentence = s.candidates().stream()
        .filter(sc -> sc.candidate().tag().equals(CandidateExtractor.SENTENCE)
            && sc.candidate().passage().text().startsWith(start))
        .findFirst().orElseThrow();
    return desk.answerer().replyText(sentence, s.candidates());
  }

  @Test
  void replyText_speakerQuotedInTheNextParagraph_goesOnWithTheQuotation() {
    assertThat(sentenceReply("What reason did Nordic Air's chief executive give for rejecting the demands?",
        "Chief Executive")).endsWith("\"A 12% increase would wipe out our profit margin,\" Berg told broadcaster SVT.");
  }

  @Test
  void replyText_shortLeadIn_goesOnWithTheSentenceItAnnounces() {
    assertThat(sentenceReply("How did developers react to the solar duty?", "Developers reacted"))
        .isEqualTo("Developers reacted angrily. The solar alliance said the duty would delay or cancel plants.");
  }

  @Test
  void replyText_shortLeadInWithAPossessive_goesOnToo() {
    // The apostrophe of "industry's" opens no quotation.
    assertThat(sentenceReply("How did the industry's suppliers react?", "The industry"))
        .isEqualTo("The industry's suppliers were furious. They said the duty would cost jobs.");
  }

  @Test
  void replyText_sentenceReferringBack_comesWithTheSentenceItRefersTo() {
    assertThat(sentenceReply("Why are officials wary of tariffs?", "Its fate"))
        .startsWith("The only earlier tariff, on steel, was withdrawn in 2019").endsWith("ever since.");
  }

  @Test
  void replyText_sentenceReferringBackButNamingItsSpeaker_standsAlone() {
    assertThat(sentenceReply("What did the alliance's president say about the duty?", "Its president"))
        .isEqualTo("Its president, Miguel Dizon, said the duty was unfair.");
  }

  @Test
  void replyText_reportOfSpeech_goesOnWithTheWordsQuotedInTheNextParagraph() {
    assertThat(sentenceReply("What did the resort operator say about the slope?", "Resort operator"))
        .endsWith("\"Our team followed every procedure,\" the company said.");
  }

  @Test
  void replyText_anotherSpeakerQuotedInTheNextParagraph_isLeftOut() {
    assertThat(sentenceReply("What did the union leader call the offer?", "Union leader"))
        .isEqualTo("Union leader Henrik Dahl called the offer an insult.");
  }

  @Test
  void replyText_sentenceEndingAQuotationOpenedBefore_startsWhereTheQuotationDoes() {
    assertThat(sentenceReply("What did Hadi Wijaya say about the ground?", "The ground"))
        .startsWith("\"There were more than 300 tremors on Sunday alone.");
  }

  @Test
  void replyText_sentenceOpeningAQuotationItLeavesOpen_goesOnWhereTheQuotationDoes() {
    assertThat(sentenceReply("What did the team director say about the climb?", "\"We lost time"))
        .isEqualTo("\"We lost time on the climb. Tomorrow we attack again,\" said team director Marco Villa.");
  }

  @Test
  void replyText_sentenceClosingAQuotation_endsThere() {
    assertThat(sentenceReply("What did the team director say about attacking?", "Tomorrow"))
        .isEqualTo("\"We lost time on the climb. Tomorrow we attack again,\" said team director Marco Villa.");
  }

  @Test
  void replyText_quotationTheNextSentenceLeavesOpen_goesOnToItsEnd() {
    assertThat(sentenceReply("Why will the Madrid daily keep its paywall?", "Publisher Ana Ruiz"))
        .endsWith("But giving everything away was slowly killing us,\" she said.");
  }

  @Test
  void replyText_quotationAttributedToAPronoun_comesWithTheSentenceNamingTheSpeaker() {
    assertThat(sentenceReply("What did the architect say about the clay?", "\"Cement"))
        .startsWith("Architect Ousmane Diallo said the cement patches were trapping moisture");
  }

  @Test
  void replyText_nextSentenceReferringBack_goesOnWithIt() {
    assertThat(sentenceReply("How did the defence react to the Zagreb verdict?", "Petrovic"))
        .endsWith("His lawyer, Davor Loncar, said he would appeal to the Supreme Court.");
  }

  @Test
  void replyText_sentenceEndingAQuotationOpenedSentencesBefore_startsWhereTheQuotationDoes() {
    assertThat(sentenceReply("Why did President Lobo call a snap poll?", "The only honest way"))
        .startsWith("\"I did not take this decision lightly.").endsWith("President Lobo said.");
  }

  @Test
  void replyText_quotationGoingOnAfterItsAttribution_comesWithTheSentenceNamingTheSpeaker() {
    assertThat(sentenceReply("What did Lars Holm say about backing down?", "\"We will not"))
        .isEqualTo("\"We have waited long enough,\" said Lars Holm, a pilot for 20 years. \"We will not back down.\"");
  }
}
