package org.newsdesk.telegram;

/** The bot cannot start: the Bot API rejected the token, or the address or settings are unusable. */
public final class TelegramStartupException extends Exception {

  /** Creates the exception with a reason safe to show (it never holds the token). */
  public TelegramStartupException(String reason) {
    super(reason);
  }
}
