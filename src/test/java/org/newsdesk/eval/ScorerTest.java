package org.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsdesk.eval.Replies.abstained;
import static org.newsdesk.eval.Replies.answered;
import static org.newsdesk.eval.Replies.evidence;
import static org.newsdesk.eval.Replies.factoid;
import static org.newsdesk.eval.Replies.sentence;
import static org.newsdesk.eval.Replies.sentences;
import static org.newsdesk.eval.Replies.unanswerable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.eval.Metrics.CalibrationBucket;
import org.newsdesk.eval.Metrics.Latency;
import org.newsdesk.eval.Metrics.Rate;

class ScorerTest {

  private static final GoldQuestion DITTES = factoid("d01", "Terry Dittes", "Dittes");

  @Test
  void score_factoidWithinEightExtraTokens_hits() {
    // "Terry Dittes" plus exactly eight more tokens; "the" is an article and does not count.
    Answer reply = answered("Terry Dittes, vice president of the union in charge of GM", 0.9);

    QuestionResult result = Scorer.score(DITTES, reply);

    assertThat(AnswerText.tokens(reply.text())).hasSize(2 + 8);
    assertThat(result.hit()).isTrue();
    assertThat(result.exactMatch()).isFalse();
  }

  @Test
  void score_factoidWithNineExtraTokens_misses() {
    Answer reply = answered("Terry Dittes, vice president of the union in charge of GM talks", 0.9);

    QuestionResult result = Scorer.score(DITTES, reply);

    assertThat(AnswerText.tokens(reply.text())).hasSize(2 + 9);
    assertThat(result.hit()).isFalse();
  }

  @Test
  void score_factoidAliasInsideLongerToken_misses() {
    QuestionResult result = Scorer.score(factoid("d10", "18"), answered("in 2018", 0.5));

    assertThat(result.hit()).isFalse();
    assertThat(result.f1()).isZero();
  }

  @Test
  void score_factoidNormalizedEqualToAlias_exactMatchAndFullF1() {
    QuestionResult result = Scorer.score(factoid("d03", "48,000"), answered("48000.", 0.8));

    assertThat(result.hit()).isTrue();
    assertThat(result.exactMatch()).isTrue();
    assertThat(result.f1()).isEqualTo(1.0);
  }

  @Test
  void score_factoidPartialOverlap_tokenF1IsBestOverAliases() {
    // Against "Terry Dittes": precision 2/3, recall 1 -> 0.8; against "Dittes": 1/3 and 1 -> 0.5.
    QuestionResult result = Scorer.score(DITTES, answered("Terry Dittes Jr", 0.8));

    assertThat(result.exactMatch()).isFalse();
    assertThat(result.f1()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void score_factoidUnanswered_zeroScoresAndFalseAbstention() {
    QuestionResult result = Scorer.score(DITTES, abstained(0.1, sentences("Terry Dittes leads the talks.")));

    assertThat(result.hit()).isFalse();
    assertThat(result.exactMatch()).isFalse();
    assertThat(result.f1()).isZero();
    assertThat(result.falseAbstention()).isTrue();
    assertThat(result.support1()).isTrue();
  }

  @Test
  void score_sentenceAliasInFirstEvidenceOnly_hits() {
    GoldQuestion gold = sentence("d09", "totally unacceptable");
    Answer reply = answered("the proposal", 0.7,
        sentences("The union called the proposal \"totally unacceptable.\"", "Talks continue."));

    QuestionResult result = Scorer.score(gold, reply);

    assertThat(result.hit()).isTrue();
    assertThat(result.exactMatch()).isFalse();
    assertThat(result.f1()).isZero();
  }

  @Test
  void score_sentenceAliasOnlyInSecondEvidence_misses() {
    GoldQuestion gold = sentence("d09", "totally unacceptable");
    Answer reply = answered("the proposal", 0.7,
        sentences("Talks continue.", "The union called the proposal totally unacceptable."));

    QuestionResult result = Scorer.score(gold, reply);

    assertThat(result.hit()).isFalse();
    assertThat(result.support3()).isTrue();
  }

  @Test
  void score_sentenceAliasInAnswer_hits() {
    QuestionResult result = Scorer.score(sentence("d17", "job security"), answered("Job-security and wages", 0.7));

    assertThat(result.hit()).isTrue();
  }

  @Test
  void score_sentenceUnanswered_missesDespiteSupport() {
    QuestionResult result = Scorer.score(sentence("d17", "job security"),
        abstained(0.2, sentences("Job security is the top priority.")));

    assertThat(result.hit()).isFalse();
    assertThat(result.support1()).isTrue();
    assertThat(result.falseAbstention()).isTrue();
  }

  @Test
  void score_unanswerableAbstained_correct() {
    QuestionResult result = Scorer.score(unanswerable("d19"), abstained(0.1, sentences("Something else.")));

    assertThat(result.hit()).isTrue();
    assertThat(result.falseAbstention()).isFalse();
    assertThat(result.support1()).isFalse();
    assertThat(result.cite1()).isFalse();
  }

  @Test
  void score_unanswerableAnswered_incorrect() {
    QuestionResult result = Scorer.score(unanswerable("d19"), answered("the Eagles", 0.6));

    assertThat(result.hit()).isFalse();
    assertThat(result.exactMatch()).isFalse();
    assertThat(result.f1()).isZero();
  }

  @Test
  void score_aliasInThirdEvidence_supportAtThreeOnly() {
    Answer reply = answered("Jones", 0.5, sentences("One.", "Two.", "Terry Dittes said so."));

    QuestionResult result = Scorer.score(DITTES, reply);

    assertThat(result.support1()).isFalse();
    assertThat(result.support3()).isTrue();
  }

  @Test
  void score_aliasInFourthEvidence_noSupport() {
    Answer reply = answered("Jones", 0.5, sentences("One.", "Two.", "Three.", "Terry Dittes said so."));

    QuestionResult result = Scorer.score(DITTES, reply);

    assertThat(result.support1()).isFalse();
    assertThat(result.support3()).isFalse();
  }

  @Test
  void score_firstEvidenceFromGoldDoc_citesAtOne() {
    QuestionResult result = Scorer.score(DITTES,
        answered("Dittes", 0.9, evidence(Replies.GOLD_DOC, "Dittes."), evidence("other", "Dittes.")));

    assertThat(result.cite1()).isTrue();
    assertThat(result.firstEvidenceArticleId()).isEqualTo(Replies.GOLD_DOC);
  }

  @Test
  void score_onlySecondEvidenceFromGoldDoc_doesNotCiteAtOne() {
    QuestionResult result = Scorer.score(DITTES,
        answered("Dittes", 0.9, evidence("other", "Dittes."), evidence(Replies.GOLD_DOC, "Dittes.")));

    assertThat(result.cite1()).isFalse();
    assertThat(result.firstEvidenceArticleId()).isEqualTo("other");
  }

  @Test
  void score_noEvidence_noArticleAndNoCitation() {
    QuestionResult result = Scorer.score(DITTES, answered("Dittes", 0.9));

    assertThat(result.firstEvidenceArticleId()).isNull();
    assertThat(result.cite1()).isFalse();
    assertThat(result.support1()).isFalse();
  }

  @Test
  void aggregate_smallFixtureSet_accuracyAndRatesAddUp() {
    List<QuestionResult> results = List.of(
        Scorer.score(factoid("f1", "Detroit"), answered("Detroit", 0.9, sentences("In Detroit."))),
        Scorer.score(factoid("f2", "Mary Barra"), answered("Gary Jones", 0.6, sentences("Mary Barra said."))),
        Scorer.score(factoid("f3", "four"), abstained(0.1)),
        Scorer.score(sentence("s1", "job security"), answered("job security", 0.7, sentences("Job security."))),
        Scorer.score(unanswerable("u1"), abstained(0.2)),
        Scorer.score(unanswerable("u2"), answered("Volkswagen", 0.4)));

    Metrics m = Scorer.aggregate(results);

    assertThat(m.questions()).isEqualTo(6);
    assertThat(m.accuracy()).isEqualTo(new Rate(3, 6));
    assertThat(m.factoidAccuracy()).isEqualTo(new Rate(1, 3));
    assertThat(m.sentenceAccuracy()).isEqualTo(new Rate(1, 1));
    assertThat(m.unanswerableAccuracy()).isEqualTo(new Rate(1, 2));
    assertThat(m.abstentionOnUnanswerable()).isEqualTo(new Rate(1, 2));
    assertThat(m.exactMatch()).isEqualTo(new Rate(1, 3));
    assertThat(m.meanF1()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(m.support1()).isEqualTo(new Rate(3, 4));
    assertThat(m.cite1()).isEqualTo(new Rate(3, 4));
    assertThat(m.falseAbstention()).isEqualTo(new Rate(1, 4));
    assertThat(m.accuracy().fraction()).isEqualTo(0.5);
  }

  @Test
  void aggregate_tenTimings_nearestRankPercentiles() {
    List<QuestionResult> results = new ArrayList<>();
    for (int ms = 10; ms >= 1; ms--) {
      Answer reply = new Answer("q", false, null, 0, List.of(), false, ms);
      results.add(Scorer.score(unanswerable("u" + ms), reply));
    }

    Latency latency = Scorer.aggregate(results).latency();

    assertThat(latency).isEqualTo(new Latency(5, 9, 10));
  }

  @Test
  void aggregate_answeredReplies_calibrationAndMeanConfidence() {
    List<QuestionResult> results = List.of(
        Scorer.score(factoid("a", "Detroit"), answered("Detroit", 0.1)),
        Scorer.score(factoid("b", "Detroit"), answered("Flint", 0.6)),
        Scorer.score(factoid("c", "Detroit"), answered("Detroit", 0.6)),
        Scorer.score(factoid("d", "Detroit"), answered("Detroit", 1.0)),
        Scorer.score(factoid("e", "Detroit"), abstained(0.9)));

    Metrics m = Scorer.aggregate(results);

    assertThat(m.calibration()).extracting(CalibrationBucket::count).containsExactly(1, 0, 0, 2, 1);
    assertThat(m.calibration()).extracting(CalibrationBucket::correct).containsExactly(1, 0, 0, 1, 1);
    assertThat(m.calibration().get(3).from()).isEqualTo(0.6);
    assertThat(m.calibration().get(3).fractionCorrect()).isEqualTo(0.5);
    assertThat(m.meanConfidenceCorrect()).isCloseTo((0.1 + 0.6 + 1.0) / 3, within(1e-9));
    assertThat(m.meanConfidenceIncorrect()).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void aggregate_noResults_emptyRatesAndNoMeans() {
    Metrics m = Scorer.aggregate(List.of());

    assertThat(m.accuracy()).isEqualTo(new Rate(0, 0));
    assertThat(m.accuracy().fraction()).isZero();
    assertThat(m.latency()).isEqualTo(new Latency(0, 0, 0));
    assertThat(m.meanConfidenceCorrect()).isNull();
    assertThat(m.meanConfidenceIncorrect()).isNull();
  }
}
