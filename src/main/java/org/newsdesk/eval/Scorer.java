package org.newsdesk.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Evidence;
import org.newsdesk.eval.GoldQuestion.Kind;
import org.newsdesk.eval.Metrics.CalibrationBucket;
import org.newsdesk.eval.Metrics.Latency;
import org.newsdesk.eval.Metrics.Rate;

/**
 * Scores replies against gold questions; all text comparisons use {@link AnswerText} tokens, and "an alias occurs
 * in X" means its normalized tokens form a contiguous run of X's normalized tokens (so "18" never matches "2018").
 *
 * <ul>
 *   <li>factoid hit: answered, and some alias occurs in the answer with at most {@value #MAX_EXTRA_TOKENS} answer
 *       tokens beyond the alias's own; exact match and token F1 (max over aliases) are kept for factoids only,
 *       and are 0 when the question was not answered;</li>
 *   <li>sentence hit: answered, and some alias occurs in the answer or in the first evidence sentence;</li>
 *   <li>unanswerable hit: not answered;</li>
 *   <li>support@1 / support@3: an alias occurs in the first / one of the first three evidence sentences, whether
 *       or not the question was answered; cite@1: the first evidence's article is a gold doc; false abstention:
 *       not answered. These four are for answerable (factoid and sentence) questions only.</li>
 * </ul>
 */
public final class Scorer {

  /** How many tokens a factoid answer may carry beyond the alias it contains, e.g. a title or a short phrase. */
  public static final int MAX_EXTRA_TOKENS = 8;
  /** Number of equal-width confidence buckets in the calibration table. */
  private static final int CALIBRATION_BUCKETS = 5;

  private Scorer() {
  }

  /**
   * Scores one reply.
   *
   * @param gold   the gold question that was asked
   * @param answer the answerer's reply to it
   * @return the per-question result
   */
  public static QuestionResult score(GoldQuestion gold, Answer answer) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(answer, "answer");
    List<List<String>> aliases = gold.answers().stream().map(AnswerText::tokens).filter(a -> !a.isEmpty()).toList();
    boolean answered = answer.answered();
    List<String> answerTokens = answered ? AnswerText.tokens(answer.text()) : List.of();
    List<Evidence> evidence = answer.evidence();
    String firstArticle = evidence.isEmpty() ? null : evidence.get(0).citation().articleId();
    boolean answerable = gold.answerable();
    boolean support1 = answerable && supported(aliases, evidence, 1);
    boolean support3 = answerable && supported(aliases, evidence, 3);
    boolean hit = switch (gold.kind()) {
      case FACTOID -> answered && factoidHit(aliases, answerTokens);
      case SENTENCE -> answered && (occursIn(aliases, answerTokens) || support1);
      case UNANSWERABLE -> !answered;
    };
    boolean scoreSpan = gold.kind() == Kind.FACTOID && answered;
    boolean exactMatch = scoreSpan && aliases.contains(answerTokens);
    double f1 = scoreSpan ? aliases.stream().mapToDouble(a -> tokenF1(answerTokens, a)).max().orElse(0) : 0;
    boolean cite1 = answerable && firstArticle != null && gold.docs().contains(firstArticle);
    return new QuestionResult(gold.id(), gold.kind(), gold.question(), answered, answer.text(), firstArticle, hit,
        exactMatch, f1, support1, support3, cite1, answerable && !answered, answer.confidence(), answer.tookMs());
  }

  /**
   * Aggregates per-question results into run metrics.
   *
   * @param results the scored questions, in any order
   * @return the metrics; rates over an empty set are 0 out of 0
   */
  public static Metrics aggregate(List<QuestionResult> results) {
    Objects.requireNonNull(results, "results");
    Predicate<QuestionResult> factoid = r -> r.kind() == Kind.FACTOID;
    Predicate<QuestionResult> sentence = r -> r.kind() == Kind.SENTENCE;
    Predicate<QuestionResult> unanswerable = r -> r.kind() == Kind.UNANSWERABLE;
    Predicate<QuestionResult> answerable = QuestionResult::answerable;
    Rate factoidAccuracy = rate(results, factoid, QuestionResult::hit);
    Rate sentenceAccuracy = rate(results, sentence, QuestionResult::hit);
    Rate unanswerableAccuracy = rate(results, unanswerable, QuestionResult::hit);
    return new Metrics(results.size(), factoidAccuracy.total(), sentenceAccuracy.total(), unanswerableAccuracy.total(),
        rate(results, r -> true, QuestionResult::hit), factoidAccuracy, sentenceAccuracy, unanswerableAccuracy,
        rate(results, factoid, QuestionResult::exactMatch),
        mean(results, factoid, QuestionResult::f1).orElse(0),
        rate(results, answerable, QuestionResult::support1),
        rate(results, answerable, QuestionResult::support3),
        rate(results, answerable, QuestionResult::cite1),
        rate(results, answerable, QuestionResult::falseAbstention),
        rate(results, unanswerable, r -> !r.answered()),
        latency(results),
        boxed(mean(results, r -> r.answered() && r.hit(), QuestionResult::confidence)),
        boxed(mean(results, r -> r.answered() && !r.hit(), QuestionResult::confidence)),
        calibration(results));
  }

  private static boolean factoidHit(List<List<String>> aliases, List<String> answerTokens) {
    return aliases.stream().anyMatch(alias -> answerTokens.size() - alias.size() <= MAX_EXTRA_TOKENS
        && AnswerText.containsTokens(answerTokens, alias));
  }

  private static boolean supported(List<List<String>> aliases, List<Evidence> evidence, int depth) {
    return evidence.stream().limit(depth).anyMatch(e -> occursIn(aliases, AnswerText.tokens(e.sentence())));
  }

  private static boolean occursIn(List<List<String>> aliases, List<String> tokens) {
    return aliases.stream().anyMatch(alias -> AnswerText.containsTokens(tokens, alias));
  }

  /** SQuAD-style F1 over token multisets, so a repeated token only counts as often as it occurs in both. */
  private static double tokenF1(List<String> predicted, List<String> gold) {
    Map<String, Integer> goldCounts = new HashMap<>();
    gold.forEach(t -> goldCounts.merge(t, 1, Integer::sum));
    int common = 0;
    for (String token : predicted) {
      Integer left = goldCounts.get(token);
      if (left != null && left > 0) {
        goldCounts.put(token, left - 1);
        common++;
      }
    }
    if (common == 0) {
      return 0;
    }
    double precision = (double) common / predicted.size();
    double recall = (double) common / gold.size();
    return 2 * precision * recall / (precision + recall);
  }

  private static Rate rate(List<QuestionResult> results, Predicate<QuestionResult> over,
                           Predicate<QuestionResult> counted) {
    List<QuestionResult> chosen = results.stream().filter(over).toList();
    return new Rate((int) chosen.stream().filter(counted).count(), chosen.size());
  }

  private static OptionalDouble mean(List<QuestionResult> results, Predicate<QuestionResult> over,
                                     ToDoubleFunction<QuestionResult> value) {
    return results.stream().filter(over).mapToDouble(value).average();
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static Latency latency(List<QuestionResult> results) {
    double[] sorted = results.stream().mapToDouble(QuestionResult::tookMs).sorted().toArray();
    return new Latency(percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99));
  }

  /** Nearest-rank percentile: always an observed value, which keeps small runs honest. */
  private static double percentile(double[] sorted, int percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  private static List<CalibrationBucket> calibration(List<QuestionResult> results) {
    List<CalibrationBucket> buckets = new ArrayList<>();
    for (int i = 0; i < CALIBRATION_BUCKETS; i++) {
      // Bounds as i / n rather than a running sum so that 0.6 is exactly the literal 0.6.
      double from = (double) i / CALIBRATION_BUCKETS;
      double to = (double) (i + 1) / CALIBRATION_BUCKETS;
      boolean last = i == CALIBRATION_BUCKETS - 1;
      List<QuestionResult> in = results.stream()
          .filter(r -> r.answered() && r.confidence() >= from && (r.confidence() < to || last))
          .toList();
      buckets.add(new CalibrationBucket(from, to, in.size(), (int) in.stream().filter(QuestionResult::hit).count()));
    }
    return buckets;
  }
}
