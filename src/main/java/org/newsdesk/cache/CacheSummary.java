package org.newsdesk.cache;

import java.time.Duration;

/**
 * A snapshot of the answer cache's counters, for the console's {@code :stats}, the log and Telegram's
 * {@code /about}.
 *
 * @param hits      replies served from the cache
 * @param misses    replies computed by the answerer
 * @param hitRate   hits / (hits + misses), or 0 before the first question
 * @param evictions entries dropped for size or age
 * @param size      entries held now (approximate, as Caffeine counts them)
 * @param maxSize   the size bound ({@code cache.maxSize})
 * @param ttl       how long an entry lives ({@code cache.ttl})
 */
public record CacheSummary(long hits, long misses, double hitRate, long evictions, long size, long maxSize,
                           Duration ttl) {

  /** Returns a one-line description for logs. */
  public String describe() {
    return String.format("answer cache: %d hits, %d misses (hit rate %.1f%%), %d evictions, %d of %d entries, ttl %s",
        hits, misses, 100 * hitRate, evictions, size, maxSize, ttl);
  }

  /** Returns the hit rate as a percentage with one decimal, for person-facing texts. */
  public String hitRatePercent() {
    return String.format("%.1f%%", 100 * hitRate);
  }
}
