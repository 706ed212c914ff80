package org.newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks an answerer every gold question in turn and scores the replies. */
public final class EvalRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EvalRunner.class);

  /**
   * Runs one evaluation.
   *
   * @param questions the gold questions, asked in this order
   * @param answerer  the system under evaluation
   * @return every question's result and the aggregate metrics
   * @throws IllegalStateException when the answerer returns null instead of an answer or abstention
   */
  public EvalReport run(List<GoldQuestion> questions, Answerer answerer) {
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(answerer, "answerer");
    List<QuestionResult> results = new ArrayList<>(questions.size());
    for (GoldQuestion gold : questions) {
      Answer answer = answerer.answer(gold.question());
      if (answer == null) {
        throw new IllegalStateException("answerer returned null for question " + gold.id());
      }
      QuestionResult result = Scorer.score(gold, answer);
      LOG.debug("{} {} -> {} (hit {})", gold.id(), gold.question(), result.answer(), result.hit());
      results.add(result);
    }
    Metrics metrics = Scorer.aggregate(results);
    LOG.info("Evaluated {} questions: accuracy@1 {}/{}", metrics.questions(), metrics.accuracy().count(),
        metrics.accuracy().total());
    return new EvalReport(results, metrics);
  }
}
