package org.newsdesk.index;

import java.nio.file.Path;
import java.util.Objects;

/** The index directory cannot be opened, written or rebuilt; carries the directory and what kind of failure it is. */
public final class IndexException extends RuntimeException {

  /** What went wrong, so that callers which only read the index can tell whether it is still usable as it is. */
  public enum Kind {
    /** The directory exists but cannot be written; an index in it may still be readable. */
    READ_ONLY,
    /** Another process holds the index's write lock; the index itself is fine. */
    LOCKED,
    /** Anything else: the directory cannot be created, read or committed to. */
    FAILED
  }

  private final transient Path directory;
  private final Kind kind;
  private final String reason;

  /** Creates an exception of kind {@link Kind#FAILED} about {@code directory}. */
  public IndexException(Path directory, String message, Throwable cause) {
    this(Kind.FAILED, directory, message, cause);
  }

  /** Creates an exception of the given kind about {@code directory}. */
  public IndexException(Kind kind, Path directory, String message, Throwable cause) {
    super(message + " (index " + directory + ")", cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reason = message;
    this.directory = directory;
  }

  /** Returns the index directory concerned. */
  public Path directory() {
    return directory;
  }

  /** Returns the message without the directory, for callers that compose their own. */
  public String reason() {
    return reason;
  }

  /** Returns what kind of failure this is. */
  public Kind kind() {
    return kind;
  }
}
