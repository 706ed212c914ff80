package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.index.IndexFixture.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.corpus.Article;
import org.newsdesk.index.IndexFixture;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.PassageIndex;

class AnswerContractTest extends AnswererTestBase {

  /** Questions of every form that the articles answer. */
  private static final List<String> ANSWERABLE = List.of(
      "How many Halvorsen workers are on strike?",
      "How much has the strike cost Halvorsen?",
      "What is Halvorsen's net income?",
      "What revenue does Halvorsen expect?",
      "Who is the UAW vice president?",
      "How many UAW members are on strike?",
      "Why are Halvorsen workers on strike?",
      "hey bot, how many passengers were stranded in Dover");

  static List<String> answerable() {
    return ANSWERABLE;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answerable")
  void answer_answered_textIsTheMarkedSpanOfTheFirstEvidence(String question) {
    Answer answer = desk.ask(question);

    assertThat(answer.answered()).isTrue();
    assertThat(answer.question()).isEqualTo(question);
    Evidence first = answer.evidence().get(0);
    assertThat(first.hasAnswerSpan()).isTrue();
    assertThat(first.sentence().substring(first.answerStart(), first.answerEnd())).isEqualTo(answer.text());
    assertThat(first.context()).contains(first.sentence());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answerable")
  void answer_anyReply_hasBoundedConfidenceAndCitedEvidence(String question) {
    Answer answer = desk.ask(question);

    assertThat(answer.confidence()).isBetween(0.0, 1.0);
    assertThat(answer.evidence()).hasSizeBetween(1, Desk.EVIDENCE).allSatisfy(e -> {
      assertThat(e.citation().articleId()).isNotBlank();
      assertThat(e.citation().title()).isNotBlank();
      assertThat(e.sentence()).isNotBlank();
    });
  }

  @Test
  void answer_evidenceCountConfigured_neverListsMore(@TempDir Path dir) throws IOException {
    try (Desk small = Desk.open(dir.resolve("index"), NewsArticles.withSeeds(), 2)) {
      for (String question : List.of("How many UAW members are on strike?", "Who designed the new Tarrow bridge?",
          "Tell me about the strike")) {
        assertThat(small.ask(question).evidence()).as(question).hasSizeBetween(1, 2);
      }
    }
  }

  @Test
  void answer_otherEvidence_marksTheSameAnswerWhereItOccurs() {
    Answer answer = desk.ask("How many Halvorsen workers are on strike?");

    assertThat(answer.evidence()).filteredOn(Evidence::hasAnswerSpan).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(e -> assertThat(e.sentence().substring(e.answerStart(), e.answerEnd())).isEqualTo(answer.text()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Who won the 2019 World Series?", "What is the capital of Australia?", "asdf qwerty",
      "zxcvb plokij mnbvc"})
  void answer_unknownTopic_abstains(String question) {
    Answer answer = desk.ask(question);

    assertThat(answer.answered()).isFalse();
    assertThat(answer.text()).isNull();
    assertThat(answer.confidence()).isBetween(0.0, Desk.THRESHOLD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"How many spiders were on the ferry?", "tell me a joke about the ferry"})
  void answer_halfTheKeywordsInNoArticle_abstainsWithNoConfidence(String question) {
    // "ferry" matches; "spider" and "joke" are words no article uses.
    Answer answer = desk.ask(question);

    assertThat(answer.answered()).isFalse();
    assertThat(answer.confidence()).isZero();
  }

  @Test
  void answer_figureOfAnotherYear_abstainsWithNoConfidence() {
    // The article's "last year" is 2023; it gives no profit for 2022.
    Answer answer = desk.ask("What was Dunmore Ports' pre-tax profit in 2022?");

    assertThat(answer.answered()).isFalse();
    assertThat(answer.confidence()).isZero();
  }

  @Test
  void answer_figureOfTheAskedYear_answers() {
    Answer answer = desk.ask("What was Dunmore Ports' pre-tax profit in 2023?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text()).isEqualTo("£84m");
  }

  @Test
  void answer_keywordsMatchButFactAbsent_abstainsStillListingEvidence() {
    Answer answer = desk.ask("Who designed the new Tarrow bridge?");

    assertThat(answer.answered()).isFalse();
    assertThat(answer.text()).isNull();
    assertThat(answer.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(Desk.EVIDENCE)
        .noneMatch(Evidence::hasAnswerSpan);
  }

  @Test
  void answer_keywordsMatchButFactAbsent_listsTheBestMatchingPassageFirst() {
    Answer answer = desk.ask("Who designed the new Tarrow bridge?");

    assertThat(answer.answered()).isFalse();
    assertThat(answer.evidence()).extracting(e -> e.citation().articleId()).first().isEqualTo("tarrow-bridge");
  }

  @Test
  void answer_unsureGuessWhoseArticleHasTheRarestKeyword_leadsTheEvidence(@TempDir Path dir) throws Exception {
    List<Article> articles = List.of(
        article("design-fair", "Bridge designs on show", LocalDate.of(2025, 3, 1),
            "New bridge designs drew crowds at the design fair on Monday.",
            "New designs for a footbridge and a rail bridge won prizes.", "Visitors voted for the new bridge designs."),
        article("tarrow-works", "Tarrow works begin", LocalDate.of(2025, 3, 2),
            "The Tarrow crossing opened to traffic on Monday, said council leader Maria Lund."));
    IndexFixture.update(dir, articles);
    try (PassageIndex index = new PassageIndex(dir)) {
      Lexicon lexicon = SharedLexicon.get();
      // A threshold no calibrated answer reaches, so the reply abstains whatever the confidence.
      ExtractiveAnswerer unsure = new ExtractiveAnswerer(new QuestionAnalyzer(SharedPipeline.get(), lexicon), lexicon,
          new Retriever(index, lexicon, Synonyms.none(), 60), index, AnswerModel.bundled(), 1.0, Desk.EVIDENCE);

      String question = "Who designed the new Tarrow bridge?";
      Answer answer = unsure.answer(question);

      assertThat(unsure.score(question).retrieval().passages().get(0).articleId()).isEqualTo("design-fair");
      assertThat(answer.answered()).isFalse();
      assertThat(answer.evidence()).extracting(e -> e.citation().articleId()).first().isEqualTo("tarrow-works");
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"what?", "the", "", "   ", "😀", "?", "@newsdesk_bot", "hey bot!"})
  void answer_nothingSearchable_abstainsWithoutEvidence(String question) {
    Answer answer = desk.ask(question);

    assertThat(answer.answered()).isFalse();
    assertThat(answer.text()).isNull();
    assertThat(answer.evidence()).isEmpty();
    assertThat(answer.question()).isEqualTo(question);
  }

  @Test
  void answer_freshReply_isNotMarkedCached() {
    assertThat(desk.ask("What is Halvorsen's net income?").cached()).isFalse();
  }
}
