package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.telegram.BotFixture.PRIVATE_CHAT;
import static org.newsdesk.telegram.BotFixture.USER;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.answer.Desk;
import org.newsdesk.answer.HostileQuestion;
import org.newsdesk.answer.QuestionCheck;
import org.newsdesk.cache.CacheSettings;
import org.newsdesk.cache.CachingAnswerer;
import org.newsdesk.config.Settings;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * Hostile and odd messages to the bot, answered by the real answering stack over the seed articles: every message
 * sent is HTML Telegram accepts, with what the person typed shown as text, never as markup.
 */
class HostileMessagesTest {

  @TempDir
  static Path shared;

  @TempDir
  Path tmp;

  private static Desk desk;

  @BeforeAll
  static void openDesk() {
    desk = Desk.open(shared.resolve("index"), Desk.seeds());
  }

  @AfterAll
  static void closeDesk() throws IOException {
    desk.close();
  }

  /** A bot whose questions go through the answer cache to the real answerer, as in production. */
  private BotFixture bot(CachingAnswerer answerer) {
    BotFixture bot = new BotFixture(tmp);
    bot.answerer.replies = answerer::answer;
    return bot;
  }

  private static CachingAnswerer cache() {
    return new CachingAnswerer(desk.answerer(), () -> desk.index().stats().generation(),
        CacheSettings.from(Settings.defaults()), Ticker.systemTicker());
  }

  private static List<String> data(SendMessage message) {
    if (!(message.getReplyMarkup() instanceof InlineKeyboardMarkup keyboard)) {
      return List.of();
    }
    return keyboard.getKeyboard().stream().flatMap(List::stream).map(InlineKeyboardButton::getCallbackData).toList();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileQuestion.class)
  void privateChat_hostileMessage_isAnsweredInValidTelegramHtml_withTheTypedTextShownAsText(
      HostileQuestion hostile) {
    BotFixture bot = bot(cache());
    String cleaned = QuestionCheck.clean(hostile.text());

    bot.receive(bot.privateText(hostile.text()));

    SendMessage reply = bot.onlyMessage();
    assertThat(reply.getParseMode()).isEqualTo(ParseMode.HTML);
    assertThat(TelegramHtml.assertValid(reply.getText())).as("links to articles only").isEmpty();
    switch (hostile.outcome()) {
      case NOT_A_QUESTION -> {
        assertThat(reply.getText()).isEqualTo("Please ask a question about the articles, for example: Who won?");
        assertThat(bot.answerer.asked).isEmpty();
      }
      case TOO_LONG -> {
        assertThat(reply.getText())
            .isEqualTo("That question is too long (10000 characters); please keep it under 500 characters.");
        assertThat(bot.answerer.asked).isEmpty();
      }
      case PLAIN_ANSWER -> assertThat(reply.getText()).startsWith("<b>" + HostileQuestion.PLAIN_ANSWER + "</b>");
      case ANSWER_OR_ABSTENTION -> assertThat(reply.getText()).matches("(?s)(<b>|I couldn't find).*");
      default -> throw new IllegalStateException("unknown outcome " + hostile.outcome());
    }
    if (!hostile.refused()) {
      assertThat(bot.answerer.asked).as("the answerer gets the cleaned text").containsExactly(cleaned);
      pressEveryAnswerButton(bot, reply, cleaned);
    }
  }

  /** Presses "More sources" and "Show context" and checks what they send, the question echoed included. */
  private static void pressEveryAnswerButton(BotFixture bot, SendMessage reply, String cleaned) {
    Optional<String> more = data(reply).stream().filter(d -> d.startsWith("m:")).findFirst();
    Optional<String> context = data(reply).stream().filter(d -> d.startsWith("c:")).findFirst();
    bot.clearCalls();
    more.ifPresent(d -> bot.receive(bot.callback(PRIVATE_CHAT, 501, USER, d)));
    context.ifPresent(d -> bot.receive(bot.callback(PRIVATE_CHAT, 501, USER, d)));
    for (SendMessage sent : bot.messages()) {
      TelegramHtml.assertValid(sent.getText());
    }
    if (more.isPresent()) {
      String passages = bot.messages().get(0).getText();
      assertThat(TelegramHtml.visibleText(passages)).startsWith("More passages for " + cleaned + ":");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileQuestion.class)
  void inlineMode_hostileQuery_offersValidTelegramHtml_withTheTypedTextShownAsText(HostileQuestion hostile) {
    BotFixture bot = bot(cache());
    String cleaned = QuestionCheck.clean(hostile.text());

    bot.receive(bot.inline(hostile.text()));

    List<AnswerInlineQuery> answers = bot.sent(AnswerInlineQuery.class);
    assertThat(answers).hasSize(1);
    if (cleaned.isEmpty()) {
      assertThat(answers.get(0).getResults()).isEmpty();
      return;
    }
    InlineQueryResultArticle article = (InlineQueryResultArticle) answers.get(0).getResults().get(0);
    String html = ((InputTextMessageContent) article.getInputMessageContent()).getMessageText();
    assertThat(TelegramHtml.assertValid(html)).isEmpty();
    assertThat(article.getTitle() + article.getDescription()).doesNotContainPattern("[\\p{Cc}\\u202a-\\u202e]");
    if (hostile.refused()) {
      assertThat(article.getTitle()).isEqualTo("Cannot answer that");
    } else {
      assertThat(TelegramHtml.visibleText(html)).startsWith("❓ " + cleaned + "\n");
    }
  }

  @Test
  void privateChat_userMarkup_reachesTheChatAsText_notAsABoldOrALink() {
    BotFixture bot = bot(cache());
    bot.receive(bot.privateText(HostileQuestion.HTML_LINK.text()));
    String more = data(bot.onlyMessage()).stream().filter(d -> d.startsWith("m:")).findFirst().orElseThrow();
    bot.clearCalls();

    bot.receive(bot.callback(PRIVATE_CHAT, 501, USER, more));

    String html = bot.onlyMessage().getText();
    assertThat(html).startsWith("More passages for <i>&lt;a href=&quot;https://evil.example/?a=1&amp;b=2&quot;&gt;"
        + "How many UAW members&lt;/a&gt; are on strike at GM?</i>:");
    assertThat(TelegramHtml.assertValid(html)).isEmpty();
  }

  @Test
  void privateChat_sameQuestionAThousandTimes_identicalReplies_cacheServes999() {
    CachingAnswerer answerer = cache();
    BotFixture bot = bot(answerer);

    for (int i = 0; i < 1000; i++) {
      // Asked at the pace the flood control allows, so every one is answered.
      bot.nanos.addAndGet(Duration.ofSeconds(10).toNanos());
      bot.receive(bot.privateText(HostileQuestion.PLAIN));
    }

    List<String> replies = bot.messages().stream().map(SendMessage::getText).toList();
    assertThat(replies).hasSize(1000).containsOnly(replies.get(0));
    assertThat(replies.get(0)).startsWith("<b>" + HostileQuestion.PLAIN_ANSWER + "</b>");
    assertThat(answerer.summary().hits()).isEqualTo(999);
    assertThat(answerer.summary().misses()).isEqualTo(1);
    assertThat(answerer.summary().size()).isEqualTo(1);
  }

  @Test
  void privateChat_sameQuestionAThousandTimesAtOnce_isAnsweredUntilTheFloodControlSaysSlowDown() {
    CachingAnswerer answerer = cache();
    BotFixture bot = bot(answerer);

    for (int i = 0; i < 1000; i++) {
      bot.receive(bot.privateText(HostileQuestion.PLAIN));
    }

    List<String> replies = bot.messages().stream().map(SendMessage::getText).toList();
    assertThat(replies).hasSize(7);
    assertThat(replies.subList(0, 6)).containsOnly(replies.get(0));
    assertThat(replies.get(6)).startsWith("⏳ That is a lot of questions at once.");
    assertThat(answerer.summary().hits()).isEqualTo(5);
  }
}
