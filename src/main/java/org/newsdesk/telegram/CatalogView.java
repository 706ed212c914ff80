package org.newsdesk.telegram;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsdesk.search.Catalog;
import org.newsdesk.search.CatalogStats;
import org.newsdesk.search.Citation;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Renders what is indexed: the /start welcome, /about and the pages of /sources. */
final class CatalogView {

  private static final DateTimeFormatter INDEXED =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  /** Example questions shown by /start. */
  private static final int EXAMPLES = 3;

  private final Texts texts;
  private final Catalog catalog;
  private final AnswerView answers;
  private final int pageSize;
  private final String version;
  private final Supplier<String> status;

  /**
   * Creates the view.
   *
   * @param texts    the bot's texts
   * @param catalog  what is indexed
   * @param answers  renders citations and buttons the same way answers do
   * @param pageSize articles per /sources page
   * @param version  the version shown by /about
   * @param status   plain-text status lines shown by /about (the answer cache's counters), or ""
   */
  CatalogView(Texts texts, Catalog catalog, AnswerView answers, int pageSize, String version,
              Supplier<String> status) {
    this.status = status;
    this.texts = texts;
    this.catalog = catalog;
    this.answers = answers;
    this.pageSize = pageSize;
    this.version = version;
  }

  /** Returns the /start welcome with up to three of {@code examples}. */
  Reply welcome(List<String> examples) {
    String list = examples.stream().filter(q -> q != null && !q.isBlank()).limit(EXAMPLES)
        .map(q -> "• <i>" + Html.escape(q.strip()) + "</i>").reduce((a, b) -> a + "\n" + b).orElse("");
    String html = texts.html("telegram-welcome", "articles", catalog.stats().articles());
    if (!list.isEmpty()) {
      html += "\n\n" + texts.html("telegram-examples", "examples", new Texts.Markup(list));
    }
    return Reply.of(html);
  }

  /** Returns /about: corpus size, index date and version. */
  Reply about() {
    CatalogStats stats = catalog.stats();
    String indexed = stats.indexedAt() == null
        ? texts.raw("telegram-never-indexed") : INDEXED.format(stats.indexedAt());
    return Reply.of(texts.html("telegram-about", "articles", stats.articles(), "sentences", stats.sentences(),
        "indexed", indexed, "version", version, "status", status.get()));
  }

  /** Returns page {@code page} (0-based) of /sources with paging buttons, or empty when there is no such page. */
  Optional<Reply> sources(int page) {
    List<Citation> articles = catalog.articles();
    if (articles.isEmpty()) {
      return page == 0 ? Optional.of(Reply.of(texts.html("telegram-sources-empty"))) : Optional.empty();
    }
    int pages = (articles.size() + pageSize - 1) / pageSize;
    if (page < 0 || page >= pages) {
      return Optional.empty();
    }
    String html = page(articles, page, pages, true);
    if (html.length() > Html.MESSAGE_LIMIT) {
      // A page is edited in place, so it must fit one message: very long article addresses are left out.
      html = page(articles, page, pages, false);
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    InlineKeyboardRow nav = AnswerView.row();
    if (page > 0) {
      nav.add(answers.button("telegram-button-previous", CallbackData.sources(page - 1)));
    }
    if (page < pages - 1) {
      nav.add(answers.button("telegram-button-next", CallbackData.sources(page + 1)));
    }
    if (!nav.isEmpty()) {
      rows.add(nav);
    }
    return Optional.of(new Reply(html, rows.isEmpty() ? null : AnswerView.keyboard(rows)));
  }

  private String page(List<Citation> articles, int page, int pages, boolean links) {
    StringBuilder html = new StringBuilder(texts.html("telegram-sources",
        "count", articles.size(), "page", page + 1, "pages", pages));
    int first = page * pageSize;
    for (int i = first; i < Math.min(articles.size(), first + pageSize); i++) {
      Citation article = articles.get(i);
      String title = links ? AnswerView.titleHtml(article) : AnswerView.plainTitle(article);
      html.append("\n\n").append(i + 1).append(". <b>").append(title).append("</b>");
      String meta = AnswerView.sourceMeta(article);
      if (!meta.isEmpty()) {
        html.append("\n<i>").append(meta).append("</i>");
      }
    }
    return html.toString();
  }
}
