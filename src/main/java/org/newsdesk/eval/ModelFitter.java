package org.newsdesk.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.answer.AnswerModel;
import org.newsdesk.answer.Candidate;
import org.newsdesk.answer.CandidateExtractor;
import org.newsdesk.answer.ExtractiveAnswerer;
import org.newsdesk.answer.ExtractiveAnswerer.ScoredCandidate;
import org.newsdesk.answer.Features;
import org.newsdesk.answer.Question;
import org.newsdesk.answer.TreeEnsemble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the answer model on gold questions in two stages. The ranker is fitted listwise: for every question with a
 * right candidate, a softmax over all its candidates' scores should put its mass on the right ones. Its linear
 * weights are fitted first, then boosted trees that correct the linear scores on the same loss. The calibrator
 * is then an L2-regularized logistic regression from the winning answer's features to whether it is right (always
 * wrong for unanswerable questions), so its output is a probability calibrated on these questions.
 */
public final class ModelFitter {

  private static final Logger LOG = LoggerFactory.getLogger(ModelFitter.class);
  /** Gradient steps of the ranker; its loss stops changing in the fourth decimal after about a thousand. */
  private static final int RANKER_ITERATIONS = 1500;
  // Left free: seven features another one restates: coverage (coverageWithTitle, articleCoverage), absoluteMatch
  // (bm25), missing and missingIdf (missingNearby and each other), unitFit (typeMatch), isA and focusNear (each
  // other). The fit splits their shared evidence and one of a pair then takes the other sign: with coverage counted,
  // a passage that matches every word of the question in absolute terms makes it likelier unanswerable, the fact
  // asked for being what the passage still lacks. Pinned, they dragged the winning margin and score out of the fit
  // with them. Offline, on the out-of-fold answers of the six-fold by groups of three of batches 1 to 18, freeing
  // them kept 3,185 of 4,612 questions right against 3,155; the six-fold itself, 3,176 against 3,136.
  /**
   * Which way each answer-level feature can move the probability that an answer is right (1 up, -1 down); the
   * estimate that a question is unanswerable moves the other way. Features not named are free.
   */
  private static final Map<String, Integer> RIGHT_SIGNS = Map.ofEntries(
      Map.entry("score", 1), Map.entry("margin", 1), Map.entry("share", 1),
      Map.entry("coverageWithTitle", 1), Map.entry("articleCoverage", 1), Map.entry("window", 1),
      Map.entry("typeMatch", 1), Map.entry("missingNearby", -1), Map.entry("unknown", -1),
      Map.entry("unitMismatch", -1), Map.entry("rivalName", -1), Map.entry("yesNo", -1));
  /**
   * The trees' settings, chosen offline by how often the right candidate came first, six-fold by groups of three
   * of batches 1 to 18, among the 3,353 questions with a right candidate: 2,522 with the linear weights alone, 2,571
   * with 150 trees of 7 leaves at rate 0.1, 2,583 with 300 trees of 15 leaves at rate 0.05, and 2,585 with 500 such
   * trees or with 300 trees of 31 leaves.
   */
  private static final TreeBooster BOOSTER = new TreeBooster(300, 15, 40, 0.05, 1.0);
  /** Folds for the out-of-fold rankings the calibrators are fitted on. */
  private static final int CALIBRATION_FOLDS = 5;
  private static final int NEWTON_ITERATIONS = 50;
  /**
   * Ridge penalty of the calibrator per unit of a feature's variance, so every feature is held back alike whatever
   * its scale (as a penalty on standardized features is): keeps it from trusting one feature on a few hundred
   * questions. A flat penalty of 1 held back a flag set on a tenth of the answers a hundred times as hard as the
   * score; offline on the six-fold's out-of-fold answers, the scaled one kept 3,186 questions right against 3,171
   * without sign constraints.
   */
  private static final double RIDGE = 1.0;
  /**
   * Smallest variance a feature's penalty is scaled by: that of a flag set on one answer in a hundred. A flag set on
   * one answer in four thousand would otherwise go almost unpenalized and take a weight of -10 from that one answer;
   * offline on the six-fold's out-of-fold answers, the floor changed nothing (3,186 against 3,185).
   */
  private static final double MIN_VARIANCE = 0.01;
  /** Penalty of the bias: small enough to leave the fit alone, large enough to keep the Newton system solvable. */
  private static final double MIN_RIDGE = 1e-6;
  private static final double LEARNING_RATE = 1.0;
  /** Keeps weights small so a handful of development questions cannot push one feature to extremes. */
  private static final double L2 = 0.003;
  /**
   * Penalty on how far one kind of typed mention departs from the shared typed weights: ten times {@link #L2},
   * chosen among 0.006, 0.03 and 0.1 by three-fold held-out accuracy on the development questions (527, 531 and 530
   * of 787 right).
   */
  private static final double L2_OWN = 0.03;

  private record Item(double[] x, AnswerModel.Kind kind, boolean right, ScoredCandidate scored) {
  }

  private record Example(GoldQuestion gold, Question question, List<Item> items) {
  }

  /**
   * Collects every question's candidates with the answerer and fits both models.
   *
   * @param answerer  the answerer whose candidates and features are used
   * @param questions gold questions
   * @return the fitted model
   */
  public AnswerModel fit(ExtractiveAnswerer answerer, List<GoldQuestion> questions) {
    List<Example> examples = new ArrayList<>();
    for (GoldQuestion g : questions) {
      List<Item> items = new ArrayList<>();
      ExtractiveAnswerer.Scored scored = answerer.score(g.question());
      for (ScoredCandidate sc : scored.candidates()) {
        items.add(new Item(sc.features(), AnswerModel.Kind.of(scored.question(), sc.candidate()),
            isRight(g, sc, answerer.replyText(sc, scored.candidates())), sc));
      }
      examples.add(new Example(g, scored.question(), items));
    }
    AnswerModel ranker = fitRanking(examples);
    // The calibrators learn from rankings of questions the ranker was not fitted on: on its own training questions
    // a ranker's winning margins are larger than it will ever see on new questions, and a calibrator fitted on them
    // trusts a large margin too much.
    List<double[]> xs = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    List<Integer> unanswerable = new ArrayList<>();
    for (int fold = 0; fold < CALIBRATION_FOLDS; fold++) {
      List<Example> train = new ArrayList<>();
      List<Example> held = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        (i % CALIBRATION_FOLDS == fold ? held : train).add(examples.get(i));
      }
      answerLevel(held, fitRanking(train), xs, right, unanswerable);
    }
    LOG.info("fitting the calibrator on {} answers ({} right, {} to unanswerable questions)", xs.size(),
        right.stream().mapToInt(i -> i).sum(), unanswerable.stream().mapToInt(i -> i).sum());
    int n = Features.ANSWER_NAMES.size();
    int[] signs = new int[n];
    for (int f = 0; f < n; f++) {
      signs[f] = RIGHT_SIGNS.getOrDefault(Features.ANSWER_NAMES.get(f), 0);
    }
    int[] opposite = java.util.Arrays.stream(signs).map(v -> -v).toArray();
    return new AnswerModel(linear(ranker), signConstrainedLogistic(xs, right, signs),
        signConstrainedLogistic(xs, unanswerable, opposite), ranker.trees());
  }

  /**
   * True when a candidate would count as a hit for the gold question, from one of its articles.
   *
   * @param g     the gold question
   * @param sc    the candidate
   * @param reply the text the reply would give for it (a descriptive answer includes a quote's continuation)
   * @return whether it is right
   */
  static boolean isRight(GoldQuestion g, ScoredCandidate sc, String reply) {
    if (!g.answerable()) {
      return false;
    }
    boolean sentence = sc.candidate().tag().equals(CandidateExtractor.SENTENCE);
    List<String> answer = AnswerText.tokens(reply);
    for (String alias : g.answers()) {
      List<String> gold = AnswerText.tokens(alias);
      if (gold.isEmpty() || !AnswerText.containsTokens(answer, gold)) {
        continue;
      }
      if (sentence || answer.size() <= gold.size() + Scorer.MAX_EXTRA_TOKENS) {
        return g.docs().isEmpty() || g.docs().contains(sc.candidate().passage().articleId());
      }
    }
    return false;
  }

  /** Fits the ranker, linear weights then trees; the returned model's calibrator is empty. */
  private static AnswerModel fitRanking(List<Example> examples) {
    Map<AnswerModel.Kind, double[]> linear = fitRanker(examples);
    AnswerModel linearOnly = new AnswerModel(linear, new double[Features.ANSWER_NAMES.size()]);
    List<List<double[]>> inputs = new ArrayList<>();
    List<boolean[]> right = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    for (Example e : examples) {
      List<AnswerModel.Kind> kinds = e.items().stream().map(Item::kind).toList();
      List<double[]> xs = e.items().stream().map(Item::x).toList();
      boolean[] r = new boolean[xs.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = e.items().get(i).right();
      }
      inputs.add(TreeEnsemble.inputs(kinds, xs));
      right.add(r);
      base.add(linearOnly.scores(kinds, xs));
    }
    return new AnswerModel(linear, new double[Features.ANSWER_NAMES.size()], null,
        BOOSTER.fit(inputs, right, base));
  }

  private static Map<AnswerModel.Kind, double[]> linear(AnswerModel model) {
    Map<AnswerModel.Kind, double[]> w = new EnumMap<>(AnswerModel.Kind.class);
    for (AnswerModel.Kind k : AnswerModel.Kind.values()) {
      w.put(k, model.ranker(k));
    }
    return w;
  }

  /**
   * Fits the linear ranker listwise. Each kind of typed mention scores with a vector shared by all typed kinds plus
   * its own offset, and the offsets are held closer to zero than the shared vector: a kind departs from the shared
   * weights only as far as its own questions show, so a kind with few questions is not fitted on those alone.
   */
  private static Map<AnswerModel.Kind, double[]> fitRanker(List<Example> examples) {
    int n = Features.NAMES.size();
    double[] shared = new double[n];
    Map<AnswerModel.Kind, double[]> own = new EnumMap<>(AnswerModel.Kind.class);
    for (AnswerModel.Kind k : AnswerModel.Kind.values()) {
      own.put(k, new double[n]);
    }
    List<Example> usable = examples.stream().filter(e -> e.items().stream().anyMatch(Item::right)).toList();
    LOG.debug("fitting the ranker on {} questions with a right candidate (of {})", usable.size(), examples.size());
    for (int it = 0; it < RANKER_ITERATIONS; it++) {
      Map<AnswerModel.Kind, double[]> w = combined(shared, own);
      Map<AnswerModel.Kind, double[]> grad = new EnumMap<>(AnswerModel.Kind.class);
      for (AnswerModel.Kind k : AnswerModel.Kind.values()) {
        grad.put(k, new double[n]);
      }
      double loss = 0;
      for (Example e : usable) {
        double[] z = new double[e.items().size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
          Item item = e.items().get(i);
          z[i] = dot(w.get(item.kind()), item.x());
          max = Math.max(max, z[i]);
        }
        double total = 0;
        for (int i = 0; i < z.length; i++) {
          z[i] = Math.exp(z[i] - max);
          total += z[i];
        }
        long rights = e.items().stream().filter(Item::right).count();
        double rightMass = 0;
        for (int i = 0; i < z.length; i++) {
          rightMass += e.items().get(i).right() ? z[i] / total : 0;
        }
        loss -= Math.log(Math.max(rightMass, 1e-12));
        for (int i = 0; i < z.length; i++) {
          Item item = e.items().get(i);
          double target = item.right() ? 1.0 / rights : 0;
          double diff = z[i] / total - target;
          double[] g = grad.get(item.kind());
          for (int f = 0; f < n; f++) {
            g[f] += diff * item.x()[f];
          }
        }
      }
      if (it % 500 == 0 || it == RANKER_ITERATIONS - 1) {
        LOG.debug("ranker iteration {}: mean loss {}", it, String.format("%.4f", loss / Math.max(1, usable.size())));
      }
      double scale = Math.max(1, usable.size());
      double[] sharedGrad = new double[n];
      for (AnswerModel.Kind k : AnswerModel.Kind.values()) {
        double[] wk = own.get(k);
        double[] g = grad.get(k);
        double l2 = k.typed() ? L2_OWN : L2;
        for (int f = 0; f < n; f++) {
          wk[f] -= LEARNING_RATE * (g[f] / scale + l2 * wk[f]);
          sharedGrad[f] += k.typed() ? g[f] : 0;
        }
      }
      for (int f = 0; f < n; f++) {
        shared[f] -= LEARNING_RATE * (sharedGrad[f] / scale + L2 * shared[f]);
      }
    }
    return combined(shared, own);
  }

  /** Each kind's ranking weights: its own, plus the shared ones for typed kinds. */
  private static Map<AnswerModel.Kind, double[]> combined(double[] shared, Map<AnswerModel.Kind, double[]> own) {
    Map<AnswerModel.Kind, double[]> w = new EnumMap<>(AnswerModel.Kind.class);
    for (AnswerModel.Kind k : AnswerModel.Kind.values()) {
      double[] wk = own.get(k).clone();
      for (int f = 0; k.typed() && f < wk.length; f++) {
        wk[f] += shared[f];
      }
      w.put(k, wk);
    }
    return w;
  }

  /**
   * Collects, for every question with a candidate, the winning answer's features under {@code ranker}, whether it
   * is right, and whether the question is unanswerable.
   */
  private static void answerLevel(List<Example> examples, AnswerModel ranker, List<double[]> xs,
                                  List<Integer> right, List<Integer> unanswerable) {
    for (Example e : examples) {
      if (e.items().isEmpty()) {
        continue;
      }
      List<ScoredCandidate> ranked = ExtractiveAnswerer.ranked(ranker, e.question(),
          e.items().stream().map(Item::scored).toList());
      xs.add(ExtractiveAnswerer.answerFeatures(e.question(), ranked));
      Candidate best = ranked.get(0).candidate();
      right.add(e.items().stream().anyMatch(i -> i.scored().candidate() == best && i.right()) ? 1 : 0);
      unanswerable.add(e.gold().answerable() ? 0 : 1);
    }
  }

  /**
   * Logistic regression whose weights keep the signs known beforehand ({@code signs[f]} 1: not negative, -1: not
   * positive, 0: free): a feature whose fitted weight comes out the wrong way, because it is rare or moves with
   * others, is left out and the rest refitted, until every weight agrees. Without this, a few development questions
   * can teach the calibrator that a wrong unit makes an answer likelier right.
   */
  static double[] signConstrainedLogistic(List<double[]> xs, List<Integer> ys, int[] signs) {
    int n = signs.length;
    boolean[] out = new boolean[n];
    while (true) {
      List<double[]> masked = new ArrayList<>(xs.size());
      for (double[] x : xs) {
        double[] m = x.clone();
        for (int f = 0; f < n; f++) {
          m[f] = out[f] ? 0 : m[f];
        }
        masked.add(m);
      }
      double[] w = newtonLogistic(masked, ys, n);
      int worst = -1;
      for (int f = 0; f < n; f++) {
        if (!out[f] && signs[f] != 0 && w[f] * signs[f] < 0 && (worst < 0 || Math.abs(w[f]) > Math.abs(w[worst]))) {
          worst = f;
        }
      }
      if (worst < 0) {
        return w;
      }
      out[worst] = true;
    }
  }

  /**
   * Ridge-regularized logistic regression by Newton's method (iteratively reweighted least squares), which
   * converges in a few steps for a dozen features whatever their scales.
   */
  static double[] newtonLogistic(List<double[]> xs, List<Integer> ys, int n) {
    double[] ridge = ridges(xs, n);
    double[] w = new double[n];
    for (int it = 0; it < NEWTON_ITERATIONS; it++) {
      double[] grad = new double[n];
      double[][] hessian = new double[n][n];
      for (int j = 0; j < xs.size(); j++) {
        double[] x = xs.get(j);
        double p = 1 / (1 + Math.exp(-dot(w, x)));
        double err = ys.get(j) - p;
        double weight = Math.max(p * (1 - p), 1e-6);
        for (int a = 0; a < n; a++) {
          grad[a] += err * x[a];
          for (int b = 0; b < n; b++) {
            hessian[a][b] += weight * x[a] * x[b];
          }
        }
      }
      for (int a = 0; a < n; a++) {
        grad[a] -= ridge[a] * w[a];
        hessian[a][a] += ridge[a];
      }
      double[] step = solve(hessian, grad);
      double size = 0;
      for (int a = 0; a < n; a++) {
        w[a] += step[a];
        size += Math.abs(step[a]);
      }
      if (size < 1e-8) {
        break;
      }
    }
    return w;
  }

  /**
   * Each weight's ridge penalty: {@link #RIDGE} times the feature's variance over the answers, at least
   * {@link #MIN_VARIANCE}; the bias (feature 0) gets only {@link #MIN_RIDGE}.
   */
  private static double[] ridges(List<double[]> xs, int n) {
    double[] sum = new double[n];
    double[] squares = new double[n];
    for (double[] x : xs) {
      for (int a = 0; a < n; a++) {
        sum[a] += x[a];
        squares[a] += x[a] * x[a];
      }
    }
    double[] ridge = new double[n];
    for (int a = 0; a < n; a++) {
      double mean = sum[a] / Math.max(1, xs.size());
      double variance = Math.max(0, squares[a] / Math.max(1, xs.size()) - mean * mean);
      ridge[a] = a == 0 ? MIN_RIDGE : RIDGE * Math.max(MIN_VARIANCE, variance);
    }
    return ridge;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is symmetric positive). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = m[r][n];
      for (int c = r + 1; c < n; c++) {
        sum -= m[r][c] * x[c];
      }
      x[r] = sum / m[r][r];
    }
    return x;
  }

  private static double dot(double[] w, double[] x) {
    double z = 0;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return z;
  }
}
