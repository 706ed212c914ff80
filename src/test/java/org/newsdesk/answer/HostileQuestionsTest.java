package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.cache.CacheSettings;
import org.newsdesk.cache.CacheSummary;
import org.newsdesk.cache.CachingAnswerer;
import org.newsdesk.config.Settings;
import org.newsdesk.nlp.SharedPipeline;

/**
 * Hostile and odd questions through the answering stack the front ends use: the check, then the answer cache in
 * front of the real answerer over an index of the seed articles.
 */
class HostileQuestionsTest {

  @TempDir
  static Path shared;

  private static Desk desk;
  private static QuestionCheck check;

  @BeforeAll
  static void openDesk() {
    desk = Desk.open(shared.resolve("index"), Desk.seeds());
    check = new QuestionCheck(Settings.defaults().integer("question.maxLength"));
  }

  @AfterAll
  static void closeDesk() throws IOException {
    desk.close();
  }

  private static CachingAnswerer cache() {
    return new CachingAnswerer(desk.answerer(), () -> desk.index().stats().generation(),
        CacheSettings.from(Settings.defaults()), Ticker.systemTicker());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileQuestion.class)
  void stack_hostileQuestion_isRefusedAnsweredOrAbstainedWithoutAnException(HostileQuestion hostile) {
    CachingAnswerer answerer = cache();
    String question = QuestionCheck.clean(hostile.text());

    Optional<QuestionCheck.Refusal> refusal = check.refusal(question);
    // The answerer never throws for odd input, even for what the front ends refuse before asking it.
    Answer[] answer = new Answer[1];
    assertThatCode(() -> answer[0] = answerer.answer(question)).doesNotThrowAnyException();

    switch (hostile.outcome()) {
      case NOT_A_QUESTION -> assertThat(refusal).contains(QuestionCheck.Refusal.NOT_A_QUESTION);
      case TOO_LONG -> assertThat(refusal).contains(QuestionCheck.Refusal.TOO_LONG);
      case ANSWER_OR_ABSTENTION -> assertThat(refusal).isEmpty();
      case PLAIN_ANSWER -> {
        assertThat(refusal).isEmpty();
        assertThat(answer[0].answered()).isTrue();
        assertThat(answer[0].text()).isEqualTo(HostileQuestion.PLAIN_ANSWER);
      }
      default -> throw new IllegalStateException("unknown outcome " + hostile.outcome());
    }
    assertWellFormed(answer[0], question);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileQuestion.class)
  void analyze_hostileQuestion_cleanedTextHasNoControlOrInvisibleCharacters(HostileQuestion hostile) {
    QuestionAnalyzer analyzer = new QuestionAnalyzer(SharedPipeline.get(), SharedLexicon.get());

    Question q = analyzer.analyze(hostile.text());

    assertThat(q.text()).doesNotContainPattern("[\\p{Cc}\\u200b\\u202a-\\u202e\\u2066-\\u2069\\ufeff]");
    assertThat(q.tokens()).allSatisfy(t -> assertThat(t.word()).doesNotContainPattern("\\p{Cc}|\\[31m"));
  }

  @Test
  void stack_disguisedPlainQuestions_shareTheCacheEntryOfThePlainQuestion() {
    CachingAnswerer answerer = cache();
    answerer.answer(HostileQuestion.PLAIN);

    answerer.answer(QuestionCheck.clean(HostileQuestion.BIDI_OVERRIDE_CHARACTERS.text()));
    answerer.answer(QuestionCheck.clean(HostileQuestion.CONTROL_CHARACTERS.text()));

    assertThat(answerer.summary().hits()).isEqualTo(2);
  }

  @Test
  void stack_sameQuestionAThousandTimes_identicalAnswers_cacheServes999_andHoldsOneEntry() {
    CachingAnswerer answerer = cache();
    List<Answer> answers = new ArrayList<>();

    for (int i = 0; i < 1000; i++) {
      answers.add(answerer.answer(HostileQuestion.PLAIN));
    }

    Answer first = answers.get(0);
    assertThat(first.cached()).isFalse();
    assertThat(answers.subList(1, 1000)).allSatisfy(a -> {
      assertThat(a.cached()).isTrue();
      assertThat(a.text()).isEqualTo(first.text());
      assertThat(a.confidence()).isEqualTo(first.confidence());
      // A hit shares the stored evidence instead of copying it, so repeats add no memory but the small reply.
      assertThat(a.evidence()).isSameAs(first.evidence());
    });
    CacheSummary stats = answerer.summary();
    assertThat(stats.hits()).isEqualTo(999);
    assertThat(stats.misses()).isEqualTo(1);
    assertThat(stats.size()).isEqualTo(1);
  }

  /** An answer has text and evidence with its span inside; an abstention has neither answer text nor a span. */
  static void assertWellFormed(Answer answer, String question) {
    assertThat(answer.question()).isEqualTo(question);
    assertThat(answer.confidence()).isBetween(0.0, 1.0);
    assertThat(answer.evidence()).hasSizeLessThanOrEqualTo(Desk.EVIDENCE);
    if (answer.answered()) {
      assertThat(answer.text()).isNotBlank();
      assertThat(answer.evidence()).isNotEmpty();
    } else {
      assertThat(answer.text()).isNull();
    }
    for (Evidence e : answer.evidence()) {
      assertThat(e.sentence()).isNotBlank();
      if (e.hasAnswerSpan()) {
        assertThat(e.answerStart()).isBetween(0, e.answerEnd());
        assertThat(e.answerEnd()).isLessThanOrEqualTo(e.sentence().length());
      }
    }
  }
}
