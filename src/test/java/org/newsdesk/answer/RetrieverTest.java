package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetrieverTest extends AnswererTestBase {

  @Test
  void retrieve_realWordTheArticlesNeverUse_isUnknownNotMatchedFuzzily() {
    Retrieval r = desk.answerer().score("tell me a joke about the ferry").retrieval();

    assertThat(r.fuzzy()).doesNotContain("joke");
    assertThat(r.unknown()).contains("joke");
  }

  @Test
  void retrieve_misspelledWord_isMatchedFuzzily() {
    Retrieval r = desk.answerer().score("How many pasengers were stranded in Dover?").retrieval();

    assertThat(r.fuzzy()).contains("pasenger");
    assertThat(r.unknown()).doesNotContain("pasenger");
  }

  @Test
  void retrieve_nameTypedInLowerCase_isSearchedAsTyped() {
    // Tagged as a plural noun, "hastings" has the lemma "hasting", which no article uses.
    Retrieval r = desk.answerer().score("how many homes did cyclone nadia flood near hastings").retrieval();

    assertThat(r.expansions().get("hasting")).contains("hastings");
    assertThat(r.unknown()).isEmpty();
    assertThat(r.passages().get(0).articleId()).isEqualTo("cyclone-nadia");
    assertThat(r.passages().get(0).sentenceIndex()).isZero();
  }

  @Test
  void retrieve_adjectiveTheArticlesNeverUse_findsTheNounItPertainsTo() {
    Retrieval r = desk.answerer().score("What share of Halvorsen's cars are Mexican?").retrieval();

    assertThat(r.expansions().get("mexican")).contains("mexico");
    assertThat(r.unknown()).doesNotContain("mexican");
    assertThat(r.passages().get(0).articleId()).isEqualTo("halvorsen-strike");
    assertThat(r.passages().get(0).sentenceIndex()).isEqualTo(5);
  }

  @Test
  void retrieve_wordOnlyATitleUses_isSearchedAndKnown() {
    // Only the title of the trade-talks article says "African"; its text names the cities.
    Retrieval r = desk.answerer().score("Where will the African trade talks be held?").retrieval();

    assertThat(r.unknown()).doesNotContain("african");
    assertThat(r.passages().get(0).articleId()).isEqualTo("trade-talks");
    assertThat(r.passages().get(0).sentenceIndex()).isZero();
  }
}
