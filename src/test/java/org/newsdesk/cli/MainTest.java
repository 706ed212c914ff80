package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.nlp.SharedPipeline;

class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED = CliRun.SEED;

  @TempDir
  Path dir;

  private Path corpus;
  private Path index;

  @BeforeAll
  static void shareThePipeline() {
    Engine.usePipelines(SharedPipeline::get);
  }

  @BeforeEach
  void writeMixedCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    CliRun.copySeed(corpus);
    Files.writeString(corpus.resolve("port-deal.md"), """
        ---
        id: md-port
        title: Dock workers end port strike
        date: 2021-06-02
        source: Example Wire
        ---
        Dock workers in **Rotterdam** returned to work on Tuesday after a wage deal was signed.

        The strike had lasted eight days and halted container traffic at Europe's largest port.
        """);
    Files.writeString(corpus.resolve("feed.jsonl"), String.join("\n",
        "{\"id\": \"js-heat\", \"title\": \"Spain sets temperature record\", \"date\": \"2023-08-10\", "
            + "\"source\": \"Wire\", \"text\": \"Spain recorded a temperature of 46.8 degrees in Valencia on "
            + "Thursday, the weather agency said.\\n\\nOfficials warned of wildfires across the east.\"}",
        "{\"id\": \"js-theft\", \"title\": \"Paintings stolen from Lisbon museum\", \"text\": \"Thieves stole two "
            + "paintings from the Gulbenkian museum in Lisbon overnight, police said.\"}", ""));
  }

  private CliRun run(String stdin, String... args) {
    return CliRun.of(stdin, args);
  }

  private CliRun command(String stdin, String name, String... rest) {
    List<String> args = new ArrayList<>(List.of(name, "--corpus", corpus.toString(), "--index", index.toString()));
    args.addAll(List.of(rest));
    return run(stdin, args.toArray(String[]::new));
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not one JSON object: " + line, e);
    }
  }

  @Test
  void index_mixedCorpus_exitsZeroAndPrintsTheSummaryLine() {
    CliRun run = command("", "index");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.outLines().get(0)).startsWith("indexed " + corpus)
        .contains("3 files, 4 articles read, 0 files skipped, 0 problems; 4 annotated, 0 unchanged, 0 deleted");
    assertThat(Files.isDirectory(index)).isTrue();
  }

  @Test
  void index_secondRunOnUnchangedCorpus_reportsNothingAnnotated() {
    command("", "index");

    CliRun second = command("", "index");

    assertThat(second.exit()).isZero();
    assertThat(second.outLines().get(0)).contains("0 annotated, 4 unchanged, 0 deleted, 0 failed")
        .doesNotContain("(rebuilt)");
  }

  @Test
  void ask_jsonWithQuestionsOnStandardInput_printsOneJsonObjectPerQuestionLine() {
    CliRun run = command("How many UAW members are on strike at GM?\n\n"
        + "What colour is the strike banner in Mexico?\n"
        + "What colour is the mayor's bicycle in Oslo?\n", "ask", "--json");

    assertThat(run.exit()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(3);
    List<JsonNode> replies = lines.stream().map(MainTest::parse).toList();
    assertThat(replies).extracting(r -> r.get("question").asText()).containsExactly(
        "How many UAW members are on strike at GM?", "What colour is the strike banner in Mexico?",
        "What colour is the mayor's bicycle in Oslo?");
    replies.forEach(MainTest::assertReplyShape);

    JsonNode members = replies.get(0);
    assertThat(members.get("answered").asBoolean()).isTrue();
    assertThat(members.get("answer").asText()).isEqualTo("48,000");
    JsonNode source = members.get("evidence").get(0);
    assertThat(source.get("articleId").asText()).isEqualTo(SEED);
    assertThat(source.get("date").asText()).isEqualTo("2019-10-09");
    assertThat(source.get("source").asText()).isEqualTo("Reuters");
    assertThat(source.get("text").asText()).contains("48,000 UAW members");

    JsonNode banner = replies.get(1);
    assertThat(banner.get("answered").asBoolean()).isFalse();
    assertThat(banner.get("answer").isNull()).isTrue();
    assertThat(banner.get("evidence").size()).isPositive();
    assertThat(banner.get("evidence").get(0).get("text").asText()).contains("Mexico");

    JsonNode bicycle = replies.get(2);
    assertThat(bicycle.get("answered").asBoolean()).isFalse();
    assertThat(bicycle.get("answer").isNull()).isTrue();
    assertThat(bicycle.get("evidence").isArray()).isTrue();
  }

  private static void assertReplyShape(JsonNode reply) {
    assertThat(reply.isObject()).isTrue();
    assertThat(names(reply)).containsExactly("question", "answered", "refusal", "answer", "confidence", "evidence",
        "cached", "tookMs");
    assertThat(reply.get("refusal").isNull()).isTrue();
    assertThat(reply.get("answered").isBoolean()).isTrue();
    assertThat(reply.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(reply.get("cached").isBoolean()).isTrue();
    assertThat(reply.get("tookMs").isNumber()).isTrue();
    if (!reply.get("answered").asBoolean()) {
      assertThat(reply.get("answer").isNull()).isTrue();
    }
    JsonNode evidence = reply.get("evidence");
    assertThat(evidence.size()).isLessThanOrEqualTo(5);
    List<Double> scores = new ArrayList<>();
    for (JsonNode e : evidence) {
      assertThat(names(e)).contains("articleId", "title", "date", "source", "text", "score");
      assertThat(e.get("text").asText()).isNotBlank();
      scores.add(e.get("score").asDouble());
    }
    assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void ask_jsonWithQuestionWords_answersFromTheMarkdownAndJsonLinesArticles() {
    CliRun port = command("", "ask", "--json", "How", "long", "had", "the", "strike", "in", "Rotterdam", "lasted?");
    CliRun heat = command("", "ask", "--json", "What temperature did Spain record in Valencia?");

    assertThat(port.exit()).isZero();
    assertThat(port.outLines()).hasSize(1);
    JsonNode portReply = parse(port.outLines().get(0));
    assertThat(portReply.get("question").asText()).isEqualTo("How long had the strike in Rotterdam lasted?");
    assertThat(portReply.get("evidence").get(0).get("articleId").asText()).isEqualTo("md-port");
    assertThat(portReply.get("evidence").get(0).get("source").asText()).isEqualTo("Example Wire");
    JsonNode heatReply = parse(heat.outLines().get(0));
    assertThat(heatReply.get("evidence").get(0).get("articleId").asText()).isEqualTo("js-heat");
    assertThat(heatReply.get("evidence").get(0).get("title").asText()).isEqualTo("Spain sets temperature record");
  }

  @Test
  void eval_tinyGoldFile_printsTheMetricLines() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
        "{\"id\": \"q1\", \"kind\": \"factoid\", \"question\": \"Who is the UAW's top negotiator in the talks with"
            + " GM?\", \"answers\": [\"Terry Dittes\", \"Dittes\"], \"docs\": [\"" + SEED + "\"]}",
        "{\"id\": \"q2\", \"kind\": \"factoid\", \"question\": \"In which city did dock workers return to work?\","
            + " \"answers\": [\"Rotterdam\"], \"docs\": [\"md-port\"]}", ""));

    CliRun run = command("", "eval", gold.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("questions", "accuracy@1", "exact match", "token F1", "support@1", "cite@1",
        "latency ms", "calibration");
    assertThat(run.outLines().get(0)).contains("2").contains("2 factoid");
  }

  @Test
  void eval_missingGoldFile_exitsOneWithAClearMessage() {
    Path missing = dir.resolve("no-such-gold.jsonl");

    CliRun run = command("", "eval", missing.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errorLines()).containsExactly("newsdesk: no such questions file: " + missing);
  }

  @Test
  void eval_goldLineWithoutDocs_exitsOneNamingFileAndLineWithoutStackTrace() throws IOException {
    Path gold = Files.writeString(dir.resolve("bad-gold.jsonl"),
        "{\"id\": \"q1\", \"kind\": \"factoid\", \"question\": \"Who?\", \"answers\": [\"x\"], \"docs\": []}\n");

    CliRun run = command("", "eval", gold.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errorLines()).singleElement().asString().startsWith("newsdesk: " + gold + ":1:")
        .contains("needs at least one doc");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void ask_badSettingsValue_exitsOneWithOneLineMessageAndNoStackTrace() throws IOException {
    Path config = Files.writeString(dir.resolve("bad.properties"), "answer.threshold=abc\n");

    CliRun run = command("", "ask", "--config", config.toString(), "Who is the UAW's top negotiator?");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errorLines()).containsExactly("newsdesk: setting answer.threshold = 'abc': not a number");
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
    assertThat(index).doesNotExist();
  }

  @Test
  void run_missingConfigFile_exitsOneNamingTheFile() {
    Path missing = dir.resolve("missing.properties");

    CliRun run = command("", "index", "--config", missing.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errorLines()).containsExactly("newsdesk: setting config = '" + missing + "': no such file");
  }

  @Test
  void run_unknownOption_exitsWithUsageErrorInsteadOfThrowing() {
    CliRun run = run("", "index", "--no-such-option");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--no-such-option'").doesNotContain("\tat ");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
