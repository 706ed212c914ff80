package org.newsdesk.search;

import java.util.List;

/** Read-only view of what is indexed, for listings such as {@code /sources} and {@code /about}; thread-safe. */
public interface Catalog {

  /** Returns every indexed article, newest first (undated last, then by title). */
  List<Citation> articles();

  /** Returns counts and the index's date and generation. */
  CatalogStats stats();
}
