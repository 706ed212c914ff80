package org.newsdesk.answer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logistic models that turn a candidate's {@link Features} into the probability that it is the right answer, one
 * per kind of candidate (typed mention, noun phrase, sentence). The weights are fitted on the development questions
 * by {@code newsdesk eval --fit} and shipped as {@code model/answer-model.json}.
 */
public final class AnswerModel {

  /** Classpath location of the fitted weights. */
  public static final String RESOURCE = "/model/answer-model.json";

  /** Candidate kinds that have their own weights. */
  public enum Kind {
    /** An entity or value mention of the expected type. */
    TYPED,
    /** A noun phrase for what/which questions. */
    PHRASE,
    /** A whole sentence for descriptive questions. */
    SENTENCE;

    /** Returns the kind of a candidate by its tag. */
    public static Kind of(Candidate c) {
      return switch (c.tag()) {
        case CandidateExtractor.SENTENCE -> SENTENCE;
        case CandidateExtractor.PHRASE -> PHRASE;
        default -> TYPED;
      };
    }
  }

  private final Map<Kind, double[]> weights;

  /** Creates a model from weights by kind, each in {@link Features#NAMES} order. */
  public AnswerModel(Map<Kind, double[]> weights) {
    for (Kind k : Kind.values()) {
      double[] w = weights.get(k);
      if (w == null || w.length != Features.NAMES.size()) {
        throw new IllegalArgumentException("model needs " + Features.NAMES.size() + " weights for " + k);
      }
    }
    this.weights = Map.copyOf(weights);
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

  /** Builds a model from the JSON shape {@code {"TYPED": {"bias": -2.0, ...}, ...}}; missing features weigh 0. */
  public static AnswerModel fromJson(Map<String, Map<String, Double>> json) {
    Map<Kind, double[]> weights = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      Map<String, Double> named = json.getOrDefault(k.name(), Map.of());
      for (String name : named.keySet()) {
        if (!Features.NAMES.contains(name)) {
          throw new IllegalArgumentException("unknown feature " + name + " in model for " + k);
        }
      }
      double[] w = new double[Features.NAMES.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = named.getOrDefault(Features.NAMES.get(i), 0.0);
      }
      weights.put(k, w);
    }
    return new AnswerModel(weights);
  }

  /** Writes the model as JSON (the shape {@link #fromJson} reads). */
  public void write(Path file) throws IOException {
    Map<String, Map<String, Double>> json = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      Map<String, Double> named = new LinkedHashMap<>();
      double[] w = weights.get(k);
      for (int i = 0; i < w.length; i++) {
        named.put(Features.NAMES.get(i), Math.round(w[i] * 10000) / 10000.0);
      }
      json.put(k.name(), named);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
  }

  /** Returns the probability that a candidate of {@code kind} with features {@code x} is right. */
  public double probability(Kind kind, double[] x) {
    double[] w = weights.get(kind);
    double z = 0;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Returns the weights of one kind (a copy). */
  public double[] weights(Kind kind) {
    return weights.get(kind).clone();
  }
}
