package org.newsdesk.index;

import java.nio.file.Path;

/** The index directory cannot be opened, written or rebuilt; carries the directory. */
public final class IndexException extends RuntimeException {

  private final transient Path directory;

  /** Creates an exception about {@code directory}. */
  public IndexException(Path directory, String message, Throwable cause) {
    super(message + " (index " + directory + ")", cause);
    this.directory = directory;
  }

  /** Returns the index directory concerned. */
  public Path directory() {
    return directory;
  }
}
