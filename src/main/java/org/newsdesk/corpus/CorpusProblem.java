package org.newsdesk.corpus;

import java.util.Objects;

/**
 * A file or line of the corpus that could not be read, and why.
 *
 * @param file   path relative to the corpus root, with '/' separators
 * @param line   1-based line number, or 0 when the problem concerns the whole file
 * @param reason short human-readable reason such as "invalid UTF-8 at byte 120"
 */
public record CorpusProblem(String file, int line, String reason) {

  /** Validates the fields and puts the reason on one line (library messages can span several). */
  public CorpusProblem {
    Objects.requireNonNull(file, "file");
    reason = Objects.requireNonNull(reason, "reason").strip().replaceAll("\\s*\\R\\s*", " ");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
