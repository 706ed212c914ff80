package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * End to end: the bot as a separate process against the Bot API emulator, playing a private conversation, a group
 * conversation and button presses, then stopping the bot with SIGTERM. Skipped unless the emulator is installed
 * ({@code npm ci} in {@code src/test/e2e}).
 *
 * <p>The bot is started by the command in the system property {@code newsdesk.e2e.launch} (or the environment
 * variable {@code NEWSDESK_E2E_LAUNCH}), split at spaces, e.g. {@code java -jar target/newsdesk.jar telegram};
 * by default it is {@link E2eLauncher} on the test class path. Its output goes to {@code target/e2e/bot.log}. With
 * the scripted launcher the replies' wording is checked too; with another command only their shape (threading,
 * buttons, HTML), and {@code newsdesk.e2e.question} should then be a question the corpus answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TelegramEmulatorE2eTest {

  private static final Path E2E_DIR = Path.of("src", "test", "e2e");
  private static final Path OUT_DIR = Path.of("target", "e2e");
  private static final long ALICE = 1001;
  private static final long BOB = 2002;
  private static final long CAROL = 2003;
  private static final long GROUP = -3003;

  private static final String QUESTION = System.getProperty("newsdesk.e2e.question", "Which storm hit the Azores?");

  private final boolean scripted = launchOverride() == null;
  private final String token = TestTokens.E2E;
  private final Duration timeout = Duration.ofSeconds(Long.getLong("newsdesk.e2e.timeoutSeconds", 30));
  private BotApiEmulator emulator;
  private Process bot;
  private Path botLog;
  private Path feedbackLog;

  @BeforeAll
  void startEmulatorAndBot() throws Exception {
    Assumptions.assumeTrue(BotApiEmulator.installed(E2E_DIR),
        "the Bot API emulator is not installed: run npm ci in " + E2E_DIR);
    Files.createDirectories(OUT_DIR);
    botLog = OUT_DIR.resolve("bot.log");
    feedbackLog = OUT_DIR.resolve("feedback.jsonl").toAbsolutePath();
    Files.deleteIfExists(feedbackLog);
    emulator = BotApiEmulator.start(E2E_DIR, token, timeout);

    ProcessBuilder launch = new ProcessBuilder(launchCommand())
        .redirectErrorStream(true)
        .redirectOutput(botLog.toFile());
    Map<String, String> env = launch.environment();
    env.put("TELEGRAM_BOT_TOKEN", token);
    env.put("TELEGRAM_API_URL", emulator.apiUrl());
    env.put("NEWSDESK_TELEGRAM_FEEDBACKLOG", feedbackLog.toString());
    env.put("NEWSDESK_TELEGRAM_SEND_BACKOFF", "PT0.2S");
    env.put("NEWSDESK_TELEGRAM_STARTUP_MAXBACKOFF", "PT2S");
    env.put("NEWSDESK_TELEGRAM_ADMINS", String.valueOf(ALICE));
    bot = launch.start();

    // The real jar loads the index and NLP models before it connects, so starting may take a while.
    Duration start = Duration.ofSeconds(Long.getLong("newsdesk.e2e.startSeconds", 180));
    emulator.awaitCall("setmycommands", body -> body.path("commands").size() > 0, start);
    emulator.awaitCall("getupdates", body -> true, start);
  }

  @AfterAll
  void stopEverything() throws Exception {
    if (bot != null && bot.isAlive()) {
      bot.destroyForcibly();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  @Order(1)
  void privateChat_welcomeQuestionAndSources() throws Exception {
    BotApiEmulator.Person alice = emulator.person(ALICE, "Alice", ALICE, "private");

    alice.commands("/start");
    JsonNode welcome = alice.awaitsReplies(1).get(0);
    assertThat(welcome.get("text").asText()).contains("Hi, I am newsdesk");
    if (scripted) {
      assertThat(welcome.get("text").asText()).contains("Which storm hit the Azores?");
    }

    alice.says(QUESTION);
    JsonNode answer = alice.awaitsReplies(1).get(0);
    assertAnswer(answer);
    assertThat(answer.get("parse_mode").asText()).isEqualToIgnoringCase("html");
    assertThat(answer.has("reply_parameters")).as("no threading in a private chat").isFalse();
    assertThat(BotApiEmulator.keyboard(answer)).hasSize(2);
    emulator.awaitCall("sendchataction", body -> body.path("action").asText().equals("typing"));

    if (scripted) {
      alice.says("What did the mayor say?");
      assertThat(alice.awaitsReplies(1).get(0).get("text").asText()).startsWith("I couldn't find that");
    }

    alice.commands("/sources");
    assertThat(alice.awaitsReplies(1).get(0).get("text").asText()).contains("Indexed articles");
  }

  @Test
  @Order(2)
  void privateChat_buttonsShowContextTakeAVoteAndRejectForgedData() throws Exception {
    BotApiEmulator.Person alice = emulator.person(ALICE, "Alice", ALICE, "private");
    alice.commands("/ask " + QUESTION);
    JsonNode answer = alice.awaitsReplies(1).get(0);
    String contextData = button(answer, "c:");

    alice.presses(answer, contextData);
    JsonNode context = alice.awaitsReplies(1).get(0);
    assertThat(context.get("text").asText()).startsWith("Context from <b>").contains("<blockquote>");
    if (scripted) {
      assertThat(context.get("text").asText()).contains("<b>Hurricane Lorenzo hit the Azores");
    }
    assertThat(context.path("reply_parameters").path("message_id").asInt())
        .isEqualTo(answer.get("message_id").asInt());

    alice.presses(answer, button(answer, "u:"));
    emulator.awaitCall("answercallbackquery", body -> "Thanks for the feedback!".equals(body.path("text").asText()));
    assertThat(Files.readAllLines(feedbackLog)).singleElement().asString()
        .contains("\"vote\":\"up\"", "\"question\":\"" + QUESTION + "\"");

    alice.presses(answer, "c:AAAAAAAAAA");
    emulator.awaitCall("answercallbackquery",
        body -> body.path("text").asText().equals("This answer has expired. Please ask again."));
  }

  @Test
  @Order(3)
  void groupChat_silentOnChatter_answersWhenAddressed_inThreads() throws Exception {
    BotApiEmulator.Person bob = emulator.person(BOB, "Bob", GROUP, "group");
    BotApiEmulator.Person carol = emulator.person(CAROL, "Carol", GROUP, "group");

    bob.says("Who won the game last night? " + QUESTION);
    carol.commands("/ask@OtherBot " + QUESTION);
    carol.commands("/help@OtherBot");
    assertThat(bob.repliesWithin(Duration.ofMillis(1500))).as("chatter and other bots' commands").isEmpty();

    int ask = carol.commands("/ask@" + BotApiEmulator.BOT_NAME + " " + QUESTION);
    JsonNode first = bob.awaitsReplies(1).get(0);
    assertAnswer(first);
    assertThat(first.path("reply_parameters").path("message_id").asInt()).isEqualTo(ask);

    int mention = bob.says("@" + BotApiEmulator.BOT_NAME + " " + QUESTION);
    JsonNode second = bob.awaitsReplies(1).get(0);
    assertAnswer(second);
    assertThat(second.path("reply_parameters").path("message_id").asInt()).isEqualTo(mention);

    int reply = carol.repliesTo(first, QUESTION);
    JsonNode third = bob.awaitsReplies(1).get(0);
    assertThat(third.path("reply_parameters").path("message_id").asInt()).isEqualTo(reply);
    assertAnswer(third);

    assertThat(bob.repliesWithin(Duration.ofMillis(500))).as("nothing else was answered").isEmpty();
  }

  @Test
  @Order(4)
  void sigterm_stopsTheBotCleanlyWithinSeconds_andTheTokenIsInNoFileItWrote() throws Exception {
    bot.destroy();

    assertThat(bot.waitFor(20, TimeUnit.SECONDS)).as("the bot exits after SIGTERM").isTrue();
    String log = Files.readString(botLog, StandardCharsets.UTF_8);
    try (Stream<Path> written = Files.walk(OUT_DIR)) {
      for (Path file : written.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).as("%s", file)
            .doesNotContain(token).doesNotContain(token.substring(token.indexOf(':') + 1));
      }
    }
    if (scripted) {
      assertThat(log).contains("is answering on Telegram", "Telegram bot stopped");
    }
  }

  /** Checks that {@code message} is an answer: bold short answer, quoted sentence, source line. */
  private void assertAnswer(JsonNode message) {
    String text = message.get("text").asText();
    assertThat(text).startsWith("<b>").contains("\n<blockquote>", "</blockquote>\n📰 ");
    if (scripted) {
      assertThat(text).startsWith("<b>Hurricane Lorenzo</b>").contains("📰 Reuters · 2 Oct 2019");
    }
  }

  /** Returns the callback data of the first button under {@code message} whose data starts with {@code prefix}. */
  private static String button(JsonNode message, String prefix) throws IOException {
    for (JsonNode row : BotApiEmulator.keyboard(message)) {
      for (JsonNode button : row) {
        if (button.path("callback_data").asText().startsWith(prefix)) {
          return button.get("callback_data").asText();
        }
      }
    }
    throw new AssertionError("no button " + prefix + " under " + message);
  }

  /** Returns the launch command given by property or environment, or null for the scripted launcher. */
  private static String launchOverride() {
    String override = System.getProperty("newsdesk.e2e.launch", System.getenv("NEWSDESK_E2E_LAUNCH"));
    return override == null || override.isBlank() ? null : override.strip();
  }

  /** Returns the command that starts the bot: the override, or the test launcher on the test class path. */
  private static List<String> launchCommand() {
    String override = launchOverride();
    if (override != null) {
      return Arrays.asList(override.split("\\s+"));
    }
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dlogback.configurationFile=" + E2E_DIR.resolve("logback-e2e.xml").toAbsolutePath());
    command.add("-cp");
    command.add(classPath);
    command.add(E2eLauncher.class.getName());
    return command;
  }
}
