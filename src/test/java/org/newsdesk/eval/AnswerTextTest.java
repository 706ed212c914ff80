package org.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

  @Test
  void normalize_thousandsSeparators_dropped() {
    assertThat(AnswerText.normalize("48,000")).isEqualTo("48000");
    assertThat(AnswerText.normalize("1,234,567 workers")).isEqualTo("1234567 workers");
    assertThat(AnswerText.normalize("$1,500.25")).isEqualTo("$1500.25");
  }

  @Test
  void normalize_commaNotBetweenGroupsOfThree_becomesSpace() {
    assertThat(AnswerText.normalize("1,2")).isEqualTo("1 2");
    assertThat(AnswerText.normalize("2018,2019")).isEqualTo("2018 2019");
    assertThat(AnswerText.normalize("1,000,00")).isEqualTo("1 000 00");
    assertThat(AnswerText.normalize("Ford, GM")).isEqualTo("ford gm");
  }

  @Test
  void normalize_decimalPointInsideNumber_kept() {
    assertThat(AnswerText.normalize("$1.5 billion.")).isEqualTo("$1.5 billion");
    assertThat(AnswerText.normalize("grew 2.75.")).isEqualTo("grew 2.75");
  }

  @Test
  void normalize_dollarAndPercent_kept() {
    assertThat(AnswerText.normalize("3.5%")).isEqualTo("3.5%");
    assertThat(AnswerText.normalize("$6 billion")).isEqualTo("$6 billion");
    assertThat(AnswerText.normalize("25 %")).isEqualTo("25 %");
  }

  @Test
  void normalize_periodsAndApostrophesJoiningLetters_removed() {
    assertThat(AnswerText.normalize("U.S.")).isEqualTo("us");
    assertThat(AnswerText.normalize("GM's")).isEqualTo("gms");
    assertThat(AnswerText.normalize("GM\u2019s plan")).isEqualTo("gms plan");
  }

  @Test
  void normalize_otherPunctuation_becomesSpace() {
    assertThat(AnswerText.normalize("job-security")).isEqualTo("job security");
    assertThat(AnswerText.normalize("\"totally unacceptable\"")).isEqualTo("totally unacceptable");
    assertThat(AnswerText.normalize("(UAW): 2019/2020")).isEqualTo("uaw 2019 2020");
    assertThat(AnswerText.normalize("workers' union")).isEqualTo("workers union");
  }

  @Test
  void normalize_articles_droppedAsWholeTokensOnly() {
    assertThat(AnswerText.normalize("The strike at a plant, an end")).isEqualTo("strike at plant end");
    assertThat(AnswerText.normalize("Theater another anarchy")).isEqualTo("theater another anarchy");
    assertThat(AnswerText.normalize("The")).isEmpty();
  }

  @Test
  void normalize_whitespace_collapsedAndTrimmed() {
    assertThat(AnswerText.normalize("  Terry \t Dittes\n ")).isEqualTo("terry dittes");
  }

  @Test
  void normalize_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> AnswerText.normalize(null));
  }

  @Test
  void tokens_sentence_returnsNormalizedTokens() {
    assertThat(AnswerText.tokens("The $1.5 billion, U.S. deal.")).containsExactly("$1.5", "billion", "us", "deal");
  }

  @Test
  void containsTokens_wholeTokensOnly() {
    assertThat(AnswerText.containsTokens(List.of("in", "2018"), List.of("18"))).isFalse();
    assertThat(AnswerText.containsTokens(List.of("in", "18", "states"), List.of("18", "states"))).isTrue();
    assertThat(AnswerText.containsTokens(List.of("18", "new", "states"), List.of("18", "states"))).isFalse();
    assertThat(AnswerText.containsTokens(List.of("any"), List.of())).isFalse();
  }
}
