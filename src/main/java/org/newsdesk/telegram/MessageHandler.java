package org.newsdesk.telegram;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Handles messages: applies the group addressing rules, the allowlist and the rate limit, then the commands. */
final class MessageHandler {

  /** The commands this bot handles; in groups any other bare command is left to other bots. */
  static final Set<String> COMMANDS = Set.of("start", "help", "ask", "sources", "about", "reindex");

  private static final Logger LOG = LoggerFactory.getLogger(MessageHandler.class);
  private static final Set<String> CHAT_TYPES = Set.of("private", "group", "supergroup");

  private final BotIdentity me;
  private final BotConfig config;
  private final Texts texts;
  private final Sender sender;
  private final Questions questions;
  private final CatalogView catalog;
  private final Supplier<List<String>> examples;
  private final ReindexCommand reindex;
  private final RateLimiter limiter;

  /**
   * Creates the handler.
   *
   * @param me        the bot, to recognise commands and mentions addressed to it
   * @param config    allowlist and limits
   * @param texts     the bot's texts
   * @param sender    sends replies
   * @param questions answers questions
   * @param catalog   renders /start, /about and /sources
   * @param examples  example questions for /start
   * @param reindex   the /reindex command
   * @param limiter   per-chat flood control
   */
  MessageHandler(BotIdentity me, BotConfig config, Texts texts, Sender sender, Questions questions,
                 CatalogView catalog, Supplier<List<String>> examples, ReindexCommand reindex, RateLimiter limiter) {
    this.me = me;
    this.config = config;
    this.texts = texts;
    this.sender = sender;
    this.questions = questions;
    this.catalog = catalog;
    this.examples = examples;
    this.reindex = reindex;
    this.limiter = limiter;
  }

  /** Returns what {@code message} asks of the bot; {@link Incoming.Kind#IGNORE} for anything it must not answer. */
  Incoming classify(Message message) {
    User from = message.getFrom();
    boolean fromPerson = from != null && !Boolean.TRUE.equals(from.getIsBot());
    if (!fromPerson || message.getChat() == null || !CHAT_TYPES.contains(message.getChat().getType())) {
      return new Incoming(Incoming.Kind.IGNORE, null, "");
    }
    return Incoming.of(message, me, COMMANDS::contains);
  }

  /** Returns the message to thread a reply to: the asking message in groups, none in a private chat. */
  static Integer replyTarget(Message message) {
    return "private".equals(message.getChat().getType()) ? null : message.getMessageId();
  }

  /** Handles one new message, which reached the bot at {@code arrivedNanos} (the rate limiter's clock). */
  void handle(Message message, long arrivedNanos) throws DeliveryException {
    Incoming incoming = classify(message);
    if (!incoming.addressed()) {
      return;
    }
    long chatId = message.getChatId();
    Integer replyTo = replyTarget(message);
    RateLimiter.Decision decision = limiter.acquire(chatId, arrivedNanos);
    if (!config.allows(chatId)) {
      if (decision == RateLimiter.Decision.ALLOW) {
        LOG.info("chat {} is not on telegram.allowedChats; refused", chatId);
        sender.send(chatId, replyTo, Reply.of(texts.html("telegram-not-allowed")));
      }
      return;
    }
    if (decision == RateLimiter.Decision.NOTIFY) {
      LOG.info("chat {} is asking too fast; told once, then ignored until it slows down", chatId);
      long wait = Math.max(1, limiter.secondsUntilNext(chatId, arrivedNanos));
      sender.send(chatId, replyTo, Reply.of(texts.html("telegram-slow-down", "seconds", wait)));
      return;
    }
    if (decision == RateLimiter.Decision.SILENT) {
      return;
    }
    switch (incoming.kind()) {
      case NOT_TEXT -> sender.send(chatId, replyTo, Reply.of(questions.notAQuestion()));
      case QUESTION -> question(chatId, replyTo, incoming.text());
      case COMMAND -> command(message, incoming, chatId, replyTo);
      default -> throw new IllegalStateException("unexpected message kind " + incoming.kind());
    }
  }

  private void question(long chatId, Integer replyTo, String text) throws DeliveryException {
    if (text.isEmpty()) {
      sender.send(chatId, replyTo, Reply.of(questions.usage()));
    } else {
      questions.ask(chatId, replyTo, text);
    }
  }

  private void command(Message message, Incoming incoming, long chatId, Integer replyTo) throws DeliveryException {
    switch (incoming.command()) {
      case "start" -> sender.send(chatId, replyTo, catalog.welcome(examples.get()));
      case "help" -> sender.send(chatId, replyTo, Reply.of(texts.html("telegram-help", "bot", me.username())));
      case "ask" -> question(chatId, replyTo, incoming.text());
      case "sources" -> sender.send(chatId, replyTo, catalog.sources(0).orElseThrow());
      case "about" -> sender.send(chatId, replyTo, catalog.about());
      case "reindex" -> reindex.run(chatId, replyTo, message.getFrom().getId());
      default -> sender.send(chatId, replyTo,
          Reply.of(texts.html("telegram-unknown-command", "command", incoming.command())));
    }
  }
}
