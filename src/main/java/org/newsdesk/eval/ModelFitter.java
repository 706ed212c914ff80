package org.newsdesk.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.answer.AnswerModel;
import org.newsdesk.answer.CandidateExtractor;
import org.newsdesk.answer.ExtractiveAnswerer;
import org.newsdesk.answer.Features;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the answer model: every candidate the answerer considers for a gold question becomes a training example,
 * labelled right when it would score as a hit, and one L2-regularized logistic regression per candidate kind is
 * fitted by gradient descent. Logistic regression makes the probabilities calibrated on these questions.
 */
public final class ModelFitter {

  private static final Logger LOG = LoggerFactory.getLogger(ModelFitter.class);
  private static final int ITERATIONS = 3000;
  private static final double LEARNING_RATE = 0.5;
  /** Keeps weights small so a handful of development questions cannot push one feature to extremes. */
  private static final double L2 = 0.002;

  private record Example(double[] x, int y) {
  }

  /**
   * Scores each question's candidates with the current model and fits new weights.
   *
   * @param answerer  the answerer whose candidates and features are used
   * @param questions gold questions
   * @return the fitted model
   */
  public AnswerModel fit(ExtractiveAnswerer answerer, List<GoldQuestion> questions) {
    Map<AnswerModel.Kind, List<Example>> data = new EnumMap<>(AnswerModel.Kind.class);
    for (AnswerModel.Kind k : AnswerModel.Kind.values()) {
      data.put(k, new ArrayList<>());
    }
    for (GoldQuestion g : questions) {
      ExtractiveAnswerer.Scored s = answerer.score(g.question());
      for (ExtractiveAnswerer.ScoredCandidate sc : s.candidates()) {
        int y = isRight(g, sc) ? 1 : 0;
        data.get(AnswerModel.Kind.of(sc.candidate())).add(new Example(sc.features(), y));
      }
    }
    Map<AnswerModel.Kind, double[]> weights = new EnumMap<>(AnswerModel.Kind.class);
    for (AnswerModel.Kind k : AnswerModel.Kind.values()) {
      List<Example> examples = data.get(k);
      long positives = examples.stream().filter(e -> e.y() == 1).count();
      LOG.info("fitting {} on {} candidates ({} right)", k, examples.size(), positives);
      weights.put(k, train(examples));
    }
    return new AnswerModel(weights);
  }

  private static boolean isRight(GoldQuestion g, ExtractiveAnswerer.ScoredCandidate sc) {
    if (!g.answerable()) {
      return false;
    }
    String text = sc.candidate().text();
    List<String> answer = AnswerText.tokens(text);
    for (String alias : g.answers()) {
      List<String> gold = AnswerText.tokens(alias);
      if (gold.isEmpty() || !AnswerText.containsTokens(answer, gold)) {
        continue;
      }
      boolean sentence = sc.candidate().tag().equals(CandidateExtractor.SENTENCE);
      if (sentence || answer.size() <= gold.size() + Scorer.MAX_EXTRA_TOKENS) {
        return g.docs().contains(sc.candidate().passage().articleId()) || g.docs().isEmpty();
      }
    }
    return false;
  }

  private static double[] train(List<Example> examples) {
    int n = Features.NAMES.size();
    double[] w = new double[n];
    if (examples.isEmpty()) {
      w[0] = -5;
      return w;
    }
    for (int it = 0; it < ITERATIONS; it++) {
      double[] grad = new double[n];
      for (Example e : examples) {
        double z = 0;
        for (int i = 0; i < n; i++) {
          z += w[i] * e.x()[i];
        }
        double err = 1 / (1 + Math.exp(-z)) - e.y();
        for (int i = 0; i < n; i++) {
          grad[i] += err * e.x()[i];
        }
      }
      for (int i = 0; i < n; i++) {
        double reg = i == 0 ? 0 : L2 * w[i];
        w[i] -= LEARNING_RATE * (grad[i] / examples.size() + reg);
      }
    }
    return w;
  }
}
