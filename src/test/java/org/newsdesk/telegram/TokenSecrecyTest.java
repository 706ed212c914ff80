package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.newsdesk.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

/**
 * The bot token never leaves the process: not in a log line (the suite-wide {@link TokenLeakGuard} checks every
 * test; here it is shown to catch a leak), and not in the failures the telegram package raises, even though the token
 * is part of every request URL the HTTP client sees.
 */
class TokenSecrecyTest {

  private static final String TOKEN = TestTokens.BOT;
  private static final Redactor REDACTOR = new Redactor(TOKEN);

  @Test
  void tokenInAnyLogLine_isCaughtByTheSuiteWideGuard_evenBelowTheLevelInForce() {
    Logger log = LoggerFactory.getLogger(TelegramFrontEnd.class);

    log.debug("calling https://api.telegram.org/bot{}/getMe", TOKEN);
    log.trace("failed", new IllegalStateException("wrapped", new IOException("end of stream on /bot" + TOKEN)));
    log.debug("secret part alone: {}", TOKEN.substring(TOKEN.indexOf(':') + 1));

    List<String> leaks = TokenLeakGuard.drain();
    assertThat(leaks).hasSize(3).allSatisfy(leak -> assertThat(leak).contains("<TOKEN>")
        .doesNotContain(TOKEN).doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1)));
  }

  @Test
  void sendFailuresOverRealHttp_neverCarryTheToken() throws Exception {
    try (LoopbackBotApi down = LoopbackBotApi.unreachable(TOKEN); LoopbackBotApi api = LoopbackBotApi.start(TOKEN);
         LoopbackBotApi otherBot = LoopbackBotApi.start("999:another-bot")) {
      api.failNextWithPage("sendmessage", 2, 502);
      api.holdAnswers("editmessagetext", body -> true, new CountDownLatch(1));

      List<DeliveryException> failures = List.of(
          failure(down, sender -> sender.send(1, null, Reply.of("refused"))),
          failure(otherBot, sender -> sender.send(1, null, Reply.of("unauthorized"))),
          failure(api, sender -> sender.send(1, null, Reply.of("bad gateway page"))),
          failure(api, sender -> sender.call(EditMessageText.builder().chatId(1L).messageId(5).text("late")
              .build())));

      assertThat(failures).extracting(DeliveryException::errorCode).containsExactly(0, 401, 502, 0);
      assertThat(failures).allSatisfy(failure -> assertThat(fullText(failure)).doesNotContain(TOKEN));
    }
  }

  /** A call through the real HTTP client to {@code api} that is expected to fail for good. */
  @FunctionalInterface
  private interface Attempt {
    void run(Sender sender) throws DeliveryException;
  }

  private static DeliveryException failure(LoopbackBotApi api, Attempt attempt) {
    OkHttpClient http = BotHttp.client(Duration.ofSeconds(1), REDACTOR);
    try {
      BotConfig config = BotConfig.from(Settings.defaults().with("telegram.send.attempts", 2)
          .with("telegram.send.backoff", "PT0.01S"));
      Sender sender = new Sender(new OkHttpTelegramClient(http, TOKEN, telegramUrl(api)), REDACTOR,
          duration -> { }, config);
      return catchThrowableOfType(DeliveryException.class, () -> attempt.run(sender));
    } finally {
      BotHttp.release(http);
    }
  }

  private static TelegramUrl telegramUrl(LoopbackBotApi api) {
    return TelegramFrontEnd.telegramUrl(api.url(), REDACTOR);
  }

  /** Returns everything printing the failure would show: messages, causes, suppressed failures, stack frames. */
  private static String fullText(Throwable failure) {
    assertThat(failure).isNotNull();
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
