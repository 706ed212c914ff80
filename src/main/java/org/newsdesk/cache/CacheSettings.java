package org.newsdesk.cache;

import java.time.Duration;
import java.util.Objects;
import org.newsdesk.config.ConfigException;
import org.newsdesk.config.Settings;

/**
 * Bounds of the answer cache.
 *
 * @param maxSize most entries kept; the least valuable are evicted beyond it
 * @param ttl     how long an entry lives after it was computed
 */
public record CacheSettings(long maxSize, Duration ttl) {

  /** Validates the bounds. */
  public CacheSettings {
    Objects.requireNonNull(ttl, "ttl");
    if (maxSize < 1) {
      throw new IllegalArgumentException("cache.maxSize must be at least 1: " + maxSize);
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("cache.ttl must be positive: " + ttl);
    }
  }

  /** Reads {@code cache.maxSize} and {@code cache.ttl}, failing with the setting's name when one is unusable. */
  public static CacheSettings from(Settings settings) {
    long maxSize = settings.longValue("cache.maxSize");
    if (maxSize < 1) {
      throw new ConfigException("cache.maxSize", String.valueOf(maxSize), "must be at least 1");
    }
    Duration ttl = settings.duration("cache.ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new ConfigException("cache.ttl", ttl.toString(), "must be a positive duration such as PT6H");
    }
    return new CacheSettings(maxSize, ttl);
  }
}
