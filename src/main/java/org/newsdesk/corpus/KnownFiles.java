package org.newsdesk.corpus;

import java.util.List;

/**
 * What a reader's caller already holds: lets {@link CorpusReader} skip parsing files that have not changed since they
 * were last read (same size and modification time), which keeps starting up on a large corpus fast.
 */
@FunctionalInterface
public interface KnownFiles {

  /** Knows no file: every file is read. */
  KnownFiles NONE = (file, size, modifiedMillis) -> null;

  /**
   * Called before a file is read, with what the file system says of it now.
   *
   * @param file           path relative to the corpus root, with '/' separators
   * @param size           size in bytes
   * @param modifiedMillis last modification time in milliseconds since the epoch
   * @return the ids of the articles the caller holds from this unchanged file, or null when it must be read
   */
  List<String> unchanged(String file, long size, long modifiedMillis);

  /**
   * Called after a file was read, with the problems met in it: a file with problems must not be reported unchanged
   * later, so that its problems are reported on every read and an article skipped as a duplicate of another file's
   * is read once that file is gone.
   *
   * @param file     path relative to the corpus root, with '/' separators
   * @param problems the problems met in this file, in order; empty when it was read cleanly
   */
  default void read(String file, List<CorpusProblem> problems) {
  }
}
