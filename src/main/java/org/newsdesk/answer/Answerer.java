package org.newsdesk.answer;

/** Answers a natural-language question from the indexed articles; implementations are thread-safe. */
public interface Answerer {

  /**
   * Answers one question; never throws for odd input, abstaining instead.
   *
   * @param question the question as typed by a person
   * @return the answer, or an abstention listing the closest passages
   */
  Answer answer(String question);
}
