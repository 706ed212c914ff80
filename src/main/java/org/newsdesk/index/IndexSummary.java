package org.newsdesk.index;

/**
 * What one index update did.
 *
 * @param articles  articles in the index after the update
 * @param annotated articles (re-)annotated because they were new or changed
 * @param unchanged articles skipped because their content hash was unchanged
 * @param deleted   articles removed because they left the corpus
 * @param failed    articles that could not be annotated (logged; the rest was indexed)
 * @param tokens    tokens annotated during this update
 * @param seconds   wall-clock seconds of the update
 * @param rebuilt   true when an old-format or unreadable index was rebuilt from scratch
 */
public record IndexSummary(int articles, int annotated, int unchanged, int deleted, int failed, long tokens,
                           double seconds, boolean rebuilt) {

  /** Returns true when the update changed the index. */
  public boolean changed() {
    return annotated > 0 || deleted > 0 || rebuilt;
  }
}
