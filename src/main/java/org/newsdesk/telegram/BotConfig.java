package org.newsdesk.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.newsdesk.config.ConfigException;
import org.newsdesk.config.Settings;

/**
 * The {@code telegram.*} settings (and {@code question.maxLength}), read and checked once at start.
 *
 * @param threads            threads answering questions
 * @param rateCapacity       questions a chat may ask in a burst
 * @param rateRefill         time for one question to come back to a chat's bucket
 * @param allowedChats       chats that may use the bot; empty means every chat
 * @param admins             users that may run {@code /reindex}
 * @param feedbackLog        JSON Lines file for votes
 * @param answerCacheSize    answers kept for their buttons
 * @param answerCacheTtl     how long answers are kept for their buttons
 * @param sourcesPageSize    articles per {@code /sources} page
 * @param passagesPerPage    passages per "More sources" message
 * @param confidenceHigh     confidence from which no caveat is shown
 * @param confidenceLow      confidence below which the "not sure" caveat is shown
 * @param questionMaxLength  longest question answered, in characters
 * @param sendAttempts       attempts per Bot API call
 * @param sendBackoff        first wait between attempts
 * @param sendMaxWait        longest wait between attempts
 * @param sendTimeout        longest wait for the Bot API to answer a call (other than the long poll)
 * @param pollTimeoutSeconds long-poll timeout
 * @param startupMaxBackoff  longest wait between start-up attempts
 * @param shutdownGrace      time for answers in progress at shutdown
 * @param inlineCacheSeconds Telegram's cache time for inline answers
 */
record BotConfig(int threads, int rateCapacity, Duration rateRefill, Set<Long> allowedChats, Set<Long> admins,
                 Path feedbackLog, int answerCacheSize, Duration answerCacheTtl, int sourcesPageSize,
                 int passagesPerPage, double confidenceHigh, double confidenceLow, int questionMaxLength,
                 int sendAttempts, Duration sendBackoff, Duration sendMaxWait, Duration sendTimeout,
                 int pollTimeoutSeconds, Duration startupMaxBackoff, Duration shutdownGrace, int inlineCacheSeconds) {

  /** Freezes the id sets. */
  BotConfig {
    allowedChats = Set.copyOf(allowedChats);
    admins = Set.copyOf(admins);
  }

  /** Reads the settings, failing with a {@link ConfigException} naming the key of any unusable value. */
  static BotConfig from(Settings s) {
    return new BotConfig(
        atLeast(s, "telegram.threads", 1),
        atLeast(s, "telegram.rateLimit.capacity", 1),
        positive(s, "telegram.rateLimit.refill"),
        Set.copyOf(s.longList("telegram.allowedChats")),
        Set.copyOf(s.longList("telegram.admins")),
        s.path("telegram.feedbackLog"),
        atLeast(s, "telegram.answerCache.size", 1),
        positive(s, "telegram.answerCache.ttl"),
        atLeast(s, "telegram.sources.pageSize", 1),
        atLeast(s, "telegram.passages.perPage", 1),
        fraction(s, "telegram.confidence.high"),
        fraction(s, "telegram.confidence.low"),
        atLeast(s, "question.maxLength", 1),
        atLeast(s, "telegram.send.attempts", 1),
        positive(s, "telegram.send.backoff"),
        positive(s, "telegram.send.maxWait"),
        positive(s, "telegram.send.timeout"),
        atLeast(s, "telegram.poll.timeoutSeconds", 0),
        positive(s, "telegram.startup.maxBackoff"),
        positive(s, "telegram.shutdown.grace"),
        atLeast(s, "telegram.inline.cacheSeconds", 0));
  }

  /** Returns true when {@code chatId} may use the bot. */
  boolean allows(long chatId) {
    return allowedChats.isEmpty() || allowedChats.contains(chatId);
  }

  private static int atLeast(Settings s, String key, int min) {
    int value = s.integer(key);
    if (value < min) {
      throw new ConfigException(key, String.valueOf(value), "must be at least " + min);
    }
    return value;
  }

  private static Duration positive(Settings s, String key) {
    Duration value = s.duration(key);
    if (value.isNegative() || value.isZero()) {
      throw new ConfigException(key, value.toString(), "must be longer than zero");
    }
    return value;
  }

  private static double fraction(Settings s, String key) {
    double value = s.decimal(key);
    if (!(value >= 0 && value <= 1)) {
      throw new ConfigException(key, String.valueOf(value), "must be between 0 and 1");
    }
    return value;
  }
}
