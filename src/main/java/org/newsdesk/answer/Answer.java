package org.newsdesk.answer;

import java.util.List;
import java.util.Objects;

/**
 * The reply to one question: a short extractive answer (or an abstention) and its ranked evidence.
 *
 * @param question   the question as asked
 * @param answered   false when there is no confident answer in the articles
 * @param text       the short answer lifted from the first evidence sentence, or null when not answered
 * @param confidence calibrated probability in [0, 1] that the answer is right
 * @param evidence   supporting (or, when not answered, closest) passages, best first
 * @param cached     true when this reply was served from the answer cache
 * @param tookMs     wall-clock milliseconds spent producing this reply
 */
public record Answer(String question, boolean answered, String text, double confidence,
                     List<Evidence> evidence, boolean cached, double tookMs) {

  /** Validates the fields and freezes the evidence list. */
  public Answer {
    Objects.requireNonNull(question, "question");
    evidence = List.copyOf(evidence);
    if (answered && text == null) {
      throw new IllegalArgumentException("an answered reply needs answer text");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  /** Returns a copy marked as served from the cache, with the given time. */
  public Answer asCached(double cachedTookMs) {
    return new Answer(question, answered, text, confidence, evidence, true, cachedTookMs);
  }

  /** Returns a copy carrying another question text and time, for a reply reused from an equivalent question. */
  public Answer withQuestion(String askedQuestion) {
    return new Answer(askedQuestion, answered, text, confidence, evidence, cached, tookMs);
  }
}
