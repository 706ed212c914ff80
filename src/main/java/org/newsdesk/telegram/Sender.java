package org.newsdesk.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API with bounded retries: waits the "retry after" Telegram asks for on HTTP 429, backs off on
 * server and network failures, and gives up with a {@link DeliveryException} on a refusal or after the last attempt.
 */
final class Sender {

  private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
  private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

  private final TelegramClient client;
  private final Redactor redactor;
  private final Sleeper sleeper;
  private final int attempts;
  private final Duration firstBackoff;
  private final Duration maxWait;

  /**
   * Creates a sender.
   *
   * @param client   the Bot API client
   * @param redactor cleans the token out of failures
   * @param sleeper  waits between attempts
   * @param config   attempts and waits
   */
  Sender(TelegramClient client, Redactor redactor, Sleeper sleeper, BotConfig config) {
    this.client = client;
    this.redactor = redactor;
    this.sleeper = sleeper;
    this.attempts = config.sendAttempts();
    this.firstBackoff = config.sendBackoff();
    this.maxWait = config.sendMaxWait();
  }

  /** Returns the underlying client, for calls that need no retry policy. */
  TelegramClient client() {
    return client;
  }

  /**
   * Sends {@code reply} to a chat, split into messages of at most 4096 characters; the first piece is threaded to
   * {@code replyTo} and the last carries the keyboard. Markup Telegram cannot parse is resent as plain text.
   *
   * @return the last message sent, or null when Telegram's answer to it was lost or unreadable
   */
  Message send(long chatId, Integer replyTo, Reply reply) throws DeliveryException {
    List<String> pieces = Html.split(reply.html(), Html.MESSAGE_LIMIT);
    Message last = null;
    for (int i = 0; i < pieces.size(); i++) {
      boolean first = i == 0;
      boolean isLast = i == pieces.size() - 1;
      SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
          .chatId(chatId)
          .text(pieces.get(i))
          .parseMode(ParseMode.HTML)
          .linkPreviewOptions(NO_PREVIEW)
          .replyParameters(first && replyTo != null
              ? ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build() : null)
          .replyMarkup(isLast ? reply.keyboard() : null);
      try {
        last = call(message.build());
      } catch (DeliveryException e) {
        if (!e.isBadMarkup()) {
          throw e;
        }
        LOG.warn("Telegram could not parse a reply's HTML; sending it as plain text: {}", e.getMessage());
        last = call(message.text(Html.plain(pieces.get(i))).parseMode(null).build());
      }
    }
    return last;
  }

  /** Replaces the text and buttons of a message the bot sent; a press that changes nothing is not an error. */
  void edit(long chatId, int messageId, Reply reply) throws DeliveryException {
    String text = Html.split(reply.html(), Html.MESSAGE_LIMIT).get(0);
    EditMessageText edit = EditMessageText.builder()
        .chatId(chatId)
        .messageId(messageId)
        .text(text)
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(NO_PREVIEW)
        .replyMarkup(reply.keyboard())
        .build();
    try {
      call(edit);
    } catch (DeliveryException e) {
      if (!e.isNotModified()) {
        throw e;
      }
    }
  }

  /** Answers a callback query, with a short notice or none ({@code text} null). */
  void answerCallback(String callbackId, String text) throws DeliveryException {
    call(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build());
  }

  /** Makes one attempt at a call whose failure does not matter (a chat action); returns false when it failed. */
  boolean tryOnce(BotApiMethod<?> method) {
    try {
      client.execute(method);
      return true;
    } catch (TelegramApiException | RuntimeException e) {
      LOG.debug("{} failed, not retried: {}", method.getMethod(), redactor.describe(e));
      return false;
    }
  }

  /**
   * Executes {@code method}, retrying on HTTP 429 (after Telegram's "retry after"), 5xx and network failures. A
   * message is sent again only when it surely did not go out (Telegram refused it with 429 or 5xx, or no connection
   * could be made): a second sendMessage posts a second copy, so when the answer is lost or unreadable the message
   * is taken as delivered. Every other call the bot makes has the same effect when repeated.
   *
   * @return the call's result; null for a message whose answer was lost or could not be read
   * @throws DeliveryException when Telegram refuses the call or the attempts run out
   */
  <T extends Serializable> T call(BotApiMethod<T> method) throws DeliveryException {
    boolean repeatable = !(method instanceof SendMessage);
    Duration backoff = firstBackoff;
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      try {
        return client.execute(method);
      } catch (TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        if (code == 0 && !repeatable) {
          // BotHttp turns every HTTP error into a Bot API error with a code, so this answer was an HTTP success.
          LOG.warn("Telegram's answer to {} could not be read; the message was sent, so it is not sent again: {}",
              method.getMethod(), redactor.describe(e));
          return null;
        }
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        wait = retryAfter != null ? Duration.ofSeconds(retryAfter) : backoff;
        boolean retryable = retryAfter != null || code == 429 || code == 0 || code >= 500;
        if (!retryable || attempt >= attempts || wait.compareTo(maxWait) > 0) {
          throw new DeliveryException(method.getMethod(), attempt, code, e.getApiResponse(), redactor.clean(e));
        }
        LOG.warn("Telegram answered {} with {} (attempt {} of {}); retrying in {} ms", method.getMethod(),
            code, attempt, attempts, wait.toMillis());
      } catch (TelegramApiException e) {
        if (causedBy(e, InterruptedException.class)) {
          Thread.currentThread().interrupt();
          throw new DeliveryException(method.getMethod(), attempt, 0, "interrupted", redactor.clean(e));
        }
        if (!repeatable && !neverSent(e)) {
          LOG.warn("{} got no answer ({}); it may have been delivered, so it is not sent again", method.getMethod(),
              redactor.describe(e));
          return null;
        }
        wait = backoff;
        if (attempt >= attempts) {
          throw new DeliveryException(method.getMethod(), attempt, 0, null, redactor.clean(e));
        }
        LOG.warn("{} failed (attempt {} of {}): {}; retrying in {} ms", method.getMethod(), attempt, attempts,
            redactor.describe(e), wait.toMillis());
      }
      pause(method, attempt, wait);
      backoff = backoff.multipliedBy(2).compareTo(maxWait) > 0 ? maxWait : backoff.multipliedBy(2);
    }
  }

  /**
   * Returns true when a failed call surely never reached Telegram: no connection could be made, on this try and on
   * any OkHttp made by itself before (recorded as suppressed failures).
   */
  private static boolean neverSent(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return isConnectFailure(io) && Arrays.stream(io.getSuppressed()).allMatch(Sender::isConnectFailure);
      }
    }
    return false;
  }

  private static boolean isConnectFailure(Throwable error) {
    return error instanceof ConnectException || error instanceof NoRouteToHostException
        || error instanceof UnknownHostException
        || error instanceof SocketTimeoutException && String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT)
            .contains("connect timed out");
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private void pause(BotApiMethod<?> method, int attempt, Duration wait) throws DeliveryException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException(method.getMethod(), attempt, 0, "interrupted while waiting to retry", e);
    }
  }
}
