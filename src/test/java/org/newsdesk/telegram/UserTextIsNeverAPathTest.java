package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.telegram.BotFixture.ADMIN;
import static org.newsdesk.telegram.BotFixture.PRIVATE_CHAT;
import static org.newsdesk.telegram.BotFixture.USER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * No text from a Telegram user ever becomes a file path or an article lookup: /reindex and /sources take no
 * argument, button data is parsed strictly, and the feedback log is the configured file whatever the question says.
 * Paths, parent steps and NUL bytes are plain text everywhere.
 */
class UserTextIsNeverAPathTest {

  private static final String PASSWD = "../../../../etc/passwd";

  @TempDir
  Path tmp;

  private List<Path> filesUnderTmp() throws IOException {
    try (Stream<Path> files = Files.walk(tmp)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @ParameterizedTest(name = "/reindex {0}")
  @ValueSource(strings = {PASSWD, "/etc", "corpus/../../secrets", "C:\\Windows\\System32", "x\u0000y"})
  void reindex_withAPathAfterTheCommand_ignoresIt_andReindexesTheConfiguredCorpus(String argument)
      throws IOException {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupCommand(ADMIN, "/reindex@NewsdeskBot " + argument));

    // Reindexer.reindex() takes no argument: nothing the admin types can choose what is read.
    assertThat(bot.reindexed).containsExactly("run");
    assertThat(bot.messages()).extracting(SendMessage::getText).allSatisfy(TelegramHtml::assertValid);
    assertThat(filesUnderTmp()).isEmpty();
  }

  @ParameterizedTest(name = "/sources {0}")
  @ValueSource(strings = {PASSWD, "/etc/passwd", "2\u0000../x"})
  void sources_withAPathAfterTheCommand_showsTheFirstPage(String argument) {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateCommand("/sources " + argument));

    String page = bot.onlyMessage().getText();
    TelegramHtml.assertValid(page);
    assertThat(TelegramHtml.visibleText(page)).contains("Storm <hits> coast").doesNotContain("passwd", "root:");
  }

  @ParameterizedTest(name = "button data \"{0}\"")
  @ValueSource(strings = {"s:" + PASSWD, "c:" + PASSWD, "m:" + PASSWD + ":1", "u:/etc/passwd", "d:abcdefghij\u0000",
      "s:1\u0000", "c:..%2F..%2Fetc", "m:abcdefghij:1/../../x", "file:///etc/passwd"})
  void button_withForgedPathData_isAnsweredAsExpired_andTouchesNoFile(String data) throws IOException {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.callback(PRIVATE_CHAT, 5, USER, data));

    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("This answer has expired. Please ask again.");
    assertThat(bot.messages()).isEmpty();
    assertThat(filesUnderTmp()).isEmpty();
  }

  @Test
  void vote_onAQuestionThatIsAPath_goesToTheConfiguredLog_withThePathAsText() throws IOException {
    BotFixture bot = new BotFixture(tmp);
    bot.receive(bot.privateText(PASSWD + "\u0000 /tmp/x"));
    String vote = bot.onlyMessage().getReplyMarkup().toString().replaceAll("(?s).*(u:[A-Za-z0-9]{10}).*", "$1");

    bot.receive(bot.callback(PRIVATE_CHAT, 5, USER, vote));

    assertThat(filesUnderTmp()).containsExactly(bot.feedbackLog);
    List<String> lines = Files.readAllLines(bot.feedbackLog);
    assertThat(lines).hasSize(1);
    JsonNode logged = new ObjectMapper().readTree(lines.get(0));
    assertThat(logged.get("question").asText()).isEqualTo(PASSWD + " /tmp/x");
  }

  @Test
  void question_thatIsAPath_isAskedAsText_andACommandThatIsAPath_isUnknown() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateText("/etc/passwd"));
    bot.receive(bot.privateCommand("/etc/passwd"));

    assertThat(bot.answerer.asked).containsExactly("/etc/passwd");
    List<String> replies = bot.messages().stream().map(SendMessage::getText).toList();
    replies.forEach(TelegramHtml::assertValid);
    assertThat(replies.get(1)).isEqualTo("I don't know the command /etc/passwd. /help lists the ones I do.");
  }
}
