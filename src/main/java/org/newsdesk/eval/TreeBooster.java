package org.newsdesk.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsdesk.answer.TreeEnsemble;

/**
 * Fits a {@link TreeEnsemble} by gradient boosting on the ranker's listwise loss: starting from the linear ranker's
 * scores, each tree moves every candidate's score against the gradient of the softmax loss of its question, with
 * Newton leaf values. Splits are searched on binned inputs, as in LightGBM and scikit-learn's histogram boosting.
 */
final class TreeBooster {

  /** Candidate split points per input: quantiles of its values. */
  private static final int BINS = 64;
  /** Values sampled to place the split points. */
  private static final int SAMPLE = 20_000;
  /** Floor under a candidate's Hessian, as in the calibrator's Newton steps: a sure candidate still weighs a little. */
  private static final double MIN_HESSIAN = 1e-6;

  private final int trees;
  private final int maxLeaves;
  private final int minLeaf;
  private final double rate;
  private final double lambda;

  /**
   * Creates a booster.
   *
   * @param trees     number of trees
   * @param maxLeaves leaves per tree
   * @param minLeaf   fewest candidates in a leaf
   * @param rate      shrinkage of each tree's values
   * @param lambda    ridge penalty on leaf values
   */
  TreeBooster(int trees, int maxLeaves, int minLeaf, double rate, double lambda) {
    if (trees < 0 || maxLeaves < 2 || minLeaf < 1 || rate <= 0 || lambda < 0) {
      throw new IllegalArgumentException("bad boosting parameters");
    }
    this.trees = trees;
    this.maxLeaves = maxLeaves;
    this.minLeaf = minLeaf;
    this.rate = rate;
    this.lambda = lambda;
  }

  /**
   * Fits the trees.
   *
   * @param questions each question's candidates' inputs ({@link TreeEnsemble#inputs})
   * @param right     whether each candidate is right
   * @param base      each candidate's score before the trees (the linear ranker's)
   * @return the fitted trees
   */
  TreeEnsemble fit(List<List<double[]>> questions, List<boolean[]> right, List<double[]> base) {
    List<Integer> usable = new ArrayList<>();
    int n = 0;
    for (int q = 0; q < questions.size(); q++) {
      boolean any = false;
      for (boolean r : right.get(q)) {
        any |= r;
      }
      // A question without a right candidate has nothing to prefer under the listwise loss.
      if (any) {
        usable.add(q);
        n += questions.get(q).size();
      }
    }
    if (n == 0) {
      return TreeEnsemble.NONE;
    }
    List<double[]> rows = new ArrayList<>(n);
    List<int[]> groups = new ArrayList<>(usable.size());
    boolean[] ys = new boolean[n];
    // Each candidate's score so far, starting from the linear ranker's.
    double[] score = new double[n];
    for (int q : usable) {
      int start = rows.size();
      for (int i = 0; i < questions.get(q).size(); i++) {
        ys[rows.size()] = right.get(q)[i];
        score[rows.size()] = base.get(q)[i];
        rows.add(questions.get(q).get(i));
      }
      groups.add(new int[] {start, rows.size()});
    }
    int m = TreeEnsemble.INPUTS;
    double[][] cuts = new double[m][];
    for (int f = 0; f < m; f++) {
      cuts[f] = cuts(rows, f);
    }
    byte[] bins = new byte[n * m];
    for (int r = 0; r < n; r++) {
      double[] z = rows.get(r);
      for (int f = 0; f < m; f++) {
        int b = Arrays.binarySearch(cuts[f], z[f]);
        bins[r * m + f] = (byte) (b >= 0 ? b : -b - 1);
      }
    }
    double[] g = new double[n];
    double[] h = new double[n];
    List<TreeEnsemble.Tree> out = new ArrayList<>();
    for (int t = 0; t < trees; t++) {
      gradients(score, ys, groups, g, h);
      out.add(grow(bins, n, m, cuts, g, h, score));
    }
    return new TreeEnsemble(out);
  }

  /** The softmax loss's gradient and diagonal Hessian for each candidate, question by question. */
  private static void gradients(double[] score, boolean[] ys, List<int[]> groups, double[] g, double[] h) {
    for (int[] grp : groups) {
      double max = Double.NEGATIVE_INFINITY;
      int rights = 0;
      for (int r = grp[0]; r < grp[1]; r++) {
        max = Math.max(max, score[r]);
        rights += ys[r] ? 1 : 0;
      }
      double total = 0;
      for (int r = grp[0]; r < grp[1]; r++) {
        total += Math.exp(score[r] - max);
      }
      for (int r = grp[0]; r < grp[1]; r++) {
        double p = Math.exp(score[r] - max) / total;
        g[r] = p - (ys[r] ? 1.0 / rights : 0);
        h[r] = Math.max(p * (1 - p), MIN_HESSIAN);
      }
    }
  }

  /** Split points of one input: the distinct values when few, else quantiles of a sample. */
  private static double[] cuts(List<double[]> rows, int f) {
    int step = Math.max(1, rows.size() / SAMPLE);
    double[] v = new double[(rows.size() + step - 1) / step];
    for (int i = 0, j = 0; i < rows.size(); i += step, j++) {
      v[j] = rows.get(i)[f];
    }
    Arrays.sort(v);
    double[] distinct = Arrays.stream(v).distinct().toArray();
    if (distinct.length <= BINS) {
      // The last value needs no cut: nothing lies above it.
      return Arrays.copyOf(distinct, Math.max(0, distinct.length - 1));
    }
    double[] q = new double[BINS - 1];
    for (int i = 1; i < BINS; i++) {
      q[i - 1] = v[(int) ((long) i * v.length / BINS)];
    }
    return Arrays.stream(q).distinct().toArray();
  }

  /** A leaf while the tree grows: its candidates, sums and histograms, and its best split. */
  private static final class Leaf {
    int node;
    int[] rows;
    double sumG;
    double sumH;
    double[] histG;
    double[] histH;
    int[] histN;
    double gain;
    int feature = -1;
    int bin;
  }

  /**
   * Grows one tree on the gradients and adds its value to each candidate's score, through the leaf the candidate
   * fell into while the tree grew (the same leaf the finished tree routes its inputs to, since each split's threshold
   * is the upper edge of its bin).
   */
  private TreeEnsemble.Tree grow(byte[] bins, int n, int m, double[][] cuts, double[] g, double[] h, double[] score) {
    List<int[]> links = new ArrayList<>();
    List<Integer> features = new ArrayList<>();
    List<Double> thresholds = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    Leaf root = new Leaf();
    root.rows = new int[n];
    for (int r = 0; r < n; r++) {
      root.rows[r] = r;
    }
    histogram(root, bins, m, g, h);
    root.node = addNode(links, features, thresholds, values);
    bestSplit(root, m);
    List<Leaf> leaves = new ArrayList<>(List.of(root));
    while (leaves.size() < maxLeaves) {
      Leaf best = null;
      for (Leaf l : leaves) {
        if (l.feature >= 0 && (best == null || l.gain > best.gain)) {
          best = l;
        }
      }
      if (best == null) {
        break;
      }
      Leaf[] kids = split(best, bins, m, g, h);
      features.set(best.node, best.feature);
      thresholds.set(best.node, cuts[best.feature][best.bin]);
      for (Leaf k : kids) {
        k.node = addNode(links, features, thresholds, values);
        bestSplit(k, m);
      }
      links.set(best.node, new int[] {kids[0].node, kids[1].node});
      leaves.remove(best);
      leaves.addAll(List.of(kids));
    }
    for (Leaf l : leaves) {
      double value = -rate * l.sumG / (l.sumH + lambda);
      values.set(l.node, value);
      for (int r : l.rows) {
        score[r] += value;
      }
    }
    int size = features.size();
    int[] left = new int[size];
    int[] right = new int[size];
    for (int i = 0; i < size; i++) {
      left[i] = links.get(i)[0];
      right[i] = links.get(i)[1];
    }
    return new TreeEnsemble.Tree(features.stream().mapToInt(Integer::intValue).toArray(),
        thresholds.stream().mapToDouble(Double::doubleValue).toArray(), left, right,
        values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static int addNode(List<int[]> links, List<Integer> features, List<Double> thresholds,
                             List<Double> values) {
    links.add(new int[] {0, 0});
    features.add(-1);
    thresholds.add(0.0);
    values.add(0.0);
    return features.size() - 1;
  }

  private static void histogram(Leaf leaf, byte[] bins, int m, double[] g, double[] h) {
    leaf.histG = new double[m * (BINS + 1)];
    leaf.histH = new double[m * (BINS + 1)];
    leaf.histN = new int[m * (BINS + 1)];
    for (int r : leaf.rows) {
      leaf.sumG += g[r];
      leaf.sumH += h[r];
      int at = r * m;
      for (int f = 0; f < m; f++) {
        int i = f * (BINS + 1) + bins[at + f];
        leaf.histG[i] += g[r];
        leaf.histH[i] += h[r];
        leaf.histN[i]++;
      }
    }
  }

  private void bestSplit(Leaf leaf, int m) {
    double parent = leaf.sumG * leaf.sumG / (leaf.sumH + lambda);
    int count = leaf.rows.length;
    for (int f = 0; f < m; f++) {
      double gl = 0;
      double hl = 0;
      int nl = 0;
      for (int b = 0; b < BINS; b++) {
        int i = f * (BINS + 1) + b;
        gl += leaf.histG[i];
        hl += leaf.histH[i];
        nl += leaf.histN[i];
        if (nl < minLeaf) {
          continue;
        }
        if (count - nl < minLeaf) {
          break;
        }
        double gr = leaf.sumG - gl;
        double hr = leaf.sumH - hl;
        double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
        if (gain > leaf.gain + 1e-9) {
          leaf.gain = gain;
          leaf.feature = f;
          leaf.bin = b;
        }
      }
    }
  }

  /** Splits a leaf's candidates; the smaller child's histogram is built, the larger one's is the difference. */
  private static Leaf[] split(Leaf parent, byte[] bins, int m, double[] g, double[] h) {
    int f = parent.feature;
    int leftCount = 0;
    for (int r : parent.rows) {
      leftCount += bins[r * m + f] <= parent.bin ? 1 : 0;
    }
    Leaf left = new Leaf();
    Leaf right = new Leaf();
    left.rows = new int[leftCount];
    right.rows = new int[parent.rows.length - leftCount];
    int li = 0;
    int ri = 0;
    for (int r : parent.rows) {
      if (bins[r * m + f] <= parent.bin) {
        left.rows[li++] = r;
      } else {
        right.rows[ri++] = r;
      }
    }
    Leaf small = leftCount <= right.rows.length ? left : right;
    Leaf large = small == left ? right : left;
    histogram(small, bins, m, g, h);
    large.histG = parent.histG.clone();
    large.histH = parent.histH.clone();
    large.histN = parent.histN.clone();
    for (int i = 0; i < large.histG.length; i++) {
      large.histG[i] -= small.histG[i];
      large.histH[i] -= small.histH[i];
      large.histN[i] -= small.histN[i];
    }
    large.sumG = parent.sumG - small.sumG;
    large.sumH = parent.sumH - small.sumH;
    parent.histG = null;
    parent.histH = null;
    parent.histN = null;
    return new Leaf[] {left, right};
  }
}
