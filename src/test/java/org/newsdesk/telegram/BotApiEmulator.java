package org.newsdesk.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The Bot API emulator of the end-to-end test ({@code src/test/e2e/emulator.js}: telegram-test-api behind a proxy
 * that corrects its deviations from the real Bot API) and its "client" API, to play the users. Loopback only.
 */
final class BotApiEmulator implements AutoCloseable {

  /** The emulator's bot, as its getMe reports it. */
  static final long BOT_ID = 666;
  static final String BOT_NAME = "TestNameBot";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL = Duration.ofMillis(100);

  private final Process process;
  private final String token;
  private final Duration timeout;
  private final int emulatorPort;
  private final int apiPort;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private BotApiEmulator(Process process, String token, Duration timeout, int emulatorPort, int apiPort) {
    this.process = process;
    this.token = token;
    this.timeout = timeout;
    this.emulatorPort = emulatorPort;
    this.apiPort = apiPort;
  }

  /** Returns true when node and the emulator's packages ({@code npm ci} in {@code dir}) are installed. */
  static boolean installed(Path dir) {
    if (!Files.isDirectory(dir.resolve("node_modules").resolve("telegram-test-api"))) {
      return false;
    }
    try {
      Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      node.getInputStream().readAllBytes();
      return node.waitFor(10, TimeUnit.SECONDS) && node.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Starts the emulator from {@code dir} on free loopback ports.
   *
   * @param dir     the folder with emulator.js and its node_modules
   * @param token   the bot token the bot will use (the emulator keeps messages per token)
   * @param timeout how long to wait for anything the test expects
   */
  static BotApiEmulator start(Path dir, String token, Duration timeout) throws IOException, InterruptedException {
    ProcessBuilder launch = new ProcessBuilder("node", "emulator.js")
        .directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    // DEBUG=TelegramServer:* in the environment would make telegram-test-api print every request URL, token
    // included, into the build's output.
    launch.environment().remove("DEBUG");
    Process process = launch.start();
    CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
      try {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
      } catch (IOException e) {
        return null;
      }
    });
    String line;
    try {
      line = firstLine.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IOException("the emulator did not report its ports", e);
    }
    if (line == null) {
      process.destroyForcibly();
      throw new IOException("the emulator exited before reporting its ports");
    }
    JsonNode ports = JSON.readTree(line);
    return new BotApiEmulator(process, token, timeout, ports.get("emulator").asInt(), ports.get("api").asInt());
  }

  /** Returns the Bot API base URL to give the bot (the correcting proxy). */
  String apiUrl() {
    return "http://127.0.0.1:" + apiPort;
  }

  /** Returns a user of the emulator who writes in {@code chatId} ({@code type} private, group or supergroup). */
  Person person(long userId, String name, long chatId, String type) {
    return new Person(userId, name, chatId, type);
  }

  /** A person chatting with the bot in one chat. */
  final class Person {
    private final long userId;
    private final String name;
    private final long chatId;
    private final String type;

    private Person(long userId, String name, long chatId, String type) {
      this.userId = userId;
      this.name = name;
      this.chatId = chatId;
      this.type = type;
    }

    /** Sends a plain text message; returns the id the emulator gave it. */
    int says(String text) throws IOException, InterruptedException {
      return post("/sendMessage", message(text), text);
    }

    /** Sends a command such as {@code /ask@bot question}, with its bot_command entity; returns its id. */
    int commands(String text) throws IOException, InterruptedException {
      ObjectNode message = message(text);
      int end = text.indexOf(' ');
      message.putArray("entities").addObject()
          .put("type", "bot_command").put("offset", 0).put("length", end < 0 ? text.length() : end);
      return post("/sendCommand", message, text);
    }

    /** Replies to the bot's message {@code botMessage} (as received) with {@code text}; returns its id. */
    int repliesTo(JsonNode botMessage, String text) throws IOException, InterruptedException {
      ObjectNode message = message(text);
      message.set("reply_to_message", botMessageAsSeen(botMessage));
      return post("/sendMessage", message, text);
    }

    /** Presses the inline button with {@code data} under the bot's message {@code botMessage}. */
    void presses(JsonNode botMessage, String data) throws IOException, InterruptedException {
      ObjectNode callback = JSON.createObjectNode();
      callback.put("botToken", token);
      callback.set("from", from());
      callback.set("message", botMessageAsSeen(botMessage));
      callback.put("data", data);
      callback.put("date", now());
      request("/sendCallback", callback);
    }

    /** Waits for the bot's next {@code count} messages in this chat and returns them (request bodies). */
    List<JsonNode> awaitsReplies(int count) throws IOException, InterruptedException {
      List<JsonNode> received = new ArrayList<>();
      long deadline = System.nanoTime() + timeout.toNanos();
      while (received.size() < count && System.nanoTime() < deadline) {
        ObjectNode query = JSON.createObjectNode().put("token", token).put("chatId", chatId);
        for (JsonNode stored : request("/getUpdates", query).get("result")) {
          received.add(withId(stored));
        }
        if (received.size() < count) {
          Thread.sleep(POLL.toMillis());
        }
      }
      if (received.size() < count) {
        throw new AssertionError("expected " + count + " bot messages in chat " + chatId + " within " + timeout
            + ", got " + received);
      }
      return received;
    }

    /** Returns the bot's messages in this chat that arrive within {@code wait}; used to check silence. */
    List<JsonNode> repliesWithin(Duration wait) throws IOException, InterruptedException {
      Thread.sleep(wait.toMillis());
      List<JsonNode> received = new ArrayList<>();
      ObjectNode query = JSON.createObjectNode().put("token", token).put("chatId", chatId);
      request("/getUpdates", query).get("result").forEach(stored -> received.add(withId(stored)));
      return received;
    }

    private ObjectNode message(String text) {
      ObjectNode message = JSON.createObjectNode();
      message.put("botToken", token);
      message.set("from", from());
      message.set("chat", chat());
      message.put("date", now());
      message.put("text", text);
      return message;
    }

    private ObjectNode from() {
      return JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", name)
          .put("username", name.toLowerCase(Locale.ROOT));
    }

    private ObjectNode chat() {
      ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", type);
      return "private".equals(type) ? chat.put("first_name", name) : chat.put("title", "Newsroom");
    }

    /** Returns the bot's message the way Telegram shows it inside a reply or a callback query. */
    private ObjectNode botMessageAsSeen(JsonNode botMessage) {
      ObjectNode seen = JSON.createObjectNode();
      seen.put("message_id", botMessage.get("message_id").asInt());
      seen.put("date", now());
      seen.set("chat", chat());
      seen.set("from", JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Bot")
          .put("username", BOT_NAME));
      seen.put("text", botMessage.path("text").asText());
      return seen;
    }

    /** Sends a user message and finds the message id the emulator gave it in the history. */
    private int post(String path, ObjectNode message, String text) throws IOException, InterruptedException {
      request(path, message);
      JsonNode history = request("/getUpdatesHistory", JSON.createObjectNode().put("token", token)).get("result");
      for (int i = history.size() - 1; i >= 0; i--) {
        JsonNode item = history.get(i);
        JsonNode sent = item.path("message");
        if (text.equals(sent.path("text").asText()) && sent.path("chat").path("id").asLong() == chatId) {
          return item.get("messageId").asInt();
        }
      }
      throw new AssertionError("the emulator did not store the message " + text);
    }
  }

  /** Returns every Bot API call the bot made so far, as {method, body} objects in order. */
  List<JsonNode> calls() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl() + "/__calls")).timeout(timeout).GET().build();
    JsonNode answer = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    List<JsonNode> calls = new ArrayList<>();
    answer.get("result").forEach(calls::add);
    return calls;
  }

  /** Waits for a Bot API call of {@code method} (lower case) whose body matches {@code body}, and returns it. */
  JsonNode awaitCall(String method, Predicate<JsonNode> body) throws IOException, InterruptedException {
    return awaitCall(method, body, timeout);
  }

  /** Waits up to {@code wait} for a Bot API call of {@code method} whose body matches {@code body}. */
  JsonNode awaitCall(String method, Predicate<JsonNode> body, Duration wait) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      for (JsonNode call : calls()) {
        if (call.get("method").asText().equals(method) && body.test(call.get("body"))) {
          return call.get("body");
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + method + " call matching within " + wait);
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private JsonNode request(String path, ObjectNode body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulatorPort + path))
        .timeout(timeout)
        .header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("emulator " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** Returns a stored bot message's request body with the message id the emulator gave it. */
  private static JsonNode withId(JsonNode stored) {
    ObjectNode message = ((ObjectNode) stored.get("message")).deepCopy();
    message.put("message_id", stored.get("messageId").asInt());
    return message;
  }

  /** Returns the inline keyboard of a bot message as it was sent (a JSON object, possibly sent as a string). */
  static ArrayNode keyboard(JsonNode botMessage) throws IOException {
    JsonNode markup = botMessage.path("reply_markup");
    if (markup.isTextual()) {
      markup = JSON.readTree(markup.asText());
    }
    return (ArrayNode) markup.path("inline_keyboard");
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  /** Stops the emulator (SIGTERM, then by force). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
