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
