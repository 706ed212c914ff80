package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.telegram.BotFixture.ADMIN;
import static org.newsdesk.telegram.BotFixture.GROUP_CHAT;
import static org.newsdesk.telegram.BotFixture.PRIVATE_CHAT;
import static org.newsdesk.telegram.BotFixture.USER;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

class LimitsTest {

  @TempDir
  Path tmp;

  @Test
  void flood_getsOneNotice_thenSilence_untilTokensReturn() {
    BotFixture bot = new BotFixture(tmp, "telegram.rateLimit.capacity", 2, "telegram.rateLimit.refill", "PT10S");

    for (int i = 0; i < 6; i++) {
      bot.receive(bot.privateText("Question " + i + "?"));
    }

    assertThat(bot.answerer.asked).containsExactly("Question 0?", "Question 1?");
    assertThat(bot.messages()).extracting(SendMessage::getText).last().asString()
        .isEqualTo("⏳ That is a lot of questions at once. I will answer again in about 10 s.");
    assertThat(bot.messages()).hasSize(3);

    bot.nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    bot.receive(bot.privateText("Question after a pause?"));

    assertThat(bot.answerer.asked).endsWith("Question after a pause?");
    assertThat(bot.messages()).hasSize(4);
  }

  @Test
  void floodThatArrivedAtOnce_isLimitedByArrival_evenWhenTheBotIsSlowToGetToIt() {
    BotFixture bot = new BotFixture(tmp, "telegram.rateLimit.capacity", 2, "telegram.rateLimit.refill", "PT10S");
    bot.answerer.replies = q -> {
      bot.nanos.addAndGet(Duration.ofSeconds(15).toNanos());
      return BotFixture.stormAnswer(q, 0.9);
    };
    List<Update> flood = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      flood.add(bot.privateText("Question " + i + "?"));
    }

    bot.handler.consume(flood);

    assertThat(bot.answerer.asked).containsExactly("Question 0?", "Question 1?");
    assertThat(bot.messages()).extracting(SendMessage::getText).last().asString()
        .isEqualTo("⏳ That is a lot of questions at once. I will answer again in about 10 s.");
  }

  @Test
  void flood_inOneChat_doesNotLimitAnother() {
    BotFixture bot = new BotFixture(tmp, "telegram.rateLimit.capacity", 1);

    bot.receive(bot.privateText("First?"));
    bot.receive(bot.privateText("Second?"));
    bot.receive(bot.groupCommand(5L, "/ask Third?"));

    assertThat(bot.answerer.asked).containsExactly("First?", "Third?");
  }

  @Test
  void rateLimit_doesNotCountGroupChatter() {
    BotFixture bot = new BotFixture(tmp, "telegram.rateLimit.capacity", 1);

    for (int i = 0; i < 5; i++) {
      bot.receive(bot.groupText(5L, "chatter " + i));
    }
    bot.receive(bot.groupCommand(5L, "/ask Which storm?"));

    assertThat(bot.answerer.asked).containsExactly("Which storm?");
  }

  @Test
  void chatOutsideTheAllowlist_getsARefusalAndNoAnswer() {
    BotFixture bot = new BotFixture(tmp, "telegram.allowedChats", GROUP_CHAT + ", 999");

    bot.receive(bot.privateText("Which storm?"));

    assertThat(bot.answerer.asked).isEmpty();
    SendMessage refusal = bot.onlyMessage();
    assertThat(refusal.getChatId()).isEqualTo(String.valueOf(PRIVATE_CHAT));
    assertThat(refusal.getText()).isEqualTo("Sorry, this bot is private and does not answer in this chat.");
  }

  @Test
  void chatOnTheAllowlist_isAnswered() {
    BotFixture bot = new BotFixture(tmp, "telegram.allowedChats", GROUP_CHAT + "," + PRIVATE_CHAT);

    bot.receive(bot.privateText("Which storm?"));
    bot.receive(bot.groupCommand(5L, "/ask Which storm?"));

    assertThat(bot.answerer.asked).hasSize(2);
  }

  @Test
  void buttonsInAChatOutsideTheAllowlist_areRefused() {
    BotFixture bot = new BotFixture(tmp, "telegram.allowedChats", "999");

    bot.receive(bot.callback(PRIVATE_CHAT, 5, USER, "s:0"));

    assertThat(bot.messages()).isEmpty();
    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("Sorry, this bot does not answer in this chat.");
  }

  @Test
  void reindex_byANonAdmin_isPolitelyRefused() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.privateCommand("/reindex"));

    assertThat(bot.reindexed).isEmpty();
    assertThat(bot.onlyMessage().getText()).isEqualTo("Sorry, only the bot's admins may reindex the articles.");
  }

  @Test
  void reindex_byAnAdmin_runsInTheBackground_andReportsTheSummary() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupCommand(ADMIN, "/reindex@NewsdeskBot"));

    assertThat(bot.reindexed).hasSize(1);
    assertThat(bot.messages()).extracting(SendMessage::getText).containsExactly(
        "🔄 Reindexing the articles. I keep answering meanwhile and report here when it is done.",
        "✅ Reindex done: 3 articles, 1234 sentences");
    assertThat(bot.messages()).allSatisfy(m -> assertThat(m.getChatId()).isEqualTo(String.valueOf(GROUP_CHAT)));
  }

  @Test
  void reindex_failure_isReportedToTheAdmin() {
    BotFixture bot = new BotFixture(tmp);
    bot.reindexFailure = new IOException("disk full");

    bot.receive(bot.groupCommand(ADMIN, "/reindex"));

    assertThat(bot.messages()).extracting(SendMessage::getText).last().asString().isEqualTo("""
        ❌ Reindex failed: IOException: disk full
        The previous index is still in use.""");
  }
}
