package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.AnswerModel.Kind;

class TreeEnsembleTest {

  private static final int N = Features.NAMES.size();

  /** One split on input {@code feature}: at most {@code threshold} gives {@code low}, more gives {@code high}. */
  private static TreeEnsemble.Tree stump(int feature, double threshold, double low, double high) {
    return new TreeEnsemble.Tree(new int[] {feature, -1, -1}, new double[] {threshold, 0, 0}, new int[] {1, 0, 0},
        new int[] {2, 0, 0}, new double[] {0, low, high});
  }

  private static double[] features(double... leading) {
    double[] x = new double[N];
    System.arraycopy(leading, 0, x, 0, leading.length);
    return x;
  }

  @Test
  void inputs_giveFeaturesTheirGapToTheBestAndAFlagForTheKind() {
    List<double[]> z = TreeEnsemble.inputs(List.of(Kind.NAME, Kind.PHRASE),
        List.of(features(1, 0.25), features(0.5, 0.75)));

    assertThat(z.get(0)).hasSize(TreeEnsemble.INPUTS);
    assertThat(z.get(0)[0]).isEqualTo(1);
    assertThat(z.get(0)[N]).isZero();
    assertThat(z.get(0)[N + 1]).isEqualTo(-0.5);
    assertThat(z.get(1)[N]).isEqualTo(-0.5);
    assertThat(z.get(1)[N + 1]).isZero();
    assertThat(z.get(0)[2 * N + Kind.NAME.ordinal()]).isEqualTo(1);
    assertThat(z.get(0)[2 * N + Kind.PHRASE.ordinal()]).isZero();
    assertThat(z.get(1)[2 * N + Kind.PHRASE.ordinal()]).isEqualTo(1);
  }

  @Test
  void apply_sumsTheLeafEachTreeSendsTheInputTo() {
    TreeEnsemble trees = new TreeEnsemble(List.of(stump(0, 0.5, -1, 2), stump(N, -0.1, -3, 0.25)));
    List<double[]> z = TreeEnsemble.inputs(List.of(Kind.NAME, Kind.NAME), List.of(features(1), features(0.5)));

    assertThat(trees.apply(z.get(0))).isEqualTo(2.25);
    assertThat(trees.apply(z.get(1))).isEqualTo(-4);
    assertThat(TreeEnsemble.NONE.apply(z.get(0))).isZero();
  }

  @Test
  void toJson_thenFromJson_scoresAlike() {
    TreeEnsemble trees = new TreeEnsemble(List.of(stump(3, 0.125, -0.5, 0.75), stump(N + 3, -0.2, 1, -1)));
    TreeEnsemble back = TreeEnsemble.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().convertValue(
        trees.toJson(), new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() { }));

    for (double v : new double[] {0, 0.125, 0.5}) {
      double[] z = TreeEnsemble.inputs(List.of(Kind.TIME), List.of(features(0, 0, 0, v))).get(0);
      assertThat(back.apply(z)).isCloseTo(trees.apply(z), within(1e-12));
    }
    assertThat(back.size()).isEqualTo(2);
  }

  @Test
  void tree_whoseChildPointsBackward_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new TreeEnsemble.Tree(new int[] {0, -1, -1},
        new double[3], new int[] {0, 0, 0}, new int[] {2, 0, 0}, new double[3]))
        .withMessageContaining("node 0");
  }

  @Test
  void fromJson_treeWithoutValues_isRejectedByName() {
    Map<String, Object> tree = Map.of("feature", List.of(-1), "threshold", List.of(0), "left", List.of(0),
        "right", List.of(0));

    assertThatIllegalArgumentException().isThrownBy(() -> TreeEnsemble.fromJson(List.of(tree)))
        .withMessageContaining("value");
  }
}
