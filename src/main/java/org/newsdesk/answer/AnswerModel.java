package org.newsdesk.answer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two fitted models of answering: a ranker that scores candidate answers (one linear weight vector per kind of
 * candidate plus boosted trees over the candidates' features and their gaps to the question's best, fitted listwise
 * so the right candidate of a question outranks the others), and a logistic calibrator that turns the winning
 * answer's evidence into a probability of being right. Both are fitted on the development
 * questions by {@code newsdesk eval --fit} and shipped as {@code model/answer-model.json}.
 */
public final class AnswerModel {

  /** Classpath location of the fitted weights. */
  public static final String RESOURCE = "/model/answer-model.json";

  /**
   * Candidate kinds that have their own ranking weights. A typed mention's kind follows what the question asks for,
   * because what singles out the right mention differs by the asked-for type: the counted noun beside a number for
   * "how many states", a title beside a name for "who is the president".
   */
  public enum Kind {
    /** An entity or value mention for a question that asks for a quantity: a count, amount, share, length or rank. */
    QUANTITY,
    /** An entity or value mention for a question that asks for a name: a person, organization, place or thing. */
    NAME,
    /** An entity or value mention for a question that asks for a date or time. */
    TIME,
    /** A noun phrase for what/which questions. */
    PHRASE,
    /** A whole sentence for descriptive questions. */
    SENTENCE;

    /** Returns the kind of a candidate by its tag and, for a typed mention, by the type the question asks for. */
    public static Kind of(Question q, Candidate c) {
      return switch (c.tag()) {
        case CandidateExtractor.SENTENCE -> SENTENCE;
        case CandidateExtractor.PHRASE -> PHRASE;
        default -> switch (q.type()) {
          case DATE -> TIME;
          case NUMBER, MONEY, PERCENT, DURATION, ORDINAL -> QUANTITY;
          default -> NAME;
        };
      };
    }

    /** Returns true for the kinds of typed mention, whose weights are fitted as one shared vector plus their own. */
    public boolean typed() {
      return this == QUANTITY || this == NAME || this == TIME;
    }
  }

  private final Map<Kind, double[]> ranker;
  private final double[] calibrator;
  /** Weights of the probability that the question is not answered by the articles at all; null when not fitted. */
  private final double[] unanswerable;
  /** Trees whose sum is added to the linear ranking score; none for a model fitted without them. */
  private final TreeEnsemble trees;

  /**
   * Creates a model.
   *
   * @param ranker     weights by kind, each in {@link Features#NAMES} order
   * @param calibrator weights in {@link Features#ANSWER_NAMES} order
   */
  public AnswerModel(Map<Kind, double[]> ranker, double[] calibrator) {
    this(ranker, calibrator, null);
  }

  /**
   * Creates a model that also estimates whether a question is answerable at all.
   *
   * @param ranker       weights by kind, each in {@link Features#NAMES} order
   * @param calibrator   weights in {@link Features#ANSWER_NAMES} order
   * @param unanswerable weights in {@link Features#ANSWER_NAMES} order, or null
   */
  public AnswerModel(Map<Kind, double[]> ranker, double[] calibrator, double[] unanswerable) {
    this(ranker, calibrator, unanswerable, TreeEnsemble.NONE);
  }

  /**
   * Creates a model whose ranker adds boosted trees to its linear scores.
   *
   * @param ranker       weights by kind, each in {@link Features#NAMES} order
   * @param calibrator   weights in {@link Features#ANSWER_NAMES} order
   * @param unanswerable weights in {@link Features#ANSWER_NAMES} order, or null
   * @param trees        trees over {@link TreeEnsemble#inputs}, added to the linear scores
   */
  public AnswerModel(Map<Kind, double[]> ranker, double[] calibrator, double[] unanswerable, TreeEnsemble trees) {
    for (Kind k : Kind.values()) {
      double[] w = ranker.get(k);
      if (w == null || w.length != Features.NAMES.size()) {
        throw new IllegalArgumentException("ranker needs " + Features.NAMES.size() + " weights for " + k);
      }
    }
    if (calibrator.length != Features.ANSWER_NAMES.size()) {
      throw new IllegalArgumentException("calibrator needs " + Features.ANSWER_NAMES.size() + " weights");
    }
    this.ranker = new EnumMap<>(ranker);
    this.calibrator = calibrator.clone();
    if (unanswerable != null && unanswerable.length != Features.ANSWER_NAMES.size()) {
      throw new IllegalArgumentException("unanswerable needs " + Features.ANSWER_NAMES.size() + " weights");
    }
    this.unanswerable = unanswerable == null ? null : unanswerable.clone();
    this.trees = java.util.Objects.requireNonNull(trees, "trees");
  }

  /** Loads the shipped model from the classpath. */
  public static AnswerModel bundled() {
    try (InputStream in = AnswerModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build must package " + RESOURCE);
      }
      return fromJson(new ObjectMapper().readValue(in, new TypeReference<>() { }));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Builds a model from {@code {"ranker": {"NAME": {"bias": ...}, ...}, "calibrator": {"bias": ...}, "treeInputs":
   * 93, "trees": [...]}}; features not named weigh 0, unknown features and kinds are rejected, no trees add nothing,
   * and trees fitted on another number of inputs are rejected.
   */
  public static AnswerModel fromJson(Map<String, Object> json) {
    Map<Kind, double[]> ranker = new EnumMap<>(Kind.class);
    Map<String, Object> rankerJson = section(json, "ranker");
    for (String kind : rankerJson.keySet()) {
      if (java.util.Arrays.stream(Kind.values()).noneMatch(k -> k.name().equals(kind))) {
        // A model fitted for other kinds of candidate would leave some kinds unweighted and rank them at random.
        throw new IllegalArgumentException("unknown candidate kind " + kind + " in ranker; expected "
            + java.util.Arrays.toString(Kind.values()));
      }
    }
    for (Kind k : Kind.values()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> named = (Map<String, Object>) rankerJson.getOrDefault(k.name(), Map.of());
      ranker.put(k, vector(named, Features.NAMES, "ranker " + k));
    }
    Map<String, Object> unanswerable = json.containsKey("unanswerable") ? section(json, "unanswerable") : null;
    Object trees = json.getOrDefault("trees", List.of());
    if (!(trees instanceof List<?> list) || list.stream().anyMatch(t -> !(t instanceof Map))) {
      throw new IllegalArgumentException("trees must be a list of objects");
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> treeJson = (List<Map<String, Object>>) trees;
    Object inputs = json.get("treeInputs");
    if (!treeJson.isEmpty() && !(inputs instanceof Number n && n.intValue() == TreeEnsemble.INPUTS)) {
      // Trees index their inputs by position: fitted before a feature was added, they would read the wrong ones.
      throw new IllegalArgumentException("trees were fitted on " + inputs + " inputs; this build gives them "
          + TreeEnsemble.INPUTS + " (refit the model with eval --fit)");
    }
    return new AnswerModel(ranker, vector(section(json, "calibrator"), Features.ANSWER_NAMES, "calibrator"),
        unanswerable == null ? null : vector(unanswerable, Features.ANSWER_NAMES, "unanswerable"),
        TreeEnsemble.fromJson(treeJson));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> json, String name) {
    Object v = json.getOrDefault(name, Map.of());
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException(name + " must be an object of named weights");
    }
    return (Map<String, Object>) v;
  }

  private static double[] vector(Map<String, Object> named, List<String> names, String what) {
    for (String name : named.keySet()) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("unknown feature " + name + " in " + what);
      }
    }
    double[] w = new double[names.size()];
    for (int i = 0; i < w.length; i++) {
      Object v = named.get(names.get(i));
      w[i] = v == null ? 0 : ((Number) v).doubleValue();
    }
    return w;
  }

  /** Writes the model as JSON (the shape {@link #fromJson} reads). */
  public void write(Path file) throws IOException {
    Map<String, Object> rankerJson = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      rankerJson.put(k.name(), named(ranker.get(k), Features.NAMES));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ranker", rankerJson);
    json.put("calibrator", named(calibrator, Features.ANSWER_NAMES));
    if (unanswerable != null) {
      json.put("unanswerable", named(unanswerable, Features.ANSWER_NAMES));
    }
    if (trees.size() > 0) {
      json.put("treeInputs", TreeEnsemble.INPUTS);
      json.put("trees", trees.toJson());
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
  }

  private static Map<String, Double> named(double[] w, List<String> names) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < w.length; i++) {
      out.put(names.get(i), Math.round(w[i] * 10000) / 10000.0);
    }
    return out;
  }

  /** Returns the linear part of the ranking score of a candidate of {@code kind} with features {@code x}. */
  public double linearScore(Kind kind, double[] x) {
    return dot(ranker.get(kind), x);
  }

  /**
   * Returns the ranking scores of all the candidates of one question (higher is better): the linear score plus the
   * trees', which look at each candidate beside the others.
   *
   * @param kinds    each candidate's kind
   * @param features each candidate's features, in {@link Features#NAMES} order
   * @return one score per candidate, in their order
   */
  public double[] scores(List<Kind> kinds, List<double[]> features) {
    if (kinds.size() != features.size()) {
      throw new IllegalArgumentException("one kind per candidate: " + kinds.size() + " for " + features.size());
    }
    double[] out = new double[features.size()];
    List<double[]> inputs = trees.size() > 0 ? TreeEnsemble.inputs(kinds, features) : null;
    for (int i = 0; i < out.length; i++) {
      out[i] = linearScore(kinds.get(i), features.get(i)) + (inputs == null ? 0 : trees.apply(inputs.get(i)));
    }
    return out;
  }

  /** Returns the calibrated probability that an answer with answer-level features {@code a} is right. */
  public double confidence(double[] a) {
    return 1 / (1 + Math.exp(-dot(calibrator, a)));
  }

  /**
   * Returns the estimated probability that the articles do not answer the question at all, from the best answer's
   * features; 0 when the model has no such weights.
   */
  public double unanswerable(double[] a) {
    return unanswerable == null ? 0 : 1 / (1 + Math.exp(-dot(unanswerable, a)));
  }

  /** Returns the ranking weights of one kind (a copy). */
  public double[] ranker(Kind kind) {
    return ranker.get(kind).clone();
  }

  /** Returns the ranker's trees. */
  public TreeEnsemble trees() {
    return trees;
  }

  /** Returns the calibrator's weights (a copy). */
  public double[] calibrator() {
    return calibrator.clone();
  }

  private static double dot(double[] w, double[] x) {
    double z = 0;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return z;
  }
}
