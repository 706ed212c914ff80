package org.newsdesk.telegram;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.newsdesk.answer.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * Handles button presses: more sources, context, votes and /sources pages. Every press is answered exactly once;
 * data the bot did not write, or for an answer no longer kept, gets a polite "this answer has expired".
 */
final class CallbackHandler {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);

  private final BotConfig config;
  private final Texts texts;
  private final Sender sender;
  private final AnswerStore store;
  private final AnswerView answers;
  private final CatalogView catalog;
  private final FeedbackLog feedback;
  private final Clock clock;

  /**
   * Creates the handler.
   *
   * @param config   the allowlist
   * @param texts    the bot's texts
   * @param sender   sends replies and callback answers
   * @param store    the answers the buttons refer to
   * @param answers  renders passages and context
   * @param catalog  renders /sources pages
   * @param feedback where votes go
   * @param clock    time of votes
   */
  CallbackHandler(BotConfig config, Texts texts, Sender sender, AnswerStore store, AnswerView answers,
                  CatalogView catalog, FeedbackLog feedback, Clock clock) {
    this.config = config;
    this.texts = texts;
    this.sender = sender;
    this.store = store;
    this.answers = answers;
    this.catalog = catalog;
    this.feedback = feedback;
    this.clock = clock;
  }

  /** Handles one button press and answers it. */
  void handle(CallbackQuery query) throws DeliveryException {
    String notice;
    try {
      notice = respond(query);
    } catch (DeliveryException e) {
      sender.answerCallback(query.getId(), texts.raw("telegram-callback-error"));
      throw e;
    }
    sender.answerCallback(query.getId(), notice);
  }

  /** Does what the press asks; returns the short notice to show, or null for none. */
  private String respond(CallbackQuery query) throws DeliveryException {
    Optional<CallbackData> parsed = CallbackData.parse(query.getData());
    MaybeInaccessibleMessage message = query.getMessage();
    if (parsed.isEmpty() || message == null || message.getChatId() == null || message.getMessageId() == null) {
      LOG.info("callback from user {} with data the bot did not write, or without its message; answered as expired",
          query.getFrom() == null ? null : query.getFrom().getId());
      return texts.raw("telegram-expired");
    }
    long chatId = message.getChatId();
    if (!config.allows(chatId)) {
      return texts.raw("telegram-not-allowed-short");
    }
    CallbackData data = parsed.get();
    if (data.action() == CallbackData.Action.SOURCES) {
      Optional<Reply> page = catalog.sources(data.number());
      if (page.isEmpty()) {
        return texts.raw("telegram-expired");
      }
      sender.edit(chatId, message.getMessageId(), page.get());
      return null;
    }
    Optional<AnswerStore.Stored> stored = store.get(data.answerId(), chatId);
    if (stored.isEmpty()) {
      return texts.raw("telegram-expired");
    }
    Answer answer = stored.get().answer();
    return switch (data.action()) {
      case MORE -> reply(chatId, message.getMessageId(), answers.passages(data.answerId(), answer, data.number()),
          "telegram-no-more-sources");
      case CONTEXT -> reply(chatId, message.getMessageId(), answers.context(answer), "telegram-no-context");
      case UP, DOWN -> vote(query, stored.get(), data.action() == CallbackData.Action.UP);
      default -> throw new IllegalStateException("unexpected callback action " + data.action());
    };
  }

  private String reply(long chatId, int messageId, Optional<Reply> reply, String otherwise) throws DeliveryException {
    if (reply.isEmpty()) {
      return texts.raw(otherwise);
    }
    sender.send(chatId, messageId, reply.get());
    return null;
  }

  private String vote(CallbackQuery query, AnswerStore.Stored stored, boolean up) {
    long userId = query.getFrom() == null ? 0 : query.getFrom().getId();
    if (!store.firstVote(stored.id(), userId)) {
      return texts.raw("telegram-vote-again");
    }
    Answer answer = stored.answer();
    String articleId = answer.evidence().isEmpty() ? null : answer.evidence().get(0).citation().articleId();
    try {
      feedback.append(new FeedbackLog.Vote(clock.instant().toString(), stored.chatId(), up ? "up" : "down",
          answer.question(), answer.text(), articleId));
      return texts.raw("telegram-vote-thanks");
    } catch (IOException e) {
      LOG.error("could not append a vote to the feedback log", e);
      return texts.raw("telegram-vote-failed");
    }
  }
}
