package org.newsdesk.telegram;

import java.io.IOException;

/** Keeps the bot token out of every log line and exception message: the token is part of each request URL. */
final class Redactor {

  private static final String MASK = "***";

  private final String token;

  /** Creates a redactor for {@code token}; a blank token redacts nothing. */
  Redactor(String token) {
    this.token = token == null || token.isBlank() ? null : token;
  }

  /** Returns {@code text} with every occurrence of the token replaced by {@code ***}. */
  String clean(String text) {
    return text == null || token == null ? text : text.replace(token, MASK);
  }

  /** Returns {@code error} itself when no message in its cause chain holds the token, else a cleaned copy. */
  Throwable clean(Throwable error) {
    return error == null || !leaks(error) ? error : new RedactedException(this, error);
  }

  /** Returns an {@link IOException} safe to surface from an HTTP call: {@code error} itself, or a cleaned copy. */
  IOException cleanIo(IOException error) {
    if (!leaks(error)) {
      return error;
    }
    IOException copy = new IOException(clean(String.valueOf(error.getMessage())), clean(error.getCause()));
    copy.setStackTrace(error.getStackTrace());
    return copy;
  }

  /** Returns a one-line description of {@code error} and its causes, cleaned, for log lines and replies. */
  String describe(Throwable error) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = error; t != null && out.length() < 1000; t = t.getCause()) {
      if (out.length() > 0) {
        out.append(" <- ");
      }
      out.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        out.append(": ").append(t.getMessage());
      }
    }
    return clean(out.toString());
  }

  private boolean leaks(Throwable error) {
    for (Throwable t = error; t != null && token != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(token) || t.toString().contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** A cleaned copy of an exception chain: same class names and stack traces, messages without the token. */
  static final class RedactedException extends Exception {

    private RedactedException(Redactor redactor, Throwable original) {
      super(original.getClass().getName() + ": " + redactor.clean(String.valueOf(original.getMessage())),
          original.getCause() == null ? null : redactor.clean(original.getCause()), false, true);
      setStackTrace(original.getStackTrace());
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
