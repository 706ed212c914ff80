package org.newsdesk.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Start-up steps that need the Bot API, retried with growing waits until they work or the bot is stopped, so a
 * bot started while the network is down comes up once it is back. A rejected token fails at once.
 */
final class Connector {

  private static final Logger LOG = LoggerFactory.getLogger(Connector.class);

  private final Redactor redactor;
  private final Duration firstWait;
  private final Duration maxWait;
  private final CountDownLatch stop;

  /** A start-up step: one attempt that either works or throws. */
  @FunctionalInterface
  interface Step<T> {

    /** Makes one attempt. */
    T attempt() throws TelegramApiException;
  }

  /**
   * Creates a connector.
   *
   * @param redactor  keeps the token out of the log lines
   * @param firstWait wait after the first failure; doubled after each further one
   * @param maxWait   longest wait
   * @param stop      counted down when the bot is asked to stop; ends the retries
   */
  Connector(Redactor redactor, Duration firstWait, Duration maxWait, CountDownLatch stop) {
    this.redactor = redactor;
    this.firstWait = firstWait;
    this.maxWait = maxWait;
    this.stop = stop;
  }

  /** Learns the bot's id and username with getMe; empty when the bot was stopped first. */
  Optional<BotIdentity> identify(TelegramClient client) throws TelegramStartupException, InterruptedException {
    Optional<User> me = untilStopped("getMe", () -> client.execute(new GetMe()));
    if (me.isPresent() && (me.get().getUserName() == null || me.get().getUserName().isBlank())) {
      throw new TelegramStartupException("getMe returned no username; is TELEGRAM_BOT_TOKEN a bot's token?");
    }
    return me.map(user -> new BotIdentity(user.getId(), user.getUserName()));
  }

  /**
   * Runs {@code step} until it works, waiting longer after each failure.
   *
   * @param what names the step in log lines
   * @return the step's result, or empty when the bot was stopped first
   * @throws TelegramStartupException when the Bot API rejects the token (HTTP 401 or 404)
   */
  <T> Optional<T> untilStopped(String what, Step<T> step) throws TelegramStartupException, InterruptedException {
    Duration wait = firstWait;
    for (int attempt = 1; stop.getCount() > 0; attempt++) {
      try {
        return Optional.of(step.attempt());
      } catch (TelegramApiException e) {
        Integer code = e instanceof TelegramApiRequestException refused ? refused.getErrorCode() : null;
        if (code != null && (code == 401 || code == 404)) {
          throw new TelegramStartupException("the Bot API rejected the bot token (HTTP " + code
              + "); check TELEGRAM_BOT_TOKEN");
        }
        LOG.warn("cannot reach the Telegram Bot API ({} attempt {}): {}; retrying in {} s", what, attempt,
            redactor.describe(e), wait.toMillis() / 1000.0);
      }
      if (stop.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        break;
      }
      wait = wait.multipliedBy(2).compareTo(maxWait) > 0 ? maxWait : wait.multipliedBy(2);
    }
    return Optional.empty();
  }
}
