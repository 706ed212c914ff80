package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsdesk.telegram.BotFixture.PRIVATE_CHAT;
import static org.newsdesk.telegram.BotFixture.USER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.search.Citation;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class CallbackTest {

  private static final int ANSWER_MESSAGE = 900;

  @TempDir
  Path tmp;

  /** Asks a question in the private chat and returns the id in the answer's buttons. */
  private static String ask(BotFixture bot) {
    bot.receive(bot.privateText("Which storm?"));
    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) bot.onlyMessage().getReplyMarkup();
    bot.clearCalls();
    return keyboard.getKeyboard().get(1).get(0).getCallbackData().substring(2);
  }

  @Test
  void moreSources_sendsTheNextPassagesThreadedToTheAnswer_thenOffersTheRest() {
    BotFixture bot = new BotFixture(tmp, "telegram.passages.perPage", 1);
    String id = ask(bot);

    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, USER, "m:" + id + ":1"));

    SendMessage more = bot.onlyMessage();
    assertThat(more.getText()).isEqualTo("""
        More passages for <i>Which storm?</i>:

        <blockquote>Markets shrugged off the storm.</blockquote>
        📰 AP · 8 Oct 2019 · Markets calm""");
    assertThat(more.getReplyParameters().getMessageId()).isEqualTo(ANSWER_MESSAGE);
    InlineKeyboardButton next = ((InlineKeyboardMarkup) more.getReplyMarkup()).getKeyboard().get(0).get(0);
    assertThat(next.getCallbackData()).isEqualTo("m:" + id + ":2");
    assertThat(bot.callbackAnswers()).singleElement().satisfies(answer -> assertThat(answer.getText()).isNull());
  }

  @Test
  void moreSources_pastTheLastPassage_saysThereAreNoMore() {
    BotFixture bot = new BotFixture(tmp);
    String id = ask(bot);

    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, USER, "m:" + id + ":3"));

    assertThat(bot.messages()).isEmpty();
    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("There are no more sources for this answer.");
  }

  @Test
  void showContext_sendsTheParagraphWithTheSentenceInBold() {
    BotFixture bot = new BotFixture(tmp);
    String id = ask(bot);

    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, USER, "c:" + id));

    assertThat(bot.onlyMessage().getText()).isEqualTo("""
        Context from <b>Storm &lt;hits&gt; coast</b>:
        <blockquote>Winds rose at dawn. <b>The storm, Hurricane Lorenzo, hit the coast &amp; cut power.</b> \
        Crews were out.</blockquote>
        📰 Reuters · 9 Oct 2019 · <a href="https://example.org/storm?a=1&amp;b=2">Storm &lt;hits&gt; coast</a>""");
    assertThat(bot.callbackAnswers()).hasSize(1);
  }

  @Test
  void vote_appendsAJsonLineToTheFeedbackLog_andThanks() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    String id = ask(bot);

    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, USER, "d:" + id));

    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("Thanks for the feedback!");
    List<String> lines = Files.readAllLines(bot.feedbackLog);
    assertThat(lines).hasSize(1);
    JsonNode vote = new ObjectMapper().readTree(lines.get(0));
    assertThat(vote.get("vote").asText()).isEqualTo("down");
    assertThat(vote.get("question").asText()).isEqualTo("Which storm?");
    assertThat(vote.get("answer").asText()).isEqualTo("Hurricane Lorenzo");
    assertThat(vote.get("articleId").asText()).isEqualTo("a1");
    assertThat(vote.get("chatId").asLong()).isEqualTo(PRIVATE_CHAT);
    assertThat(vote.get("time").asText()).isEqualTo("2024-05-01T12:00:00Z");
  }

  @Test
  void vote_twiceBySamePerson_isCountedOnce() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    String id = ask(bot);

    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, USER, "u:" + id));
    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, USER, "d:" + id));

    assertThat(Files.readAllLines(bot.feedbackLog)).hasSize(1);
    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("Thanks for the feedback!", "You already voted on this answer.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "m:AAAAAAAAAA", "c:AAAAAAAAAA:1", "u:short", "c:AAAAAAAAAA", "s:99",
      "m:AAAAAAAAAA:1;drop", "s:-1", "u:AAAAAAAAAA\n", "c:../../etc/passwd"})
  void forgedUnknownOrExpiredData_isAnsweredPolitelyAsExpired(String data) {
    BotFixture bot = new BotFixture(tmp);
    ask(bot);

    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, USER, data));

    assertThat(bot.messages()).isEmpty();
    assertThat(bot.callbackAnswers()).singleElement().satisfies(answer -> {
      assertThat(answer.getText()).isEqualTo("This answer has expired. Please ask again.");
      assertThat(answer.getCallbackQueryId()).startsWith("cb");
    });
  }

  @Test
  void buttonOfAnAnswerFromAnotherChat_isAnsweredAsExpired() {
    BotFixture bot = new BotFixture(tmp);
    String id = ask(bot);

    bot.receive(bot.callback(BotFixture.GROUP_CHAT, ANSWER_MESSAGE, USER, "c:" + id));

    assertThat(bot.messages()).isEmpty();
    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("This answer has expired. Please ask again.");
  }

  @Test
  void sourcesNextPage_editsTheListInPlace_withPreviousAndNextButtons() {
    BotFixture bot = new BotFixture(tmp, "telegram.sources.pageSize", 1);
    bot.receive(bot.privateCommand("/sources"));
    SendMessage first = bot.onlyMessage();
    assertThat(first.getText()).isEqualTo("""
        📚 <b>Indexed articles</b> (3) · page 1 of 3

        1. <b><a href="https://example.org/storm?a=1&amp;b=2">Storm &lt;hits&gt; coast</a></b>
        <i>Reuters · 9 Oct 2019</i>""");
    assertThat(((InlineKeyboardMarkup) first.getReplyMarkup()).getKeyboard().get(0))
        .extracting(InlineKeyboardButton::getText, InlineKeyboardButton::getCallbackData)
        .containsExactly(tuple("Next ›", "s:1"));

    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, USER, "s:1"));

    EditMessageText edit = bot.sent(EditMessageText.class).get(0);
    assertThat(edit.getChatId()).isEqualTo(String.valueOf(PRIVATE_CHAT));
    assertThat(edit.getMessageId()).isEqualTo(ANSWER_MESSAGE);
    assertThat(edit.getText()).contains("page 2 of 3", "2. <b>Markets calm</b>", "<i>AP · 8 Oct 2019</i>");
    assertThat(edit.getReplyMarkup().getKeyboard().get(0)).extracting(InlineKeyboardButton::getCallbackData)
        .containsExactly("s:0", "s:2");
    assertThat(bot.callbackAnswers()).hasSize(1);
  }

  @Test
  void sourcesOfAnEmptyIndex_sayThereAreNoArticles() {
    BotFixture bot = new BotFixture(tmp);
    bot.articles.clear();

    bot.receive(bot.privateCommand("/sources"));

    assertThat(bot.onlyMessage().getText()).isEqualTo("No articles are indexed yet.");
    assertThat(bot.onlyMessage().getReplyMarkup()).isNull();
  }

  @Test
  void sourcesPage_withVeryLongArticleAddresses_stillFitsOneMessage() {
    BotFixture bot = new BotFixture(tmp);
    bot.articles.clear();
    for (int i = 0; i < 10; i++) {
      bot.articles.add(new Citation("x" + i, "Article " + i, "Wire", null,
          "https://example.org/" + "p".repeat(1500), "x" + i + ".txt"));
    }

    bot.receive(bot.privateCommand("/sources"));

    String page = bot.onlyMessage().getText();
    assertThat(page.length()).isLessThanOrEqualTo(4096);
    assertThat(page).contains("1. <b>Article 0</b>", "10. <b>Article 9</b>").doesNotContain("<a href");
  }
}
