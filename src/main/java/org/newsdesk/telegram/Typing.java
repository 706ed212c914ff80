package org.newsdesk.telegram;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;

/** Shows "typing…" in a chat while a question is answered; Telegram clears it after 5 s, so it is renewed. */
final class Typing {

  /** Seconds between renewals, under Telegram's 5 s display time. */
  private static final long RENEW_SECONDS = 4;

  private final Sender sender;
  private final ScheduledExecutorService scheduler;

  /** Creates a typing indicator sending through {@code sender}, renewed on {@code scheduler} (null: never). */
  Typing(Sender sender, ScheduledExecutorService scheduler) {
    this.sender = sender;
    this.scheduler = scheduler;
  }

  /** Shows "typing…" in {@code chatId} now and until the returned handle is closed. */
  Shown show(long chatId) {
    SendChatAction action = SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build();
    sender.tryOnce(action);
    ScheduledFuture<?> renewal = scheduler == null ? null
        : scheduler.scheduleWithFixedDelay(() -> sender.tryOnce(action), RENEW_SECONDS, RENEW_SECONDS,
            TimeUnit.SECONDS);
    return new Shown(renewal);
  }

  /** A typing indicator being shown; closing it stops the renewals. */
  record Shown(ScheduledFuture<?> renewal) implements AutoCloseable {

    @Override
    public void close() {
      if (renewal != null) {
        renewal.cancel(false);
      }
    }
  }
}
