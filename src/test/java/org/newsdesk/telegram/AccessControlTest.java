package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsdesk.telegram.BotFixture.ADMIN;
import static org.newsdesk.telegram.BotFixture.GROUP_CHAT;
import static org.newsdesk.telegram.BotFixture.PRIVATE_CHAT;
import static org.newsdesk.telegram.BotFixture.USER;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The allowlist and the admin-only /reindex cannot be got round: not by editing a message, not by writing from
 * another chat (replying to the bot's message in an allowed one), not through a button with forged data, and not
 * through inline mode.
 */
class AccessControlTest {

  private static final long OUTSIDER = 999L;
  private static final long OTHER_GROUP = -555L;
  private static final long MEMBER = 5L;
  private static final int ANSWER_MESSAGE = 900;

  @TempDir
  Path tmp;

  private BotFixture allowlisted() {
    return new BotFixture(tmp, "telegram.allowedChats", GROUP_CHAT + "," + PRIVATE_CHAT);
  }

  /** Asks a question in the private chat and returns the answer id its buttons carry. */
  private static String answerId(BotFixture bot) {
    bot.receive(bot.privateText("Which storm?"));
    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) bot.onlyMessage().getReplyMarkup();
    bot.clearCalls();
    bot.answerer.asked.clear();
    return keyboard.getKeyboard().get(1).get(0).getCallbackData().substring(2);
  }

  @Test
  void editedMessage_fromAChatOutsideTheAllowlist_getsNoAnswer() {
    BotFixture bot = allowlisted();

    bot.receive(bot.editIn(OUTSIDER, OUTSIDER, "Which storm?"));
    bot.receive(bot.editIn(OTHER_GROUP, MEMBER, "/ask Which storm?"));

    assertThat(bot.calls).isEmpty();
    assertThat(bot.answerer.asked).isEmpty();
  }

  @Test
  void messageEditedIntoReindex_byANonAdmin_doesNotReindex() {
    BotFixture bot = allowlisted();

    bot.receive(bot.editIn(GROUP_CHAT, MEMBER, "/reindex"));
    bot.receive(bot.editIn(PRIVATE_CHAT, USER, "/reindex@" + BotFixture.ME.username()));

    assertThat(bot.reindexed).isEmpty();
    assertThat(bot.calls).isEmpty();
  }

  @Test
  void messageFromAChatOutsideTheAllowlist_replyingToTheBotInAnAllowedChat_isRefused() {
    BotFixture bot = allowlisted();

    bot.receive(bot.messageIn(OTHER_GROUP, MEMBER, "Which storm?",
        BotFixture.botMessageJson(GROUP_CHAT, ANSWER_MESSAGE)));
    bot.receive(bot.messageIn(OUTSIDER, OUTSIDER, "/ask Which storm?",
        BotFixture.botMessageJson(PRIVATE_CHAT, ANSWER_MESSAGE)));

    assertThat(bot.answerer.asked).isEmpty();
    assertThat(bot.messages()).extracting(SendMessage::getChatId, SendMessage::getText).containsExactly(
        tuple(String.valueOf(OTHER_GROUP),
            "Sorry, this bot is private and does not answer in this chat."),
        tuple(String.valueOf(OUTSIDER),
            "Sorry, this bot is private and does not answer in this chat."));
  }

  @Test
  void reindex_byAnAdmin_inAChatOutsideTheAllowlist_isRefusedLikeAnythingElse() {
    BotFixture bot = allowlisted();

    bot.receive(bot.messageIn(OTHER_GROUP, ADMIN, "/reindex", null));

    assertThat(bot.reindexed).isEmpty();
    assertThat(bot.onlyMessage().getText()).isEqualTo("Sorry, this bot is private and does not answer in this chat.");
  }

  @Test
  void reindex_byANonAdmin_replyingToAnAdminsMessage_isRefused() {
    BotFixture bot = allowlisted();
    String adminsMessage = "{\"message_id\":77,\"date\":1700000000,\"chat\":{\"id\":" + GROUP_CHAT
        + ",\"type\":\"supergroup\",\"title\":\"Team\"},\"from\":{\"id\":" + ADMIN
        + ",\"is_bot\":false,\"first_name\":\"Admin\"},\"text\":\"/reindex\"}";

    bot.receive(bot.messageIn(GROUP_CHAT, MEMBER, "/reindex", adminsMessage));

    assertThat(bot.reindexed).isEmpty();
    assertThat(bot.onlyMessage().getText()).isEqualTo("Sorry, only the bot's admins may reindex the articles.");
  }

  @Test
  void reindexTypedInInlineMode_isOnlyEverAQuestion() {
    BotFixture bot = new BotFixture(tmp, "telegram.admins", USER);

    bot.receive(bot.inline("/reindex"));

    assertThat(bot.reindexed).isEmpty();
    assertThat(bot.messages()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"c:ZZZZZZZZZZ", "c:{id}{pad}", "{pad}{pad}{pad}{pad}{pad}{pad}{pad}{pad}", "c:{id}\u0000",
      "\u202ec:{id}", "c:{id}\ud800", "\ud83d\ude00", "\uff43:{id}", "C:{id}", "reindex", "/reindex", "r:{id}",
      "s:9999", "m:{id}:1:2", "u:{id};d:{id}"})
  void forgedButtonData_isAnsweredAsExpired_andDoesNothing(String forged) throws Exception {
    BotFixture bot = allowlisted();
    String data = forged.replace("{id}", answerId(bot)).replace("{pad}", "x".repeat(1250));

    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, USER, data));
    bot.receive(bot.callback(PRIVATE_CHAT, ANSWER_MESSAGE, ADMIN, data));

    assertThat(bot.messages()).isEmpty();
    assertThat(bot.sent(EditMessageText.class)).isEmpty();
    assertThat(bot.reindexed).isEmpty();
    assertThat(bot.answerer.asked).isEmpty();
    assertThat(Files.exists(bot.feedbackLog)).isFalse();
    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("This answer has expired. Please ask again.", "This answer has expired. Please ask again.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"u:{id}", "d:{id}", "c:{id}", "m:{id}:1"})
  void buttonOfAnAnswerGivenInAnotherChat_doesNothingThere(String data) throws Exception {
    BotFixture bot = allowlisted();
    String forged = data.replace("{id}", answerId(bot));

    bot.receive(bot.callback(GROUP_CHAT, ANSWER_MESSAGE, USER, forged));

    assertThat(bot.messages()).isEmpty();
    assertThat(Files.exists(bot.feedbackLog)).as("no vote recorded").isFalse();
    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText)
        .containsExactly("This answer has expired. Please ask again.");
  }

  @Test
  void buttonWithAGenuineAnswerId_pressedInAChatOutsideTheAllowlist_isRefused() throws Exception {
    BotFixture bot = allowlisted();
    String id = answerId(bot);

    bot.receive(bot.callback(OUTSIDER, ANSWER_MESSAGE, OUTSIDER, "u:" + id));
    bot.receive(bot.callback(OUTSIDER, ANSWER_MESSAGE, OUTSIDER, "c:" + id));

    assertThat(bot.messages()).isEmpty();
    assertThat(Files.exists(bot.feedbackLog)).isFalse();
    assertThat(bot.callbackAnswers()).extracting(AnswerCallbackQuery::getText).containsOnly(
        "Sorry, this bot does not answer in this chat.");
  }
}
