package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.telegram.BotFixture.PRIVATE_CHAT;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class PrivateChatTest {

  @TempDir
  Path tmp;

  @Test
  void private_plainText_isAnsweredWithBoldAnswerQuotedSentenceAndSourceLine() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateText("Which storm hit the coast?"));

    assertThat(bot.answerer.asked).containsExactly("Which storm hit the coast?");
    SendMessage reply = bot.onlyMessage();
    assertThat(reply.getChatId()).isEqualTo(String.valueOf(PRIVATE_CHAT));
    assertThat(reply.getParseMode()).isEqualTo(ParseMode.HTML);
    assertThat(reply.getReplyParameters()).as("private replies are not threaded").isNull();
    assertThat(reply.getText()).isEqualTo("""
        <b>Hurricane Lorenzo</b>
        <blockquote>The storm, <b>Hurricane Lorenzo</b>, hit the coast &amp; cut power.</blockquote>
        📰 Reuters · 9 Oct 2019 · <a href="https://example.org/storm?a=1&amp;b=2">Storm &lt;hits&gt; coast</a>""");
  }

  @Test
  void answer_hasMoreSourcesContextAndVoteButtonsSharingOneOpaqueId() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateText("Which storm?"));

    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) bot.onlyMessage().getReplyMarkup();
    List<List<String>> labels = keyboard.getKeyboard().stream()
        .map(row -> row.stream().map(InlineKeyboardButton::getText).toList()).toList();
    assertThat(labels).containsExactly(List.of("📚 More sources", "📄 Show context"), List.of("👍", "👎"));
    String id = keyboard.getKeyboard().get(0).get(1).getCallbackData().substring(2);
    assertThat(id).matches("[A-Za-z0-9]{10}");
    List<String> data = keyboard.getKeyboard().stream().flatMap(List::stream)
        .map(InlineKeyboardButton::getCallbackData).toList();
    assertThat(data).containsExactly("m:" + id + ":1", "c:" + id, "u:" + id, "d:" + id);
  }

  @Test
  void private_question_showsTypingBeforeTheAnswer() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateText("Which storm?"));

    assertThat(bot.calls).hasSize(2);
    SendChatAction typing = (SendChatAction) bot.calls.get(0);
    assertThat(typing.getChatId()).isEqualTo(String.valueOf(PRIVATE_CHAT));
    assertThat(typing.getAction()).isEqualTo("typing");
    assertThat(bot.calls.get(1)).isInstanceOf(SendMessage.class);
  }

  @Test
  void fairlySureAnswer_saysSoInWords() {
    BotFixture bot = new BotFixture(tmp);
    bot.answerer.replies = q -> BotFixture.stormAnswer(q, 0.6);

    bot.receive(bot.privateText("Which storm?"));

    assertThat(bot.onlyMessage().getText()).endsWith("\n<i>🤔 Fairly sure – please check the source.</i>");
  }

  @Test
  void unsureAnswer_saysNotSure() {
    BotFixture bot = new BotFixture(tmp);
    bot.answerer.replies = q -> BotFixture.stormAnswer(q, 0.4);

    bot.receive(bot.privateText("Which storm?"));

    assertThat(bot.onlyMessage().getText())
        .endsWith("\n<i>⚠️ Not sure – this may be wrong, please check the source.</i>");
  }

  @Test
  void abstention_listsTheClosestArticlesWithVoteButtonsOnly() {
    BotFixture bot = new BotFixture(tmp);
    bot.answerer.replies = BotFixture::abstention;

    bot.receive(bot.privateText("Who is the mayor?"));

    SendMessage reply = bot.onlyMessage();
    assertThat(reply.getText()).isEqualTo("""
        I couldn't find that in the articles. The closest passages were:

        • 📰 AP · 8 Oct 2019 · Markets calm
        <i>Markets shrugged off the storm.</i>

        • 📰 Local notes
        <i>Neighbours helped each other.</i>""");
    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) reply.getReplyMarkup();
    assertThat(keyboard.getKeyboard()).hasSize(1);
    assertThat(keyboard.getKeyboard().get(0)).extracting(InlineKeyboardButton::getText).containsExactly("👍", "👎");
  }

  @Test
  void start_welcomesWithThreeEscapedExampleQuestions() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateCommand("/start"));

    String text = bot.onlyMessage().getText();
    assertThat(text).startsWith("👋 <b>Hi, I am newsdesk.</b>").contains("collection of 3 articles");
    assertThat(text).endsWith("""
        Try asking:
        • <i>Who won?</i>
        • <i>Where did the storm &lt;hit&gt;?</i>
        • <i>What did markets do?</i>""");
    assertThat(bot.answerer.asked).isEmpty();
  }

  @Test
  void help_explainsPrivateGroupAndInlineUseWithTheBotsName() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateCommand("/help"));

    assertThat(bot.onlyMessage().getText()).contains("/ask", "/sources", "/about", "@NewsdeskBot your question");
  }

  @Test
  void about_showsCorpusSizeIndexDateVersionAndEscapedCacheStatus() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateCommand("/about"));

    assertThat(bot.onlyMessage().getText()).isEqualTo("""
        <b>newsdesk</b> 1.2.3
        📚 3 articles, 1234 sentences indexed
        🕒 Index updated: 1 Mar 2024, 10:15 UTC
        Answer cache: 4 answered from memory &lt;&amp; 1 worked out&gt;
        Answers are lifted from the articles themselves, never made up.""");
  }

  @Test
  void ask_withQuestion_isAnswered_andWithoutOne_explainsUsage() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateCommand("/ask Which storm?"));
    bot.receive(bot.privateCommand("/ask"));

    assertThat(bot.answerer.asked).containsExactly("Which storm?");
    assertThat(bot.messages()).extracting(SendMessage::getText).last().asString()
        .isEqualTo("Ask me a question after the command, for example: <code>/ask Who won the election?</code>");
  }

  @Test
  void commandAddressedToThisBotByName_isHandledInPrivateToo() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateCommand("/ask@newsdeskbot Which storm?"));

    assertThat(bot.answerer.asked).containsExactly("Which storm?");
  }

  @Test
  void unknownCommand_pointsToHelp() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateCommand("/weather"));

    assertThat(bot.onlyMessage().getText())
        .isEqualTo("I don't know the command /weather. /help lists the ones I do.");
  }

  @Test
  void tooLongQuestion_getsTheTooLongPrompt_andIsNotAnswered() {
    BotFixture bot = new BotFixture(tmp, "question.maxLength", 20);

    bot.receive(bot.privateText("Which storm hit the coast on Tuesday?"));

    assertThat(bot.answerer.asked).isEmpty();
    assertThat(bot.onlyMessage().getText())
        .isEqualTo("That question is too long (37 characters); please keep it under 20 characters.");
  }

  @Test
  void textWithoutWords_andStickers_getTheNotAQuestionHint() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateText("???"));
    bot.receive(bot.privateSticker());

    assertThat(bot.answerer.asked).isEmpty();
    assertThat(bot.messages()).extracting(SendMessage::getText).containsExactly(
        "Please ask a question about the articles, for example: Who won?",
        "Please ask a question about the articles, for example: Who won?");
  }
}
