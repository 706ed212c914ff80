package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.nlp.SharedPipeline;

class QuestionAnalyzerTest {

  private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(SharedPipeline.get(), SharedLexicon.get());

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Who leads the union?                             | WHO        | PERSON
      When did the strike begin?                       | WHEN       | DATE
      Where is the plant?                              | WHERE      | LOCATION
      where did man united finish in the league        | WHERE      | ORDINAL
      Where was she placed in the final standings?     | WHERE      | ORDINAL
      paraguay ranks where in the corruption index     | WHERE      | ORDINAL
      Where does the brewer rank among brewers by size? | WHERE     | ORDINAL
      How does the carmaker rank among Japanese automakers? | HOW | ORDINAL
      Where did the bank's shares finish on Friday?    | WHERE      | PERCENT
      Why did the workers strike?                      | WHY        | DESCRIPTION
      How did GM respond to the letter?                | HOW        | DESCRIPTION
      What did Dittes say?                             | WHAT       | DESCRIPTION
      Did GM close the plant?                          | YES_NO     | DESCRIPTION
      How long did the strike last?                    | HOW_LONG   | DURATION
      How much did the strike cost?                    | HOW_MUCH   | MONEY
      Tell me about the strike                         | IMPERATIVE | DESCRIPTION
      Reuters said the death toll had reached what number? | WHAT   | NUMBER
      A swarm eats as much food as how many people?    | HOW_MANY   | NUMBER
      Which firm supplied the software?                | WHICH      | ORGANIZATION
      Who bought the grocer?                           | WHO        | ORGANIZATION
      Who is the boss of the retailer trying to buy the grocer? | WHO | PERSON
      Who is in charge of the agency building the new capital? | WHO | PERSON
      How much Kenya's ministry has budgeted?          | HOW_MUCH   | MONEY
      the cocoa export duty was how much before the cut | HOW_MUCH  | MONEY
      In its March 12 story, through how many bank accounts was the money moved? | HOW_MANY | NUMBER
      Which stage of the Giro did the rider win?       | WHICH      | ORDINAL
      In which part of Seville was the painting found? | WHICH      | LOCATION
      How much did the watchmaker's stock lose on Monday? | HOW_MUCH | PERCENT
      What was the average wait for an ambulance?      | WHAT       | DURATION
      How much did the lender raise in its IPO?        | HOW_MUCH   | MONEY
      How much did the company raise prices?           | HOW_MUCH   | PERCENT
      How much will the government spend to expand monitoring? | HOW_MUCH | MONEY
      How much are prices expected to rise?            | HOW_MUCH   | PERCENT
      What credit did the telecom give each customer?  | WHAT       | MONEY
      What capital gain does the fund expect to book?  | WHAT       | MONEY
      asdf qwerty                                      | OTHER      | DESCRIPTION
      """)
  void analyze_questionWord_givesFormAndAnswerType(String question, QuestionForm form, AnswerType type) {
    Question q = ANALYZER.analyze(question);

    assertThat(List.of(q.form(), q.type())).containsExactly(form, type);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      What does one dose of the vaccine cost?                  | MONEY
      What did the unemployment rate climb to in May?          | PERCENT
      What did cocoa futures settle at on Thursday?            | NUMBER
      What did the bank cut rates to?                          | PERCENT
      What does the industry say the plan will lead to?        | DESCRIPTION
      how full was lake kariba on monday                       | PERCENT
      What does rhino horn sell for on the black market?       | MONEY
      What is the company's best-selling product called?      | ENTITY
      What did the scientists name the vent field?             | ENTITY
      What did the union call for?                             | DESCRIPTION
      What did the union leader call the offer?                | DESCRIPTION
      What did Chile's central bank lower its key rate to?     | PERCENT
      What will the city do about museum security?             | DESCRIPTION
      what is the company gonna do with the money              | DESCRIPTION
      What company will do the work?                           | ORGANIZATION
      What did the painting fetch at auction including fees?   | MONEY
      What did the ministry put the typhoon's farm losses at?  | MONEY
      what are the nurses demanding                            | DESCRIPTION
      What has the regulator done since the outage?            | DESCRIPTION
      What are farmers worried about?                          | DESCRIPTION
      What measures did the researchers recommend?             | DESCRIPTION
      What were the growers being paid per kilo?               | MONEY
      What was the minimum wage set at?                        | MONEY
      What will the minimum wage be from April?                | MONEY
      What is the storm threatening the coast called?          | ENTITY
      the team is ranked what in the world now                 | ORDINAL
      What are the nurses at the hospital in Leeds asking for? | DESCRIPTION
      What was the death toll from the ferry sinking?          | NUMBER
      """)
  void analyze_verbOrStrandedPreposition_asksForAQuantity(String question, AnswerType type) {
    assertThat(ANALYZER.analyze(question).type()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0} -> {1} {2} focus {3}")
  @CsvSource(delimiter = '|', textBlock = """
      How many workers went on strike?                 | HOW_MANY | NUMBER       | worker
      how many farmers supply westland milk            | HOW_MANY | NUMBER       | farmer
      how many of khangai's workers were laid off      | HOW_MANY | NUMBER       | worker
      How many of its planes did the airline ground?   | HOW_MANY | NUMBER       | plane
      How many weeks did the strike last?              | HOW_MANY | DURATION     | week
      How much money did GM lose?                      | HOW_MUCH | MONEY        | money
      What percentage of cars are built in Mexico?     | WHAT     | PERCENT      | percentage
      What share of sales does GM have?                | WHAT     | PERCENT      | share
      what % of adults back a four-day week            | WHAT     | PERCENT      | %
      how many hrs a week will civil servants work     | HOW_MANY | DURATION     | hour
      Give me the estimated size of the asteroid.      | OTHER    | NUMBER       | size
      Give me the name of the new species.             | OTHER    | ENTITY       | species
      List the three new cities Vayu will fly to.      | IMPERATIVE | LOCATION   | city
      Which automaker was hit by the strike?           | WHICH    | ORGANIZATION | automaker
      Which city hosts the talks?                      | WHICH    | LOCATION     | city
      Which country sends the most tourists?           | WHICH    | LOCATION     | country
      What is the dengue death toll this year?         | WHAT     | NUMBER       | toll
      What is the bridge toll for trucks?              | WHAT     | MONEY        | toll
      Which fruit is exported most?                    | WHICH    | ENTITY       | fruit
      What is the key issue?                           | WHAT     | ENTITY       | issue
      What is Halvorsen's net income?                  | WHAT     | MONEY        | income
      What year did the plant close?                   | WHAT     | DATE         | year
      What was the sea ice maximum extent this year?   | WHAT     | NUMBER       | extent
      What was Halvorsen's q3 net income?              | WHAT     | MONEY        | income
      What reason did the minister give for the cut?   | WHAT     | DESCRIPTION  | reason
      How much prize money does the champion get?      | HOW_MUCH | MONEY        | money
      How much water does each ship use?               | HOW_MUCH | NUMBER       | water
      How big a ransom did the hackers demand?         | HOW_MEASURE | MONEY     | ransom
      how big was the eu fine on marlo                 | HOW_MEASURE | MONEY     | fine
      How far from Earth is the planet?                | HOW_MEASURE | NUMBER    |
      How many Altavia AT-76 turboprops were grounded? | HOW_MANY | NUMBER       | turboprop
      What jail term can the offence carry?            | WHAT     | DURATION     | term
      ghana inflation in april                         | OTHER    | PERCENT      | inflation
      lithium carbonate price in china friday          | OTHER    | MONEY        | price
      cape town mayor name?                            | OTHER    | PERSON       | mayor
      the name of sunvera's managing director          | OTHER    | PERSON       | director
      port strike news                                 | OTHER    | DESCRIPTION  |
      deadline for the parliament to fix the law       | OTHER    | DATE         | deadline
      What was the lowest recorded number of tigers?   | WHAT     | NUMBER       | number
      What is the estimated surface temperature?       | WHAT     | NUMBER       | temperature
      Which of Halvorsen's snack brands grew fastest?  | WHICH    | ENTITY       | brand
      Of GM's Mexican exports, how many went to the US? | HOW_MANY | NUMBER      |
      whats the name of quantix's new ai chip          | WHAT     | ENTITY       | chip
      What were Clarvex's sales last year?             | WHAT     | MONEY        | sale
      What discount is the canal authority offering?   | WHAT     | PERCENT      | discount
      Where does the bank expect inflation to be by December? | WHERE | PERCENT    | inflation
      where did the unemployment rate end the year     | WHERE    | PERCENT      | rate
      Where was the deal signed?                       | WHERE    | LOCATION     |
      where will the agency set up a second rhino population | WHERE | LOCATION   |
      What was her winning time in Chicago?            | WHAT     | DURATION     | time
      What time did the ferry leave?                   | WHAT     | DATE         | time
      How did the rate committee vote?                 | HOW      | NUMBER       | vote
      How did the policy board split on the hike?      | HOW      | NUMBER       | split
      How did the union react?                         | HOW      | DESCRIPTION  |
      According to the Reuters report of March 11, how much did the strike cost? | HOW_MUCH | MONEY |
      According to the Guardian, roughly how many officers are searching? | HOW_MANY | NUMBER | officer
      According to Reuters on July 8, on roughly how many products were prices cut? | HOW_MANY | NUMBER | product
      When it issued its warning, as reported on March 5, how much had the chain spent on lowering prices? | HOW_MUCH | MONEY |
      What does a first-year doctor earn per hour, according to Dr Karimi? | WHAT | MONEY |
      What was the brewery deal valued at?             | WHAT     | MONEY        | deal
      How much fresh water would the mine use each second? | HOW_MUCH | NUMBER    | water
      How much rare-earth ore can the port ship each week? | HOW_MUCH | NUMBER    | ore
      How much of the seized cocaine was destroyed?    | HOW_MUCH | NUMBER       |
      How much of the prize money goes to the runner-up? | HOW_MUCH | MONEY      |
      How much did the largest nugget weigh?           | HOW_MUCH | NUMBER       |
      Which firm allegedly paid the official for the permit? | WHICH | ORGANIZATION | firm
      To what level did the central bank raise its policy rate? | WHAT | PERCENT | level
      What is the new daily limit on visitors?         | WHAT     | NUMBER       | limit
      What return did the pension fund make last year? | WHAT     | PERCENT      | return
      the council's deficit target for 2027            | OTHER    | NUMBER       | target
      what is the country's hydrogen production target for 2040 | WHAT | NUMBER  | target
      How quickly did the flood waters recede?         | HOW_LONG | DURATION     |
      What does the Pakistani spinning mill pay for a unit of gas? | WHAT | MONEY   |
      tell me what the federation president warned about the new law | WHAT | DESCRIPTION |
      what the price of a ticket is                    | WHAT     | MONEY        | price
      How much annual revenue does the unit bring in?  | HOW_MUCH | MONEY        | revenue
      whats the fine for driving into the old town without a permit | WHAT | MONEY | fine
      how long were the hand claws on the new dinosaur | HOW_LONG | NUMBER       | claw
      How long was the line of trucks outside the terminal? | HOW_LONG | NUMBER  | line
      how long was the network down for                | HOW_LONG | DURATION     |
      How long is the lander supposed to keep working? | HOW_LONG | DURATION     |
      How long is the player's contract?               | HOW_LONG | DURATION     |
      How long will the gas pipeline from the coast be? | HOW_LONG | NUMBER      | pipeline
      how long is the new power cable going to be      | HOW_LONG | NUMBER       | cable
      How long is the road network run by the operator? | HOW_LONG | NUMBER      | network
      How long is the crack that geologists found above the slope? | HOW_LONG | NUMBER | crack
      How long is the strike expected to last?         | HOW_LONG | DURATION     |
      How long is the up-run course from Durban?       | HOW_LONG | NUMBER       | course
      How long is the first phase of the new metro line? | HOW_LONG | NUMBER     | phase
      How long is the first phase of the strike?       | HOW_LONG | DURATION     |
      How long is the Karshi-Termez rail line that is being electrified? | HOW_LONG | NUMBER | line
      How long was the 10th stage from Barbastro?      | HOW_LONG | NUMBER       | stage
      How long was the first stage of the strike?      | HOW_LONG | DURATION     |
      whats the iditarod winning time this year        | WHAT     | DURATION     | time
      Which company making the chips was fined?        | WHICH    | ORGANIZATION | company
      What will the new electric arc furnace cost?     | WHAT     | MONEY        |
      what would the first pay offer have cost the government | WHAT | MONEY     |
      what did the analyst say about the company's cost plan | WHAT | DESCRIPTION |
      What were the stolen paintings insured for?      | WHAT     | MONEY        |
      How big is the country's social security reserve fund? | HOW_MEASURE | MONEY | fund
      What funeral payment did the government promise each family? | WHAT | MONEY | payment
      the driver who died in the derailment was how old | HOW_MEASURE | NUMBER  |
      In which city is the factory where the fire started? | WHICH | LOCATION     | city
      pls tell me how much denmark is paying farmers for the culled birds | HOW_MUCH | MONEY |
      What was the split among the judges in the land case? | WHAT | NUMBER    | split
      what odds was the melbourne cup winner           | WHAT     | NUMBER       | odds
      What was the singer's auction record before this sale? | WHAT | NUMBER    | record
      whats the estimated tonnage of ore in the deposit | WHAT    | NUMBER       | tonnage
      By what factor did the readings exceed the limit? | WHAT    | NUMBER       | factor
      What reward have police offered for the paintings? | WHAT   | MONEY        | reward
      what ranking will the player reach after the final | WHAT   | ORDINAL      | ranking
      What was average hotel occupancy on the coast in May? | WHAT | PERCENT     | occupancy
      what number is the airline among the country's licensed carriers | WHAT | ORDINAL | number
      What number total eclipse was it for the teacher? | WHAT    | ORDINAL      | eclipse
      What number of people were hurt?                 | WHAT     | NUMBER       | number
      where did the scottish boat place among the finishers | WHERE | ORDINAL    |
      What was the half-time score in the men's final? | WHAT     | NUMBER       | score
      How long is the main span of the new bridge?     | HOW_LONG | NUMBER       | span
      How long is the span of the strike?              | HOW_LONG | DURATION     |
      how much severance will the mill pay its workers | HOW_MUCH | MONEY        | severance
      How much does a farmer get for each hectare of trees cut down? | HOW_MUCH | MONEY |
      What save percentage did the goalkeeper have?    | WHAT     | PERCENT      | percentage
      What was the winning yacht's elapsed time?       | WHAT     | DURATION     | time
      What was the longest time any passenger spent stuck in the cabin? | WHAT | DURATION | time
      At what time did the title-winning goal go in?   | WHAT     | DATE         | time
      what time did the winner cross the finish line   | WHAT     | DATE         | time
      At what time did the semifinal match finish?     | WHAT     | DATE         | time
      how did the premier react after he lost the vote | HOW      | DESCRIPTION  |
      What time did the winner finish in?              | WHAT     | DURATION     | time
      How long is the city's new metro line?           | HOW_LONG | NUMBER       | line
      how old was maria lopez's son when he went missing | HOW_MEASURE | NUMBER  | son
      How old is the Bali health office's head of disease control? | HOW_MEASURE | NUMBER | head
      How large is the supplementary budget Akita's assembly approved? | HOW_MEASURE | NUMBER |
      """)
  void analyze_focusNoun_decidesAnswerType(String question, QuestionForm form, AnswerType type, String focus) {
    Question q = ANALYZER.analyze(question);

    assertThat(List.of(q.form(), q.type())).containsExactly(form, type);
    assertThat(q.focus()).isEqualTo(focus);
  }

  @Test
  void analyze_accordingTo_isNoKeywordButWhoseAccountIs() {
    assertThat(ANALYZER.analyze("According to Reuters, how many trains ran?").keywords())
        .contains("reuters", "train").doesNotContain("accord");
  }

  @Test
  void analyze_tellMeAbout_keywordsAreTheTopicOnly() {
    assertThat(ANALYZER.analyze("Tell me about the strike").keywords()).containsExactly("strike");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "who leads the union",
      "Who leads the union",
      "hey bot, who leads the union?",
      "Hello there! Who leads the union?",
      "@newsdesk_bot who leads the union?",
      "tell me who leads the union",
      "can you tell me who leads the union, please",
      "do you know who leads the union?"})
  void analyze_chatStyleWhoQuestion_cleansToTheSameQuestion(String asked) {
    Question q = ANALYZER.analyze(asked);

    assertThat(q.asked()).isEqualTo(asked);
    assertThat(q.text()).isEqualTo("Who leads the union?");
    assertThat(q.form()).isEqualTo(QuestionForm.WHO);
    assertThat(q.type()).isEqualTo(AnswerType.PERSON);
    assertThat(q.keywords()).containsExactly("lead", "union");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      hi! how many workers went on strike    | How many workers went on strike? | HOW_MANY | NUMBER       | worker
      can you tell me when the strike began  | When the strike began?           | WHEN     | DATE         |
      how mny jobs were cut?                 | How many jobs were cut?          | HOW_MANY | NUMBER       | job
      wich company makes trucks?             | Which company makes trucks?      | WHICH    | ORGANIZATION | company
      Hey, whenn did the strike begin        | When did the strike begin?       | WHEN     | DATE         |
      whos the fao locust officer            | Who is the fao locust officer?   | WHO      | PERSON       |
      how many kids r they vaccinating       | How many kids are they vaccinating? | HOW_MANY | NUMBER    | kid
      how many ppl went thru the gates       | How many people went through the gates? | HOW_MANY | NUMBER | person
      whos the chief exec of the bank        | Who is the chief executive of the bank? | WHO | PERSON      |
      whats the top speed of the trains      | What is the top speed of the trains? | WHAT | NUMBER       | speed
      waht did a weekend pass cost           | What did a weekend pass cost?    | WHAT     | MONEY        |
      """)
  void analyze_chatStyleOrTypo_cleansAndKeepsFormTypeAndFocus(String asked, String text, QuestionForm form,
                                                             AnswerType type, String focus) {
    Question q = ANALYZER.analyze(asked);

    assertThat(q.text()).isEqualTo(text);
    assertThat(List.of(q.form(), q.type())).containsExactly(form, type);
    assertThat(q.focus()).isEqualTo(focus);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"who won the mens final", "who won the womens final", "when is the childrens festival"})
  void analyze_irregularPluralWithoutApostrophe_isAPossessiveWithTheSingularLemma(String asked) {
    Question q = ANALYZER.analyze(asked);

    assertThat(q.text()).containsIgnoringCase("en's ");
    assertThat(q.keywords()).containsAnyOf("man", "woman", "child").doesNotContain("men", "women", "children");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Who builds the r-series trucks?", "What did U Thant say?", "How much did Yr Wyddfa cost?"})
  void analyze_shorthandInsideANameOrCapitalized_isLeftAsTyped(String asked) {
    assertThat(ANALYZER.analyze(asked).text()).isEqualTo(asked);
  }


  @Test
  void analyze_typoMissingAVowel_becomesTheWordWithThatVowel() {
    assertThat(ANALYZER.analyze("whn did the strike begin").text()).isEqualTo("When did the strike begin?");
  }

  @Test
  void analyze_realWordNearAQuestionWord_isLeftAlone() {
    Question q = ANALYZER.analyze("Did any workers go back?");

    assertThat(q.text()).isEqualTo("Did any workers go back?");
    assertThat(q.form()).isEqualTo(QuestionForm.YES_NO);
  }

  @Test
  void analyze_keywords_areLemmasWithoutQuestionWords() {
    Question q = ANALYZER.analyze("How many workers went on strike at Halvorsen?");

    assertThat(q.keywords()).containsExactly("worker", "go", "strike", "halvorsen")
        .doesNotContain("how", "many");
  }

  @Test
  void analyze_calendarNounAskingForADate_isTheFocusButNoKeyword() {
    Question q = ANALYZER.analyze("On what date will Chile's new president take office?");

    assertThat(q.focus()).isEqualTo("date");
    assertThat(q.keywords()).contains("president", "office").doesNotContain("date");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      At what time did the ferry overturn?  | time | overturn
      the fire started around what time     | time | fire
      """)
  void analyze_whatTime_theClockNounIsNoKeyword(String question, String noun, String keyword) {
    Question q = ANALYZER.analyze(question);

    assertThat(q.focus()).isEqualTo(noun);
    assertThat(q.keywords()).contains(keyword).doesNotContain(noun);
  }

  @Test
  void analyze_initialsThatSpellAFunctionWord_areAKeyword() {
    assertThat(ANALYZER.analyze("What share of INTO members backed the deal?").keywords()).contains("into");
    assertThat(ANALYZER.analyze("WHO LEADS THE UNION").keywords()).containsExactly("lead", "union");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "   ", "\t\n", "😀😀", "?!", "what?", "the"})
  void analyze_nothingSearchable_givesQuestionWithoutKeywords(String asked) {
    Question q = ANALYZER.analyze(asked);

    assertThat(q.hasKeywords()).isFalse();
    assertThat(q.asked()).isEqualTo(asked);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"how", "how many", "which", "who who who", "what's the", "!!!???", "@newsdesk_bot",
      "hey bot", "a\u0000b\u0007c", "ｗｈｏ ｌｅａｄｓ？"})
  void analyze_oddInput_doesNotThrow(String asked) {
    assertThatCode(() -> ANALYZER.analyze(asked)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      How much is the company planning to raise its prices?  | PERCENT
      how much have rents gone up in the last ten years      | PERCENT
      By how much did prices rise?                           | PERCENT
      By how much did the winner beat the runner-up?         | NUMBER
      by how much did she break the course record            | NUMBER
      How much did the strike cost GM?                       | MONEY
      How far did the bank's shares fall in morning trading? | PERCENT
      How far did the plane fly?                             | NUMBER
      """)
  void analyze_howMuchWithAVerbOfChange_asksForAPercentage(String question, AnswerType type) {
    assertThat(ANALYZER.analyze(question).type()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"What's your name?", "how do i reset my password", "hello bot, how are you doing today",
      "whats the best pizza place near me", "can you book me a flight to rome for friday", "hey there, whats up",
      "what's up?", "sup bot"})
  void analyze_questionAboutTheAskerOrTheBot_hasNothingToLookUp(String question) {
    assertThat(ANALYZER.analyze(question).keywords()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Roughly how many travellers were affected?  | roughly
      When exactly was the contract signed?       | exactly
      """)
  void analyze_hedgeOnTheQuestionWord_isNoKeyword(String question, String hedge) {
    assertThat(ANALYZER.analyze(question).keywords()).isNotEmpty().doesNotContain(hedge);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"what's 17 times 23", "what is 6 divided by 3?", "what time is it in sydney right now",
      "What day is it today?", "what is 2025 - 26", "What is the square root of 144?"})
  void analyze_clockOrSum_hasNothingToLookUp(String question) {
    assertThat(ANALYZER.analyze(question).keywords()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"What time is it expected to open?", "How many times did the 17 ships dock in 2024?",
      "What is the latest forecast for the 2025-26 harvest?", "what is the 3/4 vote threshold for the bill"})
  void analyze_timeOrTimesInANewsQuestion_keepsItsKeywords(String question) {
    assertThat(ANALYZER.analyze(question).keywords()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"can you tell me who leads the union", "whats the fine if you dont pay the venice fee",
      "who runs the copper mine", "Who did the judge tell \"you knew it was not safe\"?",
      "how much does it cost to add someone outside ur household"})
  void analyze_pronounInARequestAConditionOrAQuote_keepsTheKeywords(String question) {
    assertThat(ANALYZER.analyze(question).keywords()).isNotEmpty();
  }
}
