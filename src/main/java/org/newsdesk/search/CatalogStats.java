package org.newsdesk.search;

import java.time.Instant;

/**
 * Size and freshness of the index.
 *
 * @param articles   number of indexed articles
 * @param sentences  number of indexed sentences (passages)
 * @param indexedAt  when the index was last committed, or null when unknown
 * @param generation Lucene commit generation; changes on every reindex that changed something
 */
public record CatalogStats(int articles, int sentences, Instant indexedAt, long generation) {
}
