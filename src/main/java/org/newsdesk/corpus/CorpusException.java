package org.newsdesk.corpus;

import java.nio.file.Path;
import java.util.Objects;

/** The corpus root itself cannot be used (missing, not a directory, unreadable); carries the root's path. */
public final class CorpusException extends RuntimeException {

  private final transient Path path;

  /** Creates an exception saying why {@code path} cannot be read as a corpus. */
  public CorpusException(Path path, String reason) {
    this(path, reason, null);
  }

  /** Creates an exception saying why {@code path} cannot be read as a corpus, keeping the underlying cause. */
  public CorpusException(Path path, String reason, Throwable cause) {
    super("corpus " + path + ": " + Objects.requireNonNull(reason, "reason"), cause);
    this.path = Objects.requireNonNull(path, "path");
  }

  /** Returns the path that could not be used. */
  public Path path() {
    return path;
  }
}
