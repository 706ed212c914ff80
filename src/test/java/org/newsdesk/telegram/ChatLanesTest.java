package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatLanesTest {

  @Test
  void slowQuestionInOneChat_doesNotHoldUpAnotherChat() throws Exception {
    ChatLanes lanes = new ChatLanes(2);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch otherDone = new CountDownLatch(1);
    try {
      lanes.submit(1L, () -> await(release));
      lanes.submit(2L, otherDone::countDown);

      assertThat(otherDone.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      lanes.close(Duration.ofSeconds(5));
    }
  }

  @Test
  void oneChatsUpdates_runInArrivalOrder_evenWhenTheFirstIsSlow() throws Exception {
    ChatLanes lanes = new ChatLanes(4);
    List<Integer> order = new CopyOnWriteArrayList<>();
    lanes.submit(1L, () -> {
      sleep(100);
      order.add(1);
    });
    for (int i = 2; i <= 20; i++) {
      int n = i;
      lanes.submit(1L, () -> order.add(n));
    }

    assertThat(lanes.close(Duration.ofSeconds(5))).isTrue();
    assertThat(order).hasSize(20).isSorted();
  }

  @Test
  void taskThatThrows_doesNotBreakItsLane() throws Exception {
    ChatLanes lanes = new ChatLanes(1);
    CountDownLatch after = new CountDownLatch(1);

    lanes.submit(1L, () -> {
      throw new IllegalStateException("bug");
    });
    lanes.submit(1L, after::countDown);

    assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
    lanes.close(Duration.ofSeconds(1));
  }

  @Test
  void close_givesWorkInProgressTheGraceTime_thenCutsItOff() throws Exception {
    ChatLanes lanes = new ChatLanes(1);
    CountDownLatch never = new CountDownLatch(1);
    lanes.submit(1L, () -> await(never));

    assertThat(lanes.close(Duration.ofMillis(100))).isFalse();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
