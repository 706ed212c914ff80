package org.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.eval.GoldQuestion.Kind;

class GoldQuestionsTest {

  private static final String GOOD = "{\"id\":\"q1\",\"kind\":\"factoid\",\"question\":\"Who?\","
      + "\"answers\":[\"Dittes\"],\"docs\":[\"000_a\"]}";

  @TempDir
  Path dir;

  @Test
  void read_seedFile_allQuestionsWithKindsCounted() throws IOException, URISyntaxException {
    Path seed = Path.of(getClass().getResource("/eval/seed-questions.jsonl").toURI());

    List<GoldQuestion> questions = GoldQuestions.read(seed);

    assertThat(questions).hasSize(22);
    Map<Kind, Long> kinds = questions.stream()
        .collect(Collectors.groupingBy(GoldQuestion::kind, Collectors.counting()));
    assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(Kind.FACTOID, 15L, Kind.SENTENCE, 3L,
        Kind.UNANSWERABLE, 4L));
    GoldQuestion first = questions.get(0);
    assertThat(first.id()).isEqualTo("d01");
    assertThat(first.question()).isEqualTo("Who is the UAW's top negotiator in the talks with GM?");
    assertThat(first.answers()).containsExactly("Terry Dittes", "Dittes");
    assertThat(first.docs()).containsExactly("000_51f3b879b6ccc8a6", "001_4644e0534d745477");
    assertThat(questions.get(21).docs()).isEmpty();
  }

  @Test
  void read_blankLines_skipped() throws IOException {
    Path file = write("", GOOD, "   ", GOOD.replace("q1", "q2"), "");

    assertThat(GoldQuestions.read(file)).extracting(GoldQuestion::id).containsExactly("q1", "q2");
  }

  @Test
  void read_malformedLine_throwsWithFileAndLineNumber() throws IOException {
    Path file = write(GOOD, "", "{\"id\":\"q2\",\"kind\":", GOOD.replace("q1", "q3"));

    GoldFormatException e = readFailure(file);

    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith(file + ":3: ");
  }

  /** Each case is one line that must be rejected, with a fragment of the reason a reader should see. */
  static Stream<Arguments> invalidLines() {
    return Stream.of(
        Arguments.of("unknown kind", GOOD.replace("factoid", "opinion"), "unknown kind 'opinion'"),
        Arguments.of("no answers", GOOD.replace("[\"Dittes\"]", "[]"), "q1 needs an answer"),
        Arguments.of("only an article", GOOD.replace("Dittes", "the"), "q1 needs an answer"),
        Arguments.of("no docs", GOOD.replace("[\"000_a\"]", "[]"), "q1 needs at least one doc"),
        Arguments.of("unanswerable with answers", GOOD.replace("factoid", "unanswerable"), "must not list answers"),
        Arguments.of("missing question", GOOD.replace("\"question\":\"Who?\",", ""), "missing question"),
        Arguments.of("unknown field", GOOD.replace("}", ",\"note\":\"x\"}"), "\"note\""),
        Arguments.of("two objects", GOOD + " " + GOOD, "Trailing token"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidLines")
  void read_invalidQuestionLine_throwsWithLineAndReason(String name, String line, String reason) throws IOException {
    GoldFormatException e = readFailure(write(GOOD.replace("q1", "q0"), line));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.reason()).contains(reason);
  }

  @Test
  void read_duplicateId_throwsAtSecondOccurrence() throws IOException {
    GoldFormatException e = readFailure(write(GOOD, GOOD));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.reason()).isEqualTo("duplicate id q1");
  }

  @Test
  void read_onlyBlankLines_throwsForWholeFile() throws IOException {
    GoldFormatException e = readFailure(write("", "  "));

    assertThat(e.line()).isZero();
    assertThat(e.reason()).isEqualTo("no questions");
  }

  private Path write(String... lines) throws IOException {
    return Files.write(dir.resolve("gold.jsonl"), List.of(lines), StandardCharsets.UTF_8);
  }

  private static GoldFormatException readFailure(Path file) {
    return catchThrowableOfType(GoldFormatException.class, () -> GoldQuestions.read(file));
  }
}
