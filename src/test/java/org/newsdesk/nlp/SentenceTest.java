package org.newsdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {

  /** "Terry Dittes met Gary Jones on September 16 ." with hand-made tags. */
  private static Sentence sentence() {
    String[][] rows = {
        {"Terry", "NNP", "PERSON", null}, {"Dittes", "NNP", "PERSON", null}, {"met", "VBD", "O", null},
        {"Gary", "NNP", "PERSON", null}, {"Jones", "NNP", "PERSON", null}, {"on", "IN", "O", null},
        {"September", "NNP", "DATE", "****0916"}, {"16", "CD", "DATE", "****0916"}, {"2019", "CD", "DATE", "2019"},
        {".", ".", "O", null}};
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String[] r : rows) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(r[0]);
      tokens.add(new Token(r[0], r[0].toLowerCase(), r[1], r[2], r[3], begin, text.length()));
    }
    return new Sentence(text.toString(), 0, tokens);
  }

  @Test
  void mentions_adjacentTokensWithSameTag_formOneRunUntilTheNormalizedValueChanges() {
    Sentence s = sentence();
    assertThat(s.mentions()).containsExactly(new Mention("PERSON", null, 0, 2),
        new Mention("PERSON", null, 3, 5), new Mention("DATE", "****0916", 6, 8), new Mention("DATE", "2019", 8, 9));
  }

  @Test
  void span_tokenRange_returnsTheTextBetweenTheTokens() {
    assertThat(sentence().span(6, 9)).isEqualTo("September 16 2019");
    assertThatThrownBy(() -> sentence().span(3, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sentence().span(0, 11)).isInstanceOf(IllegalArgumentException.class);
  }
}
