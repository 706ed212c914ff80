package org.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.AnswerModel.Kind;
import org.newsdesk.answer.Features;
import org.newsdesk.answer.TreeEnsemble;

class TreeBoosterTest {

  private static final int N = Features.NAMES.size();

  /**
   * Questions of four candidates whose two features sum to about 1; the right one stands in the middle of both, the
   * others at either end, so no weighted sum of the two can put it above all of them.
   */
  private static void questions(int count, long seed, List<List<double[]>> inputs, List<boolean[]> right,
                                List<double[]> base) {
    Random random = new Random(seed);
    for (int q = 0; q < count; q++) {
      List<double[]> xs = new ArrayList<>();
      boolean[] r = new boolean[4];
      int winner = random.nextInt(4);
      for (int i = 0; i < 4; i++) {
        double[] x = new double[N];
        double u = 0.2 * random.nextDouble();
        x[0] = i == winner ? 0.4 + u : i % 2 == 0 ? 0.8 + u : u;
        x[1] = 1 - x[0] + 0.05 * random.nextGaussian();
        xs.add(x);
        r[i] = i == winner;
      }
      inputs.add(TreeEnsemble.inputs(List.of(Kind.NAME, Kind.NAME, Kind.NAME, Kind.NAME), xs));
      right.add(r);
      base.add(new double[4]);
    }
  }

  private static int firstRight(TreeEnsemble trees, List<List<double[]>> inputs, List<boolean[]> right) {
    int hits = 0;
    for (int q = 0; q < inputs.size(); q++) {
      int best = 0;
      for (int i = 1; i < inputs.get(q).size(); i++) {
        best = trees.apply(inputs.get(q).get(i)) > trees.apply(inputs.get(q).get(best)) ? i : best;
      }
      hits += right.get(q)[best] ? 1 : 0;
    }
    return hits;
  }

  @Test
  void fit_rightCandidateMarkedOnlyByTwoFeaturesTogether_isRankedFirstOnNewQuestions() {
    List<List<double[]>> train = new ArrayList<>();
    List<boolean[]> trainRight = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    questions(400, 1, train, trainRight, base);
    List<List<double[]>> test = new ArrayList<>();
    List<boolean[]> testRight = new ArrayList<>();
    questions(200, 2, test, testRight, new ArrayList<>());

    TreeEnsemble trees = new TreeBooster(60, 7, 20, 0.2, 1.0)
        .fit(train, trainRight, base);

    // Four candidates: chance puts the right one first in about 50 of 200 questions.
    assertThat(firstRight(trees, test, testRight)).isGreaterThan(180);
  }

  @Test
  void fit_questionsWithoutARightCandidate_teachTheListwiseTreesNothing() {
    List<List<double[]>> inputs = new ArrayList<>();
    List<boolean[]> right = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    questions(100, 3, inputs, right, base);
    right.replaceAll(r -> new boolean[r.length]);

    TreeEnsemble trees = new TreeBooster(5, 7, 20, 0.2, 1.0).fit(inputs, right, base);

    assertThat(trees.size()).isZero();
  }

  @Test
  void fit_baseScoresThatAlreadyRankRight_areLeftAlmostAlone() {
    List<List<double[]>> inputs = new ArrayList<>();
    List<boolean[]> right = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    questions(200, 4, inputs, right, base);
    for (int q = 0; q < base.size(); q++) {
      for (int i = 0; i < 4; i++) {
        base.get(q)[i] = right.get(q)[i] ? 20 : 0;
      }
    }

    TreeEnsemble trees = new TreeBooster(20, 7, 20, 0.2, 1.0).fit(inputs, right, base);

    double largest = inputs.stream().flatMap(List::stream).mapToDouble(z -> Math.abs(trees.apply(z))).max()
        .orElseThrow();
    assertThat(largest).isLessThan(0.01);
  }

  @Test
  void new_withoutLeavesToSplit_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TreeBooster(10, 1, 20, 0.1, 1.0));
  }

  @Test
  void fit_sameQuestions_givesTheSameTrees() {
    List<List<double[]>> inputs = new ArrayList<>();
    List<boolean[]> right = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    questions(100, 5, inputs, right, base);
    TreeBooster booster = new TreeBooster(10, 7, 20, 0.2, 1.0);

    TreeEnsemble a = booster.fit(inputs, right, base);
    TreeEnsemble b = booster.fit(inputs, right, base);

    double[] sa = inputs.stream().flatMap(List::stream).mapToDouble(a::apply).toArray();
    double[] sb = inputs.stream().flatMap(List::stream).mapToDouble(b::apply).toArray();
    assertThat(Arrays.equals(sa, sb)).isTrue();
  }
}
