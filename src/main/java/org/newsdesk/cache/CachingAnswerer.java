package org.newsdesk.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves repeated questions from memory: a Caffeine cache in front of another answerer, keyed by the normalized
 * question and the index generation, so a reindex never serves a stale reply. Thread-safe; concurrent askers of the
 * same question wait for one computation.
 */
public final class CachingAnswerer implements Answerer {

  private static final Logger LOG = LoggerFactory.getLogger(CachingAnswerer.class);

  private final Answerer delegate;
  private final LongSupplier generation;
  private final CacheSettings settings;
  private final Ticker ticker;
  private final Cache<Key, Answer> cache;
  private final AtomicLong lastGeneration = new AtomicLong(Long.MIN_VALUE);

  /** What a reply depends on: the index it was computed from and the question up to trivial differences. */
  private record Key(long generation, String question) {
  }

  /**
   * Creates the cache.
   *
   * @param delegate   computes replies on a miss
   * @param generation the current index generation, read on every question
   * @param settings   size bound and time-to-live
   * @param ticker     the clock for expiry and the cached reply's time ({@link Ticker#systemTicker()} outside tests)
   */
  public CachingAnswerer(Answerer delegate, LongSupplier generation, CacheSettings settings, Ticker ticker) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.generation = Objects.requireNonNull(generation, "generation");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.cache = Caffeine.newBuilder()
        .maximumSize(settings.maxSize())
        .expireAfterWrite(settings.ttl())
        .ticker(ticker)
        // Evictions and removals run on the calling thread so tests and the counters see them at once.
        .executor(Runnable::run)
        .recordStats()
        .build();
  }

  @Override
  public Answer answer(String question) {
    long start = ticker.read();
    String normalized = QuestionKey.of(question);
    if (normalized.isEmpty()) {
      // Nothing but chatter: not worth a slot, and its key would merge unrelated inputs.
      return delegate.answer(question);
    }
    Key key = new Key(currentGeneration(), normalized);
    boolean[] computedHere = {false};
    Answer answer = cache.get(key, k -> {
      computedHere[0] = true;
      return delegate.answer(question);
    });
    if (computedHere[0]) {
      return answer;
    }
    double tookMs = (ticker.read() - start) / 1_000_000.0;
    return answer.asCached(tookMs).withQuestion(question);
  }

  /** Returns the counters and bounds now; cheap enough for every {@code :stats} or {@code /about}. */
  public CacheSummary summary() {
    CacheStats s = cache.stats();
    long requests = s.hitCount() + s.missCount();
    return new CacheSummary(s.hitCount(), s.missCount(), requests == 0 ? 0 : s.hitRate(), s.evictionCount(),
        cache.estimatedSize(), settings.maxSize(), settings.ttl());
  }

  /** Drops every entry, for example after an operator fixed an article by hand. */
  public void invalidateAll() {
    cache.invalidateAll();
  }

  /** Reads the generation and, when it moved, drops the entries of older ones so they stop taking room. */
  private long currentGeneration() {
    long now = generation.getAsLong();
    long before = lastGeneration.getAndSet(now);
    if (before != now && before != Long.MIN_VALUE) {
      cache.asMap().keySet().removeIf(k -> k.generation() != now);
      LOG.info("index generation {} -> {}: dropped the cached answers of the older index", before, now);
    }
    return now;
  }
}
