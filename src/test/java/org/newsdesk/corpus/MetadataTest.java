package org.newsdesk.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MetadataTest {

  @TempDir
  Path root;

  private Article readText(String text) {
    CorpusFixture.write(root, "story.txt", text);
    return CorpusFixture.read(root).only();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      WASHINGTON: Lawmakers met.                         | WASHINGTON |         | Lawmakers met.
      DETROIT (Reuters) - Car sales rose.                | DETROIT    | Reuters | Car sales rose.
      LONDON, March 3 (AP) — Prices fell.                | LONDON     | AP      | Prices fell.
      NEW YORK (CNN Business) -- Stocks climbed.         | NEW YORK   | CNN Business | Stocks climbed.
      ST. LOUIS – The river rose.                        | ST. LOUIS  |         | The river rose.
      WASHINGTON, D.C. (AFP) – Talks began.              | WASHINGTON | AFP     | Talks began.
      VALPARAÍSO, Chile (France 24) - The Senate voted.  | VALPARAÍSO | France 24 | The Senate voted.
      The UAW said talks went well.                      |            |         | The UAW said talks went well.
      """)
  void parse_lede_splitsDatelineAndCredit(String paragraph, String dateline, String credit, String text) {
    Lede lede = Lede.parse(paragraph);
    assertThat(lede.dateline()).isEqualTo(dateline);
    assertThat(lede.credit()).isEqualTo(credit);
    assertThat(lede.text()).isEqualTo(text);
  }

  @Test
  void parse_lede_takesLeadingDateTokenAfterWhitespace() {
    Lede lede = Lede.parse("  date 2019-10-09 WASHINGTON: The strike went on.");
    assertThat(lede).isEqualTo(new Lede("2019-10-09", "WASHINGTON", null, "The strike went on."));
  }

  @Test
  void read_datelineOnlyParagraph_removedEntirely() {
    Article article = readText("date 2020-01-02 PARIS (AFP) -  \nThe museum reopened on Thursday.\n");
    assertThat(article.dateline()).isEqualTo("PARIS");
    assertThat(article.source()).isEqualTo("AFP");
    assertThat(article.paragraphs()).containsExactly("The museum reopened on Thursday.");
  }

  @Test
  void read_datelineAfterAStandfirst_takenOutOfTheStory() {
    Article article = readText("The reporter was seized outside his station on Monday\n\n"
        + "PORT-AU-PRINCE — A radio journalist has been kidnapped in the capital.\n\nHis employer confirmed it.\n");
    assertThat(article.dateline()).isEqualTo("PORT-AU-PRINCE");
    assertThat(article.paragraphs()).containsExactly("The reporter was seized outside his station on Monday",
        "A radio journalist has been kidnapped in the capital.", "His employer confirmed it.");
  }

  @Test
  void read_capitalsDeepInTheStory_areNoDateline() {
    Article article = readText("Talks resumed.\n\nThey went well.\n\nNo deal yet.\n\nGENEVA — Officials met.\n");
    assertThat(article.dateline()).isNull();
    assertThat(article.paragraphs()).last().isEqualTo("GENEVA — Officials met.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The plant will close in May. — Reuters                       | Reuters
      The plant will close in May. - Bloomberg News                | Bloomberg News
      The plant will close in May, CNN reported.                   | CNN
      The plant will close in May, according to AP.                | AP
      The plant will close in May. REUTERS/Jane Roe                | Reuters
      The plant will close in May, the company told ANSA.          |
      The plant will close in May, according to US officials.      |
      GM reported a loss as the plant will close in May.           |
      """)
  void read_sourceCredit_detectedFromGeneralCreditPositions(String text, String source) {
    assertThat(readText("The company announced the plan on Monday.\n\n" + text + "\n").source()).isEqualTo(source);
  }

  @Test
  void read_trailingCredit_removedFromParagraphText() {
    Article article = readText("Output fell 3% in June. — Reuters\n");
    assertThat(article.source()).isEqualTo("Reuters");
    assertThat(article.paragraphs()).containsExactly("Output fell 3% in June.");
  }

  @Test
  void read_creditOnItsOwnLine_removed() {
    Article article = readText("Output fell 3% in June.\n\n— AFP\n");
    assertThat(article.source()).isEqualTo("AFP");
    assertThat(article.paragraphs()).containsExactly("Output fell 3% in June.");
  }

  @Test
  void read_datelineCredit_preferredOverLaterCredits() {
    Article article = readText("BONN (dpa) - Rents rose, CNN reported.\n\nThe city reacted. — Reuters\n");
    assertThat(article.source()).isEqualTo("dpa");
  }

  @Test
  void read_repeatedWeakAttribution_becomesSource() {
    Article article = readText("An official told Politico the vote was delayed.\n\nA second aide told Politico the "
        + "same.\n");
    assertThat(article.source()).isEqualTo("Politico");
  }

  static Stream<Arguments> ledesAndTitles() {
    return Stream.of(
        Arguments.of("The leader of the union on Wednesday warned that jobs would go to Mexico next year.",
            "The leader of the union warned that jobs would go"),
        Arguments.of("Shares of the carmaker fell sharply, dragging the index lower for a third day in a row.",
            "Shares of the carmaker fell sharply"),
        Arguments.of("Rain fell.", "Rain fell"),
        Arguments.of("The council approved the budget, officials said.",
            "The council approved the budget, officials said"),
        Arguments.of("A new law that bans plastic bags in shops across the country takes effect today.",
            "A new law that bans plastic bags"),
        Arguments.of("U.S. Steel Corp. said on Monday it would cut 1,000 jobs at plants in Ohio and Texas.",
            "U.S. Steel Corp. said it would cut 1,000 jobs"),
        Arguments.of("The union (UAW) and General Motors Co (GM) \"have failed to agree,\" a negotiator said.",
            "The union and General Motors Co \"have failed to agree\""));
  }

  @ParameterizedTest
  @MethodSource("ledesAndTitles")
  void derive_title_shortHeadlineLikePhrase(String lede, String title) {
    assertThat(TitleDeriver.derive(lede)).isEqualTo(title);
  }

  @Test
  void derive_title_neverLongerThanTenWords() {
    String title = TitleDeriver.derive("Thousands of striking workers marched through the streets of the capital city "
        + "demanding higher pay and better conditions from employers.");
    assertThat(title.split(" ")).hasSizeLessThanOrEqualTo(TitleDeriver.MAX_WORDS);
    assertThat(title).isEqualTo("Thousands of striking workers marched through the streets");
  }

  @Test
  void read_titleDerivedOnlyWhenNoneGiven() {
    CorpusFixture.write(root, "t.jsonl", "{\"title\": \"Given\", \"text\": \"Rain fell on the city all day long "
        + "and into the night, flooding streets.\"}\n{\"text\": \"Rain fell on the city all day long and into the "
        + "night, flooding streets.\"}\n");
    assertThat(CorpusFixture.read(root).articles()).extracting(Article::title)
        .containsExactly("Given", "Rain fell on the city all day long");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2019-03-13                      | 2019-03-13
      2019-03-13T10:15:00Z            | 2019-03-13
      2019-03-13T23:15:00-05:00       | 2019-03-13
      2019-03-13 10:15                | 2019-03-13
      2019/3/13                       | 2019-03-13
      March 13, 2019                  | 2019-03-13
      Mar. 13 2019                    | 2019-03-13
      Sept 3rd, 2019                  | 2019-09-03
      Wednesday, March 13, 2019       | 2019-03-13
      13 March 2019                   | 2019-03-13
      Wed, 13 Mar 2019 10:00:00 GMT   | 2019-03-13
      """)
  void parse_date_acceptsCommonForms(String text, LocalDate date) {
    assertThat(DateParser.parse(text)).contains(date);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2019-02-30
      Smarch 13, 2019
      yesterday
      13/03/2019
      """)
  void parse_date_rejectsUnknownOrImpossibleDates(String text) {
    assertThat(DateParser.parse(text)).isEmpty();
  }

  @Test
  void clean_gluedRelatedLabel_removedAndStoryKept() {
    assertThat(FurnitureFilter.clean(List.of("RelatedTalks between the union and the company resumed.",
        "Advertisement", "Officials said no deal was near.", "Related")))
        .containsExactly("Talks between the union and the company resumed.", "Officials said no deal was near.");
  }

  @Test
  void clean_staffCreditsBylinesAndPhotoCredits_droppedAndCaptionKept() {
    assertThat(FurnitureFilter.clean(List.of("By Jane Roe", "Workers left the plant on Friday, the union said.",
        "Union President Ann Lee addresses workers in Lordstown, Ohio, U.S. March 1, 2019. REUTERS/John Doe",
        "The plant had 1,200 employees.", "Reporting by Jane Roe; Editing by John Doe")))
        .containsExactly("Workers left the plant on Friday, the union said.",
            "Union President Ann Lee addresses workers in Lordstown, Ohio, U.S. March 1, 2019.",
            "The plant had 1,200 employees.");
  }

  @Test
  void clean_photoCreditAlone_dropped() {
    assertThat(FurnitureFilter.clean(List.of("The plant closed.", "REUTERS/John Doe")))
        .containsExactly("The plant closed.");
  }

  @Test
  void clean_newsletterBlockBetweenQuotes_removedAndQuotesKept() {
    assertThat(FurnitureFilter.clean(List.of(
        "“You have to fight for your jobs,” the union leader told the crowd.",
        "Get the latest headlines in your inbox",
        "Sign up for our free daily newsletter. You can unsubscribe at any time.",
        "“We will not give up.”",
        "You could see the anger on their faces, one worker said.")))
        .containsExactly("“You have to fight for your jobs,” the union leader told the crowd.",
            "“We will not give up.”",
            "You could see the anger on their faces, one worker said.");
  }

  @Test
  void clean_storyWithCommonWords_untouched() {
    List<String> story = List.of("Investors rushed to buy shares after the company said it would register a profit.",
        "Access to the site was restricted.", "The strike is now in its 21st day.", "Results are due in May.");
    assertThat(FurnitureFilter.clean(story)).isEqualTo(story);
  }
}
