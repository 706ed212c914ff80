package org.newsdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AttributionTest {

  /** The speaker of each sentence of {@code text} (paragraphs separated by blank lines), as words. */
  private static List<String> speakers(String text) {
    List<Sentence> sentences = SharedPipeline.get().annotate(text);
    List<Integer> paragraphs = new ArrayList<>();
    for (Sentence s : sentences) {
      paragraphs.add(text.substring(0, s.begin()).split("\n\n", -1).length - 1);
    }
    return Attribution.speakers(sentences, paragraphs).stream()
        .map(tokens -> tokens.stream().map(Token::word).collect(Collectors.joining(" ")))
        .toList();
  }

  @Test
  void speakers_quotationContinuedAfterItsAttribution_sharesTheSpeaker() {
    List<String> out = speakers("\"Patient safety is our first priority,\" Lars Gaardhoj, chairman of the Capital "
        + "Region, told a news conference. \"Our staff are working with pen and paper.\"");

    assertThat(out).containsExactly("Lars Gaardhoj , chairman of the Capital Region",
        "Lars Gaardhoj , chairman of the Capital Region");
  }

  @Test
  void speakers_quotationSplitIntoSentences_takesTheSpeakerNamedAtItsEnd() {
    List<String> out = speakers("Maria Lopez lost the final on Sunday. \"She was the better player. She deserved "
        + "it,\" said Lopez, 33.");

    assertThat(out).containsExactly("", "Lopez", "Lopez");
  }

  @Test
  void speakers_pronoun_standsForTheLastPersonNamedOutsideTheQuotation() {
    List<String> out = speakers("Maria Lopez was gracious in defeat. \"Anna Petrova was the better player,\" she "
        + "told reporters.");

    assertThat(out.get(1)).isEqualTo("Maria Lopez");
  }

  @Test
  void speakers_indirectSpeech_namesTheSubjectNotTheReportedClause() {
    List<String> out = speakers("Chief Executive Annika Berg said the airline could not afford the demands. "
        + "The company said in a statement it would appeal.");

    assertThat(out).containsExactly("Chief Executive Annika Berg", "company");
  }

  @Test
  void speakers_listenerOfTold_isNotTheSpeaker() {
    List<String> out = speakers("The judge told Mark Trowbridge that he had betrayed his customers.");

    assertThat(out.get(0)).doesNotContain("Trowbridge");
  }

  @Test
  void speakers_unattributedQuotationInANewParagraph_afterAClosedOne_continuesIt() {
    List<String> out = speakers("\"We will appeal,\" said Tom Baker, the union's president.\n\n"
        + "\"This is not over.\"\n\nThe ruling takes effect in March.");

    assertThat(out).containsExactly("Tom Baker , the union 's president", "Tom Baker , the union 's president", "");
  }

  @Test
  void speakers_longApposition_isTheSpeakersWholeDescription() {
    List<String> out = speakers("\"Orrin is late to this party,\" said Paula Reyes, a vice president at research "
        + "firm Canalys. Foldables are a small market.");

    assertThat(out).containsExactly("Paula Reyes , a vice president at research firm Canalys", "");
  }

  @Test
  void speakers_sentenceWithoutSpeech_hasNoSpeaker() {
    assertThat(speakers("The bridge opened in 1932. It carries 160,000 vehicles a day.")).containsExactly("", "");
  }

  @Test
  void speakers_listsOfDifferentSizes_areRejected() {
    assertThatThrownBy(() -> Attribution.speakers(List.of(), List.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 sentences but 1 paragraphs");
  }
}
