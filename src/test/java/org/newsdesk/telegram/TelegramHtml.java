package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Checks text the way Telegram's {@code parse_mode=HTML} parser does, which rejects a whole message for one stray
 * {@code <} or unclosed tag: only its tags and entities, balanced, and every other {@code <}, {@code >} and
 * {@code &} escaped.
 */
final class TelegramHtml {

  /** The tags Telegram accepts and the attributes each may carry. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("b", Set.of()), Map.entry("strong", Set.of()), Map.entry("i", Set.of()), Map.entry("em", Set.of()),
      Map.entry("u", Set.of()), Map.entry("ins", Set.of()), Map.entry("s", Set.of()), Map.entry("strike", Set.of()),
      Map.entry("del", Set.of()), Map.entry("span", Set.of("class")), Map.entry("tg-spoiler", Set.of()),
      Map.entry("a", Set.of("href")), Map.entry("tg-emoji", Set.of("emoji-id")), Map.entry("code", Set.of("class")),
      Map.entry("pre", Set.of()), Map.entry("blockquote", Set.of("expandable")));
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\\s*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)(?:=\"([^\"]*)\")?");
  private static final Pattern ENTITY = Pattern.compile("&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);");
  /** Characters that must never reach a chat: controls other than the line break, and invisible format marks. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\u200c\\u200d]]");

  private TelegramHtml() {
  }

  /**
   * Fails unless {@code html} is a message Telegram accepts: allowed tags only, balanced, entities only where
   * Telegram knows them, no raw {@code <}, {@code >} or {@code &}, no invisible characters, within one message.
   *
   * @param html the text of one message as sent
   * @return the links ({@code href} values) it holds
   */
  static List<String> assertValid(String html) {
    assertThat(html.length()).as("message length").isLessThanOrEqualTo(Html.MESSAGE_LIMIT);
    assertThat(html).as("invisible characters in %s", html).doesNotContainPattern(INVISIBLE);
    Deque<String> open = new ArrayDeque<>();
    List<String> links = new ArrayList<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        Matcher tag = TAG.matcher(html).region(i, html.length());
        if (!tag.lookingAt()) {
          fail("unescaped '<' at %d in: %s", i, html);
        }
        String name = tag.group(2);
        if (!ALLOWED.containsKey(name)) {
          fail("tag <%s> is not one Telegram allows, in: %s", name, html);
        }
        if (tag.group(1).isEmpty()) {
          Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
          while (attribute.find()) {
            if (!ALLOWED.get(name).contains(attribute.group(1))) {
              fail("attribute %s on <%s> is not allowed, in: %s", attribute.group(1), name, html);
            }
            if (attribute.group(1).equals("href")) {
              links.add(Jsoup.parse(tag.group()).select("a").attr("href"));
            }
          }
          open.push(name);
        } else if (open.isEmpty() || !open.pop().equals(name)) {
          fail("</%s> closes nothing open at %d, in: %s", name, i, html);
        }
        i = tag.end();
      } else if (c == '&') {
        Matcher entity = ENTITY.matcher(html).region(i, html.length());
        if (!entity.lookingAt()) {
          fail("unescaped '&' at %d in: %s", i, html);
        }
        i = entity.end();
      } else if (c == '>') {
        fail("unescaped '>' at %d in: %s", i, html);
      } else {
        i++;
      }
    }
    assertThat(open).as("tags left open in %s", html).isEmpty();
    return links;
  }

  /** Returns what a person sees of {@code html}: the text with tags removed and entities decoded. */
  static String visibleText(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    return document.body().wholeText();
  }
}
