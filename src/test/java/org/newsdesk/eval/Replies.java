package org.newsdesk.eval;

import java.util.Arrays;
import java.util.List;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Evidence;
import org.newsdesk.eval.GoldQuestion.Kind;
import org.newsdesk.search.Citation;

/** Builds gold questions and replies for tests, so each test states only what it is about. */
final class Replies {

  /** The article every fixture question is answered by unless a test says otherwise. */
  static final String GOLD_DOC = "000_gold";

  private Replies() {
  }

  /** Returns a factoid question answered by {@link #GOLD_DOC}. */
  static GoldQuestion factoid(String id, String... aliases) {
    return new GoldQuestion(id, Kind.FACTOID, "question " + id + "?", List.of(aliases), List.of(GOLD_DOC));
  }

  /** Returns a sentence question answered by {@link #GOLD_DOC}. */
  static GoldQuestion sentence(String id, String... aliases) {
    return new GoldQuestion(id, Kind.SENTENCE, "question " + id + "?", List.of(aliases), List.of(GOLD_DOC));
  }

  /** Returns an unanswerable question. */
  static GoldQuestion unanswerable(String id) {
    return new GoldQuestion(id, Kind.UNANSWERABLE, "question " + id + "?", List.of(), List.of());
  }

  /** Returns evidence from {@code articleId} without a marked answer span. */
  static Evidence evidence(String articleId, String sentence) {
    Citation citation = new Citation(articleId, "Title of " + articleId, null, null, null, articleId + ".txt");
    return new Evidence(citation, sentence, 0, null, -1, -1, 1.0);
  }

  /** Returns evidence from {@link #GOLD_DOC}, one per sentence, in order. */
  static Evidence[] sentences(String... sentences) {
    return Arrays.stream(sentences).map(s -> evidence(GOLD_DOC, s)).toArray(Evidence[]::new);
  }

  /** Returns an answered reply. */
  static Answer answered(String text, double confidence, Evidence... evidence) {
    return new Answer("q", true, text, confidence, List.of(evidence), false, 10);
  }

  /** Returns an abstention listing the closest passages. */
  static Answer abstained(double confidence, Evidence... evidence) {
    return new Answer("q", false, null, confidence, List.of(evidence), false, 10);
  }
}
