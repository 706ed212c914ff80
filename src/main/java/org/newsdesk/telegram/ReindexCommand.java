package org.newsdesk.telegram;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /reindex}: admins only, one at a time, in the background while the bot keeps answering. */
final class ReindexCommand {

  private static final Logger LOG = LoggerFactory.getLogger(ReindexCommand.class);

  private final Reindexer reindexer;
  private final Executor background;
  private final Sender sender;
  private final Texts texts;
  private final Set<Long> admins;
  private final Redactor redactor;
  private final AtomicBoolean running = new AtomicBoolean();

  /**
   * Creates the command.
   *
   * @param reindexer  rebuilds the index
   * @param background runs the rebuild off the chat's lane
   * @param sender     sends the reports
   * @param texts      the bot's texts
   * @param admins     user ids allowed to reindex
   * @param redactor   cleans failures before they are shown
   */
  ReindexCommand(Reindexer reindexer, Executor background, Sender sender, Texts texts, Set<Long> admins,
                 Redactor redactor) {
    this.reindexer = reindexer;
    this.background = background;
    this.sender = sender;
    this.texts = texts;
    this.admins = Set.copyOf(admins);
    this.redactor = redactor;
  }

  /** Starts a reindex for {@code userId} if they are an admin and none is running; the summary follows later. */
  void run(long chatId, Integer replyTo, long userId) throws DeliveryException {
    if (!admins.contains(userId)) {
      LOG.info("user {} is not an admin; /reindex refused", userId);
      sender.send(chatId, replyTo, Reply.of(texts.html("telegram-admin-only")));
      return;
    }
    if (!running.compareAndSet(false, true)) {
      sender.send(chatId, replyTo, Reply.of(texts.html("telegram-reindex-busy")));
      return;
    }
    try {
      sender.send(chatId, replyTo, Reply.of(texts.html("telegram-reindex-started")));
      background.execute(() -> reindexAndReport(chatId, replyTo, userId));
    } catch (DeliveryException | RejectedExecutionException e) {
      running.set(false);
      throw e;
    }
  }

  private void reindexAndReport(long chatId, Integer replyTo, long userId) {
    String report;
    try {
      LOG.info("reindex started by admin {}", userId);
      String summary = reindexer.reindex();
      LOG.info("reindex finished: {}", summary);
      report = texts.html("telegram-reindex-done", "summary", summary);
    } catch (IOException | RuntimeException e) {
      LOG.error("reindex failed", redactor.clean(e));
      report = texts.html("telegram-reindex-failed", "reason", redactor.describe(e));
    } finally {
      running.set(false);
    }
    try {
      sender.send(chatId, replyTo, Reply.of(report));
    } catch (DeliveryException e) {
      LOG.error("the reindex report to chat {} was not delivered", chatId, e);
    }
  }
}
