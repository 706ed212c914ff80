package org.newsdesk.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Per-chat token buckets: a chat may ask {@code capacity} questions in a burst and gets one back every
 * {@code refill}. The first refused request of a flood is told so; the rest are ignored until a token returns.
 * Requests are judged by when they arrived, not when the bot got to them, so a flood is one even while the bot is
 * busy; a chat's requests come in arrival order, so its bucket's clock only moves forward.
 */
final class RateLimiter {

  /** What to do with one request. */
  enum Decision {
    /** Go ahead. */
    ALLOW,
    /** Refuse, and tell the chat once. */
    NOTIFY,
    /** Refuse silently: the chat was already told. */
    SILENT
  }

  private final int capacity;
  private final long refillNanos;
  private final Cache<Long, Bucket> buckets;

  /**
   * Creates a limiter.
   *
   * @param capacity the burst size
   * @param refill   time for one token to come back
   */
  RateLimiter(int capacity, Duration refill) {
    this.capacity = capacity;
    this.refillNanos = refill.toNanos();
    // A bucket idle long enough to be full again carries no state worth keeping.
    this.buckets = Caffeine.newBuilder()
        .maximumSize(100_000)
        .expireAfterAccess(refill.multipliedBy(capacity + 1L))
        .build();
  }

  /** Takes a token from {@code chatId}'s bucket, for a request that arrived at {@code arrivedNanos}, if it has one. */
  Decision acquire(long chatId, long arrivedNanos) {
    Bucket bucket = buckets.get(chatId, id -> new Bucket(capacity, arrivedNanos));
    synchronized (bucket) {
      return bucket.take(capacity, refillNanos, arrivedNanos);
    }
  }

  /**
   * Returns how long after {@code arrivedNanos} {@code chatId} gets its next token, rounded up to whole seconds (0
   * when it has one).
   */
  long secondsUntilNext(long chatId, long arrivedNanos) {
    Bucket bucket = buckets.getIfPresent(chatId);
    if (bucket == null) {
      return 0;
    }
    synchronized (bucket) {
      return bucket.secondsUntilNext(capacity, refillNanos, arrivedNanos);
    }
  }

  /** Mutable bucket state, guarded by the bucket's own lock. */
  private static final class Bucket {
    private double tokens;
    private long updatedAt;
    private boolean told;

    Bucket(int capacity, long now) {
      this.tokens = capacity;
      this.updatedAt = now;
    }

    Decision take(int capacity, long refillNanos, long now) {
      refill(capacity, refillNanos, now);
      if (tokens >= 1) {
        tokens -= 1;
        told = false;
        return Decision.ALLOW;
      }
      if (told) {
        return Decision.SILENT;
      }
      told = true;
      return Decision.NOTIFY;
    }

    long secondsUntilNext(int capacity, long refillNanos, long now) {
      refill(capacity, refillNanos, now);
      double missing = Math.max(0, 1 - tokens);
      return (long) Math.ceil(missing * refillNanos / 1e9);
    }

    private void refill(int capacity, long refillNanos, long now) {
      tokens = Math.min(capacity, tokens + (now - updatedAt) / (double) refillNanos);
      updatedAt = now;
    }
  }
}
