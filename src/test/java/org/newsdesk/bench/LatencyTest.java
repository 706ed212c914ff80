package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyTest {

  @Test
  void of_hundredTimings_takesNearestRankPercentiles() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(i -> i * 1_000_000).toArray();

    Latency l = Latency.of(nanos);

    assertThat(l.count()).isEqualTo(100);
    assertThat(l.medianMs()).isEqualTo(50);
    assertThat(l.p95Ms()).isEqualTo(95);
    assertThat(l.p99Ms()).isEqualTo(99);
    assertThat(l.maxMs()).isEqualTo(100);
    assertThat(l.meanMs()).isEqualTo(50.5);
  }

  @Test
  void of_unsortedInput_isLeftUnchanged() {
    long[] nanos = {3, 1, 2};

    Latency.of(nanos);

    assertThat(nanos).containsExactly(3, 1, 2);
  }

  @Test
  void of_noTimings_isAllZero() {
    assertThat(Latency.of(new long[0]).count()).isZero();
  }
}
