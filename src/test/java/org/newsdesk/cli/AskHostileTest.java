package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.answer.Desk;
import org.newsdesk.answer.HostileQuestion;
import org.newsdesk.answer.QuestionCheck;
import org.newsdesk.cache.CacheSettings;
import org.newsdesk.cache.CachingAnswerer;
import org.newsdesk.config.Prompts;
import org.newsdesk.config.Settings;
import org.newsdesk.nlp.SharedPipeline;

/**
 * Hostile and odd questions given to {@code ask}: each gets exactly one reply, a JSON object that Jackson reads back
 * with the cleaned question echoed, or plain text without terminal controls.
 */
class AskHostileTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED = CliRun.SEED;
  /** Controls and invisible marks; a joiner may stay, inside an emoji sequence. */
  private static final String INVISIBLE = "[\\p{Cc}\\p{Cf}&&[^\\u200c\\u200d]]";

  @TempDir
  static Path shared;

  private static Desk desk;
  private final Prompts prompts = Prompts.from(Path.of("prompts"));

  @BeforeAll
  static void openDeskAndShareThePipeline() {
    desk = Desk.open(shared.resolve("desk-index"), Desk.seeds());
    Engine.usePipelines(SharedPipeline::get);
  }

  @AfterAll
  static void closeDesk() throws IOException {
    desk.close();
  }

  private AskReplies replies(boolean json) {
    CachingAnswerer answerer = new CachingAnswerer(desk.answerer(), () -> desk.index().stats().generation(),
        CacheSettings.from(Settings.defaults()), Ticker.systemTicker());
    return new AskReplies(answerer, new QuestionCheck(Settings.defaults().integer("question.maxLength")), prompts,
        () -> List.of("Tell me about the strike"), json);
  }

  /** Reads {@code text} as JSON Lines, failing unless it is exactly one object. */
  private static JsonNode onlyObject(String text) throws IOException {
    assertThat(text).doesNotContain("\n", "\r");
    try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(text)) {
      List<JsonNode> all = values.readAll();
      assertThat(all).hasSize(1);
      assertThat(all.get(0).isObject()).isTrue();
      return all.get(0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileQuestion.class)
  void askJson_hostileQuestion_printsOneJsonObject_echoingTheCleanedQuestion(HostileQuestion hostile)
      throws IOException {
    String line = replies(true).reply(hostile.text());

    JsonNode reply = onlyObject(line);
    assertThat(line).doesNotContainPattern(INVISIBLE);
    List<String> names = new ArrayList<>();
    reply.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("question", "answered", "refusal", "answer", "confidence", "evidence", "cached",
        "tookMs");
    assertThat(reply.get("question").asText()).isEqualTo(QuestionCheck.clean(hostile.text()));
    assertThat(reply.get("confidence").asDouble()).isBetween(0.0, 1.0);
    switch (hostile.outcome()) {
      case NOT_A_QUESTION, TOO_LONG -> {
        assertThat(reply.get("refusal").asText()).isEqualTo(
            hostile.outcome() == HostileQuestion.Outcome.TOO_LONG ? "too-long" : "not-a-question");
        assertThat(reply.get("answered").asBoolean()).isFalse();
        assertThat(reply.get("answer").isNull()).isTrue();
        assertThat(reply.get("evidence").isEmpty()).isTrue();
      }
      case PLAIN_ANSWER -> {
        assertThat(reply.get("refusal").isNull()).isTrue();
        assertThat(reply.get("answer").asText()).isEqualTo(HostileQuestion.PLAIN_ANSWER);
        assertThat(reply.get("evidence").get(0).get("articleId").asText()).isEqualTo(SEED);
      }
      case ANSWER_OR_ABSTENTION -> {
        assertThat(reply.get("refusal").isNull()).isTrue();
        assertThat(reply.get("answer").isNull()).isEqualTo(!reply.get("answered").asBoolean());
      }
      default -> throw new IllegalStateException("unknown outcome " + hostile.outcome());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileQuestion.class)
  void askText_hostileQuestion_printsAnAnswerAnAbstentionOrAHint_withoutTerminalControls(HostileQuestion hostile) {
    String text = replies(false).reply(hostile.text());

    assertThat(text).isNotBlank().doesNotContainPattern("[\\p{Cc}\\p{Cf}&&[^\\n]]");
    switch (hostile.outcome()) {
      case NOT_A_QUESTION -> assertThat(text)
          .isEqualTo(prompts.get("not-a-question", "example", "Tell me about the strike"));
      case TOO_LONG -> assertThat(text).isEqualTo(prompts.get("too-long", "length", 10_000, "max", 500));
      case PLAIN_ANSWER -> assertThat(text).startsWith(HostileQuestion.PLAIN_ANSWER);
      case ANSWER_OR_ABSTENTION -> assertThat(text).doesNotContain(prompts.get("not-a-question", "example", ""));
      default -> throw new IllegalStateException("unknown outcome " + hostile.outcome());
    }
  }

  @Test
  void askJson_everyHostileLineOnStandardInput_getsOneObjectInOrder_andTheRunSucceeds() throws IOException {
    List<String> lines = Arrays.stream(HostileQuestion.values())
        .map(h -> h.text().replaceAll("[\\r\\n\\u0085]", " "))
        .filter(line -> !line.isBlank())
        .toList();

    CliRun run = ask(String.join("\n", lines) + "\n", "--json");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).doesNotContain("unexpected failure");
    List<String> out = run.out().lines().toList();
    assertThat(out).hasSize(lines.size());
    for (int i = 0; i < out.size(); i++) {
      assertThat(onlyObject(out.get(i)).get("question").asText()).isEqualTo(QuestionCheck.clean(lines.get(i)));
    }
  }

  @Test
  void askJson_sameQuestionAThousandTimes_identicalAnswers_999FromTheCache() throws IOException {
    CliRun run = ask((HostileQuestion.PLAIN + "\n").repeat(1000), "--json");

    assertThat(run.exit()).isZero();
    List<String> out = run.out().lines().toList();
    assertThat(out).hasSize(1000);
    List<JsonNode> replies = new ArrayList<>();
    for (String line : out) {
      replies.add(onlyObject(line));
    }
    assertThat(replies).extracting(r -> r.get("answer").asText()).containsOnly(HostileQuestion.PLAIN_ANSWER);
    assertThat(replies).extracting(r -> r.get("evidence")).containsOnly(replies.get(0).get("evidence"));
    assertThat(replies.get(0).get("cached").asBoolean()).isFalse();
    assertThat(replies).filteredOn(r -> r.get("cached").asBoolean()).hasSize(999);
  }

  @Test
  void ask_emptyQuestionArgument_getsTheHint_notAnAnswer() throws IOException {
    CliRun run = ask("", "--json", "");

    assertThat(run.exit()).isZero();
    assertThat(onlyObject(run.out().strip()).get("refusal").asText()).isEqualTo("not-a-question");
  }

  /** Runs {@code ask} over a corpus of one seed article, with {@code stdin} as standard input. */
  private static CliRun ask(String stdin, String... args) throws IOException {
    Path corpus = Files.createDirectories(shared.resolve("corpus"));
    CliRun.copySeed(corpus);
    List<String> command = new ArrayList<>(List.of("ask", "--corpus", corpus.toString(), "--index",
        shared.resolve("index").toString()));
    command.addAll(List.of(args));
    return CliRun.of(stdin, command.toArray(String[]::new));
  }
}
