package org.newsdesk.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.newsdesk.corpus.Article;
import org.newsdesk.corpus.CorpusProblem;
import org.newsdesk.corpus.KnownFiles;
import org.newsdesk.nlp.Attribution;
import org.newsdesk.nlp.Mention;
import org.newsdesk.nlp.NlpPipeline;
import org.newsdesk.nlp.Sentence;
import org.newsdesk.nlp.Terms;
import org.newsdesk.nlp.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One incremental update of the index: offer every article of the corpus with {@link #add}, then {@link #commit}.
 * Unchanged articles (same content hash) are skipped, new and changed ones are annotated on a thread pool, and
 * articles not offered are deleted at commit.
 */
public final class IndexUpdate implements AutoCloseable, KnownFiles {

  private static final Logger LOG = LoggerFactory.getLogger(IndexUpdate.class);
  /** How long a failed update waits for annotation threads before rolling back. */
  private static final int ABANDON_WAIT_SECONDS = 30;

  private final IndexWriter writer;
  private final Path directory;
  private final NlpPipeline nlp;
  /** The articles of the last commit; their hashes are read only for articles offered again. */
  private final IndexedArticles existing;
  private final boolean rebuilt;
  private final ProgressListener progress;
  private final ExecutorService pool;
  private final Semaphore inFlight;
  /** Commit every this many annotated articles so a crash loses little work. */
  private final int commitEvery;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger annotated = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong tokens = new AtomicLong();
  private final long startNanos = System.nanoTime();
  private final Map<String, FileStamps.Stamp> previousStamps;
  /** Each corpus file's size and time as seen before it was read in this update. */
  private final Map<String, long[]> currentStamps = new ConcurrentHashMap<>();
  /** Ids of the articles each file gave in this update (read or known unchanged). */
  private final Map<String, Set<String>> idsByFile = new ConcurrentHashMap<>();
  /** Files with an article that could not be indexed, or with problems: they are read again next time. */
  private final Set<String> failedFiles = ConcurrentHashMap.newKeySet();
  private boolean committed;
  /** Set when the update is abandoned, so articles interrupted by the shutdown are not reported as failures. */
  private volatile boolean closed;

  IndexUpdate(IndexWriter writer, Path directory, NlpPipeline nlp, IndexedArticles existing,
              Map<String, FileStamps.Stamp> previousStamps, boolean rebuilt, int threads, int commitEvery,
              ProgressListener progress) {
    this.previousStamps = Map.copyOf(previousStamps);
    this.writer = writer;
    this.directory = directory;
    this.nlp = nlp;
    this.existing = existing;
    this.rebuilt = rebuilt;
    this.progress = progress;
    this.commitEvery = commitEvery;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newsdesk-annotate");
      t.setDaemon(true);
      return t;
    });
    // Bounded hand-off: the corpus reader blocks instead of queueing the whole corpus in memory.
    this.inFlight = new Semaphore(threads * 4);
  }

  /** Returns how many articles the index held before this update. */
  public int previousArticles() {
    return existing.ids().size();
  }

  /**
   * Reports a corpus file unchanged when its size and time are those recorded at the last commit, all its articles
   * are still indexed and none of their ids was already offered from another file; its articles then count as
   * offered and unchanged without being read.
   */
  @Override
  public List<String> unchanged(String file, long size, long modifiedMillis) {
    currentStamps.put(file, new long[] {size, modifiedMillis});
    FileStamps.Stamp previous = previousStamps.get(file);
    if (previous == null || previous.size() != size || previous.modified() != modifiedMillis
        || previous.ids().isEmpty() || !existing.ids().containsAll(previous.ids())) {
      return null;
    }
    // A new file earlier in path order now gives one of these ids: reading this one again reports the duplicate.
    if (previous.ids().stream().anyMatch(seen::contains)) {
      return null;
    }
    for (String id : previous.ids()) {
      if (seen.add(id)) {
        unchanged.incrementAndGet();
        idsByFile.computeIfAbsent(file, f -> ConcurrentHashMap.newKeySet()).add(id);
      }
    }
    return previous.ids();
  }

  /** Remembers a file read with problems, so it is read again next time and its problems are reported again. */
  @Override
  public void read(String file, List<CorpusProblem> problems) {
    if (!problems.isEmpty()) {
      failedFiles.add(file);
    }
  }

  /**
   * Offers one article of the corpus; annotates it in the background unless it is unchanged.
   *
   * @param article an article read from the corpus
   */
  public void add(Article article) {
    if (!seen.add(article.id())) {
      LOG.warn("{}: duplicate article id {} skipped", article.file(), article.id());
      return;
    }
    idsByFile.computeIfAbsent(article.file(), f -> ConcurrentHashMap.newKeySet()).add(article.id());
    String hash = article.contentHash();
    if (hash.equals(storedHash(article))) {
      unchanged.incrementAndGet();
      return;
    }
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing " + article.file(), e);
    }
    pool.execute(() -> {
      try {
        index(article, hash);
      } catch (RuntimeException | IOException e) {
        failed.incrementAndGet();
        failedFiles.add(article.file());
        if (closed) {
          LOG.debug("{}: article {} abandoned with the update: {}", article.file(), article.id(), e.toString());
        } else {
          LOG.warn("{}: article {} could not be indexed: {}", article.file(), article.id(), e.toString());
          LOG.debug("article {} failed with", article.id(), e);
        }
      } finally {
        inFlight.release();
      }
    });
  }

  /**
   * Waits for pending annotation, deletes articles that left the corpus, and commits.
   *
   * @return what the update did
   */
  public IndexSummary commit() {
    awaitPending();
    try {
      int deleted = 0;
      for (String id : existing.ids()) {
        if (!seen.contains(id)) {
          writer.deleteDocuments(new Term(Fields.ARTICLE_ID, id));
          deleted++;
        }
      }
      commitNow();
      committed = true;
      writeStamps();
      int articles = seen.size() - failed.get();
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      return new IndexSummary(articles, annotated.get(), unchanged.get(), deleted, failed.get(), tokens.get(),
          seconds, rebuilt);
    } catch (IOException e) {
      throw new IndexException(directory, "cannot commit the index: " + e, e);
    }
  }

  /**
   * Closes the writer. After {@link #commit} it waits for merges; without one (the update failed), it rolls back to
   * the last periodic commit, as after a crash, instead of committing a half update.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      existing.close();
      if (committed) {
        writer.close();
      } else {
        pool.shutdownNow();
        awaitAbandoned();
        writer.rollback();
      }
    } catch (IOException e) {
      throw new IndexException(directory, "cannot close the index writer", e);
    }
  }

  /** Gives annotation still running after a failure a moment to stop, so the rollback does not race it. */
  private void awaitAbandoned() {
    try {
      if (!pool.awaitTermination(ABANDON_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("annotation did not stop within {} s; rolling back the index anyway", ABANDON_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String storedHash(Article article) {
    try {
      return existing.hash(article.id());
    } catch (IOException e) {
      throw new IndexException(directory, "cannot read the indexed version of " + article.id() + " from "
          + article.file() + ": " + e.getMessage(), e);
    }
  }

  private void awaitPending() {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        LOG.debug("waiting for annotation to finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for annotation", e);
    }
  }

  /** Records, after the commit, the stamps of the files whose articles are all indexed now. */
  private void writeStamps() {
    Map<String, FileStamps.Stamp> stamps = new HashMap<>();
    currentStamps.forEach((file, stamp) -> {
      Set<String> ids = idsByFile.get(file);
      // Files that gave no article (broken, unsupported) or had problems are read again, so their problems are
      // reported again.
      if (ids != null && !ids.isEmpty() && !failedFiles.contains(file)) {
        stamps.put(file, new FileStamps.Stamp(stamp[0], stamp[1], List.copyOf(ids)));
      }
    });
    try {
      FileStamps.write(directory, stamps);
    } catch (IOException e) {
      LOG.warn("cannot record file stamps in {} ({}); the next start reads every file again", directory,
          e.getMessage());
    }
  }

  private void commitNow() throws IOException {
    writer.setLiveCommitData(Map.of(Fields.COMMIT_FORMAT, Fields.FORMAT_VERSION,
        Fields.COMMIT_TIME, Instant.now().toString()).entrySet());
    writer.commit();
  }

  private void index(Article article, String hash) throws IOException {
    String text = article.text();
    List<Sentence> sentences = nlp.annotate(text);
    int[] paragraphStarts = paragraphStarts(article.paragraphs());
    List<String> titleTerms = Terms.of(nlp.annotate(article.title()).stream()
        .flatMap(s -> s.tokens().stream()).toList());
    String titleField = String.join(" ", titleTerms);

    List<Document> docs = new ArrayList<>(sentences.size() + 1);
    docs.add(articleDoc(article, hash, sentences.size()));
    long count = 0;
    List<Integer> paragraphs = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      paragraphs.add(paragraphOf(paragraphStarts, s.begin()));
    }
    List<List<Token>> speakers = Attribution.speakers(sentences, paragraphs);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      count += s.tokens().size();
      docs.add(sentenceDoc(article.id(), i, paragraphs.get(i), s, titleField,
          String.join(" ", Terms.of(speakers.get(i)))));
    }
    writer.updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), docs);
    tokens.addAndGet(count);
    int done = annotated.incrementAndGet();
    progress.annotated(article, done, count);
    if (done % commitEvery == 0) {
      synchronized (this) {
        commitNow();
      }
    }
  }

  private static Document articleDoc(Article a, String hash, int sentenceCount) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.TYPE_ARTICLE, Field.Store.NO));
    d.add(new StringField(Fields.ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new StoredField(Fields.HASH, hash));
    d.add(new StoredField(Fields.TITLE, a.title()));
    d.add(new StoredField(Fields.FILE, a.file()));
    d.add(new StoredField(Fields.SENTENCE_COUNT, sentenceCount));
    d.add(new TextField(Fields.LEDE, a.paragraphs().get(0), Field.Store.YES));
    if (a.date() != null) {
      d.add(new StoredField(Fields.DATE, a.date().toString()));
    }
    if (a.source() != null) {
      d.add(new StoredField(Fields.SOURCE, a.source()));
    }
    if (a.dateline() != null) {
      d.add(new StoredField(Fields.DATELINE, a.dateline()));
    }
    if (a.url() != null) {
      d.add(new StoredField(Fields.URL, a.url()));
    }
    return d;
  }

  private static Document sentenceDoc(String articleId, int index, int paragraph, Sentence s, String titleTerms,
                                      String speakerTerms) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.TYPE_SENTENCE, Field.Store.NO));
    d.add(new StringField(Fields.ARTICLE_ID, articleId, Field.Store.YES));
    d.add(new StoredField(Fields.SENTENCE_INDEX, index));
    d.add(new IntPoint(Fields.SENTENCE_INDEX, index));
    d.add(new StoredField(Fields.PARAGRAPH, paragraph));
    d.add(new StringField(Fields.PARAGRAPH_KEY, articleId + "#" + paragraph, Field.Store.NO));
    d.add(new TextField(Fields.TEXT, s.text(), Field.Store.YES));
    d.add(new TextField(Fields.LEMMAS, String.join(" ", Terms.of(s.tokens())), Field.Store.NO));
    d.add(new TextField(Fields.TITLE_LEMMAS, titleTerms, Field.Store.NO));
    d.add(new StoredField(Fields.SPEAKER, speakerTerms));
    Set<String> types = new HashSet<>();
    for (Mention m : s.mentions()) {
      types.add(m.type());
    }
    for (String type : types) {
      d.add(new StringField(Fields.ENTITY_TYPES, type, Field.Store.NO));
    }
    d.add(new StoredField(Fields.TOKENS, TokenCodec.encode(s.tokens())));
    return d;
  }

  private static int[] paragraphStarts(List<String> paragraphs) {
    int[] starts = new int[paragraphs.size()];
    int offset = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      starts[i] = offset;
      offset += paragraphs.get(i).length() + 2;
    }
    return starts;
  }

  private static int paragraphOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** Receives progress while articles are annotated; called from annotation threads. */
  @FunctionalInterface
  public interface ProgressListener {

    /** Called after each article is annotated with the running count and the article's token count. */
    void annotated(Article article, int done, long tokens);
  }
}
