package org.newsdesk.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a bounded pool while keeping each lane (a chat) in order: a slow question in one chat never holds
 * up another chat, and a chat's replies come in the order its messages arrived.
 */
final class ChatLanes {

  private static final Logger LOG = LoggerFactory.getLogger(ChatLanes.class);

  private final ExecutorService pool;
  private final Executor executor;
  private final Map<Object, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  /** Creates lanes over a pool of {@code threads} daemon threads. */
  ChatLanes(int threads) {
    this.pool = Executors.newFixedThreadPool(threads, daemonThreads("newsdesk-telegram-answer-"));
    this.executor = pool;
  }

  /** Creates lanes over {@code executor} (a direct executor in tests); {@link #close} then only waits. */
  ChatLanes(Executor executor) {
    this.pool = null;
    this.executor = executor;
  }

  /** Queues {@code task} behind the tasks already queued for {@code lane}; the task must handle its own errors. */
  void submit(Object lane, Runnable task) {
    CompletableFuture<Void> tail = tails.compute(lane, (key, previous) ->
        (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
            .thenRunAsync(() -> runLogged(task), executor));
    tail.whenComplete((done, error) -> tails.remove(lane, tail));
  }

  /**
   * Lets the work queued so far finish for up to {@code grace}, then stops the pool; returns false if work was cut
   * off. Lanes hand each task to the pool only when the one before it ends, so the lanes are drained before the
   * pool is shut down.
   */
  boolean close(Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    CompletableFuture<Void> all = CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new));
    boolean drained = true;
    try {
      all.get(grace.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      drained = false;
    } catch (ExecutionException e) {
      // Only a task the pool refused ends a lane exceptionally; the other lanes have drained by now.
      LOG.warn("a chat task could not be run: {}", e.getCause().toString());
    }
    if (pool == null) {
      return drained;
    }
    pool.shutdown();
    if (drained && pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      return true;
    }
    pool.shutdownNow();
    return false;
  }

  private static void runLogged(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      // The tasks handle their own errors; this keeps one escaped bug from breaking the lane's chain.
      LOG.error("unhandled error in a chat task", e);
    }
  }

  /** Returns a factory of named daemon threads, so a forgotten pool never keeps the JVM alive. */
  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
