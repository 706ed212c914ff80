package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {

  private static final Lexicon LEXICON = SharedLexicon.get();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      automaker,  ORGANIZATION
      company,    ORGANIZATION
      city,       LOCATION
      negotiator, PERSON
      country,    LOCATION
      nation,     LOCATION
      government, ORGANIZATION
      """)
  void classOf_focusNoun_givesItsAnswerType(String noun, AnswerType type) {
    assertThat(LEXICON.classOf(noun)).contains(type);
  }

  @ParameterizedTest(name = "{0} outside {1}: {2}")
  @CsvSource(textBlock = """
      Port Vila,        australia, true
      Canberra,         australia, false
      Lyon,             france,    false
      Cosenza,          calabria,  false
      Singapore Strait, malaysia,  false
      """)
  void liesOutside_knownPlaceOnlyWhenNoneOfItsContainersIsTheRegion(String place, String region, boolean outside) {
    assertThat(LEXICON.liesOutside(place, java.util.Set.of(region))).isEqualTo(outside);
  }

  @Test
  void classOf_unknownWord_isEmpty() {
    assertThat(LEXICON.classOf("qwertyuiop")).isEmpty();
  }

  @ParameterizedTest(name = "{0} is a {1}: {2}")
  @CsvSource(textBlock = """
      banana, fruit, true
      banana, city,  false
      Kigali, city,  true
      worker, person, true
      plant,  person, false
      qwerty, fruit, false
      """)
  void isA_followsWordNetHypernyms(String noun, String focus, boolean expected) {
    assertThat(LEXICON.isA(noun, focus)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(textBlock = """
      automaker, carmaker
      deal,      bargain
      job,       occupation
      """)
  void synonyms_noun_areSingleWordsWithoutTheLemma(String lemma, String synonym) {
    assertThat(LEXICON.synonyms(lemma, Lexicon.WordClass.NOUN)).contains(synonym).doesNotContain(lemma)
        .hasSizeLessThanOrEqualTo(6)
        .allSatisfy(s -> assertThat(s).doesNotContain(" "));
  }

  @Test
  void synonyms_rarerSense_countsWhenItIsTheOtherWordsCommonOne() {
    // "rider" means a horseman first; its third sense {passenger, rider} is the first of "passenger".
    assertThat(LEXICON.synonyms("rider", Lexicon.WordClass.NOUN)).contains("passenger");
    assertThat(LEXICON.synonyms("passenger", Lexicon.WordClass.NOUN)).contains("rider");
  }

  @Test
  void synonyms_adjective_areAdjectivesNotTheNounsSpelledAlike() {
    assertThat(LEXICON.synonyms("normal", Lexicon.WordClass.ADJECTIVE)).doesNotContain("convention", "pattern");
    assertThat(LEXICON.synonyms("huge", Lexicon.WordClass.ADJECTIVE)).contains("vast", "large");
    assertThat(LEXICON.synonyms("annual", Lexicon.WordClass.ADJECTIVE)).contains("yearly");
  }

  @Test
  void synonyms_headAdjective_leavesOutItsManyShades() {
    // "large" is similar to dozens of adjectives from "ample" to "whopping"; none of them is a synonym.
    assertThat(LEXICON.synonyms("large", Lexicon.WordClass.ADJECTIVE)).doesNotContain("ample", "astronomic")
        .hasSizeLessThanOrEqualTo(4);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      found,  founder
      win,    winner
      invest, investor
      own,    owner
      """)
  void synonyms_verb_includeItsAgentNoun(String verb, String agent) {
    assertThat(LEXICON.synonyms(verb, Lexicon.WordClass.VERB)).contains(agent);
  }

  @Test
  void synonyms_verb_leaveOutDerivedNounsThatAreNotAgents() {
    assertThat(LEXICON.synonyms("invest", Lexicon.WordClass.VERB)).doesNotContain("investment", "investing");
    assertThat(LEXICON.synonyms("player", Lexicon.WordClass.NOUN)).doesNotContain("play");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      mexican, mexico
      dutch,   netherlands
      hourly,  hour
      selling, sell
      buyer,   buy
      """)
  void relatives_areTheWordsItPertainsToOrDerivesFrom(String lemma, String relative) {
    assertThat(LEXICON.relatives(lemma)).contains(relative).doesNotContain(lemma);
  }

  @Test
  void relatives_leaveOutDerivationsWithAnotherStem() {
    // WordNet derives "flight" from "flee", a sense no news question about flights means.
    assertThat(LEXICON.relatives("flight")).doesNotContain("flee");
  }

  @Test
  void isNoun_knowsWordsAndFamousNamesButNotInventedOnes() {
    assertThat(LEXICON.isNoun("capital")).isTrue();
    assertThat(LEXICON.isNoun("China")).isTrue();
    assertThat(LEXICON.isNoun("New York")).isTrue();
    assertThat(LEXICON.isNoun("Halvorsen Motors")).isFalse();
  }

  @Test
  void synonyms_unknownWord_isEmpty() {
    assertThat(LEXICON.synonyms("qwertyuiop", Lexicon.WordClass.VERB)).isEmpty();
  }

  @Test
  void isWord_tellsWordsFromTypos() {
    assertThat(LEXICON.isWord("strike")).isTrue();
    assertThat(LEXICON.isWord("mny")).isFalse();
  }
}
