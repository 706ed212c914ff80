package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.nlp.Sentence;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.nlp.Token;

class TokenCodecTest {

  @Test
  void decode_encodedAnnotatedSentence_returnsEqualTokens() {
    String text = "The strike has cost GM more than $1 billion since September 16.";
    Sentence s = SharedPipeline.get().annotate(text).get(0);
    List<Token> decoded = TokenCodec.decode(TokenCodec.encode(s.tokens()), s.text());
    assertThat(decoded).isEqualTo(s.tokens());
    assertThat(decoded).extracting(Token::ner).contains("O", "MONEY", "DATE");
    assertThat(decoded).filteredOn(t -> t.word().equals("the")).isEmpty();
  }

  @Test
  void decode_emptyValue_returnsNoTokens() {
    assertThat(TokenCodec.decode("", "Anything.")).isEmpty();
  }

  @Test
  void encode_separatorsInsideFields_areReplacedSoTheValueStillDecodes() {
    Token odd = new Token("a b", "a\tb", "NN", "MISC\nX", "v\t1", 0, 3);
    List<Token> decoded = TokenCodec.decode(TokenCodec.encode(List.of(odd)), "a b");
    assertThat(decoded).containsExactly(new Token("a b", "a b", "NN", "MISC X", "v 1", 0, 3));
  }

  @Test
  void decode_recordWithWrongFieldCount_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> TokenCodec.decode("strike\tNN\t\t\t0\n", "strike"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corrupt token record");
  }

  @Test
  void decode_nonNumericOffset_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> TokenCodec.decode("strike\tNN\t\t\tzero\t6\n", "strike"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decode_offsetsOutsideTheSentence_throwIllegalArgumentException() {
    assertThatThrownBy(() -> TokenCodec.decode("strike\tNN\t\t\t0\t60\n", "strike"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside sentence");
    assertThatThrownBy(() -> TokenCodec.decode("strike\tNN\t\t\t4\t2\n", "strike"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
