package org.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.index.IndexFixture.article;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.corpus.Article;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.PassageIndex;
import org.newsdesk.search.WeightedTerm;
import org.slf4j.LoggerFactory;

class IndexUpdateTest {

  private static final Article PORT = article("port-strike", "Dock workers end port strike", LocalDate.of(2021, 6, 2),
      "Dock workers in Rotterdam returned to work on Tuesday after a wage deal was signed.",
      "The strike had lasted eight days.");
  private static final Article HEAT = article("heat-record", "Spain sets temperature record", LocalDate.of(2023, 8, 10),
      "Spain recorded a temperature of 46.8 degrees in Valencia on Thursday.");
  private static final Article THEFT = article("museum-theft", "Paintings stolen from Lisbon museum", null,
      "Thieves stole two paintings from a museum in Lisbon overnight.");
  private static final List<Article> CORPUS = List.of(PORT, HEAT, THEFT);

  @TempDir
  Path dir;

  private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

  @BeforeEach
  void captureLogs() {
    warnings.start();
    loggers().forEach(l -> l.addAppender(warnings));
  }

  @AfterEach
  void releaseLogs() {
    loggers().forEach(l -> l.detachAppender(warnings));
  }

  private static Stream<Logger> loggers() {
    return Stream.of(Indexer.class, IndexUpdate.class).map(c -> (Logger) LoggerFactory.getLogger(c));
  }

  private Path index() {
    return dir.resolve("index");
  }

  @Test
  void update_emptyDirectory_annotatesEveryArticle() {
    IndexSummary summary = IndexFixture.update(index(), CORPUS);

    assertThat(summary.articles()).isEqualTo(3);
    assertThat(summary.annotated()).isEqualTo(3);
    assertThat(summary.unchanged()).isZero();
    assertThat(summary.deleted()).isZero();
    assertThat(summary.failed()).isZero();
    assertThat(summary.tokens()).isGreaterThan(30);
    assertThat(summary.rebuilt()).isFalse();
    assertThat(summary.changed()).isTrue();
    assertThat(searchIds("rotterdam")).containsExactly("port-strike");
  }

  @Test
  void update_unchangedCorpus_reannotatesNothing() {
    IndexFixture.update(index(), CORPUS);

    IndexSummary second = IndexFixture.update(index(), CORPUS);

    assertThat(second.annotated()).isZero();
    assertThat(second.unchanged()).isEqualTo(3);
    assertThat(second.articles()).isEqualTo(3);
    assertThat(second.tokens()).isZero();
    assertThat(second.changed()).isFalse();
  }

  @Test
  void update_oneArticleChanged_reannotatesOnlyItAndItsOldSentencesAreGone() throws IOException {
    IndexFixture.update(index(), CORPUS);
    Article changed = article("port-strike", PORT.title(), PORT.date(),
        "Dock workers in Antwerp returned to work on Tuesday after a wage deal was signed.");

    IndexSummary second = IndexFixture.update(index(), List.of(changed, HEAT, THEFT));

    assertThat(second.annotated()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(2);
    assertThat(searchIds("rotterdam")).isEmpty();
    assertThat(searchIds("eight")).isEmpty();
    assertThat(searchIds("antwerp")).containsExactly("port-strike");
    try (PassageIndex passages = new PassageIndex(index())) {
      assertThat(passages.stats().sentences()).isEqualTo(3);
    }
  }

  @Test
  void update_afterAnArticleWasDeleted_itIsNeitherCountedNorDeletedAgain() {
    IndexFixture.update(index(), CORPUS);
    IndexFixture.update(index(), List.of(PORT, HEAT));

    IndexSummary third = IndexFixture.update(index(), List.of(PORT, HEAT));

    assertThat(third.deleted()).isZero();
    assertThat(third.unchanged()).isEqualTo(2);
    assertThat(third.annotated()).isZero();
  }

  @Test
  void update_deletedArticleComesBack_isAnnotatedAgain() {
    IndexFixture.update(index(), CORPUS);
    IndexFixture.update(index(), List.of(PORT, HEAT));

    IndexSummary third = IndexFixture.update(index(), CORPUS);

    assertThat(third.annotated()).isEqualTo(1);
    assertThat(third.unchanged()).isEqualTo(2);
    assertThat(searchIds("lisbon", "painting")).containsExactly("museum-theft");
  }

  @Test
  void update_articleLeftTheCorpus_isDeletedAndNoLongerSearchable() throws IOException {
    IndexFixture.update(index(), CORPUS);

    IndexSummary second = IndexFixture.update(index(), List.of(PORT, HEAT));

    assertThat(second.deleted()).isEqualTo(1);
    assertThat(second.articles()).isEqualTo(2);
    assertThat(second.changed()).isTrue();
    assertThat(searchIds("lisbon", "painting")).isEmpty();
    try (PassageIndex passages = new PassageIndex(index())) {
      assertThat(passages.citation("museum-theft")).isNull();
      assertThat(passages.stats().articles()).isEqualTo(2);
    }
  }

  @Test
  void update_indexOfAnotherFormatVersion_isRebuiltFromScratch() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    try (IndexWriter old = new IndexWriter(FSDirectory.open(index()), config)) {
      Document stray = new Document();
      stray.add(new StringField(Fields.ARTICLE_ID, "from-format-zero", Field.Store.YES));
      old.addDocument(stray);
      old.setLiveCommitData(Map.of(Fields.COMMIT_FORMAT, "0").entrySet());
      old.commit();
    }

    IndexSummary summary = IndexFixture.update(index(), CORPUS);

    assertThat(summary.rebuilt()).isTrue();
    assertThat(summary.annotated()).isEqualTo(3);
    assertThat(summary.changed()).isTrue();
    assertThat(warningText()).contains("rebuilding the index").contains("format 0");
    IndexSummary next = IndexFixture.update(index(), CORPUS);
    assertThat(next.rebuilt()).isFalse();
    assertThat(next.unchanged()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a Lucene commit", ""})
  void update_corruptSegmentsFile_rebuildsWithAWarningInsteadOfFailing(String segmentsContent) throws IOException {
    IndexFixture.update(index(), CORPUS);
    try (Stream<Path> files = Files.list(index())) {
      Path segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst()
          .orElseThrow();
      Files.writeString(segments, segmentsContent);
    }

    IndexSummary summary = IndexFixture.update(index(), CORPUS);

    assertThat(summary.rebuilt()).isTrue();
    assertThat(summary.annotated()).isEqualTo(3);
    assertThat(warningText()).contains("cannot be read");
    assertThat(searchIds("valencia")).containsExactly("heat-record");
    try (PassageIndex passages = new PassageIndex(index())) {
      assertThat(passages.stats().articles()).isEqualTo(3);
      assertThat(passages.stats().sentences()).isEqualTo(4);
    }
  }

  @Test
  void add_sameArticleIdTwice_skipsTheSecondWithAWarning() {
    Article twin = article("heat-record", "Another headline", null, "Norway sold more electric cars than ever.");

    IndexSummary summary = IndexFixture.update(index(), List.of(HEAT, twin));

    assertThat(summary.annotated()).isEqualTo(1);
    assertThat(summary.articles()).isEqualTo(1);
    assertThat(searchIds("valencia")).containsExactly("heat-record");
    assertThat(searchIds("norway")).isEmpty();
    assertThat(warningText()).contains("duplicate article id heat-record");
  }

  @Test
  void open_regularFileWhereTheDirectoryShouldBe_throwsIndexExceptionNamingThePath() throws IOException {
    Path file = Files.writeString(dir.resolve("index"), "not a directory");
    Indexer indexer = new Indexer(SharedPipeline.get(), 1);

    assertThatThrownBy(() -> indexer.open(file, (article, done, tokens) -> {
    })).isInstanceOf(IndexException.class)
        .hasMessageContaining(file.toString())
        .satisfies(e -> assertThat(((IndexException) e).directory()).isEqualTo(file));
  }

  @Test
  void close_withoutCommitOnAnExistingIndex_leavesTheLastCommitAsItWas() throws IOException {
    IndexFixture.update(index(), CORPUS);
    Article extra = article("bridge-opens", "Bridge opens", null, "A new bridge opened in Porto on Sunday.");

    try (IndexUpdate failed = new Indexer(SharedPipeline.get(), 1).open(index(), (a, done, tokens) -> { })) {
      failed.add(extra);
      failed.add(HEAT);
    }

    try (PassageIndex passages = new PassageIndex(index())) {
      assertThat(passages.stats().articles()).isEqualTo(3);
      assertThat(passages.citation("bridge-opens")).isNull();
    }
    IndexSummary next = IndexFixture.update(index(), CORPUS);
    assertThat(next.rebuilt()).isFalse();
    assertThat(next.unchanged()).isEqualTo(3);
    assertThat(next.deleted()).isZero();
  }

  @Test
  void close_withoutCommitOnANewIndex_needsNoRebuildNextTime() {
    try (IndexUpdate failed = new Indexer(SharedPipeline.get(), 1).open(index(), (a, done, tokens) -> { })) {
      failed.add(PORT);
    }

    IndexSummary next = IndexFixture.update(index(), CORPUS);

    assertThat(next.rebuilt()).isFalse();
    assertThat(next.annotated()).isEqualTo(3);
    assertThat(warningText()).doesNotContain("rebuilding");
  }

  @Test
  void open_indexLockedByAnotherWriter_throwsLockedWithoutTouchingTheIndex() throws IOException {
    IndexFixture.update(index(), CORPUS);
    Indexer indexer = new Indexer(SharedPipeline.get(), 1);

    try (FSDirectory directory = FSDirectory.open(index());
         Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      assertThatThrownBy(() -> indexer.open(index(), (article, done, tokens) -> {
      })).isInstanceOf(IndexException.class)
          .hasMessageContaining("another newsdesk process is updating the index")
          .satisfies(e -> assertThat(((IndexException) e).kind()).isEqualTo(IndexException.Kind.LOCKED));
    }

    assertThat(IndexFixture.update(index(), CORPUS).unchanged()).isEqualTo(3);
  }

  @Test
  void open_unreadableIndexLockedByAnotherWriter_deletesNothing() throws IOException {
    IndexFixture.update(index(), CORPUS);
    Path segments = segmentsFile();
    byte[] bytes = Files.readAllBytes(segments);
    Files.write(segments, "damaged".getBytes(StandardCharsets.US_ASCII));
    Indexer indexer = new Indexer(SharedPipeline.get(), 1);

    try (FSDirectory directory = FSDirectory.open(index());
         Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      assertThatThrownBy(() -> indexer.open(index(), (article, done, tokens) -> {
      })).isInstanceOf(IndexException.class)
          .satisfies(e -> assertThat(((IndexException) e).kind()).isEqualTo(IndexException.Kind.LOCKED));
    }

    // The process holding the lock owns the index: its commit point must still be there.
    assertThat(segments).exists();
    Files.write(segments, bytes);
    assertThat(IndexFixture.update(index(), CORPUS).unchanged()).isEqualTo(3);
  }

  private Path segmentsFile() throws IOException {
    try (Stream<Path> files = Files.list(index())) {
      return files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
  }

  private List<String> searchIds(String... terms) {
    List<WeightedTerm> query = Stream.of(terms).map(t -> new WeightedTerm(t, 1f, false)).toList();
    try (PassageIndex passages = new PassageIndex(index())) {
      return passages.search(query, 10).stream().map(p -> p.articleId()).distinct().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private String warningText() {
    return String.join("\n", warnings.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
  }
}
