package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults on the Telegram side, through the real HTTP client and long polling against a {@link LoopbackBotApi}: the
 * Bot API unreachable at start and in the middle, 429 with retry_after, 5xx bursts, slow answers, answers and updates
 * the library cannot read. In every case the bot keeps running, answers every question once it can, and never
 * delivers a reply twice.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BotApiFaultsTest {

  private static final String TOKEN = TestTokens.BOT;
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long ALICE = 1001;
  private static final long BOB = 1002;
  private static final long GROUP = -3003;

  @TempDir
  Path tmp;

  @Test
  void apiUnreachableAtStart_botKeepsTryingWithALogLine_andAnswersOnceTheApiAppears() throws Exception {
    try (LoopbackBotApi api = LoopbackBotApi.unreachable(TOKEN); LogCapture logs = new LogCapture();
         LiveBot bot = new LiveBot(tmp, TOKEN, api.url())) {
      awaitLog(logs, "cannot reach the Telegram Bot API (getMe attempt 3)");
      assertThat(bot.running()).isNotDone();
      api.says(ALICE, ALICE, "Who was first?");

      api.up();

      assertThat(api.awaitDelivered(ALICE, 1, WAIT)).extracting(LoopbackBotApi.Call::text)
          .singleElement().asString().contains("re: Who was first?");
      assertDeliveredOnce(api, bot);
      assertThat(logs.text()).doesNotContain(TOKEN);
    }
  }

  @Test
  void apiUnreachableInTheMiddle_questionsSentMeanwhile_areAllAnsweredExactlyOnce() throws Exception {
    try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN); LiveBot bot = new LiveBot(tmp, TOKEN, api.url())) {
      api.says(ALICE, ALICE, "Before the outage?");
      api.awaitDelivered(ALICE, 1, WAIT);

      api.down();
      api.says(ALICE, ALICE, "During the outage, first?");
      api.says(BOB, BOB, "During the outage, Bob?");
      api.says(ALICE, ALICE, "During the outage, second?");
      Thread.sleep(1500);
      api.up();

      assertThat(api.awaitDelivered(ALICE, 3, WAIT)).extracting(LoopbackBotApi.Call::text).satisfiesExactly(
          first -> assertThat(first).contains("re: Before the outage?"),
          second -> assertThat(second).contains("re: During the outage, first?"),
          third -> assertThat(third).contains("re: During the outage, second?"));
      api.awaitDelivered(BOB, 1, WAIT);
      assertDeliveredOnce(api, bot);
    }
  }

  @Test
  void sendMessage429_deliversOnceAfterRetryAfter() throws Exception {
    try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN); LiveBot bot = new LiveBot(tmp, TOKEN, api.url())) {
      api.failNext("sendmessage", 1, 429, 3);

      api.says(GROUP, ALICE, "/ask Which storm?");

      api.awaitDelivered(GROUP, 1, WAIT);
      assertThat(api.calls("sendmessage")).extracting(LoopbackBotApi.Call::status).containsExactly(429, 200);
      assertThat(bot.sleeps).containsExactly(Duration.ofSeconds(3));
      assertDeliveredOnce(api, bot);
    }
  }

  @Test
  void sendMessage5xxBurst_everyReplyIsDeliveredOnce() throws Exception {
    try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN);
         LiveBot bot = new LiveBot(tmp, TOKEN, api.url(), "telegram.threads", 1)) {
      api.failNext("sendmessage", 2, 500, null);
      api.failNextWithPage("sendmessage", 1, 502);
      api.failNext("sendmessage", 1, 503, null);

      api.says(ALICE, ALICE, "First?");
      api.says(GROUP, BOB, "/ask Second?");
      api.says(ALICE, ALICE, "Third?");

      api.awaitDelivered(ALICE, 2, WAIT);
      api.awaitDelivered(GROUP, 1, WAIT);
      assertThat(api.calls("sendmessage")).extracting(LoopbackBotApi.Call::status)
          .containsExactly(500, 500, 502, 503, 200, 200, 200);
      assertDeliveredOnce(api, bot);
    }
  }

  @Test
  void getUpdates429And5xxBurst_pollingBacksOffAndResumes_andAnswersOnce() throws Exception {
    try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN); LiveBot bot = new LiveBot(tmp, TOKEN, api.url())) {
      api.await(call -> call.method().equals("getupdates"), 1, WAIT);
      api.failNext("getupdates", 1, 429, 1);
      api.failNext("getupdates", 2, 502, null);
      api.failNextWithPage("getupdates", 1, 504);
      api.await(call -> call.method().equals("getupdates") && call.status() == 504, 1, WAIT);

      api.says(ALICE, ALICE, "Still there?");

      api.awaitDelivered(ALICE, 1, WAIT);
      assertThat(api.calls("getupdates")).extracting(LoopbackBotApi.Call::status)
          .containsSubsequence(429, 502, 502, 504, 200);
      assertDeliveredOnce(api, bot);
    }
  }

  @Test
  void slowSendMessageInOneChat_doesNotHoldUpAnotherChat() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN); LiveBot bot = new LiveBot(tmp, TOKEN, api.url())) {
      api.holdAnswers("sendmessage", body -> body.path("chat_id").asLong() == ALICE, release);

      api.says(ALICE, ALICE, "Slow one?");
      api.await(call -> call.method().equals("sendmessage") && call.chatId() == ALICE, 1, WAIT);
      api.says(BOB, BOB, "Fast one?");

      assertThat(api.awaitDelivered(BOB, 1, WAIT)).singleElement()
          .satisfies(call -> assertThat(call.text()).contains("re: Fast one?"));
      release.countDown();
      api.says(ALICE, ALICE, "After the slow one?");
      assertThat(api.awaitDelivered(ALICE, 2, WAIT)).extracting(LoopbackBotApi.Call::text).satisfiesExactly(
          first -> assertThat(first).contains("re: Slow one?"),
          second -> assertThat(second).contains("re: After the slow one?"));
      assertDeliveredOnce(api, bot);
    }
  }

  @Test
  void sendMessageAnsweredOnlyAfterTheTimeout_isNotSentAgain() throws Exception {
    try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN); LogCapture logs = new LogCapture();
         LiveBot bot = new LiveBot(tmp, TOKEN, api.url(), "telegram.send.timeout", "PT1S")) {
      api.answerLate("sendmessage", body -> body.path("text").asText().contains("Late"), Duration.ofSeconds(3));

      api.says(ALICE, ALICE, "Late one?");
      api.says(ALICE, ALICE, "Next one?");

      assertThat(api.awaitDelivered(ALICE, 2, WAIT)).extracting(LoopbackBotApi.Call::text).satisfiesExactly(
          first -> assertThat(first).contains("re: Late one?"),
          second -> assertThat(second).contains("re: Next one?"));
      assertDeliveredOnce(api, bot);
      assertThat(logs.text()).contains("may have been delivered");
    }
  }

  @Test
  void sendMessageAnswerTheLibraryCannotRead_isNotSentAgain() throws Exception {
    try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN); LiveBot bot = new LiveBot(tmp, TOKEN, api.url())) {
      api.garbleNextAnswer("sendmessage", 1);

      api.says(ALICE, ALICE, "Garbled one?");
      api.says(ALICE, ALICE, "Next one?");

      assertThat(api.awaitDelivered(ALICE, 2, WAIT)).extracting(LoopbackBotApi.Call::text).satisfiesExactly(
          first -> assertThat(first).contains("re: Garbled one?"),
          second -> assertThat(second).contains("re: Next one?"));
      assertDeliveredOnce(api, bot);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"update_id\":%d,\"message\":{\"message_id\":\"first\",\"date\":\"yesterday\",\"chat\":5}}",
      "{\"update_id\":%d,\"callback_query\":{\"id\":{\"an\":\"object\"},\"data\":[1,2]}}",
      "{\"update_id\":%d,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":\"not a number\"}}}",
      "{\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":1001,\"type\":\"private\"},\"text\":\"hi\"}}",
      "{\"update_id\":null,\"message\":{\"message_id\":1}}",
      "null",
      "[\"not\",\"an\",\"update\"]"})
  void updateTheLibraryCannotParse_isSkippedWithALogLine_andLaterUpdatesAreAnswered(String bad) throws Exception {
    try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN); LogCapture logs = new LogCapture();
         LiveBot bot = new LiveBot(tmp, TOKEN, api.url())) {
      api.says(ALICE, ALICE, "Before?");
      api.enqueue(id -> bad.contains("%d") ? String.format(bad, id) : bad);
      api.says(ALICE, ALICE, "After?");

      assertThat(api.awaitDelivered(ALICE, 2, WAIT)).extracting(LoopbackBotApi.Call::text).satisfiesExactly(
          first -> assertThat(first).contains("re: Before?"),
          second -> assertThat(second).contains("re: After?"));
      assertThat(logs.text()).contains("could not be read and is skipped");
      assertDeliveredOnce(api, bot);
    }
  }

  @Test
  void tokenRejectedByTheBotApi_stopsAtStartWithAClearReason() throws Exception {
    try (LoopbackBotApi api = LoopbackBotApi.start("999:another-bot");
         LiveBot bot = new LiveBot(tmp, TOKEN, api.url())) {
      assertThatThrownBy(() -> bot.running().get(WAIT.toSeconds(), TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TelegramStartupException.class)
          .hasMessage("the Bot API rejected the bot token (HTTP 401); check TELEGRAM_BOT_TOKEN");
      assertThat(api.calls()).extracting(LoopbackBotApi.Call::method).containsExactly("getme");
    }
  }

  /**
   * Lets the bot poll twice more (so anything it still had to send is sent), then checks that no message was
   * delivered twice: at most one per (chat, replied-to message, text), and every question answered once.
   */
  static void assertDeliveredOnce(LoopbackBotApi api, LiveBot bot) throws InterruptedException {
    int polled = api.calls("getupdates").size();
    api.await(call -> call.method().equals("getupdates"), polled + 2, WAIT);
    Map<String, Long> copies = api.delivered().stream().collect(Collectors.groupingBy(
        call -> call.chatId() + " / " + call.replyTo() + " / " + call.text(), Collectors.counting()));
    assertThat(copies).allSatisfy((reply, count) -> assertThat(count).as(reply).isEqualTo(1L));
    Map<String, Long> answers = bot.asked.stream().collect(Collectors.groupingBy(Function.identity(),
        Collectors.counting()));
    assertThat(answers).allSatisfy((question, count) -> assertThat(count).as(question).isEqualTo(1L));
  }

  private static void awaitLog(LogCapture logs, String line) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!logs.text().contains(line)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no log line " + line + " within " + WAIT + "; log: " + logs.text());
      }
      Thread.sleep(20);
    }
  }
}
