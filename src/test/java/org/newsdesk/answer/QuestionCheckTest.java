package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.answer.QuestionCheck.Refusal;

class QuestionCheckTest {

  private final QuestionCheck check = new QuestionCheck(20);

  @Test
  void clean_controlCharactersAndLineBreaks_becomeSingleSpaces() {
    assertThat(QuestionCheck.clean("Who\u0000won\u0007 the\tvote?\r\n\u0085")).isEqualTo("Who won the vote?");
  }

  @Test
  void clean_terminalEscapeSequences_areRemovedWhole() {
    assertThat(QuestionCheck.clean("\u001b[31mWho\u001b[0m won?\u001b]0;title\u0007 \u009b2J"))
        .isEqualTo("Who won?");
  }

  @Test
  void clean_bidirectionalOverridesAndZeroWidthCharacters_areDropped() {
    assertThat(QuestionCheck.clean("\u202eWho\u200b won\u2066?\u2069\ufeff\u200e\u061c")).isEqualTo("Who won?");
  }

  @Test
  void clean_rightToLeftTextAndEmojiSequences_areKept() {
    String arabic = "من هو كبير المفاوضين؟";
    String family = "👨\u200d👩\u200d👧";

    assertThat(QuestionCheck.clean(arabic)).isEqualTo(arabic);
    assertThat(QuestionCheck.clean(family)).isEqualTo(family);
  }

  @Test
  void clean_loneSurrogatesAndNull_areDropped() {
    assertThat(QuestionCheck.clean("Who\ud800 won?\udc00")).isEqualTo("Who won?");
    assertThat(QuestionCheck.clean(null)).isEmpty();
  }

  @Test
  void clean_decomposedAccents_areComposed() {
    assertThat(QuestionCheck.clean("Who is Jose\u0301?")).isEqualTo("Who is José?");
  }

  @Test
  void length_countsAnEmojiAsOneCharacter() {
    assertThat(QuestionCheck.length("ok 😀")).isEqualTo(4);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "?!", "😀🔥", "*", "~", "\\", "the", "What?", "what's it about?", "Hello bot, thanks",
      "Is it?"})
  void refusal_nothingToLookUp_isNotAQuestion(String question) {
    assertThat(check.refusal(question)).contains(Refusal.NOT_A_QUESTION);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"hey bot how's it going today", "hey hows it going today", "whats up bot", "How are you?",
      "how r u", "Who are you?",
      "what can you do", "Good night bot!", "Write a short poem about autumn rain.",
      "write a short poem about autumn rain pls", "can you tell me a joke about penguins", "Compose a song for me",
      "hey, give me a recipe for banana bread", "Draw a picture of the flood", "hey bot, good morning how are you",
      "Write a Python function that reverses a string.", "can u give me python code to sort a list, ur the best",
      "Can you write a JavaScript function that sorts an array of numbers?", "can u write a bash script that renames"
      + " all my jpg files", "write some code to reverse a list"})
  void refusal_smallTalkOrARequestToMakeSomethingUp_isNotAQuestion(String question) {
    assertThat(new QuestionCheck(500).refusal(question)).contains(Refusal.NOT_A_QUESTION);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"how are things in Gaza?", "how are you going to vote", "what's new in the port strike",
      "tell me the story of the Lisbon heist", "who wrote the poem read at the funeral", "what is the joke about",
      "how did the song contest end", "Who are you voting for, Ms Mertens?", "who wrote the code that failed",
      "what does the new programme cost", "give the postcode of the flooded street", "how much is the programme worth"})
  void refusal_smallTalkWordsInAQuestionAboutTheArticles_isAnswered(String question) {
    assertThat(new QuestionCheck(500).refusal(question)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Who won?", "What is WHO?", "Where is the US?", "title:x AND (", "1' OR '1'='1",
      "من هو؟"})
  void refusal_aTopicToLookUp_isAnswered(String question) {
    assertThat(check.refusal(question)).isEmpty();
  }

  @Test
  void refusal_overTheLimit_isTooLong_countingCharactersNotUnits() {
    assertThat(check.refusal("Who won the vote in 2024?")).contains(Refusal.TOO_LONG);
    assertThat(check.refusal("Who won? " + "😀".repeat(11))).isEqualTo(Optional.empty());
  }

  @Test
  void refusal_codesAreThePromptNames() {
    assertThat(Refusal.NOT_A_QUESTION.code()).isEqualTo("not-a-question");
    assertThat(Refusal.TOO_LONG.code()).isEqualTo("too-long");
  }

  @Test
  void constructor_limitBelowOne_isRejected() {
    assertThatThrownBy(() -> new QuestionCheck(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("question.maxLength");
  }
}
