package org.newsdesk.telegram;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Evidence;
import org.newsdesk.search.Citation;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Renders answers as Telegram HTML: the short answer, its sentence, citations, caveats and buttons. */
final class AnswerView {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  /** Longest sentence excerpt shown in a quote; the answer span stays inside it. */
  private static final int SENTENCE_MAX = 700;
  /** Closest articles listed when the bot abstains. */
  private static final int CLOSEST_MAX = 3;

  private final Texts texts;
  private final double confidenceHigh;
  private final double confidenceLow;
  private final int passagesPerPage;

  /** Creates a view with the caveat thresholds and page size from {@code config}. */
  AnswerView(Texts texts, BotConfig config) {
    this.texts = texts;
    this.confidenceHigh = config.confidenceHigh();
    this.confidenceLow = config.confidenceLow();
    this.passagesPerPage = config.passagesPerPage();
  }

  /** Returns the reply to a question: the answer with its buttons, or the abstention listing the closest articles. */
  Reply reply(String answerId, Answer answer) {
    return answer.answered() ? answered(answerId, answer) : abstention(answerId, answer);
  }

  /** Returns the answer as HTML without buttons, for inline mode. */
  String inlineHtml(Answer answer) {
    return answer.answered() ? answerHtml(answer) : abstentionHtml(answer);
  }

  /** Returns the next passages of {@code answer} from {@code from}, or empty when there are none. */
  Optional<Reply> passages(String answerId, Answer answer, int from) {
    List<Evidence> evidence = answer.evidence();
    if (from < 1 || from >= evidence.size()) {
      return Optional.empty();
    }
    int to = Math.min(evidence.size(), from + passagesPerPage);
    StringBuilder html = new StringBuilder(texts.html("telegram-more-sources", "question", answer.question()));
    for (Evidence passage : evidence.subList(from, to)) {
      html.append("\n\n<blockquote>").append(highlighted(passage)).append("</blockquote>\n")
          .append(sourceLine(passage.citation()));
    }
    InlineKeyboardMarkup keyboard = to < evidence.size()
        ? keyboard(List.of(row(button("telegram-button-more", CallbackData.more(answerId, to))))) : null;
    return Optional.of(new Reply(html.toString(), keyboard));
  }

  /** Returns the paragraph around the answer's sentence, with the sentence in bold; empty without evidence. */
  Optional<Reply> context(Answer answer) {
    if (answer.evidence().isEmpty()) {
      return Optional.empty();
    }
    Evidence top = answer.evidence().get(0);
    String context = top.context();
    int at = context.indexOf(top.sentence());
    String body = at < 0 ? Html.escape(context)
        : Html.escape(context.substring(0, at)) + "<b>" + Html.escape(top.sentence()) + "</b>"
            + Html.escape(context.substring(at + top.sentence().length()));
    String html = texts.html("telegram-context", "title", top.citation().title())
        + "\n<blockquote>" + body + "</blockquote>\n" + sourceLine(top.citation());
    return Optional.of(Reply.of(html));
  }

  /** Returns "Reuters · 9 Oct 2019 · title" with the title linked when the article has a web address. */
  static String sourceLine(Citation citation) {
    String meta = sourceMeta(citation);
    return "📰 " + (meta.isEmpty() ? "" : meta + " · ") + titleHtml(citation);
  }

  /** Returns "Reuters · 9 Oct 2019", leaving out what is unknown (empty when both are). */
  static String sourceMeta(Citation citation) {
    List<String> parts = new ArrayList<>();
    if (citation.source() != null && !citation.source().isBlank()) {
      parts.add(Html.escape(citation.source()));
    }
    if (citation.date() != null) {
      parts.add(DATE.format(citation.date()));
    }
    return String.join(" · ", parts);
  }

  /** Returns the title, shortened to 200 characters and escaped, without a link. */
  static String plainTitle(Citation citation) {
    return Html.escape(Html.shorten(citation.title(), 200));
  }

  /** Returns the title, linked to the article when it has an http(s) address. */
  static String titleHtml(Citation citation) {
    String title = plainTitle(citation);
    String url = citation.url();
    boolean linkable = url != null && (url.startsWith("https://") || url.startsWith("http://"));
    return linkable ? "<a href=\"" + Html.escape(url) + "\">" + title + "</a>" : title;
  }

  private Reply answered(String answerId, Answer answer) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    InlineKeyboardRow first = row(button("telegram-button-context", CallbackData.context(answerId)));
    if (answer.evidence().size() > 1) {
      first.add(0, button("telegram-button-more", CallbackData.more(answerId, 1)));
    }
    rows.add(first);
    rows.add(voteRow(answerId));
    return new Reply(answerHtml(answer), keyboard(rows));
  }

  private String answerHtml(Answer answer) {
    StringBuilder html = new StringBuilder("<b>").append(Html.escape(answer.text())).append("</b>");
    if (!answer.evidence().isEmpty()) {
      Evidence top = answer.evidence().get(0);
      html.append("\n<blockquote>").append(highlighted(top)).append("</blockquote>\n")
          .append(sourceLine(top.citation()));
    }
    if (answer.confidence() < confidenceLow) {
      html.append("\n<i>").append(texts.html("telegram-confidence-low")).append("</i>");
    } else if (answer.confidence() < confidenceHigh) {
      html.append("\n<i>").append(texts.html("telegram-confidence-medium")).append("</i>");
    }
    return html.toString();
  }

  private Reply abstention(String answerId, Answer answer) {
    return new Reply(abstentionHtml(answer), answer.evidence().isEmpty() ? null : keyboard(List.of(voteRow(answerId))));
  }

  private String abstentionHtml(Answer answer) {
    if (answer.evidence().isEmpty()) {
      return texts.plain("no-passages");
    }
    StringBuilder html = new StringBuilder(texts.plain("no-answer"));
    Set<String> listed = new LinkedHashSet<>();
    for (Evidence passage : answer.evidence()) {
      if (listed.size() < CLOSEST_MAX && listed.add(passage.citation().articleId())) {
        html.append("\n\n• ").append(sourceLine(passage.citation()))
            .append("\n<i>").append(Html.escape(Html.shorten(passage.sentence(), 300))).append("</i>");
      }
    }
    return html.toString();
  }

  /** Returns the sentence, escaped, cut around the answer when long, with the answer in bold. */
  private static String highlighted(Evidence passage) {
    String sentence = passage.sentence();
    int start = passage.hasAnswerSpan() ? passage.answerStart() : 0;
    int end = passage.hasAnswerSpan() ? passage.answerEnd() : 0;
    int from = 0;
    int to = sentence.length();
    if (to > SENTENCE_MAX) {
      int room = Math.max(0, SENTENCE_MAX - (end - start)) / 2;
      from = Math.max(0, Math.min(start - room, to - SENTENCE_MAX));
      to = Math.min(sentence.length(), Math.max(end + room, from + SENTENCE_MAX));
      // Never cut a character outside the Basic Multilingual Plane (an emoji) in half.
      from = from > 0 && from < start && Character.isLowSurrogate(sentence.charAt(from)) ? from + 1 : from;
      to = to < sentence.length() && to > end && Character.isLowSurrogate(sentence.charAt(to)) ? to - 1 : to;
    }
    String before = (from > 0 ? "…" : "") + sentence.substring(from, Math.max(from, start));
    String after = sentence.substring(Math.min(Math.max(end, from), to), to) + (to < sentence.length() ? "…" : "");
    if (!passage.hasAnswerSpan()) {
      return Html.escape(before + after);
    }
    return Html.escape(before) + "<b>" + Html.escape(sentence.substring(start, end)) + "</b>" + Html.escape(after);
  }

  private InlineKeyboardRow voteRow(String answerId) {
    return row(button("telegram-button-up", CallbackData.vote(answerId, true)),
        button("telegram-button-down", CallbackData.vote(answerId, false)));
  }

  /** Returns a button labelled with the prompt {@code labelPrompt}. */
  InlineKeyboardButton button(String labelPrompt, String data) {
    return InlineKeyboardButton.builder().text(texts.raw(labelPrompt)).callbackData(data).build();
  }

  /** Returns a keyboard row holding {@code buttons} (mutable, to add more). */
  static InlineKeyboardRow row(InlineKeyboardButton... buttons) {
    return new InlineKeyboardRow(buttons);
  }

  /** Returns an inline keyboard of {@code rows}. */
  static InlineKeyboardMarkup keyboard(List<InlineKeyboardRow> rows) {
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }
}
