package org.newsdesk.bench;

import java.util.Arrays;

/**
 * Summary of a latency sample, in milliseconds.
 *
 * @param count    how many timings
 * @param medianMs the 50th percentile
 * @param p95Ms    the 95th percentile
 * @param p99Ms    the 99th percentile
 * @param meanMs   the mean
 * @param maxMs    the slowest
 */
public record Latency(int count, double medianMs, double p95Ms, double p99Ms, double meanMs, double maxMs) {

  /**
   * Summarizes timings by the nearest-rank method.
   *
   * @param nanos timings in nanoseconds; not changed
   * @return the summary; all zero for an empty sample
   */
  public static Latency of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latency(0, 0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0);
    return new Latency(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.95)), ms(rank(sorted, 0.99)),
        mean / 1e6, ms(sorted[sorted.length - 1]));
  }

  private static long rank(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
