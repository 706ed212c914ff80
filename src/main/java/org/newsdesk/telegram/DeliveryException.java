package org.newsdesk.telegram;

/** A Bot API call failed for good: refused, or still failing after every allowed attempt. */
final class DeliveryException extends Exception {

  private final String method;
  private final int errorCode;
  private final String description;

  /**
   * Creates the exception.
   *
   * @param method      the Bot API method, e.g. {@code sendmessage}
   * @param attempts    attempts made
   * @param errorCode   Telegram's error code, or 0 when no answer came back
   * @param description Telegram's error description (never holds the token), or null
   * @param cause       the last failure, already cleaned of the token
   */
  DeliveryException(String method, int attempts, int errorCode, String description, Throwable cause) {
    super(method + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts")
        + (errorCode > 0 ? " [" + errorCode + "] " + description : ""), cause);
    this.method = method;
    this.errorCode = errorCode;
    this.description = description;
  }

  /** Returns the Bot API method that failed. */
  String method() {
    return method;
  }

  /** Returns Telegram's error code, or 0 when no answer came back. */
  int errorCode() {
    return errorCode;
  }

  /** Returns true when Telegram could not parse the HTML of the text, so it may be sent again as plain text. */
  boolean isBadMarkup() {
    return errorCode == 400 && description != null && description.contains("can't parse entities");
  }

  /** Returns true when Telegram says the edit would not change the message (a repeated button press). */
  boolean isNotModified() {
    return errorCode == 400 && description != null && description.contains("message is not modified");
  }
}
