package org.newsdesk.telegram;

import java.io.IOException;

/** Rebuilds the index from the corpus on an admin's {@code /reindex}; called on a background thread. */
public interface Reindexer {

  /**
   * Brings the index up to date with the corpus while questions keep being answered from the current index.
   *
   * @return a one-line summary for the admin, e.g. "12 articles added, 1 changed, 0 removed in 8.2 s"
   * @throws IOException when the corpus or the index cannot be read or written
   */
  String reindex() throws IOException;
}
