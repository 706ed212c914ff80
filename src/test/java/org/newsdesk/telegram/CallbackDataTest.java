package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackDataTest {

  private static final String ID = "Ab3dE6gH9k";

  @Test
  void whatTheBotWrites_parsesBack() {
    assertThat(CallbackData.parse(CallbackData.more(ID, 4)))
        .contains(new CallbackData(CallbackData.Action.MORE, ID, 4));
    assertThat(CallbackData.parse(CallbackData.context(ID)))
        .contains(new CallbackData(CallbackData.Action.CONTEXT, ID, 0));
    assertThat(CallbackData.parse(CallbackData.vote(ID, true)))
        .contains(new CallbackData(CallbackData.Action.UP, ID, 0));
    assertThat(CallbackData.parse(CallbackData.vote(ID, false)))
        .contains(new CallbackData(CallbackData.Action.DOWN, ID, 0));
    assertThat(CallbackData.parse(CallbackData.sources(12)))
        .contains(new CallbackData(CallbackData.Action.SOURCES, null, 12));
  }

  @Test
  void everythingTheBotWrites_fitsTelegramsSixtyFourBytes() {
    assertThat(CallbackData.more(ID, 999).getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "m", "m:", "m:" + ID, "c:" + ID + ":1", "u:" + ID + "x", "x:" + ID, "s:", "s:12345",
      "s:1a", " s:1", "c:Ab3dE6gH9", "c:Ab3dE6gH9é", "m:" + ID + ":1000", "m:" + ID + ":-1"})
  void anythingElse_isRejected(String data) {
    assertThat(CallbackData.parse(data)).isEmpty();
  }

  @Test
  void nullAndOversizedData_areRejected() {
    assertThat(CallbackData.parse(null)).isEmpty();
    assertThat(CallbackData.parse("s:1" + " ".repeat(70))).isEmpty();
  }
}
