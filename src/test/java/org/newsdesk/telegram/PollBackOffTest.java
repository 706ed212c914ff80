package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollBackOffTest {

  @Test
  void outageOfAnyLength_waitsDoubleUpToTheBound_andNeverLonger() {
    PollBackOff backOff = new PollBackOff(Duration.ofSeconds(1), Duration.ofSeconds(60));
    List<Long> waits = new ArrayList<>();

    for (int i = 0; i < 10_000; i++) {
      waits.add(backOff.nextBackOffMillis());
    }

    assertThat(waits).startsWith(1000L, 2000L, 4000L, 8000L, 16000L, 32000L, 60000L);
    assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(60_000L));
  }

  @Test
  void pollThatWorks_startsTheWaitsAgainFromTheFirst() {
    PollBackOff backOff = new PollBackOff(Duration.ofMillis(100), Duration.ofSeconds(5));
    backOff.nextBackOffMillis();
    backOff.nextBackOffMillis();

    backOff.reset();

    assertThat(backOff.nextBackOffMillis()).isEqualTo(100L);
  }
}
