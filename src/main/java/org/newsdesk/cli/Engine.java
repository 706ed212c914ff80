package org.newsdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsdesk.answer.AnswerModel;
import org.newsdesk.answer.ExtractiveAnswerer;
import org.newsdesk.answer.Lexicon;
import org.newsdesk.answer.QuestionAnalyzer;
import org.newsdesk.answer.Retriever;
import org.newsdesk.answer.Synonyms;
import org.newsdesk.cache.CacheSettings;
import org.newsdesk.cache.CachingAnswerer;
import org.newsdesk.config.ConfigException;
import org.newsdesk.config.Settings;
import org.newsdesk.corpus.CorpusReader;
import org.newsdesk.corpus.CorpusScan;
import org.newsdesk.index.IndexException;
import org.newsdesk.index.IndexSummary;
import org.newsdesk.index.IndexUpdate;
import org.newsdesk.index.Indexer;
import org.newsdesk.nlp.NlpPipeline;
import org.newsdesk.search.PassageIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The entry point's wiring: loads CoreNLP, keeps the index up to date with the corpus, and builds the answerer. */
final class Engine implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  /** Where engines get their pipeline: a fresh one per process, or one shared instance in tests. */
  private static volatile Supplier<NlpPipeline> pipelines = NlpPipeline::new;

  private final Settings settings;
  private final NlpPipeline nlp;
  private final Path corpusDir;
  private final Path indexDir;
  private PassageIndex index;
  private ExtractiveAnswerer answerer;
  private CachingAnswerer cachingAnswerer;

  private Engine(Settings settings, NlpPipeline nlp) {
    this.settings = settings;
    this.nlp = nlp;
    this.corpusDir = settings.path("corpus.dir");
    this.indexDir = settings.path("index.dir");
  }

  /** Loads the NLP pipeline only (for indexing). */
  static Engine load(Settings settings) {
    validate(settings);
    return new Engine(settings, pipelines.get());
  }

  /** Reads every typed setting the engine uses, so a bad value fails before CoreNLP loads and the corpus is read. */
  private static void validate(Settings settings) {
    settings.path("corpus.dir");
    settings.path("index.dir");
    settings.longValue("corpus.maxFileBytes");
    settings.integer("index.threads");
    commitEvery(settings);
    settings.integer("search.candidates");
    settings.decimal("answer.threshold");
    settings.integer("answer.evidence");
    int maxLength = settings.integer("question.maxLength");
    if (maxLength < 1) {
      throw new ConfigException("question.maxLength", String.valueOf(maxLength), "must be at least 1");
    }
    CacheSettings.from(settings);
  }

  private static int commitEvery(Settings settings) {
    int every = settings.integer("index.commitEvery");
    if (every < 1) {
      throw new ConfigException("index.commitEvery", String.valueOf(every), "must be at least 1");
    }
    return every;
  }

  /** Makes every later {@link #load} take its pipeline from {@code source}, so a test JVM loads CoreNLP once. */
  static void usePipelines(Supplier<NlpPipeline> source) {
    pipelines = Objects.requireNonNull(source, "source");
  }

  /** Returns the settings in force. */
  Settings settings() {
    return settings;
  }

  /** Returns the corpus directory. */
  Path corpusDir() {
    return corpusDir;
  }

  /**
   * Brings the index up to date with the corpus, printing a progress bar on a terminal and a summary line to
   * {@code out}.
   */
  synchronized IndexSummary updateIndex(PrintStream out, boolean interactive) {
    CorpusReader reader = new CorpusReader(settings.longValue("corpus.maxFileBytes"));
    Indexer indexer = new Indexer(nlp, settings.integer("index.threads"), commitEvery(settings));
    IndexSummary summary;
    CorpusScan scan;
    ProgressBar bar = interactive ? new ProgressBarBuilder().setTaskName("Annotating").setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).setUpdateIntervalMillis(200)
        .continuousUpdate().build() : null;
    try (IndexUpdate update = indexer.open(indexDir, (article, done, tokens) -> {
      if (bar != null) {
        bar.step();
      }
    })) {
      scan = reader.read(corpusDir, update::add, update);
      summary = update.commit();
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    String line = String.format("indexed %s: %d files, %d articles read, %d files skipped, %d problems; "
            + "%d annotated, %d unchanged, %d deleted, %d failed; %,d tokens in %.1f s%s",
        corpusDir, scan.filesSeen(), scan.articles(), scan.filesSkipped(), scan.problems().size(),
        summary.annotated(), summary.unchanged(), summary.deleted(), summary.failed(), summary.tokens(),
        summary.seconds(), summary.rebuilt() ? " (rebuilt)" : "");
    LOG.info(line);
    if (out != null) {
      out.println(line);
      scan.problems().forEach(p -> out.println("  problem: " + p));
    }
    if (index != null && summary.changed()) {
      index.refresh();
    }
    return summary;
  }

  /**
   * Brings the index up to date like {@link #updateIndex}, for the commands that only answer: an index this process
   * cannot update (a read-only directory, or another process updating it) is answered from as it is, with a
   * warning, as long as it opens.
   *
   * @throws IndexException when the index can neither be updated nor opened as it is
   */
  synchronized void updateIndexForAnswering(PrintStream out, boolean interactive) {
    try {
      updateIndex(out, interactive);
    } catch (IndexException e) {
      if (e.kind() == IndexException.Kind.FAILED) {
        throw e;
      }
      try {
        index = new PassageIndex(indexDir);
      } catch (IndexException unusable) {
        throw new IndexException(e.kind(), indexDir, e.reason() + "; and there is no usable index in it to answer "
            + "from (" + unusable.reason() + ")", unusable);
      }
      LOG.warn("index {} cannot be updated ({}); answering from it as it is, without the corpus's latest changes",
          indexDir, e.reason());
    }
  }

  /** Opens the index and builds the answerer (after {@link #updateIndex}). */
  synchronized ExtractiveAnswerer answerer() {
    if (answerer == null) {
      if (index == null) {
        index = new PassageIndex(indexDir);
      }
      Lexicon lexicon = new Lexicon();
      String synonymsFile = settings.optional("answer.synonyms");
      Synonyms synonyms = Synonyms.read(synonymsFile == null ? null : Path.of(synonymsFile));
      Retriever retriever = new Retriever(index, lexicon, synonyms, settings.integer("search.candidates"));
      answerer = new ExtractiveAnswerer(new QuestionAnalyzer(nlp, lexicon), lexicon, retriever, index,
          AnswerModel.bundled(),
          settings.decimal("answer.threshold"), settings.integer("answer.evidence"));
      long start = System.nanoTime();
      // Warm up lazy lookups (WordNet, the searcher) so the first person's question is not the slow one.
      answerer.answer("Who said what and when?");
      LOG.debug("warm-up took {}", Duration.ofNanos(System.nanoTime() - start));
    }
    return answerer;
  }

  /**
   * Returns the answerer behind the answer cache, for the front ends that people talk to (ask, console, Telegram);
   * eval and bench use {@link #answerer()} so every question is really answered.
   */
  synchronized CachingAnswerer cachedAnswerer() {
    if (cachingAnswerer == null) {
      ExtractiveAnswerer inner = answerer();
      PassageIndex passages = index;
      cachingAnswerer = new CachingAnswerer(inner, () -> passages.stats().generation(),
          CacheSettings.from(settings), Ticker.systemTicker());
    }
    return cachingAnswerer;
  }

  /** Returns the open passage index (after {@link #answerer()}). */
  synchronized PassageIndex index() {
    answerer();
    return index;
  }

  /** Returns the shared NLP pipeline. */
  NlpPipeline nlp() {
    return nlp;
  }

  @Override
  public synchronized void close() throws IOException {
    if (cachingAnswerer != null) {
      LOG.info(cachingAnswerer.summary().describe());
    }
    if (index != null) {
      index.close();
    }
  }
}
