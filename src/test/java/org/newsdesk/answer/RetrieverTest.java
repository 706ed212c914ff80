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
}
