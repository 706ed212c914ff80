package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.index.IndexFixture.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidates that cannot answer a question never reach the ranking, whatever their scores would be. */
class ExtractiveAnswererTest {

  @TempDir
  static Path dir;

  private static Desk desk;

  @BeforeAll
  static void open() {
    desk = Desk.open(dir.resolve("index"), List.of(
        article("boc-rates", "Bank of Canada cuts rates again", LocalDate.of(2025, 3, 12),
            "Senior Deputy Governor Carolyn Rogers said the Bank of Canada would watch tariffs closely.",
            "\"We are facing a new crisis,\" Governor Tiff Macklem told reporters in Ottawa."),
        article("osaka-vote", "Osaka elects a new mayor", LocalDate.of(2025, 4, 7),
            "Mayor Kenji Hayashi won 412,000 votes, and the rival campaign spent $2 million on advertising.",
            "A third candidate, lawyer Akiko Fujita, won 70,115 votes.")));
  }

  @AfterAll
  static void close() throws IOException {
    desk.close();
  }

  private static List<String> candidates(String question) {
    return desk.answerer().score(question).candidates().stream().map(sc -> sc.candidate().text()).toList();
  }

  @Test
  void score_deputyOfTheRoleAsked_isNoCandidate() {
    assertThat(candidates("Who is the governor of the Bank of Canada?")).contains("Tiff Macklem")
        .doesNotContain("Carolyn Rogers");
  }

  @Test
  void score_countOfSomethingElseOrMoney_isNoAnswerToHowOld() {
    assertThat(candidates("How old is Akiko Fujita?")).doesNotContain("70,115 votes", "412,000 votes",
        "$2 million");
  }
}
