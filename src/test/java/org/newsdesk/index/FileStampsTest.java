package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.corpus.CorpusProblem;
import org.newsdesk.corpus.CorpusReader;
import org.newsdesk.corpus.CorpusScan;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.PassageIndex;

class FileStampsTest {

  @TempDir
  Path tmp;

  private Path corpus;
  private Path index;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    index = tmp.resolve("index");
    Files.writeString(corpus.resolve("strike.txt"),
        "date 2024-03-01 DETROIT (Reuters) - About 15,000 workers walked off the job on Monday, the union said.\n\n"
            + "The strike is the first in a decade.\n");
    Files.writeString(corpus.resolve("feed.jsonl"),
        "{\"id\": \"a1\", \"title\": \"Rail fares rise\", \"text\": \"Rail fares will rise by 4% in March.\"}\n"
            + "{\"id\": \"a2\", \"title\": \"Port reopens\", \"text\": \"The port reopened on Tuesday after a week.\"}\n");
  }

  @Test
  void update_unchangedFiles_areNotReadAgain() {
    Run first = update();
    Run second = update();

    assertThat(first.offered()).containsExactlyInAnyOrder("strike", "a1", "a2");
    assertThat(second.offered()).isEmpty();
    assertThat(second.summary().unchanged()).isEqualTo(3);
    assertThat(second.summary().annotated()).isZero();
    assertThat(second.scan().articles()).isEqualTo(3);
  }

  @Test
  void update_touchedButUnchangedFile_isReadAgainButNotReannotated() throws IOException {
    update();
    Files.setLastModifiedTime(corpus.resolve("feed.jsonl"), FileTime.fromMillis(System.currentTimeMillis() + 5000));

    Run second = update();

    assertThat(second.offered()).containsExactlyInAnyOrder("a1", "a2");
    assertThat(second.summary().annotated()).isZero();
    assertThat(second.summary().unchanged()).isEqualTo(3);
  }

  @Test
  void update_changedFile_reannotatesOnlyItsArticles() throws IOException {
    update();
    Files.writeString(corpus.resolve("feed.jsonl"),
        "{\"id\": \"a1\", \"title\": \"Rail fares rise\", \"text\": \"Rail fares will rise by 5% in April.\"}\n"
            + "{\"id\": \"a2\", \"title\": \"Port reopens\", \"text\": \"The port reopened on Tuesday after a week.\"}\n");

    Run second = update();

    assertThat(second.offered()).containsExactlyInAnyOrder("a1", "a2");
    assertThat(second.summary().annotated()).isEqualTo(1);
  }

  @Test
  void update_deletedFile_deletesItsArticles() throws IOException {
    update();
    Files.delete(corpus.resolve("feed.jsonl"));

    Run second = update();

    assertThat(second.summary().deleted()).isEqualTo(2);
    assertThat(second.summary().articles()).isEqualTo(1);
  }

  @Test
  void update_unreadableStamps_readsEveryFileAgain() throws IOException {
    update();
    Files.writeString(index.resolve(FileStamps.FILE), "{not json");

    Run second = update();

    assertThat(second.offered()).containsExactlyInAnyOrder("strike", "a1", "a2");
    assertThat(second.summary().annotated()).isZero();
  }

  @Test
  void update_newFileEarlierInPathOrderRepeatsAnUnchangedFilesId_reportsTheDuplicate() throws IOException {
    update();
    Files.writeString(corpus.resolve("a-copy.jsonl"),
        "{\"id\": \"a1\", \"title\": \"Rail fares rise\", \"text\": \"Rail fares will rise by 9% in May.\"}\n");

    Run second = update();

    assertThat(second.scan().problems()).containsExactly(new CorpusProblem("feed.jsonl", 1,
        "duplicate article id 'a1' (first read from a-copy.jsonl:1), skipped"));
    assertThat(second.scan().articles()).isEqualTo(3);
    assertThat(second.summary().articles()).isEqualTo(3);
    assertThat(second.summary().annotated()).isEqualTo(1);
    assertThat(second.summary().unchanged()).isEqualTo(2);
  }

  @Test
  void update_articleSkippedAsADuplicate_isIndexedOnceTheFileThatHadItFirstIsGone() throws IOException {
    Files.writeString(corpus.resolve("a-first.jsonl"),
        "{\"id\": \"a1\", \"title\": \"Rail fares rise\", \"text\": \"Rail fares will rise by 9% in May.\"}\n");
    Run first = update();
    assertThat(first.scan().problems()).extracting(CorpusProblem::file).containsExactly("feed.jsonl");

    Files.delete(corpus.resolve("a-first.jsonl"));
    Run second = update();

    assertThat(second.scan().problems()).isEmpty();
    assertThat(second.offered()).contains("a1");
    assertThat(second.summary().articles()).isEqualTo(3);
    try (PassageIndex passages = new PassageIndex(index)) {
      assertThat(passages.citation("a1").file()).isEqualTo("feed.jsonl");
    }
  }

  @Test
  void update_fileWithAMalformedLine_isReadAgainSoItsProblemIsReportedEveryTime() throws IOException {
    Files.writeString(corpus.resolve("feed.jsonl"), "{\"id\": \"a1\", \"text\": \"Rail fares will rise.\"}\n{oops\n");
    Run first = update();

    Run second = update();

    assertThat(second.scan().problems()).isEqualTo(first.scan().problems()).hasSize(1);
    assertThat(second.offered()).containsExactly("a1");
    assertThat(second.summary().annotated()).isZero();
    assertThat(second.summary().unchanged()).isEqualTo(2);
  }

  @Test
  void update_filesDeletedWhileTheUpdateRuns_areReportedOrDroppedNextTimeAndTheIndexStaysConsistent()
      throws IOException {
    Files.writeString(corpus.resolve("x-later.txt"), "The ferry service resumed on Friday after the storm.\n");
    Path alreadyRead = corpus.resolve("feed.jsonl");
    Path notYetRead = corpus.resolve("x-later.txt");
    List<String> offered = new ArrayList<>();
    IndexSummary summary;
    CorpusScan scan;

    try (IndexUpdate update = new Indexer(SharedPipeline.get(), 1).open(index, (a, done, tokens) -> { })) {
      scan = new CorpusReader().read(corpus, article -> {
        offered.add(article.id());
        update.add(article);
        // While the first article is being annotated: one file already read disappears, and one not yet read.
        if (offered.size() == 1) {
          deleteQuietly(alreadyRead);
          deleteQuietly(notYetRead);
        }
      }, update);
      summary = update.commit();
    }

    assertThat(offered).containsExactly("a1", "a2", "strike");
    assertThat(scan.problems()).containsExactly(new CorpusProblem("x-later.txt", 0,
        "file vanished before it could be read (or is a broken link)"));
    assertThat(scan).extracting(CorpusScan::filesSeen, CorpusScan::filesRead, CorpusScan::filesSkipped)
        .containsExactly(3, 2, 1);
    assertThat(summary.articles()).isEqualTo(3);
    try (PassageIndex passages = new PassageIndex(index)) {
      assertThat(passages.stats().articles()).isEqualTo(3);
    }
    Run next = update();
    assertThat(next.summary().deleted()).isEqualTo(2);
    assertThat(next.summary().articles()).isEqualTo(1);
    assertThat(next.scan().problems()).isEmpty();
    try (PassageIndex passages = new PassageIndex(index)) {
      assertThat(passages.stats().articles()).isEqualTo(1);
      assertThat(passages.citation("strike")).isNotNull();
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new AssertionError("could not delete " + file, e);
    }
  }

  private record Run(List<String> offered, CorpusScan scan, IndexSummary summary) {
  }

  private Run update() {
    List<String> offered = new ArrayList<>();
    try (IndexUpdate update = new Indexer(SharedPipeline.get(), 1).open(index, (a, done, tokens) -> { })) {
      CorpusScan scan = new CorpusReader().read(corpus, article -> {
        offered.add(article.id());
        update.add(article);
      }, update);
      return new Run(offered, scan, update.commit());
    }
  }
}
