package org.newsdesk.corpus;

/** A whole file cannot be turned into articles; carries the 1-based line (0 for the whole file) and the reason. */
final class MalformedFileException extends Exception {

  private final int line;
  private final String reason;

  /** Creates an exception for a problem at {@code line} (0 when it concerns the whole file). */
  MalformedFileException(int line, String reason) {
    super(line > 0 ? "line " + line + ": " + reason : reason);
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
    this.line = line;
    this.reason = reason;
  }

  /** Returns the 1-based line, or 0 when the problem concerns the whole file. */
  int line() {
    return line;
  }

  /** Returns the human-readable reason. */
  String reason() {
    return reason;
  }
}
