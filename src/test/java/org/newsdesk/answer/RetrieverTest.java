package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.nlp.SharedPipeline;

class RetrieverTest extends AnswererTestBase {

  @Test
  void retrieve_realWordTheArticlesNeverUse_isUnknownNotMatchedFuzzily() {
    Retrieval r = desk.answerer().score("was there a joke about the ferry").retrieval();

    assertThat(r.fuzzy()).doesNotContain("joke");
    assertThat(r.unknown()).contains("joke");
  }

  @Test
  void retrieve_misspelledWord_isMatchedFuzzily() {
    Retrieval r = desk.answerer().score("How many pasengers were stranded in Dover?").retrieval();

    assertThat(r.fuzzy()).contains("pasenger");
    assertThat(r.unknown()).doesNotContain("pasenger");
  }

  @Test
  void retrieve_nameTypedInLowerCase_isSearchedAsTyped() {
    // Tagged as a plural noun, "hastings" has the lemma "hasting", which no article uses.
    Retrieval r = desk.answerer().score("how many homes did cyclone nadia flood near hastings").retrieval();

    assertThat(r.expansions().get("hasting")).contains("hastings");
    assertThat(r.unknown()).isEmpty();
    assertThat(r.passages().get(0).articleId()).isEqualTo("cyclone-nadia");
    assertThat(r.passages().get(0).sentenceIndex()).isZero();
  }

  @Test
  void retrieve_nameTypedInLowerCaseWhoseLemmaIsAnotherName_isSearchedAsTypedToo() {
    // "brookes" has the lemma "brooke", the founder's name in one sentence; the chain's name is in more.
    Retrieval r = desk.answerer().score("how many stores will brookes close").retrieval();

    assertThat(r.expansions().get("brooke")).contains("brookes");
    assertThat(r.passages().get(0).articleId()).isEqualTo("brookes-closures");
    assertThat(r.passages().get(0).sentenceIndex()).isZero();
  }

  @Test
  void retrieve_adjectiveTheArticlesNeverUse_findsTheNounItPertainsTo() {
    Retrieval r = desk.answerer().score("What share of Halvorsen's cars are Mexican?").retrieval();

    assertThat(r.expansions().get("mexican")).contains("mexico");
    assertThat(r.unknown()).doesNotContain("mexican");
    assertThat(r.passages().get(0).articleId()).isEqualTo("halvorsen-strike");
    assertThat(r.passages().get(0).sentenceIndex()).isEqualTo(5);
  }

  @Test
  void retrieve_nameTheArticleGivesOnlyByItsInitials_initialsCoverTheNamesWords() {
    ExtractiveAnswerer.Scored s = desk.answerer().score("Who is the Northern Auto Union's negotiator?");

    assertThat(s.retrieval().expansions().get("union")).contains("nau");
    ExtractiveAnswerer.ScoredCandidate best = s.candidates().get(0);
    assertThat(best.candidate().text()).isEqualTo("Priya Raman");
    // "NAU negotiator Priya Raman" says every keyword: the initials stand for "Northern Auto Union".
    assertThat(best.features()[Features.NAMES.indexOf("coverage")]).isEqualTo(1.0);
  }

  @Test
  void acronyms_nameOfThreeNounsOrMore_givesItsInitialsForItsWords() {
    QuestionAnalyzer analyzer = new QuestionAnalyzer(SharedPipeline.get(), SharedLexicon.get());

    assertThat(Retriever.acronyms(analyzer.analyze("Who heads the Assam State Disaster Management Authority?")))
        .containsEntry("asdma", java.util.List.of("assam", "state", "disaster", "management", "authority"));
    assertThat(Retriever.acronyms(analyzer.analyze("Who governs the Bank of England?"))).isEmpty();
    assertThat(Retriever.acronyms(analyzer.analyze("What did the Food and Agriculture Organization say?")))
        .containsKeys("fao", "faao");
    assertThat(Retriever.acronyms(analyzer.analyze("Who leads the Canadian Cabin Crew Union?")))
        .containsEntry("cccu", java.util.List.of("canadian", "cabin", "crew", "union"));
  }

  @Test
  void retrieve_wordOnlyATitleUses_isSearchedAndKnown() {
    // Only the title of the trade-talks article says "African"; its text names the cities.
    Retrieval r = desk.answerer().score("Where will the African trade talks be held?").retrieval();

    assertThat(r.unknown()).doesNotContain("african");
    assertThat(r.passages().get(0).articleId()).isEqualTo("trade-talks");
    assertThat(r.passages().get(0).sentenceIndex()).isZero();
  }
}
