package org.newsdesk.telegram;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.QuestionCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers one question in a chat: checks it, shows "typing…", asks the answerer, keeps the answer and replies. */
final class Questions {

  private static final Logger LOG = LoggerFactory.getLogger(Questions.class);

  private final Texts texts;
  private final Sender sender;
  private final Answerer answerer;
  private final AnswerView view;
  private final AnswerStore store;
  private final Typing typing;
  private final Supplier<List<String>> examples;
  private final QuestionCheck check;

  /**
   * Creates the flow.
   *
   * @param texts     the bot's texts
   * @param sender    sends the replies
   * @param answerer  answers the questions
   * @param view      renders the answers
   * @param store     keeps answers for their buttons
   * @param typing    shows "typing…" while answering
   * @param examples  example questions, for the hint to a message that is not a question
   * @param maxLength longest question answered
   */
  Questions(Texts texts, Sender sender, Answerer answerer, AnswerView view, AnswerStore store, Typing typing,
            Supplier<List<String>> examples, int maxLength) {
    this.texts = texts;
    this.sender = sender;
    this.answerer = answerer;
    this.view = view;
    this.store = store;
    this.typing = typing;
    this.examples = examples;
    this.check = new QuestionCheck(maxLength);
  }

  /**
   * Answers {@code typed} in {@code chatId}, threading the reply to {@code replyTo} when it is not null; the text is
   * cleaned first (see {@link QuestionCheck#clean}) so nothing invisible reaches the answer, the log or the reply.
   */
  void ask(long chatId, Integer replyTo, String typed) throws DeliveryException {
    String question = QuestionCheck.clean(typed);
    Optional<String> refusal = refusal(question);
    if (refusal.isPresent()) {
      sender.send(chatId, replyTo, Reply.of(refusal.get()));
      return;
    }
    Answer answer;
    Typing.Shown shown = typing.show(chatId);
    try {
      answer = answerer.answer(question);
    } finally {
      shown.close();
    }
    String id = store.put(chatId, answer);
    sender.send(chatId, replyTo, view.reply(id, answer));
    LOG.info("chat {}: {} (confidence {}, {} evidence) in {} ms{}", chatId,
        answer.answered() ? "answered" : "abstained", String.format("%.2f", answer.confidence()),
        answer.evidence().size(), Math.round(answer.tookMs()), answer.cached() ? " from cache" : "");
  }

  /** Answers {@code question} outside any chat, for inline mode (clean it and check {@link #refusal} first). */
  Answer answerInline(String question) {
    return answerer.answer(question);
  }

  /**
   * Returns why {@code question} will not be answered (too long, nothing to look up), as HTML, or empty.
   *
   * @param question a question already cleaned by {@link QuestionCheck#clean}
   */
  Optional<String> refusal(String question) {
    return check.refusal(question).map(refusal -> switch (refusal) {
      case TOO_LONG -> texts.plain("too-long", "length", QuestionCheck.length(question), "max", check.maxLength());
      case NOT_A_QUESTION -> notAQuestion();
    });
  }

  /** Returns the hint for a message that is not a question, with an example when there is one. */
  String notAQuestion() {
    List<String> known = examples.get();
    return known.isEmpty() ? usage() : texts.plain("not-a-question", "example", known.get(0));
  }

  /** Returns how to ask, for {@code /ask} without a question or a bare mention. */
  String usage() {
    return texts.html("telegram-ask-usage");
  }
}
