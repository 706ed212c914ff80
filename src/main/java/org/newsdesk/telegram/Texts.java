package org.newsdesk.telegram;

import org.newsdesk.config.Prompts;

/**
 * What the bot says, from {@code prompts/}: {@code telegram-*} prompts are Telegram HTML templates whose values are
 * escaped; the prompts shared with the console are plain text and escaped whole.
 */
final class Texts {

  private final Prompts prompts;

  /** Creates texts backed by {@code prompts}. */
  Texts(Prompts prompts) {
    this.prompts = prompts;
  }

  /** Returns the HTML prompt {@code name} with each value HTML-escaped (values of {@link Markup} are not). */
  String html(String name, Object... vars) {
    Object[] escaped = vars.clone();
    for (int i = 1; i < escaped.length; i += 2) {
      escaped[i] = escaped[i] instanceof Markup markup ? markup.html() : Html.escape(String.valueOf(escaped[i]));
    }
    return prompts.get(name, escaped);
  }

  /** Returns the plain-text prompt {@code name}, filled and then HTML-escaped as a whole. */
  String plain(String name, Object... vars) {
    return Html.escape(prompts.get(name, vars));
  }

  /** Returns the prompt {@code name} as raw text, for places that are not HTML such as button labels. */
  String raw(String name, Object... vars) {
    return prompts.get(name, vars);
  }

  /** A value that is already Telegram HTML and goes into a template unescaped. */
  record Markup(String html) {
  }
}
