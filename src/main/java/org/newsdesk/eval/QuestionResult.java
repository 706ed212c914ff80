package org.newsdesk.eval;

import java.util.Objects;

/**
 * How one reply scored against its gold question.
 *
 * @param id                     the gold question's id
 * @param kind                   the gold question's kind
 * @param question               the question as asked
 * @param answered               whether the answerer gave an answer rather than abstaining
 * @param answer                 the answer text, or null when there is none
 * @param firstEvidenceArticleId the article id of the first evidence, or null when there is no evidence
 * @param hit                    whether the reply is correct under the rule for {@code kind}
 * @param exactMatch             normalized answer equals a normalized alias; factoid questions only, else false
 * @param f1                     best bag-of-tokens F1 against an alias; factoid questions only, else 0
 * @param support1               an alias occurs in the first evidence sentence; answerable questions only
 * @param support3               an alias occurs in one of the first three evidence sentences; answerable only
 * @param cite1                  the first evidence's article is one of the gold docs; answerable questions only
 * @param falseAbstention        an answerable question was not answered
 * @param confidence             the answerer's confidence
 * @param tookMs                 the answerer's reported time in milliseconds
 */
public record QuestionResult(String id, GoldQuestion.Kind kind, String question, boolean answered, String answer,
                             String firstEvidenceArticleId, boolean hit, boolean exactMatch, double f1,
                             boolean support1, boolean support3, boolean cite1, boolean falseAbstention,
                             double confidence, double tookMs) {

  /** Validates the required fields and the score ranges. */
  public QuestionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(question, "question");
    if (!(f1 >= 0 && f1 <= 1)) {
      throw new IllegalArgumentException("f1 must be in [0, 1]: " + f1);
    }
  }

  /** Returns true for factoid and sentence questions, the ones the support, cite and abstention rates cover. */
  public boolean answerable() {
    return kind != GoldQuestion.Kind.UNANSWERABLE;
  }
}
