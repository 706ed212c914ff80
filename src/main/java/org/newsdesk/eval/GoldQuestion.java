package org.newsdesk.eval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One evaluation question with its accepted answers and the articles that answer it.
 *
 * @param id       unique id within the gold file, e.g. {@code d01}
 * @param kind     what counts as a correct reply
 * @param question the question as a person would type it
 * @param answers  gold aliases, any of which is accepted; empty for unanswerable questions
 * @param docs     ids of the articles that contain the answer; empty for unanswerable questions
 */
public record GoldQuestion(String id, Kind kind, String question, List<String> answers, List<String> docs) {

  /** What a question asks for, which decides how its reply is scored. */
  public enum Kind {
    /** A short fact (name, number, date): the answer must contain an alias and little else. */
    FACTOID,
    /** A statement best shown as a sentence: an alias must be in the answer or the first evidence sentence. */
    SENTENCE,
    /** Not answered by the articles: the correct reply is an abstention. */
    UNANSWERABLE;

    /** Returns the lower-case name used in gold files and JSON reports. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a gold-file kind such as {@code factoid}, failing on unknown values. */
    @JsonCreator
    public static Kind fromJson(String value) {
      for (Kind kind : values()) {
        if (kind.jsonName().equals(value)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown kind '" + value + "' (expected factoid, sentence or unanswerable)");
    }
  }

  /** Validates the fields so that every question can be scored, treating missing lists as empty. */
  public GoldQuestion {
    requireText(id, "id");
    Objects.requireNonNull(kind, "missing kind");
    requireText(question, "question");
    answers = answers == null ? List.of() : List.copyOf(answers);
    docs = docs == null ? List.of() : List.copyOf(docs);
    if (kind == Kind.UNANSWERABLE && !answers.isEmpty()) {
      throw new IllegalArgumentException("unanswerable question " + id + " must not list answers");
    }
    if (kind != Kind.UNANSWERABLE) {
      if (answers.stream().allMatch(a -> AnswerText.tokens(a).isEmpty())) {
        throw new IllegalArgumentException("answerable question " + id + " needs an answer with words in it");
      }
      if (docs.isEmpty()) {
        throw new IllegalArgumentException("answerable question " + id + " needs at least one doc");
      }
    }
  }

  /** Returns true for factoid and sentence questions, which the articles do answer. */
  public boolean answerable() {
    return kind != Kind.UNANSWERABLE;
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing " + field);
    }
  }
}
