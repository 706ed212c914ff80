package org.newsdesk.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Aggregate scores of one evaluation run; see {@link Scorer} for the exact definitions.
 *
 * @param questions                number of questions scored
 * @param factoids                 number of factoid questions
 * @param sentences                number of sentence questions
 * @param unanswerables            number of unanswerable questions
 * @param accuracy                 accuracy@1: factoid hits + sentence hits + correct abstentions over all questions
 * @param factoidAccuracy          factoid hits over factoid questions
 * @param sentenceAccuracy         sentence hits over sentence questions
 * @param unanswerableAccuracy     correct abstentions over unanswerable questions
 * @param exactMatch               exact matches over factoid questions (mean EM)
 * @param meanF1                   mean token F1 over factoid questions, 0 when there are none
 * @param support1                 alias in the first evidence sentence, over answerable questions
 * @param support3                 alias in one of the first three evidence sentences, over answerable questions
 * @param cite1                    first evidence from a gold doc, over answerable questions
 * @param falseAbstention          answerable questions not answered, over answerable questions
 * @param abstentionOnUnanswerable unanswerable questions not answered, over unanswerable questions
 * @param latency                  distribution of the answerer's reported times
 * @param meanConfidenceCorrect    mean confidence of answered replies that were hits, or null when there are none
 * @param meanConfidenceIncorrect  mean confidence of answered replies that missed, or null when there are none
 * @param calibration              answered replies per confidence bucket, lowest bucket first
 */
public record Metrics(int questions, int factoids, int sentences, int unanswerables, Rate accuracy,
                      Rate factoidAccuracy, Rate sentenceAccuracy, Rate unanswerableAccuracy, Rate exactMatch,
                      double meanF1, Rate support1, Rate support3, Rate cite1, Rate falseAbstention,
                      Rate abstentionOnUnanswerable, Latency latency, Double meanConfidenceCorrect,
                      Double meanConfidenceIncorrect, List<CalibrationBucket> calibration) {

  /** Validates the required fields and freezes the calibration table. */
  public Metrics {
    Objects.requireNonNull(accuracy, "accuracy");
    Objects.requireNonNull(latency, "latency");
    calibration = List.copyOf(calibration);
  }

  /**
   * A count out of a total, kept as both numbers so reports can show "81/100" next to the percentage.
   *
   * @param count how many satisfied the metric
   * @param total how many the metric ranges over
   */
  public record Rate(int count, int total) {

    /** Validates that the count lies within the total. */
    public Rate {
      if (total < 0 || count < 0 || count > total) {
        throw new IllegalArgumentException("rate " + count + "/" + total + " is not a fraction");
      }
    }

    /** Returns count / total, or 0 when the total is 0 (reports print such rates as n/a). */
    @JsonProperty("fraction")
    public double fraction() {
      return total == 0 ? 0 : (double) count / total;
    }
  }

  /**
   * Nearest-rank percentiles of the answerer's reported times, all 0 when nothing was timed.
   *
   * @param medianMs 50th percentile in milliseconds
   * @param p90Ms    90th percentile in milliseconds
   * @param p99Ms    99th percentile in milliseconds
   */
  public record Latency(double medianMs, double p90Ms, double p99Ms) {
  }

  /**
   * Answered replies whose confidence lies in [from, to) (the last bucket includes 1.0), and how many were right.
   *
   * @param from    lower confidence bound, inclusive
   * @param to      upper confidence bound, exclusive except for the last bucket
   * @param count   answered replies in the bucket
   * @param correct how many of them were hits
   */
  public record CalibrationBucket(double from, double to, int count, int correct) {

    /** Returns the fraction of the bucket's replies that were hits, or 0 for an empty bucket. */
    @JsonProperty("fractionCorrect")
    public double fractionCorrect() {
      return count == 0 ? 0 : (double) correct / count;
    }
  }
}
