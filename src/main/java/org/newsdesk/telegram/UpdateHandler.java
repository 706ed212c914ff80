package org.newsdesk.telegram;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.newsdesk.answer.Answerer;
import org.newsdesk.search.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Receives the polled updates, queues each on its chat's lane and handles it there. This is the error boundary: an
 * update that fails is logged and apologised for, and never stops polling (an exception escaping the consumer
 * would silently end TelegramBots' polling task).
 */
final class UpdateHandler implements LongPollingUpdateConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

  private final MessageHandler messages;
  private final CallbackHandler callbacks;
  private final InlineHandler inline;
  private final ChatLanes lanes;
  private final Sender sender;
  private final Texts texts;
  private final Redactor redactor;
  private final LongSupplier nanoTime;
  private final AtomicBoolean stopping = new AtomicBoolean();

  /**
   * What the bot answers from, as handed over by the entry point.
   *
   * @param answerer  answers questions
   * @param catalog   lists what is indexed
   * @param reindexer rebuilds the index for /reindex
   * @param examples  example questions from the corpus
   * @param version   the version /about shows
   */
  record Backend(Answerer answerer, Catalog catalog, Reindexer reindexer, Supplier<List<String>> examples,
                 Supplier<String> status, String version) {
  }

  /**
   * What the handlers run on: real threads and clocks in production, direct executors and fakes in tests.
   *
   * @param client     the Bot API client
   * @param sleeper    waits between retries
   * @param lanes      runs each chat's updates in order
   * @param background runs reindexing
   * @param typing     renews "typing…" (null: never renewed)
   * @param nanoTime   stamps when updates arrive, the rate limiter's clock
   * @param clock      time stamps of votes
   */
  record Machinery(TelegramClient client, Sleeper sleeper, ChatLanes lanes, Executor background,
                   ScheduledExecutorService typing, LongSupplier nanoTime, Clock clock) {
  }

  private UpdateHandler(MessageHandler messages, CallbackHandler callbacks, InlineHandler inline, ChatLanes lanes,
                        Sender sender, Texts texts, Redactor redactor, LongSupplier nanoTime) {
    this.messages = messages;
    this.callbacks = callbacks;
    this.inline = inline;
    this.lanes = lanes;
    this.sender = sender;
    this.texts = texts;
    this.redactor = redactor;
    this.nanoTime = nanoTime;
  }

  /**
   * Wires the handlers for the bot {@code me}.
   *
   * @param me        the bot as learned from getMe
   * @param config    the telegram settings
   * @param texts     the bot's texts
   * @param backend   what the bot answers from
   * @param machinery what it runs on
   * @param redactor  keeps the token out of logs
   * @return the update consumer to register for long polling
   */
  static UpdateHandler create(BotIdentity me, BotConfig config, Texts texts, Backend backend, Machinery machinery,
                              Redactor redactor) {
    Sender sender = new Sender(machinery.client(), redactor, machinery.sleeper(), config);
    AnswerView view = new AnswerView(texts, config);
    AnswerStore store = new AnswerStore(config);
    CatalogView catalog = new CatalogView(texts, backend.catalog(), view, config.sourcesPageSize(),
        backend.version(), backend.status());
    Questions questions = new Questions(texts, sender, backend.answerer(), view, store,
        new Typing(sender, machinery.typing()), backend.examples(), config.questionMaxLength());
    ReindexCommand reindex = new ReindexCommand(backend.reindexer(), machinery.background(), sender, texts,
        config.admins(), redactor);
    RateLimiter limiter = new RateLimiter(config.rateCapacity(), config.rateRefill());
    MessageHandler messages = new MessageHandler(me, config, texts, sender, questions, catalog, backend.examples(),
        reindex, limiter);
    CallbackHandler callbacks = new CallbackHandler(config, texts, sender, store, view, catalog,
        new FeedbackLog(config.feedbackLog()), machinery.clock());
    InlineHandler inline = new InlineHandler(config, texts, sender, questions, view);
    return new UpdateHandler(messages, callbacks, inline, machinery.lanes(), sender, texts, redactor,
        machinery.nanoTime());
  }

  /** Queues each update on its chat's lane, stamped with its arrival; never throws, so polling always goes on. */
  @Override
  public void consume(List<Update> updates) {
    long arrived = nanoTime.getAsLong();
    for (Update update : updates) {
      try {
        if (stopping.get()) {
          // Not confirmed to Telegram by a later getUpdates, so it is delivered again on the next start.
          LOG.debug("stopping: update {} left for the next start", update.getUpdateId());
          continue;
        }
        lanes.submit(lane(update), () -> handleSafely(update, arrived));
      } catch (RuntimeException e) {
        LOG.error("could not queue update {}", update.getUpdateId(), redactor.clean(e));
      }
    }
  }

  /** Does nothing: TelegramBots calls this when a session closes, but the front end owns the lanes' lifecycle. */
  @Override
  public void close() {
    LOG.debug("polling session closed");
  }

  /** Stops taking new updates, before the bot shuts down. */
  void stopAccepting() {
    stopping.set(true);
  }

  /**
   * Handles one update, which arrived at {@code arrivedNanos}, on the calling thread, turning any failure into a log
   * line and, if possible, an apology.
   */
  void handleSafely(Update update, long arrivedNanos) {
    try {
      handle(update, arrivedNanos);
    } catch (DeliveryException e) {
      LOG.error("the reply to update {} was not delivered and is lost", update.getUpdateId(), e);
    } catch (RuntimeException e) {
      LOG.error("update {} failed; apologising to the user", update.getUpdateId(), redactor.clean(e));
      apologise(update);
    }
  }

  private void handle(Update update, long arrivedNanos) throws DeliveryException {
    if (update.hasMessage()) {
      messages.handle(update.getMessage(), arrivedNanos);
    } else if (update.hasCallbackQuery()) {
      callbacks.handle(update.getCallbackQuery());
    } else if (update.hasInlineQuery()) {
      inline.handle(update.getInlineQuery());
    }
  }

  private void apologise(Update update) {
    try {
      if (update.hasMessage() && messages.classify(update.getMessage()).addressed()) {
        Message message = update.getMessage();
        sender.send(message.getChatId(), MessageHandler.replyTarget(message), Reply.of(texts.plain("error")));
      } else if (update.hasCallbackQuery()) {
        sender.answerCallback(update.getCallbackQuery().getId(), texts.raw("telegram-callback-error"));
      }
    } catch (DeliveryException | RuntimeException e) {
      LOG.error("the apology for update {} failed too", update.getUpdateId(), redactor.clean(e));
    }
  }

  /** Returns the lane of an update: its chat, or its user for inline queries and inline-message buttons. */
  private static Object lane(Update update) {
    if (update.hasMessage()) {
      return update.getMessage().getChatId();
    }
    if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
      return update.getCallbackQuery().getMessage().getChatId();
    }
    if (update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null) {
      return "user:" + update.getCallbackQuery().getFrom().getId();
    }
    if (update.hasInlineQuery() && update.getInlineQuery().getFrom() != null) {
      return "user:" + update.getInlineQuery().getFrom().getId();
    }
    return "other";
  }
}
