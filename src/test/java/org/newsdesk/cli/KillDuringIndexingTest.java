package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.index.Fields;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.PassageIndex;

/**
 * {@code kill -9} during indexing: a separate JVM runs the real {@code index} command and is killed at seeded random
 * points, after commits and before any; indexing again must open the index, keep every committed article without
 * annotating it again, redo the rest, and answer correctly.
 */
@Tag("process")
class KillDuringIndexingTest {

  private static final long SEED = 20240917L;
  private static final int FILES = 6;
  private static final int PER_FILE = 40;
  private static final int ARTICLES = FILES * PER_FILE;
  /** Small, so several commits happen within seconds (the default, 500, would take minutes here). */
  private static final int COMMIT_EVERY = 10;
  private static final String KNOWN_ID = "feed-4-17";

  @TempDir
  Path dir;

  private Path corpus;
  private Path index;
  private Path config;

  @BeforeAll
  static void shareThePipeline() {
    Engine.usePipelines(SharedPipeline::get);
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void update_killedMidway_resumesWithoutLosingCommittedArticles() throws Exception {
    writeCorpus();
    Random random = new Random(SEED);

    // Killed after a first commit, then again after more commits, then while still starting (before any commit).
    int first = killAfterCommitted(COMMIT_EVERY + random.nextInt(ARTICLES / 6), random.nextInt(300), "first");
    int second = killAfterCommitted(first + COMMIT_EVERY + random.nextInt(ARTICLES / 6), random.nextInt(300),
        "second");
    int third = killAfterMillis(random.nextInt(1500), "third");
    assertThat(second).as("articles committed before the second kill").isGreaterThanOrEqualTo(first);
    assertThat(third).as("articles committed before the third kill").isGreaterThanOrEqualTo(second);
    assertThat(third).as("the kills left work to redo").isLessThan(ARTICLES);

    CliRun resumed = command("index");

    assertThat(resumed.exit()).as(resumed.toString()).isZero();
    assertThat(resumed.err()).doesNotContain("rebuilding");
    assertThat(resumed.outLines().get(0)).contains(FILES + " files, " + ARTICLES + " articles read, 0 files skipped, "
        + "0 problems; " + (ARTICLES - third) + " annotated, " + third + " unchanged, 0 deleted, 0 failed");
    assertThat(articleIds()).hasSize(ARTICLES).doesNotHaveDuplicates();
    try (PassageIndex passages = new PassageIndex(index)) {
      assertThat(passages.stats().articles()).isEqualTo(ARTICLES);
      // One sentence per article: an article annotated twice would have left its sentences twice.
      assertThat(passages.stats().sentences()).isEqualTo(ARTICLES);
    }
    JsonNode reply = command("ask", "--json", "How many trees will Brindlebury plant this year?").firstReply();
    assertThat(reply.get("answer").asText()).as(reply.toString()).isEqualTo("4,200 trees");
    assertThat(reply.get("evidence").get(0).get("articleId").asText()).isEqualTo(KNOWN_ID);
  }

  /** Short one-sentence articles in a few JSON Lines files; one of them holds a fact asked about at the end. */
  private void writeCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    config = Files.writeString(dir.resolve("test.properties"),
        "index.commitEvery=" + COMMIT_EVERY + "\nindex.threads=2\n");
    String[] places = {"Ashford", "Bexley", "Carlow", "Dunmore", "Elgin", "Fenwick", "Galway", "Harlow"};
    for (int f = 0; f < FILES; f++) {
      try (Writer out = Files.newBufferedWriter(corpus.resolve("feed-" + f + ".jsonl"), StandardCharsets.UTF_8)) {
        for (int i = 0; i < PER_FILE; i++) {
          String id = "feed-" + f + "-" + i;
          String text = id.equals(KNOWN_ID)
              ? "The mayor of Brindlebury said on Friday that the town would plant 4,200 trees this year."
              : "Officials in " + places[(f + i) % places.length] + " said the bridge on road " + (f * 100 + i)
                  + " would reopen after " + (i % 9 + 2) + " weeks of repairs.";
          out.write("{\"id\": \"" + id + "\", \"title\": \"Item " + id + "\", \"text\": \"" + text + "\"}\n");
        }
      }
    }
  }

  /** Starts indexing in another JVM and kills it once at least {@code target} articles are committed. */
  private int killAfterCommitted(int target, int extraMillis, String which) throws Exception {
    Process process = startIndexing(which);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (committedArticles() < target) {
      if (!process.isAlive()) {
        fail("the " + which + " indexing process ended before " + target + " articles were committed:\n"
            + log(which));
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly().waitFor();
        fail("the " + which + " indexing process committed fewer than " + target + " articles in time:\n"
            + log(which));
      }
      Thread.sleep(20);
    }
    Thread.sleep(extraMillis);
    return kill(process, which);
  }

  /** Starts indexing in another JVM and kills it after {@code millis}, while it is still loading or reading. */
  private int killAfterMillis(int millis, String which) throws Exception {
    int before = committedArticles();
    Process process = startIndexing(which);
    Thread.sleep(millis);
    int after = kill(process, which);
    assertThat(after).as("articles committed across the " + which + " kill").isGreaterThanOrEqualTo(before);
    return after;
  }

  /** Kills {@code process} as {@code kill -9} does and returns how many articles the index holds afterwards. */
  private int kill(Process process, String which) throws Exception {
    assertThat(process.isAlive()).as("the " + which + " indexing process is still running:\n" + log(which))
        .isTrue();
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return committedArticles();
  }

  private Process startIndexing(String which) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "index", "--corpus", corpus.toString(), "--index", index.toString(),
        "--config", config.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(which + ".log").toFile());
    Map<String, String> env = builder.environment();
    // Settings from the environment of whoever runs the build must not change what the child does.
    env.keySet().removeIf(name -> name.startsWith("NEWSDESK_") || name.startsWith("TELEGRAM_"));
    return builder.start();
  }

  private String log(String which) {
    try {
      return Files.readString(dir.resolve(which + ".log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Returns how many article documents the last commit holds; 0 before the first commit. */
  private int committedArticles() throws IOException {
    return articleIds().size();
  }

  private List<String> articleIds() throws IOException {
    if (!Files.isDirectory(index)) {
      return List.of();
    }
    try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TermQuery articles = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE));
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(articles, Math.max(1, ARTICLES * 2)).scoreDocs) {
        Document doc = stored.document(hit.doc);
        ids.add(doc.get(Fields.ARTICLE_ID));
      }
      return ids;
    } catch (IndexNotFoundException e) {
      return List.of();
    }
  }

  private CliRun command(String name, String... rest) {
    List<String> args = new ArrayList<>(List.of(name, "--corpus", corpus.toString(), "--index", index.toString(),
        "--config", config.toString()));
    args.addAll(List.of(rest));
    return CliRun.of("", args.toArray(String[]::new));
  }
}
