package org.newsdesk.answer;

/**
 * Hostile or odd things people type at the bot, each with the reply the design promises for it; shared by the tests
 * of the answering stack and of every front end so each case is checked everywhere under the same name.
 */
public enum HostileQuestion {

  EMPTY("empty", "", Outcome.NOT_A_QUESTION),
  WHITESPACE_ONLY("whitespace only", " \t\n \u00a0\u3000 ", Outcome.NOT_A_QUESTION),
  TEN_THOUSAND_CHARACTERS("10,000 characters", (HostileQuestion.PLAIN + " ").repeat(250).substring(0, 9_999) + "?",
      Outcome.TOO_LONG),
  EMOJI_ONLY("emoji only", "😀🔥👍🏽🏳️‍🌈", Outcome.NOT_A_QUESTION),
  RIGHT_TO_LEFT_SCRIPT("right-to-left script", "كم عدد أعضاء النقابة المضربين؟ מי המנהיג של האיגוד?",
      Outcome.ANSWER_OR_ABSTENTION),
  BIDI_OVERRIDE_CHARACTERS("right-to-left override characters", "\u202e" + HostileQuestion.PLAIN + "\u202c\u2067",
      Outcome.PLAIN_ANSWER),
  CONTROL_CHARACTERS("control characters", "How\u0000 many UAW\u0007 members are\u001b[31m on strike\u001b[0m at GM?"
      + "\u200b\r\n\u0085", Outcome.PLAIN_ANSWER),
  HTML_BOLD("HTML <b>", "<b>" + HostileQuestion.PLAIN + "</b>", Outcome.PLAIN_ANSWER),
  HTML_LINK("HTML <a href>", "<a href=\"https://evil.example/?a=1&b=2\">How many UAW members</a> are on strike at GM?",
      Outcome.PLAIN_ANSWER),
  HTML_UNBALANCED_ANGLE_BRACKET("unbalanced <", HostileQuestion.PLAIN + " <b <i", Outcome.PLAIN_ANSWER),
  MARKDOWN("Markdown", "**How many** UAW members are on _strike_ at [GM](https://evil.example)? `x`",
      Outcome.ANSWER_OR_ABSTENTION),
  LUCENE_FIELD_AND_OPEN_GROUP("Lucene syntax 'title:x AND ('", "title:x AND (", Outcome.ANSWER_OR_ABSTENTION),
  LUCENE_WILDCARD("Lucene syntax '*'", "*", Outcome.NOT_A_QUESTION),
  LUCENE_FUZZY("Lucene syntax '~'", "~", Outcome.NOT_A_QUESTION),
  LUCENE_ESCAPE("Lucene syntax '\\'", "\\", Outcome.NOT_A_QUESTION),
  LUCENE_SYNTAX_IN_A_QUESTION("Lucene syntax in a question", "How many UAW members~2 AND strike:* OR \"GM^10 (\\?",
      Outcome.ANSWER_OR_ABSTENTION),
  SQL_DROP_TABLE("SQL '; DROP TABLE", "'; DROP TABLE articles; --", Outcome.ANSWER_OR_ABSTENTION),
  SQL_ALWAYS_TRUE("SQL ' OR '1'='1", "1' OR '1'='1", Outcome.ANSWER_OR_ABSTENTION),
  ONE_STOP_WORD("one stop word", "the", Outcome.NOT_A_QUESTION);

  /** The plain question several cases disguise; the seed article answers it. */
  public static final String PLAIN = "How many UAW members are on strike at GM?";
  /** The answer to {@link #PLAIN} in the seed articles. */
  public static final String PLAIN_ANSWER = "48,000";

  /** The reply the design promises. */
  public enum Outcome {
    /** The polite "please ask a question about the articles" hint; the answerer is not asked. */
    NOT_A_QUESTION,
    /** The "too long" prompt naming the limit; the answerer is not asked. */
    TOO_LONG,
    /** Treated as words: an answer with evidence or an abstention, whichever the articles support. */
    ANSWER_OR_ABSTENTION,
    /** Cleaned back to {@link #PLAIN} (or its words) and answered with {@link #PLAIN_ANSWER}. */
    PLAIN_ANSWER
  }

  private final String description;
  private final String text;
  private final Outcome outcome;

  HostileQuestion(String description, String text, Outcome outcome) {
    this.description = description;
    this.text = text;
    this.outcome = outcome;
  }

  /** Returns what the person typed. */
  public String text() {
    return text;
  }

  /** Returns the reply the design promises. */
  public Outcome outcome() {
    return outcome;
  }

  /** Returns true when the front ends refuse it without asking the answerer. */
  public boolean refused() {
    return outcome == Outcome.NOT_A_QUESTION || outcome == Outcome.TOO_LONG;
  }

  /** Returns the case's name for test reports. */
  @Override
  public String toString() {
    return description;
  }
}
