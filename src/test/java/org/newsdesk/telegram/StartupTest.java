package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.config.ConfigException;
import org.newsdesk.config.Prompts;
import org.newsdesk.config.Settings;
import org.newsdesk.search.Catalog;
import org.newsdesk.search.CatalogStats;
import org.newsdesk.search.Citation;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class StartupTest {

  private static final String TOKEN = TestTokens.BOT;
  private static final Redactor REDACTOR = new Redactor(TOKEN);

  @Test
  void apiUrl_missing_meansThePublicBotApi() {
    assertThat(TelegramFrontEnd.telegramUrl(null, REDACTOR)).isEqualTo(TelegramUrl.DEFAULT_URL);
    assertThat(TelegramFrontEnd.telegramUrl(" ", REDACTOR)).isEqualTo(TelegramUrl.DEFAULT_URL);
  }

  @Test
  void apiUrl_ofAnEmulator_isUsedWithItsSchemeHostAndPort() {
    assertThat(TelegramFrontEnd.telegramUrl("http://127.0.0.1:8081", REDACTOR))
        .isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
    assertThat(TelegramFrontEnd.telegramUrl("https://bots.example/", REDACTOR))
        .isEqualTo(new TelegramUrl("https", "bots.example", 443, false));
  }

  @Test
  void apiUrl_withAPathOrAnotherScheme_isRejectedWithoutEchoingTheToken() {
    assertThatThrownBy(() -> TelegramFrontEnd.telegramUrl("https://bots.example/bot" + TOKEN, REDACTOR))
        .isInstanceOf(ConfigException.class).hasMessageContaining("TELEGRAM_API_URL")
        .hasMessageNotContaining(TOKEN);
    assertThatThrownBy(() -> TelegramFrontEnd.telegramUrl("ftp://bots.example", REDACTOR))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void missingToken_isAConfigError() {
    assertThatThrownBy(() -> frontEnd(" ", "http://127.0.0.1:9"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("TELEGRAM_BOT_TOKEN");
  }

  @Test
  void version_outsideAJar_isDev() {
    assertThat(TelegramFrontEnd.version()).isEqualTo("dev");
  }

  @Test
  void getMe_whileTheNetworkIsDown_isRetriedUntilItWorks() throws Exception {
    TelegramClient client = mock(TelegramClient.class);
    User me = new User(4242L, "News", true);
    me.setUserName("NewsdeskBot");
    when(client.execute(any(GetMe.class)))
        .thenThrow(new TelegramApiException("Unable to execute getme method", new IOException("connect failed")))
        .thenThrow(new TelegramApiException("Unable to execute getme method", new IOException("connect failed")))
        .thenReturn(me);
    Connector connector = new Connector(REDACTOR, Duration.ofMillis(1), Duration.ofMillis(2), new CountDownLatch(1));

    try (LogCapture logs = new LogCapture()) {
      assertThat(connector.identify(client)).contains(new BotIdentity(4242L, "NewsdeskBot"));
      assertThat(logs.text()).contains("WARN cannot reach the Telegram Bot API (getMe attempt 2)");
    }
  }

  @Test
  void getMe_rejectingTheToken_failsAtOnceWithAClearReason() throws Exception {
    TelegramClient client = mock(TelegramClient.class);
    when(client.execute(any(GetMe.class))).thenThrow(BotFixture.apiError(401, "Unauthorized", null));
    Connector connector = new Connector(REDACTOR, Duration.ofMillis(1), Duration.ofMillis(2), new CountDownLatch(1));

    assertThatThrownBy(() -> connector.identify(client)).isInstanceOf(TelegramStartupException.class)
        .hasMessage("the Bot API rejected the bot token (HTTP 401); check TELEGRAM_BOT_TOKEN");
  }

  @Test
  void retries_endAsSoonAsTheBotIsStopped() throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    stop.countDown();
    Connector connector = new Connector(REDACTOR, Duration.ofHours(1), Duration.ofHours(1), stop);

    assertThat(connector.untilStopped("getMe", () -> {
      throw new TelegramApiException("down");
    })).isEqualTo(Optional.empty());
  }

  @Test
  void run_withTheApiUnreachable_keepsRetrying_andCloseStopsItWithinSeconds() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    TelegramFrontEnd bot = frontEnd(TOKEN, "http://127.0.0.1:" + port);
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try (LogCapture logs = new LogCapture()) {
      Future<?> running = runner.submit(() -> {
        bot.run();
        return null;
      });
      Thread.sleep(300);
      assertThat(running.isDone()).isFalse();

      long start = System.nanoTime();
      bot.close();
      running.get(5, TimeUnit.SECONDS);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(logs.text()).contains("cannot reach the Telegram Bot API (getMe attempt 1)", "Telegram bot stopped")
          .doesNotContain(TOKEN);
    } finally {
      runner.shutdownNow();
    }
  }

  private static TelegramFrontEnd frontEnd(String token, String apiUrl) {
    Catalog catalog = new Catalog() {
      @Override
      public List<Citation> articles() {
        return List.of();
      }

      @Override
      public CatalogStats stats() {
        return new CatalogStats(0, 0, null, 0);
      }
    };
    return new TelegramFrontEnd(Settings.defaults(), Prompts.from(Path.of("prompts")),
        q -> new Answer(q, false, null, 0, List.of(), false, 0), catalog, () -> "nothing to do", List::of,
        token, apiUrl);
  }
}
