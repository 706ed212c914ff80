package org.newsdesk.telegram;

import java.util.Objects;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One reply to send: Telegram HTML and an optional inline keyboard (attached to the last piece when split).
 *
 * @param html     the text in Telegram HTML, any length
 * @param keyboard inline buttons, or null
 */
record Reply(String html, InlineKeyboardMarkup keyboard) {

  /** Requires the text. */
  Reply {
    Objects.requireNonNull(html, "html");
  }

  /** Returns a reply without buttons. */
  static Reply of(String html) {
    return new Reply(html, null);
  }
}
