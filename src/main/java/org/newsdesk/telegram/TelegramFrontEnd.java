package org.newsdesk.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.newsdesk.answer.Answerer;
import org.newsdesk.config.ConfigException;
import org.newsdesk.config.Prompts;
import org.newsdesk.config.Settings;
import org.newsdesk.search.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram front end: long-polls the Bot API and answers private chats, groups (only when addressed) and
 * inline queries. {@link #run()} blocks until the process is stopped (SIGTERM, Ctrl-C) or {@link #close()} is
 * called, then returns after a clean shutdown.
 */
public final class TelegramFrontEnd implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramFrontEnd.class);
  private static final List<String> UPDATE_TYPES = List.of("message", "callback_query", "inline_query");

  private final BotConfig config;
  private final Texts texts;
  private final UpdateHandler.Backend backend;
  private final String token;
  private final TelegramUrl url;
  private final Redactor redactor;
  private final Sleeper sleeper;

  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private final List<ExecutorService> pollers = new CopyOnWriteArrayList<>();
  private final ChatLanes lanes;
  private final ScheduledExecutorService typing;
  private final ExecutorService background;
  private final OkHttpClient sendHttp;
  private final OkHttpClient pollHttp;
  private volatile UpdateHandler handler;
  private volatile TelegramBotsLongPollingApplication polling;

  /**
   * Creates the front end; nothing connects until {@link #run()}.
   *
   * @param settings  the settings ({@code telegram.*} and {@code question.maxLength} are used)
   * @param prompts   the texts the bot says
   * @param answerer  answers questions; thread-safe
   * @param catalog   lists what is indexed, for /sources and /about
   * @param reindexer rebuilds the index on an admin's /reindex
   * @param examples  example questions drawn from the corpus, for /start (the first three are shown)
   * @param token     the bot token, from TELEGRAM_BOT_TOKEN only; never logged
   * @param apiUrl    the Bot API base URL such as {@code http://127.0.0.1:8081} (from TELEGRAM_API_URL), or null
   *                  or blank for the public Bot API
   * @throws ConfigException when the token is missing, the URL or a setting is unusable
   */
  public TelegramFrontEnd(Settings settings, Prompts prompts, Answerer answerer, Catalog catalog,
                          Reindexer reindexer, Supplier<List<String>> examples, String token, String apiUrl) {
    this(settings, prompts, answerer, catalog, reindexer, examples, () -> "", token, apiUrl);
  }

  /**
   * Creates the bot with a status line for /about (for example the answer cache's counters).
   *
   * @param settings  all settings; the {@code telegram.*} ones are read here
   * @param prompts   every text the bot says
   * @param answerer  answers questions (thread-safe)
   * @param catalog   what is indexed, for /sources and /about
   * @param reindexer re-reads the corpus for /reindex
   * @param examples  example questions for /start
   * @param status    plain-text status shown by /about, or "" for none
   * @param token     the bot token, from TELEGRAM_BOT_TOKEN only; never logged
   * @param apiUrl    the Bot API base URL (from TELEGRAM_API_URL), or null or blank for the public Bot API
   * @throws ConfigException when the token is missing, the URL or a setting is unusable
   */
  public TelegramFrontEnd(Settings settings, Prompts prompts, Answerer answerer, Catalog catalog,
                          Reindexer reindexer, Supplier<List<String>> examples, Supplier<String> status, String token,
                          String apiUrl) {
    this(settings, prompts, answerer, catalog, reindexer, examples, status, token, apiUrl, Sleeper.SYSTEM);
  }

  /** Creates the bot waiting between retries with {@code sleeper}, so tests see the waits without sitting them out. */
  TelegramFrontEnd(Settings settings, Prompts prompts, Answerer answerer, Catalog catalog, Reindexer reindexer,
                   Supplier<List<String>> examples, Supplier<String> status, String token, String apiUrl,
                   Sleeper sleeper) {
    if (token == null || token.isBlank()) {
      throw new ConfigException("TELEGRAM_BOT_TOKEN", null, "missing; set it to the token @BotFather gave you");
    }
    this.token = token.strip();
    this.redactor = new Redactor(this.token);
    this.url = telegramUrl(apiUrl, redactor);
    this.config = BotConfig.from(settings);
    this.texts = new Texts(Objects.requireNonNull(prompts, "prompts"));
    this.backend = new UpdateHandler.Backend(Objects.requireNonNull(answerer, "answerer"),
        Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(reindexer, "reindexer"),
        Objects.requireNonNull(examples, "examples"), Objects.requireNonNull(status, "status"), version());
    this.lanes = new ChatLanes(config.threads());
    this.typing = Executors.newSingleThreadScheduledExecutor(ChatLanes.daemonThreads("newsdesk-telegram-typing-"));
    this.background = Executors.newSingleThreadExecutor(ChatLanes.daemonThreads("newsdesk-telegram-reindex-"));
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.sendHttp = BotHttp.client(config.sendTimeout(), redactor);
    this.pollHttp = BotHttp.client(Duration.ofSeconds(config.pollTimeoutSeconds() + 20L), redactor);
  }

  /**
   * Connects, registers the command menu and answers updates until stopped; retries while the Bot API cannot be
   * reached at start. Installs a shutdown hook so SIGTERM and Ctrl-C stop the bot cleanly within seconds.
   *
   * @throws TelegramStartupException when the Bot API rejects the token
   * @throws IllegalStateException    when called twice
   */
  public void run() throws TelegramStartupException {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("run() may be called once");
    }
    Thread hook = new Thread(this::close, "newsdesk-telegram-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      if (start()) {
        stopRequested.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.info("interrupted; stopping the Telegram bot");
    } finally {
      close();
      removeHook(hook);
    }
  }

  /** Stops polling, lets answers in progress be sent (up to {@code telegram.shutdown.grace}) and frees resources. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      awaitClosed();
      return;
    }
    stopRequested.countDown();
    try {
      LOG.info("stopping the Telegram bot");
      if (handler != null) {
        handler.stopAccepting();
      }
      stopPolling();
      if (!lanes.close(config.shutdownGrace())) {
        LOG.warn("answers still in progress after {} s were cut off", config.shutdownGrace().toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("interrupted while waiting for answers in progress");
    } finally {
      typing.shutdownNow();
      // A reindex in progress runs on a daemon thread and ends with the JVM; interrupting it could leave a
      // half-written index commit to clean up.
      background.shutdown();
      BotHttp.release(sendHttp);
      BotHttp.release(pollHttp);
      closed.countDown();
      LOG.info("Telegram bot stopped");
    }
  }

  /** Returns the version from the jar manifest (Implementation-Version), or "dev" when run from classes. */
  static String version() {
    String version = TelegramFrontEnd.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? "dev" : version;
  }

  /**
   * Turns the TELEGRAM_API_URL value into TelegramBots' URL; null or blank means the public Bot API.
   *
   * @throws ConfigException when it is not an http(s) URL of a host (and optional port) without a path
   */
  static TelegramUrl telegramUrl(String apiUrl, Redactor redactor) {
    if (apiUrl == null || apiUrl.isBlank()) {
      return TelegramUrl.DEFAULT_URL;
    }
    String shown = redactor.clean(apiUrl.strip());
    URI uri;
    try {
      uri = new URI(apiUrl.strip());
    } catch (URISyntaxException e) {
      throw new ConfigException("TELEGRAM_API_URL", shown, "not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new ConfigException("TELEGRAM_API_URL", shown, "expected http://host:port or https://host");
    }
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
      throw new ConfigException("TELEGRAM_API_URL", shown, "a path is not supported; give only scheme, host, port");
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return new TelegramUrl(scheme, uri.getHost(), port, false);
  }

  /** Returns true once polling runs; false when stopped before it could start. */
  private boolean start() throws TelegramStartupException, InterruptedException {
    TelegramClient client = new OkHttpTelegramClient(sendHttp, token, url);
    Connector connector = new Connector(redactor, config.sendBackoff(), config.startupMaxBackoff(), stopRequested);
    Optional<BotIdentity> me = connector.identify(client);
    if (me.isEmpty()) {
      return false;
    }
    UpdateHandler.Machinery machinery = new UpdateHandler.Machinery(client, sleeper, lanes, background,
        typing, System::nanoTime, Clock.systemUTC());
    handler = UpdateHandler.create(me.get(), config, texts, backend, machinery, redactor);
    registerCommands(new Sender(client, redactor, sleeper, config));
    Optional<BotSession> session = connector.untilStopped("registerBot", this::startPolling);
    if (session.isEmpty()) {
      return false;
    }
    LOG.info("@{} is answering on Telegram (Bot API at {}://{}:{}); stop with Ctrl-C", me.get().username(),
        url.getSchema(), url.getHost(), url.getPort());
    return true;
  }

  /** One attempt to start long polling; a failed attempt (registerBot calls deleteWebhook first) is undone. */
  private BotSession startPolling() throws TelegramApiException {
    TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
        () -> pollHttp, this::newPoller, () -> new PollBackOff(config.sendBackoff(), config.startupMaxBackoff()));
    try {
      BotSession session = app.registerBot(token, () -> url, this::getUpdates, handler);
      polling = app;
      if (closing.get()) {
        // close() ran while this attempt was connecting, so it could not stop this session yet.
        stopPolling();
      }
      return session;
    } catch (TelegramApiException | RuntimeException e) {
      closeQuietly(app);
      throw e;
    }
  }

  private GetUpdates getUpdates(Integer lastUpdateId) {
    return new LenientGetUpdates(lastUpdateId + 1, 100, config.pollTimeoutSeconds(), UPDATE_TYPES);
  }

  /** TelegramBots' own poller thread is not a daemon and close() leaves it running, so the bot supplies its own. */
  private ScheduledExecutorService newPoller() {
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(ChatLanes.daemonThreads("newsdesk-telegram-poll-"));
    pollers.add(poller);
    return poller;
  }

  private void registerCommands(Sender sender) {
    List<BotCommand> commands = new ArrayList<>();
    for (String line : texts.raw("telegram-commands").split("\n")) {
      int dash = line.indexOf(" - ");
      if (dash > 0) {
        commands.add(new BotCommand(line.substring(0, dash).strip(), line.substring(dash + 3).strip()));
      }
    }
    try {
      sender.call(SetMyCommands.builder().commands(commands).build());
    } catch (DeliveryException e) {
      LOG.warn("the command menu was not registered (the bot works without it): {}", e.getMessage());
    }
  }

  private void stopPolling() {
    TelegramBotsLongPollingApplication app = polling;
    if (app != null) {
      closeQuietly(app);
    }
    // The poll in flight is left to end by itself on its daemon thread; any updates it brings are not confirmed
    // to Telegram and so come again on the next start.
    pollers.forEach(ExecutorService::shutdown);
  }

  private void closeQuietly(TelegramBotsLongPollingApplication app) {
    try {
      app.close();
    } catch (Exception e) {
      LOG.warn("stopping long polling failed: {}", redactor.describe(e));
    }
  }

  private void awaitClosed() {
    try {
      if (!closed.await(config.shutdownGrace().toMillis() + 5000, TimeUnit.MILLISECONDS)) {
        LOG.warn("the Telegram bot is still stopping");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down and running the hook, which is what stopped the bot.
      LOG.debug("shutdown in progress; hook left in place");
    }
  }
}
