package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.Citation;
import org.newsdesk.search.PassageIndex;

/**
 * One corpus holding every kind of bad input beside good articles, read, annotated with the real CoreNLP pipeline and
 * indexed through the command line: the good articles must be indexed and answerable, each bad file reported with
 * its file, line and reason, and the summary's counts right.
 */
class BadCorpusEndToEndTest {

  private static final String SEED = CliRun.SEED;
  /** Small, so the generated 50 MB file is cut to a story CoreNLP annotates in a moment. */
  private static final int MAX_FILE_BYTES = 4000;
  private static final String BIG_LINE =
      "The regional council discussed the harbour budget once again on Monday, its members told reporters.\n";

  @TempDir
  Path dir;

  private Path corpus;
  private Path index;
  private Path config;
  private Path locked;

  @BeforeAll
  static void shareThePipeline() {
    Engine.usePipelines(SharedPipeline::get);
  }

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    config = Files.writeString(dir.resolve("test.properties"),
        "corpus.maxFileBytes=" + MAX_FILE_BYTES + "\nindex.threads=2\n");
    CliRun.copySeed(corpus);
    writeFeed();
    writeBigFile();
    Files.write(corpus.resolve("c-empty.txt"), new byte[0]);
    Files.write(corpus.resolve("d-photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D'});
    // 0x81 is unassigned in windows-1252: neither UTF-8 nor legacy text.
    Files.write(corpus.resolve("e-bad-bytes.txt"), new byte[] {'F', 'i', 'n', 'e', '.', '\n', 'B', 'a', 'd', ' ',
        (byte) 0x81, (byte) 0x81, '.'});
    Files.write(corpus.resolve("f-latin1.txt"), ("GENEVA (Reuters) - Hélène Lefèvre, the chief executive of Nestlé, "
        + "said on Tuesday that the group would move 300 jobs from Zürich to Genève.\n\nFrançois Dubé, a union "
        + "official, called the plan brutal.\n").getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(corpus.resolve("g-front-matter.md"), "---\ntitle: [never closed\ndate: 2024-01-01\n---\n"
        + "The body would be indexed as metadata.\n");
    Files.writeString(corpus.resolve("h-no-body.html"), "<html><head><title>Nothing</title></head><body><nav>Home"
        + "</nav><script>track()</script></body></html>");
    locked = Files.writeString(corpus.resolve("i-locked.txt"), "Nobody may read this story.\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(locked)) {
      // Running as root, permissions are not enforced: leave the case to runs as an ordinary user (CI).
      Files.delete(locked);
    }
    Files.createSymbolicLink(corpus.resolve("j-loop"), corpus);
    Files.writeString(corpus.resolve("k-port.md"), """
        ---
        id: md-port
        title: Dock workers end port strike
        date: 2021-06-02
        source: Example Wire
        ---
        Dock workers in Rotterdam returned to work on Tuesday after a wage deal was signed.
        """);
    Files.writeString(corpus.resolve("notes.pdf"), "%PDF-1.4 not an article");
    Files.createDirectories(corpus.resolve("z-late"));
    Files.writeString(corpus.resolve("z-late/council-vote.txt"), "The council postponed the vote on cars.\n");
  }

  @AfterEach
  void makeReadableAgain() throws IOException {
    if (Files.exists(locked)) {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /** A feed with good lines, a Latin-1 line, malformed lines and a line over the size limit. */
  private void writeFeed() throws IOException {
    List<byte[]> lines = List.of(
        utf8("{\"id\": \"wire-1\", \"title\": \"Ferry service resumes\", \"text\": \"The ferry service between "
            + "Dover and Calais resumed on Friday after the storm, the operator said.\"}"),
        utf8("{\"id\": \"council-vote\", \"text\": \"The Lisbon city council voted 31 to 12 on Thursday to ban "
            + "cars from the old town.\"}"),
        utf8("{\"id\": \"wire-3\", \"text\": \"cut off"),
        utf8(""),
        ("{\"id\": \"wire-5\", \"text\": \"José Núñez opened the first café of the chain in Málaga on Saturday.\"}")
            .getBytes(StandardCharsets.ISO_8859_1),
        utf8("[\"not\", \"an\", \"object\"]"),
        utf8("{\"id\": \"wire-7\", \"text\": \"" + "Too long. ".repeat(MAX_FILE_BYTES / 10) + "\"}"));
    try (OutputStream out = Files.newOutputStream(corpus.resolve("a-wire.jsonl"))) {
      for (byte[] line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
  }

  /** Generates a 50 MB text file (never committed), 100 bytes a line. */
  private void writeBigFile() throws IOException {
    byte[] line = BIG_LINE.getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus.resolve("b-big.txt")), 1 << 20)) {
      for (int i = 0; i < 500_000; i++) {
        out.write(line);
      }
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private CliRun command(String name, String... rest) {
    List<String> args = new ArrayList<>(List.of(name, "--corpus", corpus.toString(), "--index", index.toString(),
        "--config", config.toString()));
    args.addAll(List.of(rest));
    return CliRun.of("", args.toArray(String[]::new));
  }

  /** Returns the expected "file:line: reason" starts of the problem lines, in the order they are met. */
  private List<String> expectedProblems() {
    List<String> problems = new ArrayList<>(List.of(
        "j-loop: symbolic link loop, not followed",
        "a-wire.jsonl:3: bad JSON",
        "a-wire.jsonl:6: expected a JSON object",
        "a-wire.jsonl:7: line has 4028 bytes, more than 4000; skipped",
        // 4,000 bytes are 40 whole lines of 100 bytes: the cut falls at the start of line 41.
        "b-big.txt:41: file has 50000000 bytes, truncated to 4000",
        "c-empty.txt: empty file",
        "d-photo.txt: binary file (NUL byte at 4)",
        "e-bad-bytes.txt:2: invalid UTF-8 at byte 10",
        "g-front-matter.md:",
        "h-no-body.html: HTML page has no body text"));
    if (Files.exists(locked)) {
      problems.add("i-locked.txt: cannot read: access denied");
    }
    problems.add("z-late/council-vote.txt: duplicate article id 'council-vote' (first read from a-wire.jsonl:2), "
        + "skipped");
    return problems;
  }

  @Test
  void index_corpusOfEveryKindOfBadInput_indexesTheGoodArticlesAndReportsEachBadFile() throws IOException {
    CliRun run = command("index");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.showsStackTrace()).as(run.err()).isFalse();
    int unreadable = Files.exists(locked) ? 1 : 0;
    // Seen: 13 regular files (the loop is not one, the unreadable file is when it exists); read: the seed, the feed,
    // the truncated file, the Latin-1 file and the Markdown story; articles: three of them come from the feed.
    assertThat(run.outLines().get(0)).startsWith("indexed " + corpus + ": ")
        .contains((12 + unreadable) + " files, 7 articles read, " + (7 + unreadable) + " files skipped, "
            + (11 + unreadable) + " problems; 7 annotated, 0 unchanged, 0 deleted, 0 failed");
    List<String> problemLines = run.outLines().subList(1, run.outLines().size());
    List<String> expected = expectedProblems();
    assertThat(problemLines).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(problemLines.get(i)).startsWith("  problem: " + expected.get(i));
    }
    assertThat(problemLines.get(8)).containsPattern("g-front-matter\\.md:[2-4]: invalid YAML front matter");

    try (PassageIndex passages = new PassageIndex(index)) {
      assertThat(passages.stats().articles()).isEqualTo(7);
      assertThat(passages.articles()).extracting(Citation::articleId).containsExactlyInAnyOrder(SEED, "wire-1",
          "council-vote", "wire-5", "b-big", "f-latin1", "md-port");
      assertThat(passages.citation("council-vote").file()).isEqualTo("a-wire.jsonl");
      assertThat(passages.citation("f-latin1").source()).isEqualTo("Reuters");
      assertThat(passages.sentences("b-big", 0, 1000)).hasSize(40)
          .allSatisfy(p -> assertThat(p.text()).isEqualTo(BIG_LINE.strip()));
    }
  }

  @Test
  void ask_afterIndexingABadCorpus_answersFromTheGoodArticlesIncludingLegacyEncodedOnes() {
    assertThat(command("index").exit()).isZero();

    JsonNode members = command("ask", "--json", "How many UAW members are on strike at GM?").firstReply();
    JsonNode jobs = command("ask", "--json", "How many jobs will Nestlé move from Zürich?").firstReply();
    JsonNode cafe = command("ask", "--json", "Who opened the first café of the chain in Málaga?").firstReply();

    assertThat(members.get("answer").asText()).isEqualTo("48,000");
    assertThat(jobs.get("evidence").get(0).get("articleId").asText()).isEqualTo("f-latin1");
    assertThat(jobs.get("evidence").get(0).get("text").asText()).contains("Hélène Lefèvre", "Nestlé", "Zürich");
    assertThat(jobs.get("answer").asText()).as(jobs.toString()).isEqualTo("300 jobs");
    assertThat(cafe.get("evidence").get(0).get("articleId").asText()).isEqualTo("wire-5");
    assertThat(cafe.get("answer").asText()).as(cafe.toString()).isEqualTo("José Núñez");
  }

  @Test
  void index_badCorpusAgain_reannotatesNothingAndReportsTheSameCountsAndProblems() {
    CliRun first = command("index");

    CliRun second = command("index");

    assertThat(second.exit()).isZero();
    String counts = first.outLines().get(0).replaceAll(";.*", "");
    assertThat(second.outLines().get(0)).startsWith(counts).contains("0 annotated, 7 unchanged, 0 deleted");
    assertThat(second.outLines().subList(1, second.outLines().size()))
        .containsExactlyElementsOf(first.outLines().subList(1, first.outLines().size()));
  }
}
