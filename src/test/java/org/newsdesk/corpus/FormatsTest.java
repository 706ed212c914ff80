package org.newsdesk.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {

  @TempDir
  Path root;

  /** Returns id, title, date, source, dateline and url, in that order. */
  private static List<Object> metadata(Article article) {
    return Arrays.asList(article.id(), article.title(), article.date(), article.source(), article.dateline(),
        article.url());
  }

  @Test
  void read_plainText_singleNewlinesSeparateParagraphsAndWrappedLinesJoin() {
    CorpusFixture.write(root, "news/plain.txt", "LONDON, March 3 (AP) — Ministers met on Monday to discuss the budget."
        + "\n"
        + "The meeting lasted three hours and ended\nwithout agreement.\n\n\n  Talks resume next week.  \n");
    Article article = CorpusFixture.read(root).only();
    assertThat(article.id()).isEqualTo("plain");
    assertThat(article.file()).isEqualTo("news/plain.txt");
    assertThat(article.dateline()).isEqualTo("LONDON");
    assertThat(article.source()).isEqualTo("AP");
    assertThat(article.date()).isNull();
    assertThat(article.url()).isNull();
    assertThat(article.paragraphs()).containsExactly("Ministers met on Monday to discuss the budget.",
        "The meeting lasted three hours and ended without agreement.", "Talks resume next week.");
  }

  @Test
  void read_markdownWithFrontMatter_usesItsMetadataAndPlainBodyText() {
    CorpusFixture.write(root, "story.md", """
        ---
        id: md-1
        title: Port strike ends
        date: 2021-06-02T08:30:00Z
        source: Example Wire
        url: https://example.org/port
        ---
        # Ignored heading because front matter has a title

        Dock workers **returned** to work on *Tuesday* after a [deal](https://example.org/deal) was signed.

        ## What changes

        - Wages rise by 4% a year.
        - Shifts get shorter.

        > "It is a fair deal," the union leader said.
        """);
    Article article = CorpusFixture.read(root).only();
    assertThat(metadata(article)).containsExactly("md-1", "Port strike ends", LocalDate.of(2021, 6, 2),
        "Example Wire", null, "https://example.org/port");
    assertThat(article.paragraphs()).containsExactly(
        "Dock workers returned to work on Tuesday after a deal was signed.", "What changes",
        "Wages rise by 4% a year.", "Shifts get shorter.", "\"It is a fair deal,\" the union leader said.");
    assertThat(article.text()).doesNotContain("*", "#", "[", "](", "> ");
  }

  @Test
  void read_markdownWithoutFrontMatter_leadingHeadingIsTitleAndFileNameIsId() {
    CorpusFixture.write(root, "heading.md", "# Rail fares to rise\n\nFares will rise by 3% in January, the operator "
        + "said.\n");
    Article article = CorpusFixture.read(root).only();
    assertThat(article.id()).isEqualTo("heading");
    assertThat(article.title()).isEqualTo("Rail fares to rise");
    assertThat(article.paragraphs()).containsExactly("Fares will rise by 3% in January, the operator said.");
  }

  @Test
  void read_html_metadataFromMetaTagsAndTextFromArticleWithoutFurniture() {
    CorpusFixture.write(root, "page.html", """
        <html><head>
          <title>Page title | Site</title>
          <meta property="og:title" content="Mill reopens after fire">
          <meta property="og:site_name" content="Valley Times">
          <meta property="article:published_time" content="2020-02-14T09:00:00+01:00">
          <link rel="canonical" href="https://example.org/mill">
          <script>var tracking = 1;</script>
        </head><body>
          <nav><a href="/">Home</a> <a href="/news">News</a></nav>
          <header>Valley Times header</header>
          <p>Text outside the article is ignored.</p>
          <article>
            <h1>Mill reopens</h1>
            <p>The paper mill reopened on Friday, two months after a fire.</p>
            <figure><img src="mill.jpg"><figcaption>The mill in 2019.</figcaption></figure>
            <h2>Jobs saved</h2>
            <ul><li>About 300 workers return.</li></ul>
            <blockquote><p>"We are back," the manager said.</p></blockquote>
            <aside>Read our other stories</aside>
            <form>Sign up for our newsletter <input type="email"></form>
          </article>
          <footer>Copyright</footer>
        </body></html>
        """);
    Article article = CorpusFixture.read(root).only();
    assertThat(metadata(article)).containsExactly("page", "Mill reopens after fire", LocalDate.of(2020, 2, 14),
        "Valley Times", null, "https://example.org/mill");
    assertThat(article.paragraphs()).containsExactly("The paper mill reopened on Friday, two months after a fire.",
        "Jobs saved", "About 300 workers return.", "\"We are back,\" the manager said.");
  }

  @Test
  void read_htmlWithoutMetaTags_fallsBackToHeadingTimeAndOgUrl() {
    CorpusFixture.write(root, "plain.htm", """
        <html><head><title>Fallback title</title><meta property="og:url" content="https://example.org/x"></head>
        <body><main><h1>Bridge closes for repairs</h1><time datetime="2018-07-01">July 1</time>
        <p>The bridge will close for six weeks, the council said.</p></main></body></html>
        """);
    Article article = CorpusFixture.read(root).only();
    assertThat(article.title()).isEqualTo("Bridge closes for repairs");
    assertThat(article.date()).isEqualTo(LocalDate.of(2018, 7, 1));
    assertThat(article.url()).isEqualTo("https://example.org/x");
    assertThat(article.paragraphs()).containsExactly("The bridge will close for six weeks, the council said.");
  }

  @Test
  void read_htmlWithOnlyTitleTag_usesTitleTagAndBodyText() {
    CorpusFixture.write(root, "bare.html", "<html><head><title>Bare page</title></head>"
        + "<body><div>Rain is expected across the north on Sunday.</div></body></html>");
    Article article = CorpusFixture.read(root).only();
    assertThat(article.title()).isEqualTo("Bare page");
    assertThat(article.paragraphs()).containsExactly("Rain is expected across the north on Sunday.");
  }

  @Test
  void read_jsonLines_oneArticlePerLineWithDefaultIds() {
    CorpusFixture.write(root, "feed.jsonl", """
        {"id": "a1", "title": "Given title", "date": "March 13, 2019", "source": "Wire", "url": "https://e.org/a1", \
        "text": "First story text.\\n\\nSecond paragraph."}

        {"text": "BERLIN (dpa) - Second story text without metadata."}
        """);
    CorpusFixture.Result result = CorpusFixture.read(root);
    assertThat(result.articles()).hasSize(2);
    Article first = result.articles().get(0);
    assertThat(metadata(first)).containsExactly("a1", "Given title", LocalDate.of(2019, 3, 13), "Wire", null,
        "https://e.org/a1");
    assertThat(first.paragraphs()).containsExactly("First story text.", "Second paragraph.");
    Article second = result.articles().get(1);
    assertThat(second.id()).isEqualTo("feed-3");
    assertThat(second.dateline()).isEqualTo("BERLIN");
    assertThat(second.source()).isEqualTo("dpa");
    assertThat(second.paragraphs()).containsExactly("Second story text without metadata.");
    assertThat(result.scan().problems()).isEmpty();
  }

  @Test
  void read_separatorLine_isNoParagraphInAnyFormat() {
    CorpusFixture.write(root, "a.html", "<html><head><title>Toll rises</title></head><body><article>"
        + "<p>The toll rose to nine on Thursday.</p><p>___</p><p>A reporter contributed from Rio.</p>"
        + "</article></body></html>");
    CorpusFixture.write(root, "b.txt",
        "The toll rose to nine on Thursday.\n\n* * *\n\nA reporter contributed from Rio.\n");
    CorpusFixture.write(root, "c.jsonl", "{\"id\": \"c\", \"title\": \"Toll rises\", "
        + "\"text\": \"The toll rose to nine on Thursday.\\n\\n___\\n\\nA reporter contributed from Rio.\"}\n");
    CorpusFixture.write(root, "d.md", "# Toll rises\n\nThe toll rose to nine on Thursday.\n\n___\n\n"
        + "A reporter contributed from Rio.\n");
    List<Article> articles = CorpusFixture.read(root).articles();
    assertThat(articles).hasSize(4).allSatisfy(a -> assertThat(a.paragraphs())
        .containsExactly("The toll rose to nine on Thursday.", "A reporter contributed from Rio."));
  }

  @Test
  void read_text_normalisesToNfcAndDropsControlCharacters() {
    CorpusFixture.write(root, "n.txt", "Cafe\u0301 owners\u00a0\u00a0met   the mayor\u0007 on Monday.\r\n");
    assertThat(CorpusFixture.read(root).only().paragraphs()).containsExactly("Café owners met the mayor on Monday.");
  }
}
