package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.telegram.BotFixture.GROUP_CHAT;
import static org.newsdesk.telegram.BotFixture.ME;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

class GroupAddressingTest {

  private static final long ALICE = 31L;
  private static final long BOB = 32L;

  @TempDir
  Path tmp;

  @Test
  void group_plainChatter_staysSilent() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupText(ALICE, "Who won the game last night?"));
    bot.receive(bot.groupText(BOB, "No idea, ask someone"));

    assertThat(bot.calls).isEmpty();
    assertThat(bot.answerer.asked).isEmpty();
  }

  @Test
  void group_ask_isAnsweredAsAThreadedReply() {
    BotFixture bot = new BotFixture(tmp);
    Update ask = bot.groupCommand(ALICE, "/ask Which storm hit the coast?");

    bot.receive(ask);

    assertThat(bot.answerer.asked).containsExactly("Which storm hit the coast?");
    SendMessage reply = bot.onlyMessage();
    assertThat(reply.getChatId()).isEqualTo(String.valueOf(GROUP_CHAT));
    assertThat(reply.getReplyParameters().getMessageId()).isEqualTo(ask.getMessage().getMessageId());
    assertThat(reply.getReplyParameters().getAllowSendingWithoutReply()).isTrue();
    assertThat(reply.getText()).startsWith("<b>Hurricane Lorenzo</b>");
  }

  @Test
  void group_askAddressedToThisBot_isAnswered() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupCommand(ALICE, "/ask@" + ME.username() + " Which storm?"));

    assertThat(bot.answerer.asked).containsExactly("Which storm?");
    assertThat(bot.messages()).hasSize(1);
  }

  @Test
  void group_askAddressedToAnotherBot_isIgnored() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupCommand(ALICE, "/ask@OtherBot Which storm?"));
    bot.receive(bot.groupCommand(ALICE, "/help@OtherBot"));

    assertThat(bot.calls).isEmpty();
    assertThat(bot.answerer.asked).isEmpty();
  }

  @Test
  void group_mention_isAnsweredWithTheMentionTakenOut() {
    BotFixture bot = new BotFixture(tmp);
    Update mention = bot.groupText(ALICE, "@newsdeskbot which storm hit the coast?");

    bot.receive(mention);

    assertThat(bot.answerer.asked).containsExactly("which storm hit the coast?");
    assertThat(bot.onlyMessage().getReplyParameters().getMessageId())
        .isEqualTo(mention.getMessage().getMessageId());
  }

  @Test
  void group_mentionInTheMiddle_isAnswered_butAnEmailLikeTextIsNot() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupText(ALICE, "hey @NewsdeskBot, which storm?"));
    bot.receive(bot.groupText(ALICE, "@NewsdeskBot: which storm?"));
    bot.receive(bot.groupText(ALICE, "write to desk@NewsdeskBot.org"));
    bot.receive(bot.groupText(ALICE, "@NewsdeskBotFan is a different user"));

    assertThat(bot.answerer.asked).containsExactly("hey, which storm?", "which storm?");
  }

  @Test
  void group_bareMention_explainsHowToAsk() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupText(ALICE, "@NewsdeskBot"));

    assertThat(bot.answerer.asked).isEmpty();
    assertThat(bot.onlyMessage().getText()).startsWith("Ask me a question after the command");
  }

  @Test
  void group_replyToTheBot_isAnswered() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupReply(ALICE, "And where did it land?", ME.id(), true));

    assertThat(bot.answerer.asked).containsExactly("And where did it land?");
    assertThat(bot.messages()).hasSize(1);
  }

  @Test
  void group_replyToSomeoneElse_staysSilent() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupReply(ALICE, "I agree", BOB, false));

    assertThat(bot.calls).isEmpty();
  }

  @Test
  void group_bareCommandOfAnotherBot_staysSilent_butOurBareCommandsWork() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupCommand(ALICE, "/weather"));
    assertThat(bot.calls).isEmpty();

    bot.receive(bot.groupCommand(ALICE, "/sources"));
    assertThat(bot.onlyMessage().getText()).startsWith("📚 <b>Indexed articles</b> (3)");
  }

  @Test
  void group_unknownCommandAddressedToThisBot_pointsToHelp() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.groupCommand(ALICE, "/weather@NewsdeskBot"));

    assertThat(bot.onlyMessage().getText()).startsWith("I don't know the command /weather.");
  }
}
