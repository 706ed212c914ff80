package org.newsdesk.eval;

import java.nio.file.Path;
import java.util.Objects;

/** A gold-questions file has a line that cannot be used; carries the file, the line number and why. */
public final class GoldFormatException extends RuntimeException {

  private final transient Path file;
  private final int line;
  private final String reason;

  /** Creates an exception for 1-based {@code line} of {@code file} (0: the whole file) rejected for {@code reason}. */
  public GoldFormatException(Path file, int line, String reason, Throwable cause) {
    super(Objects.requireNonNull(file, "file") + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** Returns the gold file that was being read. */
  public Path file() {
    return file;
  }

  /** Returns the 1-based line number, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** Returns the short reason, without file and line. */
  public String reason() {
    return reason;
  }
}
