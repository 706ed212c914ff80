package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.newsdesk.telegram.BotFixture.GROUP_CHAT;
import static org.newsdesk.telegram.BotFixture.PRIVATE_CHAT;
import static org.newsdesk.telegram.BotFixture.USER;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

class RobustnessTest {

  private static final String TOKEN = TestTokens.BOT;

  @TempDir
  Path tmp;

  @Test
  void answererThrows_userGetsAnApology_andTheNextUpdateIsStillAnswered() {
    BotFixture bot = new BotFixture(tmp);
    bot.answerer.replies = q -> {
      if (q.contains("boom")) {
        throw new IllegalStateException("index closed");
      }
      return BotFixture.stormAnswer(q, 0.9);
    };
    Update failing = bot.privateText("boom?");
    Update next = bot.privateText("Which storm?");

    try (LogCapture logs = new LogCapture()) {
      assertThatCode(() -> bot.handler.consume(List.of(failing, next))).doesNotThrowAnyException();

      assertThat(logs.text()).contains("ERROR update " + failing.getUpdateId() + " failed; apologising",
          "IllegalStateException: index closed");
    }
    assertThat(bot.messages()).extracting(SendMessage::getText).containsExactly(
        "Sorry, something went wrong while answering that. Please try again in a moment.",
        "<b>Hurricane Lorenzo</b>\n"
            + "<blockquote>The storm, <b>Hurricane Lorenzo</b>, hit the coast &amp; cut power.</blockquote>\n"
            + "📰 Reuters · 9 Oct 2019 · "
            + "<a href=\"https://example.org/storm?a=1&amp;b=2\">Storm &lt;hits&gt; coast</a>");
  }

  @Test
  void failureOnAGroupQuestion_isApologisedForInTheThread_butChatterIsNeverApologisedFor() {
    BotFixture bot = new BotFixture(tmp);
    bot.answerer.replies = q -> {
      throw new IllegalStateException("index closed");
    };
    Update ask = bot.groupCommand(5L, "/ask Which storm?");

    bot.receive(ask);
    bot.receive(bot.groupText(5L, "just chatting"));

    SendMessage apology = bot.onlyMessage();
    assertThat(apology.getChatId()).isEqualTo(String.valueOf(GROUP_CHAT));
    assertThat(apology.getReplyParameters().getMessageId()).isEqualTo(ask.getMessage().getMessageId());
  }

  @Test
  void failureWhileHandlingAButton_stillAnswersTheButton() {
    BotFixture bot = new BotFixture(tmp);
    bot.catalogFailure = new IllegalStateException("catalog unavailable");

    bot.receive(bot.callback(PRIVATE_CHAT, 5, USER, "s:1"));

    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("Sorry, that did not work. Please try again in a moment.");
  }

  @Test
  void replyThatCannotBeSentAfterAllAttempts_isLoggedAtError_andTheButtonIsStillAnswered() {
    BotFixture bot = new BotFixture(tmp, "telegram.send.attempts", 2);
    bot.receive(bot.privateText("Which storm?"));
    String id = bot.onlyMessage().getReplyMarkup().toString().replaceAll("(?s).*c:([A-Za-z0-9]{10}).*", "$1");
    bot.clearCalls();
    for (int i = 0; i < 2; i++) {
      bot.failNext("sendmessage", new TelegramApiException("Unable to execute sendmessage method",
          new ConnectException("Failed to connect to /127.0.0.1:9")));
    }

    try (LogCapture logs = new LogCapture()) {
      bot.receive(bot.callback(PRIVATE_CHAT, 5, USER, "c:" + id));

      assertThat(logs.events()).anySatisfy(event -> {
        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
        assertThat(event.getFormattedMessage()).contains("was not delivered and is lost");
      });
    }
    assertThat(bot.messages()).hasSize(2);
    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("Sorry, that did not work. Please try again in a moment.");
  }

  @Test
  void theTokenNeverAppearsInALogLine() {
    BotFixture bot = new BotFixture(tmp, "telegram.send.attempts", 2);
    bot.answerer.replies = q -> {
      throw new IllegalStateException("GET https://api.example/bot" + TOKEN + "/getMe failed",
          new IOException("no route to /bot" + TOKEN + "/sendMessage"));
    };
    bot.failNext("sendmessage", new TelegramApiException("Unable to execute sendmessage method",
        new IOException("unexpected end of stream on /bot" + TOKEN + "/sendmessage")));
    bot.failNext("sendmessage", new TelegramApiException("Unable to execute sendmessage method",
        new IOException("unexpected end of stream on /bot" + TOKEN + "/sendmessage")));

    try (LogCapture logs = new LogCapture()) {
      bot.receive(bot.privateText("Which storm?"));

      assertThat(logs.text()).contains("/bot***/getMe", "/bot***/sendmessage").doesNotContain(TOKEN, "SECRET");
    }
  }

  @Test
  void feedbackLogThatCannotBeWritten_tellsTheVoterAndLogs() throws IOException {
    Path blocked = Files.createDirectories(tmp.resolve("feedback-is-a-folder"));
    BotFixture bot = new BotFixture(tmp, "telegram.feedbackLog", blocked);
    bot.receive(bot.privateText("Which storm?"));
    String id = bot.onlyMessage().getReplyMarkup().toString().replaceAll("(?s).*u:([A-Za-z0-9]{10}).*", "$1");

    try (LogCapture logs = new LogCapture()) {
      bot.receive(bot.callback(PRIVATE_CHAT, 5, USER, "u:" + id));

      assertThat(logs.text()).contains("ERROR could not append a vote to the feedback log");
    }
    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("Sorry, your vote could not be saved.");
  }
}
