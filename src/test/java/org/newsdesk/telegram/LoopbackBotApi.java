package org.newsdesk.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A Bot API over loopback HTTP inside the test JVM, for driving the real front end (TelegramBots' OkHttp client and
 * long polling) through faults injected on demand: the API going away and coming back on the same port, HTTP 429
 * with {@code retry_after}, 5xx answers (JSON or an HTML page), answers held back or delayed, answers the client
 * cannot read, and updates written verbatim, including ones the library cannot parse. It plays the users too: their
 * messages become updates for getUpdates, and every call the bot makes is recorded.
 */
final class LoopbackBotApi implements AutoCloseable {

  /** The bot, as getMe reports it. */
  static final long BOT_ID = 4242;
  static final String BOT_NAME = "NewsdeskBot";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String token;
  private final int port;
  private final Object lock = new Object();
  private final Deque<Queued> updates = new ArrayDeque<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private final Map<Long, String> chatTypes = new ConcurrentHashMap<>();
  private final Deque<Long> sendTimes = new ArrayDeque<>();
  private final AtomicInteger messageIds = new AtomicInteger(1000);
  private final AtomicInteger throttled = new AtomicInteger();
  private int nextUpdateId = 1;
  private int generation;
  private volatile int sendsPerSecond;
  private HttpServer server;
  private ExecutorService handlers;

  /** An update waiting to be fetched, as the JSON text the API will send. */
  private record Queued(int id, String json) {
  }

  /**
   * One Bot API call the bot made.
   *
   * @param method the method, lower case ({@code sendmessage})
   * @param body   the request body
   * @param nanos  when it arrived ({@link System#nanoTime()})
   * @param status the HTTP status it was answered with; 200 means it was carried out
   */
  record Call(String method, JsonNode body, long nanos, int status) {

    /** Returns the chat id the call is for, or 0. */
    long chatId() {
      return body.path("chat_id").asLong();
    }

    /** Returns the message a sent message replies to, or 0. */
    int replyTo() {
      return body.path("reply_parameters").path("message_id").asInt();
    }

    /** Returns the text sent, or "". */
    String text() {
      return body.path("text").asText();
    }
  }

  /** What a fault does with a matching call. */
  @FunctionalInterface
  private interface Reaction {

    /** Answers the call and returns the status recorded, or returns 0 to let the call be served normally. */
    int react(HttpExchange exchange) throws IOException, InterruptedException;
  }

  /**
   * A misbehaviour planned for the next {@code times} calls of {@code method} whose body matches: a reaction that
   * answers instead of the API, or the call carried out and then its answer delayed, held back or garbled.
   */
  private record Fault(String method, Predicate<JsonNode> when, AtomicInteger times, Reaction reaction,
                       Duration answerAfter, CountDownLatch answerWhen, boolean garble) {
  }

  private LoopbackBotApi(String token, int port) {
    this.token = token;
    this.port = port;
  }

  /** Starts the API on a free loopback port for the bot with {@code token}. */
  static LoopbackBotApi start(String token) throws IOException {
    LoopbackBotApi api = unreachable(token);
    api.up();
    return api;
  }

  /** Chooses a free loopback port but does not listen yet: connections are refused until {@link #up()}. */
  static LoopbackBotApi unreachable(String token) throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new LoopbackBotApi(token, probe.getLocalPort());
    }
  }

  /** Returns the base URL to give the bot as TELEGRAM_API_URL. */
  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts listening (again) on the same port; queued updates and the call log are kept. */
  void up() throws IOException {
    synchronized (lock) {
      if (server != null) {
        return;
      }
      handlers = Executors.newCachedThreadPool(ChatLanes.daemonThreads("loopback-bot-api-"));
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      server.setExecutor(handlers);
      server.createContext("/", this::serve);
      server.start();
    }
  }

  /** Stops listening and drops every open connection, as when the network goes down. */
  void down() {
    HttpServer stopped;
    ExecutorService running;
    synchronized (lock) {
      stopped = server;
      running = handlers;
      server = null;
      handlers = null;
      generation++;
      lock.notifyAll();
    }
    if (stopped != null) {
      stopped.stop(0);
      running.shutdownNow();
    }
  }

  /** Stops the API. */
  @Override
  public void close() {
    down();
  }

  // --- faults ------------------------------------------------------------------------------------------------

  /** Answers the next {@code times} calls of {@code method} with a Bot API error, with retry_after when not null. */
  void failNext(String method, int times, int status, Integer retryAfter) {
    ObjectNode error = JSON.createObjectNode().put("ok", false).put("error_code", status)
        .put("description", status == 429 ? "Too Many Requests: retry after " + retryAfter : "Internal Server Error");
    if (retryAfter != null) {
      error.putObject("parameters").put("retry_after", retryAfter);
    }
    faults.add(new Fault(method, body -> true, new AtomicInteger(times),
        exchange -> respond(exchange, status, "application/json", error.toString()), null, null, false));
  }

  /** Answers the next {@code times} calls of {@code method} with an HTML error page, as a proxy in front would. */
  void failNextWithPage(String method, int times, int status) {
    faults.add(new Fault(method, body -> true, new AtomicInteger(times), exchange -> respond(exchange, status,
        "text/html", "<html><body><h1>" + status + " Bad Gateway</h1></body></html>"), null, null, false));
  }

  /** Carries out the next {@code times} matching calls but answers them with a body the client cannot read. */
  void garbleNextAnswer(String method, int times) {
    faults.add(new Fault(method, body -> true, new AtomicInteger(times), null, null, null, true));
  }

  /** Carries out the next matching call of {@code method} at once but answers it only after {@code delay}. */
  void answerLate(String method, Predicate<JsonNode> when, Duration delay) {
    faults.add(new Fault(method, when, new AtomicInteger(1), null, delay, null, false));
  }

  /** Carries out matching calls of {@code method} at once but answers none of them before {@code release}. */
  void holdAnswers(String method, Predicate<JsonNode> when, CountDownLatch release) {
    faults.add(new Fault(method, when, new AtomicInteger(Integer.MAX_VALUE), null, null, release, false));
  }

  /** Limits sendMessage to {@code perSecond} calls a second, answering the excess with 429 and retry_after 1. */
  void limitSendsPerSecond(int perSecond) {
    sendsPerSecond = perSecond;
  }

  /** Returns how many sendMessage calls were refused by {@link #limitSendsPerSecond}. */
  int throttled() {
    return throttled.get();
  }

  // --- users ---------------------------------------------------------------------------------------------------

  /**
   * A user writes {@code text} in a chat: a private chat when {@code chatId == userId}, else a supergroup. Text
   * starting with {@code /} carries its bot_command entity. Returns the message id.
   */
  int says(long chatId, long userId, String text) {
    int messageId = messageIds.incrementAndGet();
    ObjectNode message = message(chatId, userId, messageId, text);
    enqueue(id -> update(id, "message", message));
    return messageId;
  }

  /** Returns the bot's message {@code messageId} in {@code chatId} as Telegram returns it. */
  private ObjectNode botMessage(long chatId, int messageId, String text) {
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", messageId);
    message.put("date", now());
    message.set("chat", chat(chatId));
    message.set("from", user(BOT_ID, true));
    message.put("text", text);
    return message;
  }

  /** Queues an update written verbatim: {@code json} gets the update id and returns the update's JSON text. */
  int enqueue(IntFunction<String> json) {
    synchronized (lock) {
      int id = nextUpdateId++;
      updates.add(new Queued(id, json.apply(id)));
      lock.notifyAll();
      return id;
    }
  }

  // --- what the bot did ------------------------------------------------------------------------------------

  /** Returns every call so far, in arrival order. */
  List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Returns the calls of {@code method} (lower case) so far. */
  List<Call> calls(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }

  /** Returns the messages the bot sent and the API carried out, in order. */
  List<Call> delivered() {
    return calls.stream().filter(call -> call.method().equals("sendmessage") && call.status() == 200).toList();
  }

  /** Returns the messages delivered to {@code chatId}, in order. */
  List<Call> delivered(long chatId) {
    return delivered().stream().filter(call -> call.chatId() == chatId).toList();
  }

  /** Waits until {@code count} calls match {@code condition}, failing after {@code timeout}; returns them. */
  List<Call> await(Predicate<Call> condition, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Call> matching = calls.stream().filter(condition).toList();
      if (matching.size() >= count) {
        return matching;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " matching calls within " + timeout + ", got " + matching
            + "; all calls: " + calls.stream().map(c -> c.method() + " " + c.status()).toList());
      }
      Thread.sleep(20);
    }
  }

  /** Waits until {@code count} messages have been delivered to {@code chatId}; returns them. */
  List<Call> awaitDelivered(long chatId, int count, Duration timeout) throws InterruptedException {
    return await(call -> call.method().equals("sendmessage") && call.status() == 200 && call.chatId() == chatId,
        count, timeout);
  }

  // --- serving ------------------------------------------------------------------------------------------------

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      long arrived = System.nanoTime();
      String path = exchange.getRequestURI().getPath();
      String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      byte[] raw = exchange.getRequestBody().readAllBytes();
      JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
      if (!path.startsWith("/bot" + token + "/")) {
        // Recorded before the reply is sent: a bot that stops on the 401 may be checked the moment it has read it.
        calls.add(new Call(method, body, arrived, 401));
        respond(exchange, 401, "application/json",
            "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      Fault fault = claimFault(method, body);
      if (fault != null && fault.reaction() != null) {
        calls.add(new Call(method, body, arrived, fault.reaction().react(exchange)));
        return;
      }
      if (method.equals("sendmessage") && overRateLimit()) {
        throttled.incrementAndGet();
        calls.add(new Call(method, body, arrived, 429));
        respond(exchange, 429, "application/json", "{\"ok\":false,\"error_code\":429,"
            + "\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}");
        return;
      }
      if (method.equals("getupdates")) {
        String answer = poll(body);
        calls.add(new Call(method, body, arrived, 200));
        respond(exchange, 200, "application/json", answer);
        return;
      }
      String answer = carryOut(method, body);
      calls.add(new Call(method, body, arrived, answer == null ? 404 : 200));
      if (answer == null) {
        respond(exchange, 404, "application/json", "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        return;
      }
      if (fault != null && fault.answerAfter() != null) {
        Thread.sleep(fault.answerAfter().toMillis());
      } else if (fault != null && fault.answerWhen() != null) {
        fault.answerWhen().await(1, TimeUnit.MINUTES);
      } else if (fault != null && fault.garble()) {
        answer = "{\"ok\":true,\"result\":{\"message_id\":\"not a number\",\"chat\":[]}}";
      }
      respond(exchange, 200, "application/json", answer);
    } catch (InterruptedException e) {
      // down() interrupts handlers that are waiting; their connections are gone anyway.
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client went away (a timeout, or down() closed the connection): nothing to answer.
    }
  }

  private Fault claimFault(String method, JsonNode body) {
    for (Fault fault : faults) {
      if (fault.method().equals(method) && fault.when().test(body) && fault.times().getAndDecrement() > 0) {
        return fault;
      }
    }
    return null;
  }

  private boolean overRateLimit() {
    int limit = sendsPerSecond;
    if (limit <= 0) {
      return false;
    }
    synchronized (sendTimes) {
      long now = System.nanoTime();
      while (!sendTimes.isEmpty() && now - sendTimes.peekFirst() > TimeUnit.SECONDS.toNanos(1)) {
        sendTimes.pollFirst();
      }
      if (sendTimes.size() >= limit) {
        return true;
      }
      sendTimes.addLast(now);
      return false;
    }
  }

  /** Long polling: confirms updates below the offset, then returns the next ones, waiting up to the timeout. */
  private String poll(JsonNode body) throws InterruptedException {
    int offset = body.path("offset").asInt(0);
    int limit = body.path("limit").asInt(100);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(body.path("timeout").asInt(0));
    synchronized (lock) {
      int seen = generation;
      updates.removeIf(update -> update.id() < offset);
      while (updates.isEmpty() && generation == seen) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      List<String> batch = new ArrayList<>();
      for (Queued update : updates) {
        if (batch.size() == limit) {
          break;
        }
        batch.add(update.json());
      }
      return "{\"ok\":true,\"result\":[" + String.join(",", batch) + "]}";
    }
  }

  /** Carries out a call other than getUpdates; returns the answer, or null for a method this API does not know. */
  private String carryOut(String method, JsonNode body) {
    return switch (method) {
      case "getme" -> ok(user(BOT_ID, true));
      case "sendmessage" -> ok(botMessage(body.path("chat_id").asLong(), messageIds.incrementAndGet(),
          body.path("text").asText()));
      case "editmessagetext" -> ok(botMessage(body.path("chat_id").asLong(), body.path("message_id").asInt(),
          body.path("text").asText()));
      case "deletewebhook", "setmycommands", "sendchataction", "answercallbackquery", "answerinlinequery" ->
          "{\"ok\":true,\"result\":true}";
      default -> null;
    };
  }

  private static String ok(JsonNode result) {
    return "{\"ok\":true,\"result\":" + result + "}";
  }

  private static int respond(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("content-type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    return status;
  }

  // --- JSON as the Bot API writes it ----------------------------------------------------------------------------

  private ObjectNode message(long chatId, long userId, int messageId, String text) {
    chatTypes.putIfAbsent(chatId, chatId == userId ? "private" : "supergroup");
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", messageId);
    message.put("date", now());
    message.set("chat", chat(chatId));
    message.set("from", user(userId, false));
    message.put("text", text);
    if (text.startsWith("/")) {
      int end = text.indexOf(' ');
      ArrayNode entities = message.putArray("entities");
      entities.addObject().put("type", "bot_command").put("offset", 0).put("length", end < 0 ? text.length() : end);
    }
    return message;
  }

  private ObjectNode chat(long chatId) {
    String type = chatTypes.getOrDefault(chatId, chatId > 0 ? "private" : "supergroup");
    ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", type);
    return type.equals("private") ? chat.put("first_name", "U" + chatId) : chat.put("title", "Newsroom " + chatId);
  }

  private static ObjectNode user(long id, boolean bot) {
    ObjectNode user = JSON.createObjectNode().put("id", id).put("is_bot", bot)
        .put("first_name", bot ? "News" : "U" + id);
    return bot ? user.put("username", BOT_NAME) : user;
  }

  private static String update(int id, String field, JsonNode content) {
    ObjectNode update = JSON.createObjectNode().put("update_id", id);
    update.set(field, content);
    return update.toString();
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }
}
