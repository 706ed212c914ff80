package org.newsdesk.telegram;

import java.time.Duration;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Waits between failed getUpdates polls: doubling from the first wait up to a bound, for however long the outage
 * lasts. TelegramBots' default jumps to 15 minutes once failures have gone on for 15 minutes, so after a longer
 * outage the bot would stay deaf for up to 15 minutes after the network came back.
 */
final class PollBackOff implements BackOff {

  private final long firstMillis;
  private final long maxMillis;
  private long nextMillis;

  /** Creates a back-off starting at {@code first} and never waiting longer than {@code max}. */
  PollBackOff(Duration first, Duration max) {
    this.firstMillis = Math.max(1, first.toMillis());
    this.maxMillis = Math.max(firstMillis, max.toMillis());
    this.nextMillis = firstMillis;
  }

  /** Starts again from the first wait, after a poll that worked. */
  @Override
  public void reset() {
    nextMillis = firstMillis;
  }

  /** Returns the wait before the next poll, and doubles the one after it up to the bound. */
  @Override
  public long nextBackOffMillis() {
    long wait = nextMillis;
    nextMillis = Math.min(maxMillis, nextMillis * 2);
    return wait;
  }
}
