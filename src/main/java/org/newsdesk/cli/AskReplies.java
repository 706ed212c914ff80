package org.newsdesk.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.QuestionCheck;
import org.newsdesk.config.Prompts;
import org.newsdesk.console.TextReply;

/**
 * What {@code ask} prints for one question: it is cleaned and checked like in the other front ends, then answered,
 * and the reply is rendered as plain text or as one line of JSON.
 */
final class AskReplies {

  private final Answerer answerer;
  private final QuestionCheck check;
  private final TextReply text;
  private final Supplier<List<String>> examples;
  private final boolean json;

  /**
   * Creates the replies.
   *
   * @param answerer answers the questions
   * @param check    the length limit and the test for "not a question"
   * @param prompts  the texts of refusals and text replies
   * @param examples example questions for the "not a question" hint, asked for only when one is needed
   * @param json     true for one JSON object per question, false for plain text
   */
  AskReplies(Answerer answerer, QuestionCheck check, Prompts prompts, Supplier<List<String>> examples, boolean json) {
    this.answerer = answerer;
    this.check = check;
    this.text = new TextReply(prompts);
    this.examples = examples;
    this.json = json;
  }

  /** Returns the reply to {@code typed}: an answer, an abstention or a refusal; never throws for odd input. */
  String reply(String typed) {
    String question = QuestionCheck.clean(typed);
    Optional<QuestionCheck.Refusal> refusal = check.refusal(question);
    if (refusal.isPresent()) {
      return json ? JsonReply.refusal(question, refusal.get())
          : text.refusal(refusal.get(), question, check, examples.get());
    }
    return json ? JsonReply.render(answerer.answer(question)) : text.render(answerer.answer(question), false);
  }
}
