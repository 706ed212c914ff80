package org.newsdesk.telegram;

import java.util.List;
import java.util.Optional;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.QuestionCheck;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/** Inline mode: {@code @bot question} in any chat offers the answer as one article result to post. */
final class InlineHandler {

  private final BotConfig config;
  private final Texts texts;
  private final Sender sender;
  private final Questions questions;
  private final AnswerView view;

  /**
   * Creates the handler.
   *
   * @param config    the allowlist and Telegram's cache time for results
   * @param texts     the bot's texts
   * @param sender    answers the query
   * @param questions checks and answers the question
   * @param view      renders the answer
   */
  InlineHandler(BotConfig config, Texts texts, Sender sender, Questions questions, AnswerView view) {
    this.config = config;
    this.texts = texts;
    this.sender = sender;
    this.questions = questions;
    this.view = view;
  }

  /** Answers one inline query; an empty query, or one from a user outside the allowlist, gets no results. */
  void handle(InlineQuery query) throws DeliveryException {
    String question = QuestionCheck.clean(query.getQuery());
    boolean allowed = query.getFrom() != null && config.allows(query.getFrom().getId());
    List<InlineQueryResult> results = allowed && !question.isEmpty() ? List.of(result(question)) : List.of();
    sender.call(AnswerInlineQuery.builder()
        .inlineQueryId(query.getId())
        .results(results)
        .cacheTime(config.inlineCacheSeconds())
        .isPersonal(false)
        .build());
  }

  private InlineQueryResult result(String question) {
    Optional<String> refusal = questions.refusal(question);
    String title;
    String description;
    String body;
    if (refusal.isPresent()) {
      title = texts.raw("telegram-inline-refused");
      description = Html.plain(refusal.get());
      body = refusal.get();
    } else {
      Answer answer = questions.answerInline(question);
      title = answer.answered() ? answer.text() : texts.raw("telegram-inline-no-answer");
      description = answer.evidence().isEmpty() ? "" : answer.evidence().get(0).sentence();
      body = texts.html("telegram-inline-question", "question", question) + "\n\n" + view.inlineHtml(answer);
    }
    List<String> pieces = Html.split(body, Html.MESSAGE_LIMIT);
    return InlineQueryResultArticle.builder()
        .id(Integer.toHexString(question.hashCode()))
        .title(Html.shorten(title, 100))
        .description(Html.shorten(description, 200))
        .inputMessageContent(InputTextMessageContent.builder()
            .messageText(pieces.isEmpty() ? Html.escape(question) : pieces.get(0))
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
            .build())
        .build();
  }
}
