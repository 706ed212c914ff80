package org.newsdesk.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsdesk.eval.Metrics.CalibrationBucket;
import org.newsdesk.eval.Metrics.Rate;

/**
 * The outcome of an evaluation run: every question's result and the aggregate metrics.
 *
 * @param results per-question results in the order the questions were asked
 * @param metrics the aggregate scores
 */
public record EvalReport(List<QuestionResult> results, Metrics metrics) {

  private static final ObjectWriter JSON = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();
  /** Width of the label column, chosen so that "accuracy@1" lines up as {@code accuracy@1        81.0 %}. */
  private static final String LABEL = "%-17s";

  /** Validates the fields and freezes the results. */
  public EvalReport {
    results = List.copyOf(results);
    Objects.requireNonNull(metrics, "metrics");
  }

  /**
   * Renders the report for a person reading a console.
   *
   * @param perQuestion whether to append one {@code PASS|FAIL} line per question
   * @return the report, lines separated by {@code \n} and ending with one
   */
  public String format(boolean perQuestion) {
    Metrics m = metrics;
    StringBuilder out = new StringBuilder();
    line(out, "questions", String.format(Locale.ROOT, "%5d  (%d factoid, %d sentence, %d unanswerable)",
        m.questions(), m.factoids(), m.sentences(), m.unanswerables()));
    rate(out, "accuracy@1", m.accuracy());
    rate(out, "  factoid", m.factoidAccuracy());
    rate(out, "  sentence", m.sentenceAccuracy());
    rate(out, "  unanswerable", m.unanswerableAccuracy());
    rate(out, "exact match", m.exactMatch());
    line(out, "token F1", String.format(Locale.ROOT, "%5.1f %%", 100 * m.meanF1()));
    rate(out, "support@1", m.support1());
    rate(out, "support@3", m.support3());
    rate(out, "cite@1", m.cite1());
    rate(out, "false abstention", m.falseAbstention());
    rate(out, "abstain unans.", m.abstentionOnUnanswerable());
    line(out, "latency ms", String.format(Locale.ROOT, "median %.1f  p90 %.1f  p99 %.1f",
        m.latency().medianMs(), m.latency().p90Ms(), m.latency().p99Ms()));
    line(out, "mean confidence", "correct " + confidence(m.meanConfidenceCorrect())
        + "  incorrect " + confidence(m.meanConfidenceIncorrect()));
    String label = "calibration";
    for (CalibrationBucket b : m.calibration()) {
      String correct = b.count() == 0 ? "  n/a" : String.format(Locale.ROOT, "%5.1f %%", 100 * b.fractionCorrect());
      line(out, label, String.format(Locale.ROOT, "%.1f-%.1f  %4d answered  %s correct",
          b.from(), b.to(), b.count(), correct));
      label = "";
    }
    if (perQuestion) {
      out.append('\n');
      results.forEach(r -> out.append(questionLine(r)).append('\n'));
    }
    return out.toString();
  }

  /** Returns the report as pretty-printed JSON, kinds in their gold-file spelling, for scripts and dashboards. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      // Only records of strings, numbers and lists are written, so this signals a programming error.
      throw new UncheckedIOException(e);
    }
  }

  private static String questionLine(QuestionResult r) {
    String answer = r.answered() ? r.answer() : "(abstained)";
    String article = r.firstEvidenceArticleId() == null ? "-" : r.firstEvidenceArticleId();
    return String.format(Locale.ROOT, "%s %s %s %s -> %s [%s] %.2f", r.hit() ? "PASS" : "FAIL", r.id(),
        r.kind().jsonName(), r.question(), answer, article, r.confidence());
  }

  private static void rate(StringBuilder out, String label, Rate rate) {
    String value = rate.total() == 0
        ? "  n/a  (0/0)"
        : String.format(Locale.ROOT, "%5.1f %%  (%d/%d)", 100 * rate.fraction(), rate.count(), rate.total());
    line(out, label, value);
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, LABEL, label)).append(value).append('\n');
  }

  private static String confidence(Double value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }
}
