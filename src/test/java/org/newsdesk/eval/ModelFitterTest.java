package org.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelFitterTest {

  /** Rows of [bias, signal, echo] where the label follows the signal and the echo copies it, with noise. */
  private static List<double[]> rows(List<Integer> labels) {
    Random random = new Random(7);
    List<double[]> xs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      double signal = random.nextDouble();
      labels.add(signal + 0.3 * random.nextGaussian() > 0.5 ? 1 : 0);
      xs.add(new double[] {1, signal, signal + 0.1 * random.nextGaussian()});
    }
    return xs;
  }

  @Test
  void newtonLogistic_featureThatPredictsTheLabel_getsAPositiveWeight() {
    List<Integer> ys = new ArrayList<>();
    List<double[]> xs = rows(ys);

    double[] w = ModelFitter.newtonLogistic(xs, ys, 3);

    assertThat(w[1] + w[2]).isGreaterThan(1);
  }

  @Test
  void newtonLogistic_featureOnAnotherScale_givesTheSameProbabilities() {
    List<Integer> ys = new ArrayList<>();
    List<double[]> xs = rows(ys);
    List<double[]> scaled = xs.stream().map(x -> new double[] {x[0], x[1] * 10, x[2] * 2}).toList();

    double[] w = ModelFitter.newtonLogistic(xs, ys, 3);
    double[] v = ModelFitter.newtonLogistic(scaled, ys, 3);

    // The penalty follows each feature's variance, so a feature in other units is held back alike.
    assertThat(v[1] * 10).isCloseTo(w[1], within(1e-6));
    assertThat(v[2] * 2).isCloseTo(w[2], within(1e-6));
    assertThat(v[0]).isCloseTo(w[0], within(1e-6));
  }

  @Test
  void newtonLogistic_flagSetOnOneWrongAnswer_keepsAModestWeight() {
    List<Integer> ys = new ArrayList<>();
    List<double[]> xs = new ArrayList<>();
    for (double[] x : rows(ys)) {
      xs.add(new double[] {x[0], x[1], 0});
    }
    xs.get(0)[2] = 1;
    ys.set(0, 0);

    double[] w = ModelFitter.newtonLogistic(xs, ys, 3);

    // Its variance is tiny, so without a floor its penalty would be too and the one answer would drive it to -10.
    assertThat(w[2]).isNegative().isGreaterThan(-5);
  }

  @Test
  void signConstrainedLogistic_weightAgainstItsKnownSign_isLeftOutAndTheRestRefitted() {
    List<Integer> ys = new ArrayList<>();
    List<double[]> xs = rows(ys);

    double[] w = ModelFitter.signConstrainedLogistic(xs, ys, new int[] {0, 1, -1});

    assertThat(w[2]).isZero();
    assertThat(w[1]).isGreaterThan(1);
  }

  @Test
  void signConstrainedLogistic_signsTheDataAgreeWith_fitsAsUnconstrained() {
    List<Integer> ys = new ArrayList<>();
    List<double[]> xs = rows(ys);
    double[] free = ModelFitter.newtonLogistic(xs, ys, 3);
    int[] signs = {0, free[1] >= 0 ? 1 : -1, free[2] >= 0 ? 1 : -1};

    double[] constrained = ModelFitter.signConstrainedLogistic(xs, ys, signs);

    for (int f = 0; f < 3; f++) {
      assertThat(constrained[f]).isCloseTo(free[f], within(1e-9));
    }
  }
}
