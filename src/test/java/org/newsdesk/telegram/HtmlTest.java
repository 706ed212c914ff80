package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlTest {

  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)[^>]*>");

  @Test
  void escape_replacesEveryCharacterTelegramTreatsAsMarkup() {
    assertThat(Html.escape("a < b && c > \"d\"")).isEqualTo("a &lt; b &amp;&amp; c &gt; &quot;d&quot;");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void plain_dropsTagsAndDecodesEntities() {
    assertThat(Html.plain("<b>A &amp; B</b> &lt;3 <a href=\"x\">link</a>")).isEqualTo("A & B <3 link");
  }

  @Test
  void shorten_cutsAtAWordWithAnEllipsis() {
    assertThat(Html.shorten("the quick brown fox jumps", 16)).isEqualTo("the quick brown…");
    assertThat(Html.shorten("short", 16)).isEqualTo("short");
  }

  @Test
  void split_shortText_isOnePiece() {
    assertThat(Html.split("<b>hi</b> there", 4096)).containsExactly("<b>hi</b> there");
  }

  @Test
  void split_prefersLineBreaksOverWords() {
    String html = "first line here\nsecond line is longer";

    assertThat(Html.split(html, 30)).containsExactly("first line here", "second line is longer");
  }

  @Test
  void split_longText_everyPieceFitsAndKeepsTagsBalanced() {
    StringBuilder html = new StringBuilder("<b>Answer</b>\n<blockquote>");
    for (int i = 0; i < 900; i++) {
      html.append("word").append(i).append(" &amp; <i>more</i> ");
    }
    html.append("</blockquote>\n<a href=\"https://example.org/?a=1&amp;b=2\">source</a>");

    List<String> pieces = Html.split(html.toString(), Html.MESSAGE_LIMIT);

    assertThat(pieces).hasSizeGreaterThan(1);
    for (String piece : pieces) {
      assertThat(piece.length()).isLessThanOrEqualTo(Html.MESSAGE_LIMIT);
      assertBalanced(piece);
      assertThat(piece).doesNotContainPattern("&[a-z]*$").doesNotContainPattern("<[^>]*$");
    }
    assertThat(pieces.get(1)).startsWith("<blockquote>");
    assertThat(String.join(" ", pieces.stream().map(Html::plain).toList()).replaceAll("\\s+", " "))
        .isEqualTo(Html.plain(html.toString()).replaceAll("\\s+", " "));
  }

  @Test
  void split_textWithoutSpaces_isCutBetweenEntitiesAndSurrogatePairs() {
    String html = "<u>" + "&amp;😀".repeat(50) + "</u>";

    List<String> pieces = Html.split(html, 40);

    assertThat(pieces).allSatisfy(piece -> {
      assertThat(piece.length()).isLessThanOrEqualTo(40);
      assertBalanced(piece);
      assertThat(piece).startsWith("<u>").endsWith("</u>");
      assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 5))).isFalse();
    });
    assertThat(String.join("", pieces.stream().map(Html::plain).toList())).isEqualTo("&😀".repeat(50));
  }

  @Test
  void split_markupThatCannotBeSplit_fallsBackToEscapedPlainText() {
    String html = "<a href=\"https://example.org/" + "x".repeat(60) + "\">link text</a>";

    assertThat(Html.split(html, 40)).containsExactly("link text");
  }

  @Test
  void split_onlyTagsAndSpaces_givesNoPieces() {
    assertThat(Html.split("<b> </b>\n", 4096)).isEmpty();
  }

  private static void assertBalanced(String piece) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(piece);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        open.push(m.group(2));
      } else {
        assertThat(open.pop()).as("closing tag in " + piece).isEqualTo(m.group(2));
      }
    }
    assertThat(open).as("unclosed tags in " + piece).isEmpty();
  }
}
