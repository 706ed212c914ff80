package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExampleQuestionsTest extends AnswererTestBase {

  @ParameterizedTest(name = "count {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void from_count_returnsAtMostThatManyAndEachIsAnswered(int count) {
    List<String> examples = ExampleQuestions.from(desk.index(), desk.answerer(), count);

    assertThat(examples).hasSizeLessThanOrEqualTo(count).doesNotHaveDuplicates()
        .allSatisfy(q -> assertThat(desk.ask(q).answered()).as(q).isTrue());
  }

  @Test
  void from_corpusWithAnswerableHeadlines_findsSome() {
    assertThat(ExampleQuestions.from(desk.index(), desk.answerer(), 2)).isNotEmpty();
  }

  @Test
  void from_answererThatAlwaysAbstains_returnsNone() {
    Answerer abstaining = q -> new Answer(q, false, null, 0, List.of(), false, 0);

    assertThat(ExampleQuestions.from(desk.index(), abstaining, 3)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The strike enters its fourth week.                       | The strike enters its fourth week
      Rail fares to rise                                       | Rail fares to rise
      Dock workers end port strike - union calls the deal fair | Dock workers end port strike
      """)
  void headline_isShortenedToItsFirstClause(String title, String expected) {
    assertThat(ExampleQuestions.headline(title)).isEqualTo(expected);
  }

  @Test
  void headline_startingWithAnAcronym_keepsItsCase() {
    assertThat(ExampleQuestions.headline("GM cuts 15,000 jobs")).isEqualTo("GM cuts 15,000 jobs");
  }
}
