package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.index.IndexFixture.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.corpus.Article;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.Passage;

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
  void retrieve_misspelledWord_countsAsTheWordThePassagesSpellRight() {
    Retrieval r = desk.answerer().score("How many pasengers were stranded in Dover?").retrieval();

    assertThat(r.expansions().get("pasenger")).contains("passenger", "passengers");
  }

  @Test
  void retrieve_weakHitBesideAStrongOne_comesRightAfterIt(@TempDir Path dir) throws Exception {
    List<Article> articles = new ArrayList<>();
    articles.add(article("ghent-raid", "Diadem stolen", LocalDate.of(2025, 2, 18),
        "Thieves broke into a small museum of goldsmiths' work in the Belgian city of Ghent before dawn on Monday "
            + "and escaped with a diadem in a raid that lasted about four minutes, prosecutors said.",
        "The intruders entered the Museum voor Edelsmeedkunst through a glass roof light and smashed two cases.",
        "Police arrived seven minutes after the alarm went off."));
    for (int i = 0; i < 8; i++) {
      articles.add(article("museum-" + i, "Museum news " + i, LocalDate.of(2025, 3, 1 + i),
          "The museum reopened.", "Its museum shop sold out."));
    }
    try (Desk small = Desk.open(dir.resolve("index"), articles)) {
      List<Passage> passages = small.answerer()
          .score("How long were the robbers inside the Museum voor Edelsmeedkunst?").retrieval().passages();

      assertThat(passages).extracting(p -> p.articleId() + "#" + p.sentenceIndex())
          .startsWith("ghent-raid#1", "ghent-raid#0", "ghent-raid#2");
    }
  }

  @Test
  void particleCompounds_phrasalVerb_givesTheNounWrittenAsOneWord() {
    QuestionAnalyzer analyzer = new QuestionAnalyzer(SharedPipeline.get(), SharedLexicon.get());

    assertThat(Retriever.particleCompounds(analyzer.analyze("When were the workers laid off?"), "lay"))
        .containsExactly("layoff");
    assertThat(Retriever.particleCompounds(analyzer.analyze("who took over the bank"), "take"))
        .containsExactly("takeover");
    assertThat(Retriever.particleCompounds(analyzer.analyze("Who took the bank?"), "take")).isEmpty();
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
  void retrieve_capitalizedName_hasNoWordNetSynonyms(@TempDir Path dir) throws Exception {
    List<Article> articles = List.of(
        article("vote", "Albrecht re-elected", LocalDate.of(2025, 9, 18), "Frank Albrecht won 64 votes."),
        article("stand", "Hotdog stand closes", LocalDate.of(2025, 8, 4),
            "The owner of the hotdog stand gave a candid interview."));
    try (Desk small = Desk.open(dir.resolve("index"), articles)) {
      // WordNet's "frank" is a frankfurter or candid; the name means only the man.
      Retrieval named = small.answerer().score("How many votes did Frank Albrecht win?").retrieval();
      Retrieval typed = small.answerer().score("how many votes did frank albrecht win").retrieval();

      assertThat(named.expansions().get("frank")).containsExactly("frank");
      assertThat(typed.expansions().get("frank")).containsAnyOf("hotdog", "candid");
    }
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
