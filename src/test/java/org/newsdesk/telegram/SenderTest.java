package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.config.Settings;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class SenderTest {

  private static final String TOKEN = TestTokens.BOT;

  @TempDir
  Path tmp;

  private Sender sender(BotFixture bot) {
    BotConfig config = BotConfig.from(Settings.defaults()
        .with("telegram.send.attempts", 4).with("telegram.send.backoff", "PT1S").with("telegram.send.maxWait", "PT5S"));
    return new Sender(bot.client, new Redactor(TOKEN), duration -> bot.sleeps.add(duration), config);
  }

  @Test
  void send_longReply_isSplitUnder4096_threadedOnTheFirstPiece_withButtonsOnTheLast() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    InlineKeyboardMarkup keyboard = AnswerView.keyboard(List.of(AnswerView.row()));
    String html = "<blockquote>" + "A long sentence about the storm & the coast. ".repeat(300) + "</blockquote>";

    sender(bot).send(-5L, 77, new Reply(html, keyboard));

    List<SendMessage> pieces = bot.messages();
    assertThat(pieces).hasSize(4);
    assertThat(pieces).allSatisfy(piece -> {
      assertThat(piece.getText().length()).isLessThanOrEqualTo(4096);
      assertThat(piece.getText()).startsWith("<blockquote>").endsWith("</blockquote>");
      assertThat(piece.getParseMode()).isEqualTo(ParseMode.HTML);
      assertThat(piece.getChatId()).isEqualTo("-5");
    });
    assertThat(pieces.get(0).getReplyParameters().getMessageId()).isEqualTo(77);
    assertThat(pieces.subList(1, 4)).allSatisfy(piece -> assertThat(piece.getReplyParameters()).isNull());
    assertThat(pieces.subList(0, 3)).allSatisfy(piece -> assertThat(piece.getReplyMarkup()).isNull());
    assertThat(pieces.get(3).getReplyMarkup()).isSameAs(keyboard);
  }

  @Test
  void send_429_waitsTheRetryAfterTelegramAsksFor_thenResends() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("sendmessage", BotFixture.apiError(429, "Too Many Requests: retry after 3", 3));

    sender(bot).send(1L, null, Reply.of("hello"));

    assertThat(bot.messages()).hasSize(2).extracting(SendMessage::getText).containsOnly("hello");
    assertThat(bot.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void send_429_askingForAWaitBeyondTheMaximum_givesUpAtOnce() {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("sendmessage", BotFixture.apiError(429, "Too Many Requests: retry after 600", 600));

    assertThatThrownBy(() -> sender(bot).send(1L, null, Reply.of("hello")))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("[429]");
    assertThat(bot.sleeps).isEmpty();
  }

  @Test
  void send_networkFailures_areRetriedWithGrowingWaits_andBoundedAttempts() {
    BotFixture bot = new BotFixture(tmp);
    for (int i = 0; i < 4; i++) {
      bot.failNext("sendmessage", new TelegramApiException("Unable to execute sendmessage method",
          new ConnectException("Failed to connect to /127.0.0.1:9")));
    }

    assertThatThrownBy(() -> sender(bot).send(1L, null, Reply.of("hello")))
        .isInstanceOf(DeliveryException.class).hasMessage("sendmessage failed after 4 attempts");
    assertThat(bot.messages()).hasSize(4);
    assertThat(bot.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void send_noAnswerAfterTheMessageWentOut_isNotSentAgain_butTakenAsDelivered() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("sendmessage", new TelegramApiException("Unable to execute sendmessage method",
        new SocketTimeoutException("timeout")));

    try (LogCapture logs = new LogCapture()) {
      sender(bot).send(1L, null, Reply.of("hello"));

      assertThat(logs.text()).contains("WARN sendmessage got no answer (TelegramApiException: Unable to execute "
          + "sendmessage method <- SocketTimeoutException: timeout); it may have been delivered, so it is not sent "
          + "again");
    }
    assertThat(bot.messages()).hasSize(1);
    assertThat(bot.sleeps).isEmpty();
  }

  @Test
  void send_answerThatCannotBeRead_isNotSentAgain() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("sendmessage", new TelegramApiRequestException("Unable to deserialize response",
        new IOException("Unexpected character")));

    sender(bot).send(1L, null, Reply.of("hello"));

    assertThat(bot.messages()).hasSize(1);
  }

  @Test
  void edit_noAnswer_isRepeated_sinceRepeatingAnEditChangesNothing() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("editmessagetext", new TelegramApiException("Unable to execute editmessagetext method",
        new SocketTimeoutException("timeout")));

    sender(bot).edit(1L, 9, Reply.of("page"));

    assertThat(bot.sent(EditMessageText.class)).hasSize(2);
    assertThat(bot.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void send_interruptedWhileWaitingForTheAnswer_givesUpAndKeepsTheInterrupt() {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("sendmessage", new TelegramApiException("Unable to execute sendmessage method",
        new InterruptedException()));

    try {
      assertThatThrownBy(() -> sender(bot).send(1L, null, Reply.of("hello")))
          .isInstanceOf(DeliveryException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(bot.sleeps).isEmpty();
  }

  @Test
  void send_serverErrorThenSuccess_deliversTheReply() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("sendmessage", BotFixture.apiError(502, "Bad Gateway", null));

    sender(bot).send(1L, null, Reply.of("hello"));

    assertThat(bot.messages()).hasSize(2);
    assertThat(bot.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void send_badRequest_isNotRetried() {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("sendmessage", BotFixture.apiError(403, "Forbidden: bot was blocked by the user", null));

    assertThatThrownBy(() -> sender(bot).send(1L, null, Reply.of("hello")))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("[403] Forbidden");
    assertThat(bot.messages()).hasSize(1);
  }

  @Test
  void send_htmlTelegramCannotParse_isResentAsPlainText() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("sendmessage", BotFixture.apiError(400, "Bad Request: can't parse entities: unsupported tag", null));

    sender(bot).send(1L, null, Reply.of("<b>bold</b> &amp; <tg-odd>x</tg-odd>"));

    assertThat(bot.messages()).hasSize(2);
    SendMessage plain = bot.messages().get(1);
    assertThat(plain.getText()).isEqualTo("bold & x");
    assertThat(plain.getParseMode()).isNull();
  }

  @Test
  void edit_thatChangesNothing_isNotAnError() throws Exception {
    BotFixture bot = new BotFixture(tmp);
    bot.failNext("editmessagetext", BotFixture.apiError(400, "Bad Request: message is not modified", null));

    sender(bot).edit(1L, 9, Reply.of("page"));

    assertThat(bot.sent(EditMessageText.class)).hasSize(1);
  }
}
