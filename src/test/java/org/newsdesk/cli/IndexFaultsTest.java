package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.PassageIndex;

/** Index directory faults as a person meets them through the command line: one clear line, never a stack trace. */
class IndexFaultsTest {

  private static final String SEED = CliRun.SEED;
  private static final String QUESTION = "How many UAW members are on strike at GM?";

  @TempDir
  Path dir;

  private Path corpus;
  private Path index;

  @BeforeAll
  static void shareThePipeline() {
    Engine.usePipelines(SharedPipeline::get);
  }

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    CliRun.copySeed(corpus);
    Files.writeString(corpus.resolve("port-deal.md"), """
        ---
        id: md-port
        title: Dock workers end port strike
        date: 2021-06-02
        ---
        Dock workers in Rotterdam returned to work on Tuesday after a wage deal was signed.
        """);
  }

  @AfterEach
  void makeWritableAgain() throws IOException {
    // A read-only directory left behind would stop the temporary directory from being deleted.
    if (Files.isDirectory(index)) {
      Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private CliRun command(String name, String... rest) {
    return commandOn(index, name, rest);
  }

  private CliRun commandOn(Path indexDir, String name, String... rest) {
    List<String> args = new ArrayList<>(List.of(name, "--corpus", corpus.toString(), "--index", indexDir.toString()));
    args.addAll(List.of(rest));
    return CliRun.of("", args.toArray(String[]::new));
  }

  private static void assertAnswersTheSeedQuestion(CliRun run) {
    assertThat(run.exit()).as(run.toString()).isZero();
    JsonNode reply = run.firstReply();
    assertThat(reply.get("answer").asText()).isEqualTo("48,000");
    assertThat(reply.get("evidence").get(0).get("articleId").asText()).isEqualTo(SEED);
  }

  @Test
  void index_missingIndexDirectoryAndParents_createsThemAndBuildsTheIndex() throws IOException {
    Path nested = dir.resolve("not/yet/there/index");

    CliRun run = commandOn(nested, "index");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0)).contains("2 files, 2 articles read, 0 files skipped, 0 problems; 2 annotated");
    try (PassageIndex passages = new PassageIndex(nested)) {
      assertThat(passages.stats().articles()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {".cfs", ".cfe", ".si"})
  void ask_truncatedSegmentFile_rebuildsWithOneWarningLineAndAnswers(String extension) throws IOException {
    assertThat(command("index").exit()).isZero();
    Path segmentFile = onlyFileEndingWith(extension);
    truncateToHalf(segmentFile);

    CliRun ask = command("ask", "--json", QUESTION);

    assertAnswersTheSeedQuestion(ask);
    assertThat(ask.showsStackTrace()).as(ask.err()).isFalse();
    assertThat(ask.err().lines().filter(l -> l.contains("rebuilding the index")).toList())
        .singleElement().satisfies(line -> assertThat(line).contains("WARN", index.toString(), "cannot be read"));
    CliRun again = command("index");
    assertThat(again.outLines().get(0)).contains("0 annotated, 2 unchanged, 0 deleted, 0 failed")
        .doesNotContain("(rebuilt)");
  }

  @ParameterizedTest
  @ValueSource(strings = {".cfs", ".si"})
  void ask_deletedSegmentFile_rebuildsAndAnswers(String extension) throws IOException {
    assertThat(command("index").exit()).isZero();
    Files.delete(onlyFileEndingWith(extension));

    CliRun ask = command("ask", "--json", QUESTION);

    assertAnswersTheSeedQuestion(ask);
    assertThat(ask.showsStackTrace()).as(ask.err()).isFalse();
    assertThat(ask.err()).contains("rebuilding the index");
  }

  @Test
  void index_truncatedSegmentFile_reportsTheRebuildInTheSummaryLine() throws IOException {
    assertThat(command("index").exit()).isZero();
    truncateToHalf(onlyFileEndingWith(".cfs"));

    CliRun run = command("index");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.showsStackTrace()).isFalse();
    assertThat(run.outLines().get(0)).contains("2 annotated, 0 unchanged").endsWith("(rebuilt)");
  }

  @Test
  void index_readOnlyIndexDirectory_exitsOneNamingItAndWhatToDo() throws IOException {
    assertThat(command("index").exit()).isZero();
    makeReadOnly(index);

    CliRun run = command("index");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errorLines()).containsExactly("newsdesk: the index directory is not writable; make it writable or "
        + "choose another with --index DIR (index " + index + ")");
    assertThat(run.showsStackTrace()).isFalse();
  }

  @Test
  void ask_readOnlyIndexDirectoryWithAValidIndex_answersFromItWithAWarning() throws IOException {
    assertThat(command("index").exit()).isZero();
    Files.writeString(corpus.resolve("later.txt"), "The ferry service resumed on Friday after the storm.\n");
    makeReadOnly(index);

    CliRun ask = command("ask", "--json", QUESTION);

    assertAnswersTheSeedQuestion(ask);
    assertThat(ask.showsStackTrace()).isFalse();
    assertThat(ask.err()).contains("index " + index + " cannot be updated (the index directory is not writable",
        "answering from it as it is");
  }

  @Test
  void ask_readOnlyEmptyIndexDirectory_exitsOneWithOneClearLine() throws IOException {
    Files.createDirectories(index);
    makeReadOnly(index);

    CliRun ask = command("ask", "--json", QUESTION);

    assertThat(ask.exit()).isEqualTo(1);
    assertThat(ask.out()).isEmpty();
    assertThat(ask.errorLines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("newsdesk: the index directory is not writable")
        .contains("there is no usable index in it to answer from", "the directory holds no index", index.toString()));
    assertThat(ask.showsStackTrace()).isFalse();
  }

  @Test
  void ask_indexLockedByAnotherProcess_answersFromTheLastCommitWithAWarning() throws IOException {
    assertThat(command("index").exit()).isZero();

    CliRun ask;
    try (FSDirectory directory = FSDirectory.open(index);
         Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      ask = command("ask", "--json", QUESTION);
    }

    assertAnswersTheSeedQuestion(ask);
    assertThat(ask.err()).contains("another newsdesk process is updating the index", "answering from it as it is");
    assertThat(ask.showsStackTrace()).isFalse();
  }

  @Test
  void index_indexLockedByAnotherProcess_exitsOneSayingSo() throws IOException {
    assertThat(command("index").exit()).isZero();

    CliRun run;
    try (FSDirectory directory = FSDirectory.open(index);
         Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      run = command("index");
    }

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errorLines()).containsExactly("newsdesk: another newsdesk process is updating the index; wait for "
        + "it to finish (index " + index + ")");
    assertThat(run.showsStackTrace()).isFalse();
  }

  @Test
  void index_missingCorpusDirectory_exitsOneWithOneLineAndLeavesTheIndexAlone() {
    assertThat(command("index").exit()).isZero();
    Path missing = dir.resolve("no-corpus");

    CliRun run = CliRun.of("", "index", "--corpus", missing.toString(), "--index", index.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errorLines()).containsExactly("newsdesk: corpus " + missing + ": does not exist");
    assertThat(run.showsStackTrace()).isFalse();
    assertThat(command("index").outLines().get(0)).contains("0 annotated, 2 unchanged, 0 deleted")
        .doesNotContain("(rebuilt)");
  }

  @Test
  void index_missingCorpusOnANewIndex_leavesNothingThatForcesARebuild() {
    Path missing = dir.resolve("no-corpus");

    CliRun failed = CliRun.of("", "index", "--corpus", missing.toString(), "--index", index.toString());
    CliRun run = command("index");

    assertThat(failed.exit()).isEqualTo(1);
    assertThat(run.exit()).isZero();
    assertThat(run.err()).doesNotContain("rebuilding");
    assertThat(run.outLines().get(0)).contains("2 annotated").doesNotContain("(rebuilt)");
  }

  @Test
  void index_indexPathIsAFile_exitsOneNamingIt() throws IOException {
    Files.writeString(index, "not a directory");

    CliRun run = command("index");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errorLines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("newsdesk: cannot create the index directory").endsWith("(index " + index + ")"));
    assertThat(run.showsStackTrace()).isFalse();
  }

  /** Makes {@code directory} read-only, skipping the test where this user ignores permissions (root). */
  private static void makeReadOnly(Path directory) throws IOException {
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-x------"));
    assumeFalse(Files.isWritable(directory), "permissions are not enforced for this user");
  }

  private Path onlyFileEndingWith(String extension) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      List<Path> matching = files.filter(f -> f.getFileName().toString().endsWith(extension))
          .sorted(Comparator.naturalOrder()).toList();
      assertThat(matching).as("index files ending with " + extension).hasSize(1);
      return matching.get(0);
    }
  }

  private static void truncateToHalf(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() / 2);
    }
  }
}
