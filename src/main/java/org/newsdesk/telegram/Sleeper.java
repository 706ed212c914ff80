package org.newsdesk.telegram;

import java.time.Duration;

/** Waits between retries; a seam so tests run retries without real waiting. */
interface Sleeper {

  /** The real clock: {@link Thread#sleep}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
