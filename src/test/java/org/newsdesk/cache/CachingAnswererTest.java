package org.newsdesk.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;

class CachingAnswererTest {

  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;
  private final AtomicLong generation = new AtomicLong(7);
  private final AtomicInteger calls = new AtomicInteger();
  private final Answerer counting = q -> {
    calls.incrementAndGet();
    return new Answer(q, true, "answer " + calls.get(), 0.9, List.of(), false, 12.5);
  };

  private CachingAnswerer cache(long maxSize, Duration ttl) {
    return new CachingAnswerer(counting, generation::get, new CacheSettings(maxSize, ttl), ticker);
  }

  private CachingAnswerer cache() {
    return cache(100, Duration.ofMinutes(10));
  }

  @Test
  void answer_sameQuestionTwice_callsAnswererOnceAndMarksSecondCached() {
    // A clock that moves 20 µs at every reading, so the cached reply's time is measured by the injected ticker.
    CachingAnswerer answerer = new CachingAnswerer(counting, generation::get,
        new CacheSettings(100, Duration.ofMinutes(10)), () -> nanos.getAndAdd(20_000));

    Answer first = answerer.answer("Who is GM's chief executive?");
    Answer second = answerer.answer("Who is GM's chief executive?");

    assertThat(calls).hasValue(1);
    assertThat(first.cached()).isFalse();
    assertThat(first.tookMs()).isEqualTo(12.5);
    assertThat(second.cached()).isTrue();
    assertThat(second.text()).isEqualTo(first.text());
    assertThat(second.tookMs()).isPositive().isLessThan(1);
  }

  /** Asks {@code first} then {@code second} through a fresh cache and returns the second reply. */
  private Answer secondOf(String first, String second) {
    CachingAnswerer answerer = cache();
    answerer.answer(first);
    return answerer.answer(second);
  }

  @Test
  void answer_sameQuestionDifferentCase_hitsCache() {
    Answer again = secondOf("Who is GM's chief executive?", "WHO IS gm's CHIEF EXECUTIVE");

    assertThat(calls).hasValue(1);
    assertThat(again.cached()).isTrue();
  }

  @Test
  void answer_equivalentPhrasing_carriesTheAskedQuestion() {
    Answer greeted = secondOf("Who is GM's chief executive?", "hey bot, who is GM's chief executive");

    assertThat(calls).hasValue(1);
    assertThat(greeted.cached()).isTrue();
    assertThat(greeted.question()).isEqualTo("hey bot, who is GM's chief executive");
  }

  @Test
  void answer_whoVersusWhen_missesCache() {
    Answer when = secondOf("Who signed the deal?", "When was the deal signed?");

    assertThat(calls).hasValue(2);
    assertThat(when.cached()).isFalse();
  }

  @Test
  void answer_afterTimeToLive_recomputes() {
    CachingAnswerer answerer = cache(100, Duration.ofMinutes(10));

    answerer.answer("When did the strike begin?");
    nanos.addAndGet(Duration.ofMinutes(9).toNanos());
    answerer.answer("When did the strike begin?");
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    Answer expired = answerer.answer("When did the strike begin?");

    assertThat(calls).hasValue(2);
    assertThat(expired.cached()).isFalse();
  }

  @Test
  void answer_beyondMaxSize_evictsAndCountsEvictions() {
    CachingAnswerer answerer = cache(2, Duration.ofHours(1));

    for (int i = 0; i < 10; i++) {
      answerer.answer("How many workers were at plant " + i + "?");
    }

    assertThat(answerer.summary().size()).isLessThanOrEqualTo(2);
    assertThat(answerer.summary().evictions()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void answer_indexGenerationChanged_recomputes() {
    CachingAnswerer answerer = cache();

    answerer.answer("When did the strike begin?");
    generation.incrementAndGet();
    Answer afterReindex = answerer.answer("When did the strike begin?");
    Answer again = answerer.answer("When did the strike begin?");

    assertThat(calls).hasValue(2);
    assertThat(afterReindex.cached()).isFalse();
    assertThat(afterReindex.text()).isEqualTo("answer 2");
    assertThat(again.cached()).isTrue();
    assertThat(answerer.summary().size()).isEqualTo(1);
  }

  @Test
  void answer_answererFails_nothingIsCached() {
    AtomicInteger attempts = new AtomicInteger();
    Answerer failingOnce = q -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("index closed");
      }
      return new Answer(q, false, null, 0, List.of(), false, 1);
    };
    CachingAnswerer answerer = new CachingAnswerer(failingOnce, generation::get,
        new CacheSettings(10, Duration.ofMinutes(1)), ticker);

    assertThatThrownBy(() -> answerer.answer("Who won?")).isInstanceOf(IllegalStateException.class);
    Answer retried = answerer.answer("Who won?");

    assertThat(retried.cached()).isFalse();
    assertThat(attempts).hasValue(2);
  }

  @Test
  void answer_onlyChatter_isNotCached() {
    CachingAnswerer answerer = cache();

    answerer.answer("?!");
    answerer.answer("?!");

    assertThat(calls).hasValue(2);
    assertThat(answerer.summary().size()).isZero();
  }

  @Test
  void answer_manyThreadsSameQuestion_answererCalledOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger slowCalls = new AtomicInteger();
    Answerer slow = q -> {
      slowCalls.incrementAndGet();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return new Answer(q, true, "Terry Dittes", 0.8, List.of(), false, 3);
    };
    CachingAnswerer answerer = new CachingAnswerer(slow, generation::get,
        new CacheSettings(10, Duration.ofMinutes(1)), ticker);
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch started = new CountDownLatch(threads);
    try {
      List<Future<Answer>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String variant = i % 2 == 0 ? "Who is the UAW's top negotiator?" : "who is the uaw's top negotiator";
        futures.add(pool.submit(() -> {
          started.countDown();
          return answerer.answer(variant);
        }));
      }
      started.await(10, TimeUnit.SECONDS);
      release.countDown();
      for (Future<Answer> f : futures) {
        assertThat(f.get(10, TimeUnit.SECONDS).text()).isEqualTo("Terry Dittes");
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(slowCalls).hasValue(1);
    assertThat(answerer.summary().hits() + answerer.summary().misses()).isEqualTo(threads);
    assertThat(answerer.summary().misses()).isEqualTo(1);
  }

  @Test
  void summary_countsHitsMissesAndRate() {
    CachingAnswerer answerer = cache();

    answerer.answer("Who won?");
    answerer.answer("who won");
    answerer.answer("who won!");
    answerer.answer("When?");
    CacheSummary summary = answerer.summary();

    assertThat(summary.hits()).isEqualTo(2);
    assertThat(summary.misses()).isEqualTo(2);
    assertThat(summary.hitRate()).isEqualTo(0.5);
    assertThat(summary.size()).isEqualTo(2);
    assertThat(summary.maxSize()).isEqualTo(100);
    assertThat(summary.hitRatePercent()).isEqualTo("50.0%");
  }

  @Test
  void summary_beforeAnyQuestion_hasZeroRate() {
    assertThat(cache().summary().hitRate()).isZero();
  }
}
