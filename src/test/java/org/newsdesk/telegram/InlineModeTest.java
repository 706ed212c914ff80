package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

class InlineModeTest {

  @TempDir
  Path tmp;

  private static AnswerInlineQuery onlyInlineAnswer(BotFixture bot) {
    assertThat(bot.sent(AnswerInlineQuery.class)).hasSize(1);
    return bot.sent(AnswerInlineQuery.class).get(0);
  }

  @Test
  void inlineQuery_offersTheAnswerAsOneArticleToPost() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.inline("Which storm?"));

    AnswerInlineQuery answer = onlyInlineAnswer(bot);
    assertThat(answer.getInlineQueryId()).isEqualTo("iq1");
    assertThat(answer.getCacheTime()).isEqualTo(300);
    InlineQueryResultArticle article = (InlineQueryResultArticle) answer.getResults().get(0);
    assertThat(answer.getResults()).hasSize(1);
    assertThat(article.getTitle()).isEqualTo("Hurricane Lorenzo");
    assertThat(article.getDescription()).isEqualTo("The storm, Hurricane Lorenzo, hit the coast & cut power.");
    InputTextMessageContent content = (InputTextMessageContent) article.getInputMessageContent();
    assertThat(content.getParseMode()).isEqualTo(ParseMode.HTML);
    assertThat(content.getMessageText())
        .startsWith("❓ <i>Which storm?</i>\n\n<b>Hurricane Lorenzo</b>\n<blockquote>");
  }

  @Test
  void inlineQuery_thatIsEmpty_getsNoResults_andIsNotAnswered() {
    BotFixture bot = new BotFixture(tmp);

    bot.receive(bot.inline("  "));

    assertThat(onlyInlineAnswer(bot).getResults()).isEmpty();
    assertThat(bot.answerer.asked).isEmpty();
  }

  @Test
  void inlineQuery_thatIsTooLong_offersTheRefusal() {
    BotFixture bot = new BotFixture(tmp, "question.maxLength", 5);

    bot.receive(bot.inline("Which storm?"));

    InlineQueryResultArticle article = (InlineQueryResultArticle) onlyInlineAnswer(bot).getResults().get(0);
    assertThat(article.getTitle()).isEqualTo("Cannot answer that");
    assertThat(bot.answerer.asked).isEmpty();
  }

  @Test
  void inlineQuery_fromAUserOutsideTheAllowlist_getsNoResults() {
    BotFixture bot = new BotFixture(tmp, "telegram.allowedChats", "999");

    bot.receive(bot.inline("Which storm?"));

    assertThat(onlyInlineAnswer(bot).getResults()).isEmpty();
    assertThat(bot.answerer.asked).isEmpty();
  }
}
