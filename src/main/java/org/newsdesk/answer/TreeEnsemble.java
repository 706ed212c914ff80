package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sum of small regression trees that adds to the linear ranker's score what a weighted sum cannot express: a
 * feature that matters only beside another, or only when the candidate trails the question's best candidate on it.
 * Its inputs are a candidate's features, their gaps to the largest value among the question's candidates, and its
 * kind; see {@link #inputs}.
 */
public final class TreeEnsemble {

  /** Number of inputs of a candidate: its features, their gaps to the question's best, and one flag per kind. */
  public static final int INPUTS = 2 * Features.NAMES.size() + AnswerModel.Kind.values().length;

  /** An ensemble that adds nothing, for a model fitted without trees. */
  public static final TreeEnsemble NONE = new TreeEnsemble(List.of());

  /**
   * One regression tree in arrays indexed by node, the root at 0: an inner node sends an input whose value at
   * {@code feature} is at most {@code threshold} to {@code left}, any other to {@code right}; a leaf has feature -1
   * and gives {@code value}.
   *
   * @param feature   the input each node tests, or -1 at a leaf
   * @param threshold the largest value that goes left
   * @param left      the node for values at most the threshold
   * @param right     the node for larger values
   * @param value     a leaf's score
   */
  public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {

    /** Checks that the arrays describe one tree over {@link #INPUTS} inputs. */
    public Tree {
      int n = feature.length;
      if (threshold.length != n || left.length != n || right.length != n || value.length != n || n == 0) {
        throw new IllegalArgumentException("a tree needs equally long, non-empty node arrays");
      }
      for (int i = 0; i < n; i++) {
        if (feature[i] >= INPUTS || feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n
            || right[i] >= n)) {
          throw new IllegalArgumentException("tree node " + i + " points outside the tree or its inputs");
        }
      }
    }

    /** Returns the value of the leaf {@code z} falls into. */
    public double apply(double[] z) {
      int node = 0;
      while (feature[node] >= 0) {
        node = z[feature[node]] <= threshold[node] ? left[node] : right[node];
      }
      return value[node];
    }
  }

  private final List<Tree> trees;

  /**
   * Creates an ensemble.
   *
   * @param trees the trees whose leaf values are summed
   */
  public TreeEnsemble(List<Tree> trees) {
    this.trees = List.copyOf(trees);
  }

  /** Returns the number of trees. */
  public int size() {
    return trees.size();
  }

  /**
   * Returns the inputs of every candidate of one question: its features, each feature's gap to the largest value
   * among these candidates (0 for the best, negative below it), and a 1 for its kind.
   *
   * @param kinds    each candidate's kind
   * @param features each candidate's features, in {@link Features#NAMES} order
   * @return one input vector per candidate
   */
  public static List<double[]> inputs(List<AnswerModel.Kind> kinds, List<double[]> features) {
    int n = Features.NAMES.size();
    double[] max = new double[n];
    java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (double[] x : features) {
      for (int f = 0; f < n; f++) {
        max[f] = Math.max(max[f], x[f]);
      }
    }
    List<double[]> out = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      double[] x = features.get(i);
      double[] z = new double[INPUTS];
      for (int f = 0; f < n; f++) {
        z[f] = x[f];
        z[n + f] = x[f] - max[f];
      }
      z[2 * n + kinds.get(i).ordinal()] = 1;
      out.add(z);
    }
    return out;
  }

  /** Returns the sum of the trees' values for one input vector (0 without trees). */
  public double apply(double[] z) {
    double sum = 0;
    for (Tree t : trees) {
      sum += t.apply(z);
    }
    return sum;
  }

  /** Returns the trees as JSON-ready maps of their node arrays (the shape {@link #fromJson} reads). */
  public List<Map<String, Object>> toJson() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Tree t : trees) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("feature", t.feature());
      m.put("threshold", t.threshold());
      m.put("left", t.left());
      m.put("right", t.right());
      m.put("value", t.value());
      out.add(m);
    }
    return out;
  }

  /**
   * Builds an ensemble from a list of {@code {"feature": [...], "threshold": [...], "left": [...], "right": [...],
   * "value": [...]}}; malformed trees are rejected.
   */
  public static TreeEnsemble fromJson(List<Map<String, Object>> json) {
    List<Tree> trees = new ArrayList<>();
    for (Map<String, Object> m : json) {
      trees.add(new Tree(ints(m, "feature"), doubles(m, "threshold"), ints(m, "left"), ints(m, "right"),
          doubles(m, "value")));
    }
    return new TreeEnsemble(trees);
  }

  private static List<?> list(Map<String, Object> m, String key) {
    if (!(m.get(key) instanceof List<?> l)) {
      throw new IllegalArgumentException("tree without a " + key + " array");
    }
    return l;
  }

  private static int[] ints(Map<String, Object> m, String key) {
    return list(m, key).stream().mapToInt(v -> ((Number) v).intValue()).toArray();
  }

  private static double[] doubles(Map<String, Object> m, String key) {
    return list(m, key).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
  }
}
