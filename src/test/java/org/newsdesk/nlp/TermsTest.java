package org.newsdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

  private static Token token(String word, String lemma, String pos) {
    return new Token(word, lemma, pos, "O", null, 0, word.length());
  }

  @Test
  void normalize_thousandsSeparators_areDroppedButDecimalsKept() {
    assertThat(Terms.normalize("48,000")).isEqualTo("48000");
    assertThat(Terms.normalize("1,234,567.5")).isEqualTo("1234567.5");
    assertThat(Terms.normalize("3.5")).isEqualTo("3.5");
    assertThat(Terms.normalize("12,34")).isEqualTo("12,34");
  }

  @Test
  void normalize_possessivesAndEdgePunctuation_areStripped() {
    assertThat(Terms.normalize("GM's")).isEqualTo("gm");
    assertThat(Terms.normalize("GM’s")).isEqualTo("gm");
    assertThat(Terms.normalize("Dittes'")).isEqualTo("dittes");
    assertThat(Terms.normalize("\"(Lisbon),")).isEqualTo("lisbon");
  }

  @Test
  void normalize_leadingDollarAndTrailingPercent_areKept() {
    assertThat(Terms.normalize("$5")).isEqualTo("$5");
    assertThat(Terms.normalize("4%")).isEqualTo("4%");
  }

  @Test
  void normalize_diacritics_areFoldedSoPlainTypingMatches() {
    assertThat(Terms.normalize("Łódź")).isEqualTo("lodz");
    assertThat(Terms.normalize("kākāpō")).isEqualTo("kakapo");
    assertThat(Terms.normalize("Oñate's")).isEqualTo("onate");
    assertThat(Terms.normalize("Ærø")).isEqualTo("aero");
    assertThat(Terms.normalize("Straße")).isEqualTo("strasse");
  }

  @Test
  void normalize_lightWordsAndPunctuation_returnNull() {
    assertThat(Terms.normalize("Be")).isNull();
    assertThat(Terms.normalize("would")).isNull();
    assertThat(Terms.normalize("n't")).isNull();
    assertThat(Terms.normalize("--")).isNull();
    assertThat(Terms.normalize("")).isNull();
  }

  @Test
  void of_token_keepsContentPartsOfSpeechAndDropsFunctionWords() {
    assertThat(Terms.of(token("workers", "worker", "NNS"))).isEqualTo("worker");
    assertThat(Terms.of(token("began", "begin", "VBD"))).isEqualTo("begin");
    assertThat(Terms.of(token("biggest", "big", "JJS"))).isEqualTo("big");
    assertThat(Terms.of(token("48,000", "48,000", "CD"))).isEqualTo("48000");
    assertThat(Terms.of(token("the", "the", "DT"))).isNull();
    assertThat(Terms.of(token("in", "in", "IN"))).isNull();
    assertThat(Terms.of(token("they", "they", "PRP"))).isNull();
    assertThat(Terms.of(token("has", "have", "VBZ"))).isNull();
  }

  @Test
  void of_properNoun_usesTheSurfaceFormNotTheLemma() {
    assertThat(Terms.of(token("States", "state", "NNPS"))).isEqualTo("states");
    assertThat(Terms.of(token("Motors", "motor", "NNP"))).isEqualTo("motors");
  }

  @Test
  void of_tokens_returnsTermsInOrderWithoutFunctionWords() {
    List<Token> tokens = List.of(token("The", "the", "DT"), token("strike", "strike", "NN"),
        token("has", "have", "VBZ"), token("cost", "cost", "VBN"), token("GM", "gm", "NNP"),
        token(".", ".", "."));
    assertThat(Terms.of(tokens)).containsExactly("strike", "cost", "gm");
  }
}
