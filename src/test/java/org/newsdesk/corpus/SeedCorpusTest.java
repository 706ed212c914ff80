package org.newsdesk.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCorpusTest {

  @TempDir
  Path root;

  private CorpusFixture.Result result;

  @BeforeEach
  void readSeeds() {
    CorpusFixture.copySeeds(root);
    result = CorpusFixture.read(root);
  }

  private Article seed(String prefix) {
    return result.articles().stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void read_seeds_allReadInPathOrderWithoutProblems() {
    assertThat(result.articles()).extracting(Article::id)
        .containsExactly("000_51f3b879b6ccc8a6", "001_4644e0534d745477", "002_e5cd6bec359adce2");
    assertThat(result.scan()).isEqualTo(new CorpusScan(3, 3, 0, 3, List.of()));
  }

  @Test
  void read_seed000_dateTokenDatelineAndTrailingCreditBecomeMetadata() {
    Article article = seed("000");
    assertThat(article.date()).isEqualTo(LocalDate.of(2019, 10, 9));
    assertThat(article.dateline()).isEqualTo("WASHINGTON");
    assertThat(article.source()).isEqualTo("Reuters");
    assertThat(article.file()).isEqualTo("000_51f3b879b6ccc8a6.txt");
    assertThat(article.paragraphs().get(0)).startsWith("The United Auto Workers (UAW) union’s top negotiator");
    assertThat(article.text()).doesNotContain("date 2019", "WASHINGTON:", "— Reuters").doesNotEndWith("Related");
    assertThat(article.paragraphs()).last().isEqualTo(
        "Media has reported that GM has told the UAW it could build a new battery plant near the now shuttered "
            + "Lordstown, Ohio.");
  }

  @Test
  void read_seed002_datelineCreditIsSourceAndPhotoCaptionKeptWithoutCredit() {
    Article article = seed("002");
    assertThat(article.date()).isEqualTo(LocalDate.of(2019, 3, 13));
    assertThat(article.dateline()).isEqualTo("DETROIT");
    assertThat(article.source()).isEqualTo("Reuters");
    assertThat(article.paragraphs().get(0)).startsWith("The leader of the United Auto Workers union on Wednesday");
    assertThat(article.text()).doesNotContain("REUTERS/", "(Reuters)", "DETROIT")
        .contains("“They are on notice.”", "improve annual free cash flow by $6 billion",
            "union President Gary Jones addresses UAW delegates");
  }

  @Test
  void read_seed001_promotionBlockRemoved() {
    String text = seed("001").text();
    assertThat(text).doesNotContain("How well do you really know your competitors?",
        "Access the most comprehensive Company Profiles", "free sample", "Thank you!",
        "Your download email will arrive shortly", "Not ready to buy yet?", "We are confident about the unique quality",
        "By GlobalData", "Privacy Policy", "unsubscribe", "corporate email address", "GlobalData");
  }

  @Test
  void read_seed001_everyStorySentenceKept() {
    Article article = seed("001");
    assertThat(article.paragraphs()).hasSize(14);
    assertThat(article.paragraphs().get(0)).startsWith("Talks between the United Auto Workers (USAW) union");
    assertThat(article.paragraphs()).contains(
        "The strike is now in its 21st day.",
        "\"We are committed to continuing discussions around the clock to reach a resolution.\"",
        "Additional issues include wages and benefits and profit sharing.",
        "In contrast, the UAW said earlier \"significant progress\" had been achieved in contract talks with Ford.");
    assertThat(article.paragraphs()).last().asString().startsWith("The update from the union indicated 18 out of 20");
  }

  @Test
  void read_seed001_sourceFromAttributionAndShortTitle() {
    Article article = seed("001");
    assertThat(article.source()).isEqualTo("CNN");
    assertThat(article.date()).isNull();
    assertThat(article.dateline()).isNull();
    assertThat(article.title()).isEqualTo("Talks between the United Auto Workers union and General Motors");
  }

  @Test
  void read_seedTitles_areShortPhrasesFromTheLede() {
    for (Article article : result.articles()) {
      assertThat(article.title().split(" ")).hasSizeBetween(3, TitleDeriver.MAX_WORDS);
      assertThat(article.title()).doesNotContain("(").doesNotEndWith(".");
    }
    assertThat(seed("002").title()).isEqualTo("The leader of the United Auto Workers union");
  }
}
