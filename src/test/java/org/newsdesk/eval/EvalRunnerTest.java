package org.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;
import static org.newsdesk.eval.Replies.abstained;
import static org.newsdesk.eval.Replies.answered;
import static org.newsdesk.eval.Replies.evidence;
import static org.newsdesk.eval.Replies.factoid;
import static org.newsdesk.eval.Replies.sentence;
import static org.newsdesk.eval.Replies.unanswerable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.eval.Metrics.Rate;

class EvalRunnerTest {

  private static final List<GoldQuestion> GOLD = List.of(
      factoid("d13", "Detroit"),
      sentence("d17", "job security"),
      unanswerable("d19"));

  /** Answers the factoid, gets the sentence question wrong, and abstains on the unanswerable one. */
  private static final Map<String, Answer> REPLIES = Map.of(
      "question d13?", answered("Detroit", 0.9, evidence(Replies.GOLD_DOC, "The convention met in Detroit.")),
      "question d17?", answered("wages", 0.55, evidence("other_doc", "Wages matter.")),
      "question d19?", abstained(0.05));

  private final Answerer fake = REPLIES::get;

  @Test
  void run_fakeAnswerer_asksEveryQuestionInOrder() {
    List<String> asked = new ArrayList<>();

    EvalReport report = new EvalRunner().run(GOLD, q -> {
      asked.add(q);
      return fake.answer(q);
    });

    assertThat(asked).containsExactly("question d13?", "question d17?", "question d19?");
    assertThat(report.results()).extracting(QuestionResult::id).containsExactly("d13", "d17", "d19");
    assertThat(report.results()).extracting(QuestionResult::hit).containsExactly(true, false, true);
    assertThat(report.metrics().accuracy()).isEqualTo(new Rate(2, 3));
    assertThat(report.metrics().cite1()).isEqualTo(new Rate(1, 2));
  }

  @Test
  void run_answererReturnsNull_throwsNamingQuestion() {
    assertThatIllegalStateException()
        .isThrownBy(() -> new EvalRunner().run(GOLD, q -> null))
        .withMessageContaining("d13");
  }

  @Test
  void format_summary_alignsMetricLines() {
    String text = new EvalRunner().run(GOLD, fake).format(false);

    assertThat(text).contains("accuracy@1        66.7 %  (2/3)\n")
        .contains("  factoid        100.0 %  (1/1)\n")
        .contains("  sentence         0.0 %  (0/1)\n")
        .contains("false abstention   0.0 %  (0/2)\n")
        .contains("calibration      0.0-0.2     0 answered    n/a correct\n")
        .contains("                 0.8-1.0     1 answered  100.0 % correct\n")
        .contains("mean confidence  correct 0.90  incorrect 0.55\n")
        .doesNotContain("PASS");
  }

  @Test
  void format_emptyRate_showsNotApplicable() {
    String text = new EvalRunner().run(List.of(unanswerable("d19")), fake).format(false);

    assertThat(text).contains("support@1          n/a  (0/0)\n");
  }

  @Test
  void format_perQuestion_onePassOrFailLineEach() {
    String text = new EvalRunner().run(GOLD, fake).format(true);

    assertThat(text).contains("PASS d13 factoid question d13? -> Detroit [000_gold] 0.90\n")
        .contains("FAIL d17 sentence question d17? -> wages [other_doc] 0.55\n")
        .contains("PASS d19 unanswerable question d19? -> (abstained) [-] 0.05\n");
  }

  @Test
  void toJson_report_machineReadableMetricsAndResults() throws Exception {
    String json = new EvalRunner().run(GOLD, fake).toJson();

    JsonNode root = JsonMapper.builder().build().readTree(json);
    assertThat(root.at("/metrics/accuracy/count").asInt()).isEqualTo(2);
    assertThat(root.at("/metrics/accuracy/total").asInt()).isEqualTo(3);
    assertThat(root.at("/metrics/accuracy/fraction").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(root.at("/metrics/calibration")).hasSize(5);
    assertThat(root.at("/results/0/kind").asText()).isEqualTo("factoid");
    assertThat(root.at("/results/2/answer").isNull()).isTrue();
  }
}
