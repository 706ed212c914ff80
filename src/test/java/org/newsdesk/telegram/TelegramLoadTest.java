package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load on the front end: 200 questions from 50 chats (half private, half groups) arriving within a few seconds,
 * plus two chats flooding, through the real HTTP client and long polling against a {@link LoopbackBotApi} that
 * enforces Telegram's 30 messages a second with 429 and retry_after. The answerer is an instant fake, so the figures
 * printed are the front end's own. Timings are printed, never asserted.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TelegramLoadTest {

  private static final String TOKEN = TestTokens.BOT;
  private static final int CHATS = 50;
  private static final int PER_CHAT = 4;
  private static final int FLOOD = 10;
  private static final int BURST = 6;
  private static final int TELEGRAM_SENDS_PER_SECOND = 30;
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final long MEGABYTE = 1024 * 1024;
  /** JVM-wide pools, OkHttp's and Okio's and the common fork-join pool, idle out by themselves. */
  private static final List<String> SHARED_THREADS = List.of("OkHttp TaskRunner", "Okio Watchdog",
      "ForkJoinPool.commonPool");

  @TempDir
  Path tmp;

  @Test
  void fiftyChatsAsking200QuestionsInSeconds_allAnsweredOnceInOrder_floodsToldPolitely_noThreadLeak_boundedHeap()
      throws Exception {
    Set<Thread> threadsBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
    long heapBefore = usedHeapAfterGc();
    ManagementFactory.getThreadMXBean().resetPeakThreadCount();
    Map<Long, List<String>> questions = new LinkedHashMap<>();
    Map<String, Long> askedAt = new LinkedHashMap<>();
    Map<String, Integer> messageIds = new LinkedHashMap<>();
    long heapLoaded;
    try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN)) {
      api.limitSendsPerSecond(TELEGRAM_SENDS_PER_SECOND);
      try (LiveBot bot = new LiveBot(tmp, TOKEN, api.url(), Duration.ofMinutes(1), "telegram.send.attempts", 20)) {
        api.await(call -> call.method().equals("getupdates"), 1, WAIT);
        long[] floods = {30_001, -50_001};
        for (long chat : floods) {
          for (int i = 0; i < FLOOD; i++) {
            ask(api, chat, "Flood " + i + " in " + chat + "?", questions, askedAt, messageIds);
          }
        }
        for (int round = 0; round < PER_CHAT; round++) {
          for (int c = 0; c < CHATS; c++) {
            long chat = c % 2 == 0 ? 20_001 + c : -40_001 - c;
            ask(api, chat, "Question " + round + " from " + chat + "?", questions, askedAt, messageIds);
            Thread.sleep(10);
          }
        }

        awaitAllReplies(api, questions, floods);
        int peakThreads = ManagementFactory.getThreadMXBean().getPeakThreadCount();
        LoopbackBotApi.Call last = api.delivered().get(api.delivered().size() - 1);
        BotApiFaultsTest.assertDeliveredOnce(api, bot);
        heapLoaded = usedHeapAfterGc();

        for (Map.Entry<Long, List<String>> chat : questions.entrySet()) {
          List<LoopbackBotApi.Call> replies = api.delivered(chat.getKey());
          boolean flooding = chat.getKey() == floods[0] || chat.getKey() == floods[1];
          List<String> answered = flooding ? chat.getValue().subList(0, BURST) : chat.getValue();
          assertThat(replies).as("replies in chat %d", chat.getKey()).hasSize(answered.size() + (flooding ? 1 : 0));
          for (int i = 0; i < answered.size(); i++) {
            assertThat(replies.get(i).text()).as("reply %d in chat %d", i, chat.getKey())
                .contains("re: " + answered.get(i));
            if (chat.getKey() < 0) {
              assertThat(replies.get(i).replyTo()).isEqualTo(messageIds.get(answered.get(i)));
            }
          }
          if (flooding) {
            assertThat(replies.get(BURST).text()).startsWith("⏳ That is a lot of questions at once.");
          }
        }
        assertThat(bot.asked).hasSize(CHATS * PER_CHAT + 2 * BURST);
        assertThat(bot.sleeps).as("every 429 waited the retry_after asked for")
            .filteredOn(wait -> wait.equals(Duration.ofSeconds(1))).hasSize(api.throttled());

        report(api, askedAt, last, peakThreads, threadsBefore.size(), heapBefore, heapLoaded);
      }
    }
    assertThat(awaitNoNewThreads(threadsBefore)).as("threads left behind by the bot").isEmpty();
    assertThat((heapLoaded - heapBefore) / MEGABYTE).as("MB of heap held after the burst").isLessThan(64);
  }

  private static void ask(LoopbackBotApi api, long chat, String question, Map<Long, List<String>> questions,
                          Map<String, Long> askedAt, Map<String, Integer> messageIds) {
    questions.computeIfAbsent(chat, c -> new ArrayList<>()).add(question);
    askedAt.put(question, System.nanoTime());
    boolean group = chat < 0;
    long user = group ? 7_000 + chat % 100 : chat;
    messageIds.put(question, api.says(chat, user, group ? "/ask " + question : question));
  }

  /** Waits for every answer and flood notice. */
  private static void awaitAllReplies(LoopbackBotApi api, Map<Long, List<String>> questions, long[] floods)
      throws InterruptedException {
    int expected = CHATS * PER_CHAT + floods.length * (BURST + 1);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (api.delivered().size() < expected) {
      if (System.nanoTime() > deadline) {
        Map<Long, Integer> got = questions.keySet().stream()
            .collect(Collectors.toMap(chat -> chat, chat -> api.delivered(chat).size()));
        throw new AssertionError("only " + api.delivered().size() + " of " + expected + " replies; per chat: " + got);
      }
      Thread.sleep(20);
    }
  }

  private static void report(LoopbackBotApi api, Map<String, Long> askedAt, LoopbackBotApi.Call last, int peakThreads,
                             int threadsBefore, long heapBefore, long heapLoaded) {
    List<Long> latencies = new ArrayList<>();
    for (LoopbackBotApi.Call reply : api.delivered()) {
      for (Map.Entry<String, Long> question : askedAt.entrySet()) {
        if (question.getKey().startsWith("Question") && reply.text().contains("re: " + question.getKey())) {
          latencies.add(reply.nanos() - question.getValue());
        }
      }
    }
    latencies.sort(null);
    long first = askedAt.values().stream().min(Long::compare).orElseThrow();
    double seconds = (last.nanos() - first) / 1e9;
    System.out.printf("Telegram load: %d questions from %d chats (+%d flooding) answered in %.1f s: %.1f questions/s;"
            + " latency median %d ms, p95 %d ms, p99 %d ms, max %d ms; %d sendMessage calls refused with 429 (limit"
            + " %d/s) and retried after retry_after; threads %d before, %d at peak; heap %d MB before, %d MB after"
            + " the burst%n",
        latencies.size(), CHATS, 2, seconds, latencies.size() / seconds, millis(latencies, 0.50),
        millis(latencies, 0.95), millis(latencies, 0.99), millis(latencies, 1.0), api.throttled(),
        TELEGRAM_SENDS_PER_SECOND, threadsBefore, peakThreads, heapBefore / MEGABYTE, heapLoaded / MEGABYTE);
  }

  private static long millis(List<Long> sorted, double quantile) {
    int index = Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1);
    return TimeUnit.NANOSECONDS.toMillis(sorted.get(index));
  }

  /** Waits for the threads started since {@code before} to end, apart from shared pools; returns those still alive. */
  private static List<Thread> awaitNoNewThreads(Set<Thread> before) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      List<Thread> added = Thread.getAllStackTraces().keySet().stream()
          .filter(thread -> !before.contains(thread) && thread.isAlive())
          .filter(thread -> SHARED_THREADS.stream().noneMatch(thread.getName()::startsWith))
          .toList();
      if (added.isEmpty() || System.nanoTime() > deadline) {
        return added;
      }
      Thread.sleep(50);
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 2; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
