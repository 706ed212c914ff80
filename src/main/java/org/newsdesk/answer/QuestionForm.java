package org.newsdesk.answer;

/** The grammatical form of a question, from its question word. */
public enum QuestionForm {
  /** "who ...", "whom ...", "whose ...". */
  WHO,
  /** "what ...". */
  WHAT,
  /** "which ...". */
  WHICH,
  /** "when ...". */
  WHEN,
  /** "where ...". */
  WHERE,
  /** "why ...". */
  WHY,
  /** "how did ...", "how does ..." (manner). */
  HOW,
  /** "how many ...". */
  HOW_MANY,
  /** "how much ...". */
  HOW_MUCH,
  /** "how long ...". */
  HOW_LONG,
  /** "how far ...", "how big ...", "how old ..." (a measurement, named by the adjective). */
  HOW_MEASURE,
  /** "is/did/can ... ?". */
  YES_NO,
  /** "tell me about ...", "describe ...", "name ...". */
  IMPERATIVE,
  /** Keywords without a question form. */
  OTHER
}
