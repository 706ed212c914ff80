package org.newsdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScalesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"million", "Billion", "crore", "lakh", "mn", "bn", "K", "tn"})
  void isScale_spelledOutOrAbbreviated_isAScale(String word) {
    assertThat(Scales.isScale(word)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"people", "tonnes", "per", "km", "percent"})
  void isScale_unitOrOtherWord_isNoScale(String word) {
    assertThat(Scales.isScale(word)).isFalse();
  }
}
