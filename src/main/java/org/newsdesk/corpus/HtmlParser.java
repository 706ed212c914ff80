package org.newsdesk.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an {@code .html}/{@code .htm} page with jsoup: metadata from Open Graph and article meta tags, text from
 * {@code <article>}, else {@code <main>}, else the body, without navigation, forms, scripts or figure captions.
 */
final class HtmlParser implements ArticleParser {

  /** Page furniture that never holds story text. */
  private static final String FURNITURE =
      "nav, header, footer, aside, script, style, form, noscript, figcaption, template, iframe, svg, button, "
          + "[hidden], [aria-hidden=true]";
  /** Elements whose text is one paragraph; nested ones are taken with their outermost ancestor. */
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt");

  @Override
  public List<ArticleDraft> parse(SourceText source, Consumer<CorpusProblem> problems)
      throws MalformedFileException {
    Document page = Jsoup.parse(source.text());
    String title = first(meta(page, "og:title"), text(page.selectFirst("h1")), page.title());
    String date = first(meta(page, "article:published_time"), attr(page.selectFirst("time[datetime]"), "datetime"));
    String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
    Element container = page.selectFirst("article");
    if (container == null) {
      container = page.selectFirst("main");
    }
    if (container == null) {
      container = page.body();
    }
    container.select(FURNITURE).remove();
    // The page's first heading is its headline; it is the title, not a paragraph.
    Element headline = container.selectFirst("h1");
    if (headline != null) {
      headline.remove();
    }
    List<String> paragraphs = new ArrayList<>();
    collect(container, paragraphs);
    if (paragraphs.isEmpty()) {
      String whole = TextNormalizer.normalize(container.wholeText());
      paragraphs.addAll(TextNormalizer.paragraphs(whole));
    }
    if (paragraphs.isEmpty()) {
      throw new MalformedFileException(0, "HTML page has no body text");
    }
    return List.of(new ArticleDraft(source.stem(), title, date, meta(page, "og:site_name"), url, paragraphs, 0));
  }

  /** Adds the text of the outermost block elements under {@code root}, in document order. */
  private static void collect(Element root, List<String> paragraphs) {
    // An explicit stack instead of recursion: scraped pages can nest thousands of elements deep.
    Deque<Element> pending = new ArrayDeque<>();
    pushChildren(root, pending);
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      if (BLOCKS.contains(element.normalName())) {
        String text = TextNormalizer.normalize(element.text());
        if (!text.isBlank()) {
          paragraphs.add(text);
        }
      } else {
        pushChildren(element, pending);
      }
    }
  }

  /** Pushes the children of {@code element} so that the first one is popped first. */
  private static void pushChildren(Element element, Deque<Element> pending) {
    List<Element> children = element.children();
    for (int i = children.size() - 1; i >= 0; i--) {
      pending.push(children.get(i));
    }
  }

  private static String meta(Document page, String property) {
    Element tag = page.selectFirst("meta[property=\"" + property + "\"], meta[name=\"" + property + "\"]");
    return attr(tag, "content");
  }

  private static String attr(Element element, String name) {
    return element == null ? null : element.attr(name);
  }

  private static String text(Element element) {
    return element == null ? null : element.text();
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return TextNormalizer.normalize(candidate).replace('\n', ' ');
      }
    }
    return null;
  }
}
