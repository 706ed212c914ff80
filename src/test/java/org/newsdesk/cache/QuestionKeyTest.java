package org.newsdesk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.answer.HostileQuestion;

class QuestionKeyTest {

  @ParameterizedTest(name = "\"{0}\" = \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Who is GM's chief executive?|who is gm's chief executive",
      "Who is GM's chief executive?|  Who   is GM’s chief   executive ?!",
      "Who is GM's chief executive?|hey bot, who is GM's chief executive?",
      "Who is GM's chief executive?|Hi there! Who is GM's chief executive? Thanks",
      "Who is GM's chief executive?|@newsdesk_bot who is GM's chief executive please",
      "Who is GM's chief executive?|can you tell me who is GM's chief executive",
      "Who is GM's chief executive?|Who is the chief executive GM?",
      "Who's the UAW's top negotiator?|who is the UAW top negotiator",
      "How many workers are on strike?|How many workers are on strike",
      "When did the strike begin?|Good morning, when did the strike begin?",
      "Why didn't the talks work?|why did not the talks work",
      "How much was the $3.8 billion figure?|how much was the $ 3.8 billion figure",
  })
  void of_triviallyDifferentPhrasings_shareKey(String first, String second) {
    assertThat(QuestionKey.of(second)).isEqualTo(QuestionKey.of(first));
  }

  @ParameterizedTest(name = "\"{0}\" != \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Who signed the deal?|When was the deal signed?",
      "Who signed the deal?|When signed the deal?",
      "Where did the strike begin?|When did the strike begin?",
      "Did the union accept the offer?|Did the union not accept the offer?",
      "Did the union accept the offer?|Didn't the union accept the offer?",
      "How many flights from Paris to London?|How many flights from London to Paris?",
      "How much did it cost?|How many did it cost?",
      "Who won in 2021?|Who won in 2022?",
      "How much is 3.8 billion?|How much is 38 billion?",
      "Who is GM's chief executive?|Who is Ford's chief executive?",
  })
  void of_differentQuestions_differentKeys(String first, String second) {
    assertThat(QuestionKey.of(second)).isNotEqualTo(QuestionKey.of(first));
  }

  @Test
  void of_punctuationOnly_isEmpty() {
    assertThat(QuestionKey.of("?!  ...")).isEmpty();
    assertThat(QuestionKey.of(null)).isEmpty();
  }

  @Test
  void of_greetingAlone_isKeptSoItIsNotEmpty() {
    assertThat(QuestionKey.of("hello")).isEqualTo("hello");
    assertThat(QuestionKey.of("hey bot!")).isEqualTo("bot");
  }

  @Test
  void of_questionWordsAndNegation_keepTheirPlaceAmongSortedContentWords() {
    assertThat(QuestionKey.of("Why didn't GM's top negotiator sign?")).isEqualTo("why did not gm negotiator sign top");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileQuestion.class)
  void of_hostileQuestionAsTyped_isWordsAndSpacesOnly(HostileQuestion hostile) {
    assertThat(QuestionKey.of(hostile.text())).matches("[\\p{L}\\p{M}\\p{N}'.,$%€£ ]*");
  }

  @Test
  void of_controlCharactersAndOverrides_doNotChangeTheKey() {
    assertThat(QuestionKey.of(HostileQuestion.CONTROL_CHARACTERS.text()))
        .isEqualTo(QuestionKey.of(HostileQuestion.PLAIN));
    assertThat(QuestionKey.of(HostileQuestion.BIDI_OVERRIDE_CHARACTERS.text()))
        .isEqualTo(QuestionKey.of(HostileQuestion.PLAIN));
  }
}
