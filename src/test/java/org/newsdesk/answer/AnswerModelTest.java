package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.answer.AnswerModel.Kind;

class AnswerModelTest {

  private static final int BIAS = Features.ANSWER_NAMES.indexOf("bias");

  private static double[] filled(int size, double start) {
    return IntStream.range(0, size).mapToDouble(i -> start + i * 0.25).toArray();
  }

  private static AnswerModel model(double[] calibrator) {
    Map<Kind, double[]> ranker = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      ranker.put(k, filled(Features.NAMES.size(), k.ordinal() - 1.5));
    }
    return new AnswerModel(ranker, calibrator);
  }

  private static AnswerModel withBias(double bias) {
    double[] calibrator = filled(Features.ANSWER_NAMES.size(), -0.5);
    calibrator[BIAS] = bias;
    return model(calibrator);
  }

  private static AnswerModel read(Path file) throws IOException {
    return AnswerModel.fromJson(new ObjectMapper().readValue(file.toFile(), new TypeReference<>() { }));
  }

  @Test
  void fromJson_unknownRankerFeature_isRejectedByName() {
    Map<String, Object> json = Map.of("ranker", Map.of("NAME", Map.of("bias", 1.0, "novelty", 2.0)));

    assertThatIllegalArgumentException().isThrownBy(() -> AnswerModel.fromJson(json))
        .withMessageContaining("novelty").withMessageContaining("NAME");
  }

  @Test
  void fromJson_unknownCandidateKind_isRejectedByName() {
    Map<String, Object> json = Map.of("ranker", Map.of("TYPED", Map.of("bias", 1.0)));

    assertThatIllegalArgumentException().isThrownBy(() -> AnswerModel.fromJson(json))
        .withMessageContaining("TYPED").withMessageContaining("QUANTITY");
  }

  @Test
  void fromJson_unknownCalibratorFeature_isRejectedByName() {
    Map<String, Object> json = Map.of("calibrator", Map.of("bias", 1.0, "luck", 0.5));

    assertThatIllegalArgumentException().isThrownBy(() -> AnswerModel.fromJson(json))
        .withMessageContaining("luck").withMessageContaining("calibrator");
  }

  @Test
  void fromJson_featuresNotNamed_weighZero() {
    AnswerModel model = AnswerModel.fromJson(Map.of("calibrator", Map.of("bias", 0.0)));

    assertThat(model.ranker(Kind.PHRASE)).containsOnly(0.0).hasSize(Features.NAMES.size());
    assertThat(model.calibrator()).containsOnly(0.0).hasSize(Features.ANSWER_NAMES.size());
    assertThat(model.confidence(filled(Features.ANSWER_NAMES.size(), 3))).isEqualTo(0.5);
  }

  @Test
  void new_rankerVectorOfWrongSize_isRejected() {
    Map<Kind, double[]> ranker = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      ranker.put(k, new double[Features.NAMES.size()]);
    }
    ranker.put(Kind.SENTENCE, new double[Features.NAMES.size() - 1]);
    double[] calibrator = new double[Features.ANSWER_NAMES.size()];

    assertThatIllegalArgumentException().isThrownBy(() -> new AnswerModel(ranker, calibrator))
        .withMessageContaining("SENTENCE");
  }

  @Test
  void new_missingKind_isRejected() {
    Map<Kind, double[]> ranker = new EnumMap<>(Kind.class);
    ranker.put(Kind.NAME, new double[Features.NAMES.size()]);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AnswerModel(ranker, new double[Features.ANSWER_NAMES.size()]));
  }

  @Test
  void new_calibratorOfWrongSize_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> model(new double[Features.ANSWER_NAMES.size() + 1]))
        .withMessageContaining("calibrator");
  }

  @Test
  void write_thenFromJson_givesTheSameWeights(@TempDir Path dir) throws IOException {
    AnswerModel model = withBias(-1.25);
    Path file = dir.resolve("nested/answer-model.json");

    model.write(file);
    AnswerModel back = read(file);

    for (Kind k : Kind.values()) {
      assertThat(back.ranker(k)).as(k.name()).containsExactly(model.ranker(k));
    }
    assertThat(back.calibrator()).containsExactly(model.calibrator());
  }

  @Test
  void scores_addTheTreesToTheLinearScore_andSurviveWriting(@TempDir Path dir) throws IOException {
    Map<Kind, double[]> ranker = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      ranker.put(k, filled(Features.NAMES.size(), 0));
    }
    int n = Features.NAMES.size();
    // One stump on the gap of the first feature: the candidate that trails the best on it loses 2.
    TreeEnsemble trees = new TreeEnsemble(java.util.List.of(new TreeEnsemble.Tree(new int[] {n, -1, -1},
        new double[] {-0.5, 0, 0}, new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0, -2, 0})));
    AnswerModel model = new AnswerModel(ranker, filled(Features.ANSWER_NAMES.size(), 0), null, trees);
    double[] ahead = new double[n];
    ahead[0] = 1;
    double[] behind = new double[n];
    java.util.List<double[]> xs = java.util.List.of(ahead, behind);
    java.util.List<Kind> kinds = java.util.List.of(Kind.NAME, Kind.NAME);

    double[] scores = model.scores(kinds, xs);
    Path file = dir.resolve("model.json");
    model.write(file);

    assertThat(scores[0]).isEqualTo(model.linearScore(Kind.NAME, ahead));
    assertThat(scores[1]).isEqualTo(model.linearScore(Kind.NAME, behind) - 2);
    assertThat(read(file).scores(kinds, xs)).containsExactly(scores);
  }

  @Test
  void fromJson_treesFittedOnOtherInputs_areRejectedWithBothCounts() {
    Map<String, Object> tree = Map.of("feature", java.util.List.of(-1), "threshold", java.util.List.of(0),
        "left", java.util.List.of(0), "right", java.util.List.of(0), "value", java.util.List.of(0.5));
    Map<String, Object> json = Map.of("treeInputs", TreeEnsemble.INPUTS - 2, "trees", java.util.List.of(tree));

    assertThatIllegalArgumentException().isThrownBy(() -> AnswerModel.fromJson(json))
        .withMessageContaining(String.valueOf(TreeEnsemble.INPUTS - 2))
        .withMessageContaining(String.valueOf(TreeEnsemble.INPUTS));
  }

  @Test
  void write_namesEveryFeature(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.json");

    withBias(0).write(file);
    JsonNode json = new ObjectMapper().readTree(file.toFile());

    assertThat(json.get("ranker").fieldNames()).toIterable().containsExactly("QUANTITY", "NAME", "TIME", "PHRASE",
        "SENTENCE");
    assertThat(json.get("ranker").get("NAME").fieldNames()).toIterable().containsExactlyElementsOf(Features.NAMES);
    assertThat(json.get("calibrator").fieldNames()).toIterable().containsExactlyElementsOf(Features.ANSWER_NAMES);
  }

  @Test
  void confidence_risesWithTheBiasAndStaysAProbability() {
    double[] answer = new double[Features.ANSWER_NAMES.size()];
    answer[BIAS] = 1;
    answer[Features.ANSWER_NAMES.indexOf("score")] = 2;

    double[] confidences = IntStream.rangeClosed(-8, 8).mapToDouble(b -> withBias(b).confidence(answer)).toArray();

    for (int i = 1; i < confidences.length; i++) {
      assertThat(confidences[i]).isGreaterThan(confidences[i - 1]);
    }
    assertThat(confidences[0]).isGreaterThanOrEqualTo(0.0);
    assertThat(confidences[confidences.length - 1]).isLessThanOrEqualTo(1.0);
  }

  @Test
  void bundled_loadsAModelThatScoresEveryKind() {
    AnswerModel model = AnswerModel.bundled();

    for (Kind k : Kind.values()) {
      assertThat(model.linearScore(k, new double[Features.NAMES.size()])).isZero();
    }
    assertThat(model.confidence(new double[Features.ANSWER_NAMES.size()])).isEqualTo(0.5);
  }

  @Test
  void unanswerable_modelWithoutItsWeights_isZero() {
    AnswerModel model = withBias(0.5);

    assertThat(model.unanswerable(filled(Features.ANSWER_NAMES.size(), 1))).isZero();
  }

  @Test
  void write_thenRead_keepsTheUnanswerableWeights(@TempDir Path dir) throws IOException {
    Map<Kind, double[]> ranker = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      ranker.put(k, filled(Features.NAMES.size(), 0));
    }
    double[] unanswerable = new double[Features.ANSWER_NAMES.size()];
    unanswerable[BIAS] = 2.0;
    AnswerModel model = new AnswerModel(ranker, filled(Features.ANSWER_NAMES.size(), 0), unanswerable);
    Path file = dir.resolve("model.json");

    model.write(file);
    AnswerModel again = read(file);

    double[] a = new double[Features.ANSWER_NAMES.size()];
    a[BIAS] = 1;
    assertThat(again.unanswerable(a)).isCloseTo(1 / (1 + Math.exp(-2.0)), within(1e-9));
  }

  @Test
  void constructor_unanswerableWeightsOfTheWrongLength_isRejected() {
    Map<Kind, double[]> ranker = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      ranker.put(k, filled(Features.NAMES.size(), 0));
    }

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AnswerModel(ranker, filled(Features.ANSWER_NAMES.size(), 0), new double[2]))
        .withMessageContaining("unanswerable");
  }
}
