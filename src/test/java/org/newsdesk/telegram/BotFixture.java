package org.newsdesk.telegram;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Evidence;
import org.newsdesk.config.Prompts;
import org.newsdesk.config.Settings;
import org.newsdesk.search.Catalog;
import org.newsdesk.search.CatalogStats;
import org.newsdesk.search.Citation;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * A bot wired as in production but on the calling thread: the Telegram client is a Mockito mock that records every
 * call, the answerer and catalog are small fakes, and time and waiting are under the test's control.
 */
final class BotFixture {

  static final BotIdentity ME = new BotIdentity(4242L, "NewsdeskBot");
  static final long PRIVATE_CHAT = 111L;
  static final long USER = 111L;
  static final long GROUP_CHAT = -100200L;
  static final long ADMIN = 7L;

  static final Citation REUTERS = new Citation("a1", "Storm <hits> coast", "Reuters", LocalDate.of(2019, 10, 9),
      "https://example.org/storm?a=1&b=2", "a1.txt");
  static final Citation AP = new Citation("a2", "Markets calm", "AP", LocalDate.of(2019, 10, 8), null, "a2.txt");
  static final Citation BLOG = new Citation("a3", "Local notes", null, null, null, "a3.txt");

  private static final ObjectMapper JSON = new ObjectMapper();

  final TelegramClient client = mock(TelegramClient.class);
  final List<BotApiMethod<?>> calls = new CopyOnWriteArrayList<>();
  final Map<String, Deque<TelegramApiException>> failures = new HashMap<>();
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final FakeAnswerer answerer = new FakeAnswerer();
  final List<Citation> articles = new ArrayList<>(List.of(REUTERS, AP, BLOG));
  final AtomicLong nanos = new AtomicLong();
  final List<String> reindexed = new CopyOnWriteArrayList<>();
  volatile IOException reindexFailure;
  volatile RuntimeException catalogFailure;
  final Path feedbackLog;
  final UpdateHandler handler;
  private final AtomicInteger messageIds = new AtomicInteger(500);
  private final AtomicInteger updateIds = new AtomicInteger(1);

  /** Creates a bot with the bundled settings changed by {@code overrides} (key, value pairs). */
  BotFixture(Path tempDir, Object... overrides) {
    this.feedbackLog = tempDir.resolve("feedback.jsonl");
    Settings settings = Settings.defaults().with("telegram.feedbackLog", feedbackLog).with("telegram.admins", ADMIN);
    for (int i = 0; i < overrides.length; i += 2) {
      settings = settings.with(String.valueOf(overrides[i]), overrides[i + 1]);
    }
    stubClient();
    Catalog catalog = new Catalog() {
      @Override
      public List<Citation> articles() {
        if (catalogFailure != null) {
          throw catalogFailure;
        }
        return articles;
      }

      @Override
      public CatalogStats stats() {
        return new CatalogStats(articles.size(), 1234, Instant.parse("2024-03-01T10:15:00Z"), 3);
      }
    };
    Reindexer reindexer = () -> {
      reindexed.add("run");
      if (reindexFailure != null) {
        throw reindexFailure;
      }
      return "3 articles, 1234 sentences";
    };
    UpdateHandler.Backend backend = new UpdateHandler.Backend(answerer, catalog, reindexer,
        () -> List.of("Who won?", "Where did the storm <hit>?", "What did markets do?", "A fourth one?"),
        () -> "Answer cache: 4 answered from memory <& 1 worked out>", "1.2.3");
    UpdateHandler.Machinery machinery = new UpdateHandler.Machinery(client, duration -> sleeps.add(duration),
        new ChatLanes(Runnable::run), Runnable::run, null, nanos::get,
        Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));
    this.handler = UpdateHandler.create(ME, BotConfig.from(settings), new Texts(Prompts.from(Path.of("prompts"))),
        backend, machinery, new Redactor(TestTokens.BOT));
  }

  @SuppressWarnings("unchecked")
  private void stubClient() {
    try {
      when(client.execute(any(BotApiMethod.class))).thenAnswer(invocation -> {
        BotApiMethod<?> method = invocation.getArgument(0);
        calls.add(method);
        Deque<TelegramApiException> queued = failures.get(method.getMethod());
        if (queued != null && !queued.isEmpty()) {
          throw queued.poll();
        }
        return resultOf(method);
      });
    } catch (TelegramApiException e) {
      throw new IllegalStateException(e);
    }
  }

  private Serializable resultOf(BotApiMethod<?> method) {
    if (method instanceof SendMessage send) {
      Message sent = new Message();
      sent.setMessageId(messageIds.incrementAndGet());
      sent.setChat(new Chat(Long.parseLong(send.getChatId()), "private"));
      sent.setText(send.getText());
      return sent;
    }
    return Boolean.TRUE;
  }

  /** Returns the exception TelegramBots throws for the error body {@code json}, e.g. a 429 with retry_after. */
  static TelegramApiRequestException apiError(int code, String description, Integer retryAfter) {
    String json = "{\"ok\":false,\"error_code\":" + code + ",\"description\":" + quote(description)
        + (retryAfter == null ? "" : ",\"parameters\":{\"retry_after\":" + retryAfter + "}") + "}";
    try {
      new GetMe().deserializeResponse(json);
    } catch (TelegramApiRequestException e) {
      return e;
    }
    throw new IllegalStateException("not an error body: " + json);
  }

  /** Makes the next call of {@code method} (e.g. {@code sendmessage}) fail with {@code error}. */
  void failNext(String method, TelegramApiException error) {
    failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(error);
  }

  /** Delivers {@code update} the way long polling does. */
  void receive(Update update) {
    handler.consume(List.of(update));
  }

  /** Returns the calls of one type, in order. */
  <T> List<T> sent(Class<T> type) {
    return calls.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Returns the messages sent. */
  List<SendMessage> messages() {
    return sent(SendMessage.class);
  }

  /** Returns the only message sent, failing if there is not exactly one. */
  SendMessage onlyMessage() {
    List<SendMessage> messages = messages();
    if (messages.size() != 1) {
      throw new AssertionError("expected one message, got " + messages.size() + ": "
          + messages.stream().map(SendMessage::getText).toList());
    }
    return messages.get(0);
  }

  /** Returns the callback answers sent. */
  List<AnswerCallbackQuery> callbackAnswers() {
    return sent(AnswerCallbackQuery.class);
  }

  /** Forgets the calls so far. */
  void clearCalls() {
    calls.clear();
  }

  // --- updates, built from JSON as the Bot API sends them ------------------------------------------------

  /** A text message in a private chat with {@link #USER}. */
  Update privateText(String text) {
    return message(chatJson(PRIVATE_CHAT, "private"), USER, text, null, null);
  }

  /** A command such as {@code /ask@NewsdeskBot question} in a private chat, with its bot_command entity. */
  Update privateCommand(String text) {
    return message(chatJson(PRIVATE_CHAT, "private"), USER, text, commandEntity(text), null);
  }

  /** A text message in the group from user {@code from}. */
  Update groupText(long from, String text) {
    return message(chatJson(GROUP_CHAT, "supergroup"), from, text, null, null);
  }

  /** A command in the group from user {@code from}. */
  Update groupCommand(long from, String text) {
    return message(chatJson(GROUP_CHAT, "supergroup"), from, text, commandEntity(text), null);
  }

  /** A message in the group replying to a message by {@code repliedToUser} (the bot's id for a reply to the bot). */
  Update groupReply(long from, String text, long repliedToUser, boolean repliedToBot) {
    String replied = "{\"message_id\":400,\"date\":1700000000,\"chat\":" + chatJson(GROUP_CHAT, "supergroup")
        + ",\"from\":" + userJson(repliedToUser, repliedToBot) + ",\"text\":\"earlier\"}";
    return message(chatJson(GROUP_CHAT, "supergroup"), from, text, null, replied);
  }

  /**
   * A message in any chat ({@code chatId == from}: the private chat with {@code from}, else a supergroup); text
   * starting with {@code /} carries its bot_command entity. {@code repliedTo} is the JSON of the message it replies
   * to, or null.
   */
  Update messageIn(long chatId, long from, String text, String repliedTo) {
    return message(chatJson(chatId, chatId == from ? "private" : "supergroup"), from, text,
        text.startsWith("/") ? commandEntity(text) : null, repliedTo);
  }

  /** An edit of an earlier message in any chat, as an {@code edited_message} update (which the bot never asks for). */
  Update editIn(long chatId, long from, String text) {
    return parse("{\"update_id\":" + updateIds.incrementAndGet() + ",\"edited_message\":{\"message_id\":"
        + messageIds.incrementAndGet() + ",\"date\":1700000000,\"edit_date\":1700000100,\"chat\":"
        + chatJson(chatId, chatId == from ? "private" : "supergroup") + ",\"from\":" + userJson(from, false)
        + ",\"text\":" + quote(text) + (text.startsWith("/") ? ",\"entities\":" + commandEntity(text) : "")
        + "}}");
  }

  /** The JSON of the bot's message {@code messageId} in {@code chatId}, as it appears inside a reply. */
  static String botMessageJson(long chatId, int messageId) {
    return "{\"message_id\":" + messageId + ",\"date\":1700000000,\"chat\":"
        + chatJson(chatId, chatId < 0 ? "supergroup" : "private") + ",\"from\":" + userJson(ME.id(), true)
        + ",\"text\":\"answer\"}";
  }

  /** A sticker (no text) in a private chat. */
  Update privateSticker() {
    return parse("{\"update_id\":" + updateIds.incrementAndGet() + ",\"message\":{\"message_id\":"
        + messageIds.incrementAndGet() + ",\"date\":1700000000,\"chat\":" + chatJson(PRIVATE_CHAT, "private")
        + ",\"from\":" + userJson(USER, false) + ",\"sticker\":{\"file_id\":\"f\",\"file_unique_id\":\"u\","
        + "\"type\":\"regular\",\"width\":1,\"height\":1,\"is_animated\":false,\"is_video\":false}}}");
  }

  /** A button press with {@code data} on message {@code messageId} of {@code chatId} by {@code from}. */
  Update callback(long chatId, int messageId, long from, String data) {
    String message = "{\"message_id\":" + messageId + ",\"date\":1700000000,\"chat\":"
        + chatJson(chatId, chatId < 0 ? "supergroup" : "private") + ",\"from\":" + userJson(ME.id(), true)
        + ",\"text\":\"answer\"}";
    return parse("{\"update_id\":" + updateIds.incrementAndGet() + ",\"callback_query\":{\"id\":\"cb"
        + updateIds.get() + "\",\"from\":" + userJson(from, false) + ",\"chat_instance\":\"ci\",\"message\":"
        + message + ",\"data\":" + quote(data) + "}}");
  }

  /** An inline query {@code query} from {@link #USER}. */
  Update inline(String query) {
    return parse("{\"update_id\":" + updateIds.incrementAndGet() + ",\"inline_query\":{\"id\":\"iq1\",\"from\":"
        + userJson(USER, false) + ",\"query\":" + quote(query) + ",\"offset\":\"\",\"chat_type\":\"sender\"}}");
  }

  private Update message(String chat, long from, String text, String entities, String replyTo) {
    return parse("{\"update_id\":" + updateIds.incrementAndGet() + ",\"message\":{\"message_id\":"
        + messageIds.incrementAndGet() + ",\"date\":1700000000,\"chat\":" + chat + ",\"from\":"
        + userJson(from, false) + ",\"text\":" + quote(text)
        + (entities == null ? "" : ",\"entities\":" + entities)
        + (replyTo == null ? "" : ",\"reply_to_message\":" + replyTo) + "}}");
  }

  private static String commandEntity(String text) {
    int end = text.indexOf(' ');
    return "[{\"type\":\"bot_command\",\"offset\":0,\"length\":" + (end < 0 ? text.length() : end) + "}]";
  }

  private static String chatJson(long id, String type) {
    return "{\"id\":" + id + ",\"type\":\"" + type + "\"" + (id < 0 ? ",\"title\":\"Team\"" : "") + "}";
  }

  private static String userJson(long id, boolean bot) {
    return "{\"id\":" + id + ",\"is_bot\":" + bot + ",\"first_name\":\"U" + id + "\""
        + (bot && id == ME.id() ? ",\"username\":\"" + ME.username() + "\"" : "") + "}";
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Update parse(String json) {
    try {
      return JSON.readValue(json, Update.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- answers ---------------------------------------------------------------------------------------------

  /** An answered reply: "Hurricane Lorenzo" in a sentence from {@link #REUTERS}, then passages from the others. */
  static Answer stormAnswer(String question, double confidence) {
    String sentence = "The storm, Hurricane Lorenzo, hit the coast & cut power.";
    int start = sentence.indexOf("Hurricane Lorenzo");
    Evidence top = new Evidence(REUTERS, sentence, 3, "Winds rose at dawn. " + sentence + " Crews were out.",
        start, start + "Hurricane Lorenzo".length(), 9.5);
    Evidence second = new Evidence(AP, "Markets shrugged off the storm.", 1, null, -1, -1, 4.0);
    Evidence third = new Evidence(BLOG, "Neighbours helped each other.", 0, null, -1, -1, 2.0);
    return new Answer(question, true, "Hurricane Lorenzo", confidence, List.of(top, second, third), false, 12.0);
  }

  /** An abstention listing two closest passages. */
  static Answer abstention(String question) {
    Evidence near = new Evidence(AP, "Markets shrugged off the storm.", 1, null, -1, -1, 1.0);
    Evidence nearer = new Evidence(BLOG, "Neighbours helped each other.", 0, null, -1, -1, 0.5);
    return new Answer(question, false, null, 0.1, List.of(near, nearer), false, 8.0);
  }

  /** An answerer that replies from a table, abstains otherwise, and can be told to fail. */
  static final class FakeAnswerer implements Answerer {
    final List<String> asked = new CopyOnWriteArrayList<>();
    volatile Function<String, Answer> replies = q -> stormAnswer(q, 0.9);

    @Override
    public Answer answer(String question) {
      asked.add(question);
      return replies.apply(question);
    }
  }
}
