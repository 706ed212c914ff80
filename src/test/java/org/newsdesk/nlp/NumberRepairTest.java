package org.newsdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberRepairTest {

  /** Tokens of space-separated "word/pos/ner" triples, with offsets as if joined by single spaces. */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String triple : tagged.split(" ")) {
      String[] parts = triple.split("/");
      out.add(new Token(parts[0], parts[0].toLowerCase(), parts[1], parts[2], null, at, at + parts[0].length()));
      at += parts[0].length() + 1;
    }
    return out;
  }

  @Test
  void repair_numberGluedToItsUnit_isSplitIntoANumberAndItsUnit() {
    List<Token> out = NumberRepair.repair(tokens("about/IN/O 180C/NNP/O ,/,/O"));

    assertThat(out).extracting(Token::word).containsExactly("about", "180", "C", ",");
    assertThat(out.get(1)).extracting(Token::ner, Token::normalized, Token::begin, Token::end)
        .containsExactly("NUMBER", "180.0", 6, 9);
    assertThat(out.get(2)).extracting(Token::ner, Token::begin, Token::end).containsExactly("O", 9, 10);
  }

  @Test
  void repair_unitGluedToANumberTheTaggerSaw_isSplitOffToo() {
    List<Token> out = NumberRepair.repair(tokens("at/IN/O 250km/CD/NUMBER ,/,/O"));

    assertThat(out).extracting(Token::word).containsExactly("at", "250", "km", ",");
    assertThat(out).extracting(Token::ner).containsExactly("O", "NUMBER", "O", "O");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4G/NN/O", "3D/NN/O", "1990s/NNS/DATE", "2nd/NN/O", "10am/NN/O", "250/CD/NUMBER"})
  void repair_lettersAfterDigitsThatAreNoUnit_areLeftAlone(String tagged) {
    List<Token> in = tokens(tagged);

    assertThat(NumberRepair.repair(in)).isEqualTo(in);
  }

  @Test
  void repair_currencyTaggedWithoutItsNumber_takesTheNumberAfterIt() {
    List<Token> out = NumberRepair.repair(tokens("about/RB/O $/$/MONEY US/NNP/MONEY 19,000/CD/NUMBER a/DT/O"));

    assertThat(out).extracting(Token::ner).containsExactly("O", "MONEY", "MONEY", "MONEY", "O");
  }

  @Test
  void repair_sumFollowedByANumber_keepsTheNumberApart() {
    List<Token> out = NumberRepair.repair(tokens("$/$/MONEY 5/CD/MONEY 12/CD/NUMBER"));

    assertThat(out).extracting(Token::ner).containsExactly("MONEY", "MONEY", "NUMBER");
  }

  @Test
  void repair_hourWithAmOrPmLeftANumber_isATimeOfDay() {
    List<Token> out = NumberRepair.repair(tokens("at/IN/O 6/CD/NUMBER pm/NN/O ,/,/O"));

    assertThat(out).extracting(Token::ner).containsExactly("O", "TIME", "TIME", "O");
    assertThat(out.get(1).normalized()).isEqualTo("6:00pm");
  }

  @Test
  void repair_britishClockTimeWithAPoint_isATimeOfDay() {
    List<Token> out = NumberRepair.repair(tokens("about/RB/O 11.50/CD/NUMBER pm/NN/O on/IN/O"));

    assertThat(out).extracting(Token::ner).containsExactly("O", "TIME", "TIME", "O");
    assertThat(out.get(1).normalized()).isEqualTo("11:50pm");
  }

  @Test
  void repair_timeZoneAfterATime_joinsTheTime() {
    List<Token> out = NumberRepair.repair(tokens("(/-LRB-/O 03:00/CD/TIME GMT/NNP/O )/-RRB-/O"));

    assertThat(out).extracting(Token::ner).containsExactly("O", "TIME", "TIME", "O");
  }

  @ParameterizedTest
  @ValueSource(strings = {"to/TO/O six/CD/NUMBER and/CC/O a/DT/O half/NN/O years/NNS/O in/IN/O",
      "to/TO/O a/DT/O year/NN/O and/CC/O a/DT/O half/NN/O in/IN/O"})
  void repair_lengthWithAHalf_isADuration(String tagged) {
    List<Token> out = NumberRepair.repair(tokens(tagged));

    assertThat(out).extracting(Token::ner).containsExactly("O", "DURATION", "DURATION", "DURATION", "DURATION",
        "DURATION", "O");
  }

  @Test
  void repair_halfOfSomethingElse_isLeftAlone() {
    List<Token> in = tokens("two/CD/NUMBER and/CC/O a/DT/O half/NN/O pages/NNS/O");

    assertThat(NumberRepair.repair(in)).isEqualTo(in);
  }

  @Test
  void repair_digitsWithAnOrdinalSuffixReadAsANumber_rank() {
    List<Token> out = NumberRepair.repair(tokens("ranked/VBD/O 149th/CD/NUMBER out/IN/O"));

    assertThat(out.get(1)).extracting(Token::ner, Token::normalized).containsExactly("ORDINAL", "149.0");
  }

  @Test
  void repair_capitalizedNumberWordTakenForAnAdjective_isANumber() {
    List<Token> out = NumberRepair.repair(tokens("Seventeen/JJ/O African/JJ/O countries/NNS/O"));

    assertThat(out.get(0)).extracting(Token::pos, Token::ner, Token::normalized)
        .containsExactly("CD", "NUMBER", "17.0");
    assertThat(out.get(1).ner()).isEqualTo("O");
  }

  @Test
  void repair_durationWithoutAUnitOfTime_isANumber() {
    List<Token> out = NumberRepair.repair(tokens(
        "a/DT/O 5,000/CD/DURATION -/HYPH/DURATION strong/JJ/DURATION force/NN/O within/IN/O 14/CD/DURATION "
            + "days/NNS/DURATION"));

    assertThat(out).extracting(Token::ner).containsExactly("O", "NUMBER", "NUMBER", "NUMBER", "O", "O", "DURATION",
        "DURATION");
    assertThat(out.get(1).normalized()).isEqualTo("5000.0");
  }

  @Test
  void repair_lowEndOfARangeOfDurations_staysADuration() {
    List<Token> in = tokens("between/IN/O 10/CD/DURATION and/CC/O 14/CD/DURATION days/NNS/DURATION");

    assertThat(NumberRepair.repair(in)).isEqualTo(in);
  }

  @Test
  void repair_moneyCountedInTonnes_isANumberAndInPerCentAPercentage() {
    List<Token> out = NumberRepair.repair(tokens(
        "export/VB/O 2/CD/MONEY million/CD/MONEY tonnes/NNS/MONEY for/IN/O 12/CD/MONEY per/IN/MONEY cent/NN/MONEY "
            + "or/CC/O 5/CD/MONEY pounds/NNS/MONEY"));

    assertThat(out).extracting(Token::ner).containsExactly("O", "NUMBER", "NUMBER", "NUMBER", "O", "PERCENT",
        "PERCENT", "PERCENT", "O", "MONEY", "MONEY");
  }

  @Test
  void annotate_tonnesOfWheat_areNoSumOfMoney() {
    Sentence s = SharedPipeline.get().annotate(
        "The country will export 2 million tonnes of wheat to Egypt over three years.").get(0);

    assertThat(s.tokens()).filteredOn(t -> t.word().equals("tonnes")).extracting(Token::ner).doesNotContain("MONEY");
  }

  @Test
  void repair_rangeOfDurationsWithoutAUnitOfTime_isARangeOfNumbers() {
    List<Token> out = NumberRepair.repair(tokens("voted/VBD/O 193/CD/DURATION to/IN/O 87/CD/DURATION in/IN/O favour/NN/O"));

    assertThat(out).extracting(Token::ner).containsExactly("O", "NUMBER", "O", "NUMBER", "O", "O");
  }

  @Test
  void repair_codeOfLettersAndDigits_isAProperNoun() {
    List<Token> out = NumberRepair.repair(tokens("the/DT/O Q9/NN/O chip/NN/O"));

    assertThat(out).extracting(Token::pos).containsExactly("DT", "NNP", "NN");
  }

  @Test
  void annotate_numberGluedToItsUnit_isTaggedAsANumber() {
    Sentence s = SharedPipeline.get().annotate("The surface is about 180C, too hot for water.").get(0);

    assertThat(s.tokens()).extracting(Token::word, Token::ner).contains(
        tuple("180", "NUMBER"), tuple("C", "O"));
  }

  @Test
  void annotate_sumWithAnAbbreviatedMultiplier_takesTheMultiplier() {
    Sentence s = SharedPipeline.get().annotate("Regulators fined the lender €9.4mn on Tuesday.").get(0);

    assertThat(s.mentions()).filteredOn(m -> m.type().equals("MONEY"))
        .extracting(m -> s.span(m.tokenBegin(), m.tokenEnd()), Mention::normalized)
        .containsExactly(tuple("€9.4mn", "€9400000.0"));
  }

  @Test
  void annotate_numberBeforeACurrencyTaggedAsMoneyWorthNothing_isOneSum() {
    Sentence s = SharedPipeline.get().annotate("Farmers who take part will receive a one-off payment of 400,000 CFA "
        + "francs ($715) for each hectare uprooted.").get(0);

    assertThat(s.mentions()).filteredOn(m -> m.type().equals("MONEY"))
        .extracting(m -> s.span(m.tokenBegin(), m.tokenEnd()), Mention::normalized)
        .contains(tuple("400,000 CFA francs", "$400000.0"));
  }

  @Test
  void repair_multiplierAfterASpace_isLeftAlone() {
    List<Token> in = tokens("paid/VBD/O $/$/MONEY 5/CD/MONEY m/NN/O");

    assertThat(NumberRepair.repair(in)).extracting(Token::ner).containsExactly("O", "MONEY", "MONEY", "O");
  }

  @Test
  void repair_numberThenPerCent_isAPercentageValuedAsTheTaggerValuesOne() {
    List<Token> out = NumberRepair.repair(tokens("fell/VBD/O 7.8/CD/NUMBER per/IN/O cent/NN/O in/IN/O May/NNP/DATE"));

    assertThat(out).extracting(Token::ner).containsExactly("O", "PERCENT", "PERCENT", "PERCENT", "O", "DATE");
  }

  @Test
  void annotate_approximatePerCent_isAnApproximatePercentage() {
    Sentence s = SharedPipeline.get().annotate("About 38 per cent of the coral turned white.").get(0);

    assertThat(s.mentions()).extracting(Mention::type, Mention::normalized).containsExactly(tuple("PERCENT", "~%38.0"));
  }

  @Test
  void repair_hyphenedNumberWordAfterACount_endsTheCount() {
    List<Token> out = NumberRepair.repair(tokens(
        "carried/VBD/O 610,000/CD/NUMBER twenty/CD/NUMBER -/HYPH/NUMBER foot/NN/NUMBER units/NNS/O"));

    assertThat(out).extracting(Token::ner).containsExactly("O", "NUMBER", "O", "O", "O", "O");
  }

  @Test
  void repair_hyphenedNumberWordAlone_staysANumber() {
    List<Token> in = tokens("a/DT/O four/CD/NUMBER -/HYPH/NUMBER minute/NN/NUMBER raid/NN/O");

    assertThat(NumberRepair.repair(in)).isEqualTo(in);
  }

  @Test
  void annotate_hoursMinutesAndSeconds_areATimeTaken() {
    Sentence s = SharedPipeline.get().annotate("Rono won the marathon in 2:07:41, a course record.").get(0);

    assertThat(s.mentions()).extracting(Mention::type, Mention::normalized)
        .contains(tuple("DURATION", "PT2H7M41S"));
  }

  @Test
  void annotate_hoursMinutesAndSecondsBeforePm_areATimeOfDay() {
    Sentence s = SharedPipeline.get().annotate("The yacht crossed the finish line at 10:41:17pm on Saturday.").get(0);

    assertThat(s.mentions()).extracting(Mention::type, Mention::normalized).contains(tuple("TIME", "10:41:17pm"));
    assertThat(s.mentions()).extracting(Mention::type).doesNotContain("DURATION");
  }
}
