package org.newsdesk.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsdesk.nlp.NlpPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the on-disk index for an incremental update, rebuilding it when it is of an older format or unreadable. */
public final class Indexer {

  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  /** Default of {@code index.commitEvery}: often enough that a crash loses little, rarely enough to stay fast. */
  public static final int DEFAULT_COMMIT_EVERY = 500;

  private final NlpPipeline nlp;
  private final int threads;
  private final int commitEvery;

  /**
   * Creates an indexer that commits every {@value #DEFAULT_COMMIT_EVERY} annotated articles.
   *
   * @param nlp     the shared CoreNLP pipeline
   * @param threads annotation threads; 0 or less means one per available core
   */
  public Indexer(NlpPipeline nlp, int threads) {
    this(nlp, threads, DEFAULT_COMMIT_EVERY);
  }

  /**
   * Creates an indexer.
   *
   * @param nlp         the shared CoreNLP pipeline
   * @param threads     annotation threads; 0 or less means one per available core
   * @param commitEvery commit after every this many annotated articles, so an interrupted update keeps its work
   */
  public Indexer(NlpPipeline nlp, int threads, int commitEvery) {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1: " + commitEvery);
    }
    this.nlp = nlp;
    this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    this.commitEvery = commitEvery;
  }

  /** Returns the analyzer of every field: the standard analyzer for plain text, whitespace for pre-made terms. */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    perField.put(Fields.LEMMAS, new WhitespaceAnalyzer());
    perField.put(Fields.TITLE_LEMMAS, new WhitespaceAnalyzer());
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  /**
   * Opens {@code directory} (creating it when missing) for an update; the caller offers articles then commits.
   *
   * @param directory the index directory
   * @param progress  receives progress while annotating
   * @return the open update; close it when done
   * @throws IndexException when the directory cannot be created or written ({@link IndexException.Kind#READ_ONLY}),
   *                        or another process is updating it ({@link IndexException.Kind#LOCKED})
   */
  public IndexUpdate open(Path directory, IndexUpdate.ProgressListener progress) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new IndexException(directory, "cannot create the index directory: " + e.getMessage(), e);
    }
    if (!Files.isWritable(directory)) {
      throw new IndexException(IndexException.Kind.READ_ONLY, directory,
          "the index directory is not writable; make it writable or choose another with --index DIR", null);
    }
    Directory dir = null;
    IndexedArticles existing = null;
    try {
      dir = FSDirectory.open(directory);
      String[] reason = new String[1];
      existing = readExisting(dir, reason);
      boolean rebuild = existing == null;
      if (rebuild) {
        LOG.warn("rebuilding the index in {}: {}", directory, reason[0]);
        existing = IndexedArticles.none();
      }
      IndexWriter writer = openWriter(dir, rebuild);
      Map<String, FileStamps.Stamp> stamps = rebuild ? Map.of() : FileStamps.read(directory);
      return new IndexUpdate(writer, directory, nlp, existing, stamps, rebuild, threads, commitEvery, progress);
    } catch (LockObtainFailedException e) {
      closeQuietly(existing, e);
      closeQuietly(dir, e);
      throw new IndexException(IndexException.Kind.LOCKED, directory,
          "another newsdesk process is updating the index; wait for it to finish", e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(existing, e);
      closeQuietly(dir, e);
      throw new IndexException(directory, "cannot open the index for writing: " + e.getMessage(), e);
    }
  }

  private static IndexWriter openWriter(Directory dir, boolean rebuild) throws IOException {
    if (rebuild) {
      // An unreadable commit cannot be carried over: even CREATE reads it, and deleting its files at the first new
      // commit fails when one is missing. So it goes first, under the write lock, so that an index another process
      // is updating is never touched (obtaining the lock fails instead).
      try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        dropCommits(dir);
      }
    }
    return new IndexWriter(dir, writerConfig(rebuild));
  }

  private static void closeQuietly(java.io.Closeable closeable, Exception failure) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static IndexWriterConfig writerConfig(boolean rebuild) {
    return new IndexWriterConfig(analyzer())
        .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
  }

  /** Deletes the commit points of an unreadable index; the writer then removes the files they referenced. */
  private static void dropCommits(Directory dir) throws IOException {
    for (String file : dir.listAll()) {
      if (file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)) {
        dir.deleteFile(file);
      }
    }
  }

  /**
   * Opens the last commit's articles; returns null with {@code reason[0]} set when the index must be rebuilt, and
   * an empty set when there is no index yet.
   */
  private static IndexedArticles readExisting(Directory dir, String[] reason) {
    DirectoryReader reader = null;
    try {
      reader = DirectoryReader.open(dir);
      String format = reader.getIndexCommit().getUserData().get(Fields.COMMIT_FORMAT);
      if (!Fields.FORMAT_VERSION.equals(format)) {
        reader.close();
        reason[0] = "index format " + format + " is not the current " + Fields.FORMAT_VERSION;
        return null;
      }
      return IndexedArticles.of(reader);
    } catch (IndexNotFoundException e) {
      return IndexedArticles.none();
    } catch (IOException | RuntimeException e) {
      if (reader != null) {
        try {
          reader.close();
        } catch (IOException closing) {
          e.addSuppressed(closing);
        }
      }
      reason[0] = "the existing index cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
      return null;
    }
  }
}
