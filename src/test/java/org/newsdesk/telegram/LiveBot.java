package org.newsdesk.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Evidence;
import org.newsdesk.config.Prompts;
import org.newsdesk.config.Settings;
import org.newsdesk.search.Catalog;
import org.newsdesk.search.CatalogStats;
import org.newsdesk.search.Citation;

/**
 * The real front end, as {@code newsdesk telegram} runs it, against a {@link LoopbackBotApi}: only the answerer and
 * the catalog are fakes, and waits between retries are recorded and, unless asked otherwise, cut short (at most
 * 200 ms each).
 */
final class LiveBot implements AutoCloseable {

  /** A user id that is on {@code telegram.admins}. */
  static final long ADMIN = 7;

  private static final Duration SHORT_WAITS = Duration.ofMillis(200);

  /** Every wait the bot asked for between retries, in order. */
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  /** Every question the answerer was asked, in order. */
  final List<String> asked = new CopyOnWriteArrayList<>();
  /** Reindex runs. */
  final List<String> reindexed = new CopyOnWriteArrayList<>();

  private final TelegramFrontEnd frontEnd;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(ChatLanes.daemonThreads("live-bot-"));
  private final Future<?> running;

  /**
   * Starts the bot against {@code apiUrl} with quick test settings, changed by {@code overrides} (key, value pairs).
   * Its answers echo the question: "re: QUESTION".
   */
  LiveBot(Path tmp, String token, String apiUrl, Object... overrides) {
    this(tmp, token, apiUrl, SHORT_WAITS, overrides);
  }

  /** Starts the bot like {@link #LiveBot(Path, String, String, Object...)}, waiting up to {@code longestWait}. */
  LiveBot(Path tmp, String token, String apiUrl, Duration longestWait, Object... overrides) {
    Settings settings = Settings.defaults()
        .with("telegram.feedbackLog", tmp.resolve("feedback.jsonl"))
        .with("telegram.admins", ADMIN)
        .with("telegram.poll.timeoutSeconds", 1)
        .with("telegram.send.backoff", "PT0.1S")
        .with("telegram.send.maxWait", "PT10S")
        .with("telegram.startup.maxBackoff", "PT0.5S")
        .with("telegram.shutdown.grace", "PT5S");
    for (int i = 0; i < overrides.length; i += 2) {
      settings = settings.with(String.valueOf(overrides[i]), overrides[i + 1]);
    }
    Answerer answerer = question -> {
      asked.add(question);
      return echo(question);
    };
    Reindexer reindexer = () -> {
      reindexed.add("run");
      return "3 articles";
    };
    frontEnd = new TelegramFrontEnd(settings, Prompts.from(Path.of("prompts")), answerer, new FixedCatalog(),
        reindexer, () -> List.of("Which storm?"), () -> "", token, apiUrl, duration -> {
          sleeps.add(duration);
          Thread.sleep(Math.min(duration.toMillis(), longestWait.toMillis()));
        });
    running = runner.submit(() -> {
      frontEnd.run();
      return null;
    });
  }

  /** Returns an answer whose short answer is "re: QUESTION", from one Reuters sentence. */
  static Answer echo(String question) {
    String sentence = "The storm hit the coast.";
    Evidence evidence = new Evidence(BotFixture.REUTERS, sentence, 0, null, 4, 9, 5.0);
    return new Answer(question, true, "re: " + question, 0.9, List.of(evidence), false, 1.0);
  }

  /** Returns the run's future: done once run() returned or threw. */
  Future<?> running() {
    return running;
  }

  /** Stops the bot and waits for run() to return; a run that failed is the test's to check, through running(). */
  @Override
  public void close() throws Exception {
    frontEnd.close();
    try {
      running.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      // run() threw, e.g. on a rejected token; tests that expect it look at running().
    } finally {
      runner.shutdownNow();
    }
  }

  /** Three fixed articles. */
  private static final class FixedCatalog implements Catalog {

    @Override
    public List<Citation> articles() {
      return List.of(BotFixture.REUTERS, BotFixture.AP, BotFixture.BLOG);
    }

    @Override
    public CatalogStats stats() {
      return new CatalogStats(3, 42, Instant.parse("2024-01-01T00:00:00Z"), 1);
    }
  }
}
