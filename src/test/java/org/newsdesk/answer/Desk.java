package org.newsdesk.answer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.config.Settings;
import org.newsdesk.corpus.Article;
import org.newsdesk.corpus.CorpusReader;
import org.newsdesk.index.IndexFixture;
import org.newsdesk.nlp.SharedPipeline;
import org.newsdesk.search.PassageIndex;

/**
 * A real answerer over a small on-disk index of hand-made articles, wired like the application's engine with the
 * shared pipeline and lexicon and the bundled model.
 *
 * @param index    the open passage index
 * @param answerer the answerer over it
 */
public record Desk(PassageIndex index, ExtractiveAnswerer answerer) implements AutoCloseable {

  /** The shipped confidence threshold, read from answer.threshold in config/newsdesk.properties. */
  public static final double THRESHOLD = Settings.load(Path.of("config/newsdesk.properties"), Map.of())
      .decimal("answer.threshold");
  /** The shipped evidence count (answer.evidence in config/newsdesk.properties). */
  public static final int EVIDENCE = 5;

  /** Indexes {@code articles} into {@code directory} and opens an answerer with the shipped settings over it. */
  public static Desk open(Path directory, List<Article> articles) {
    return open(directory, articles, EVIDENCE);
  }

  /** Like {@link #open(Path, List)} with {@code evidence} evidence passages per reply. */
  static Desk open(Path directory, List<Article> articles, int evidence) {
    IndexFixture.update(directory, articles);
    PassageIndex index = new PassageIndex(directory);
    Lexicon lexicon = SharedLexicon.get();
    Retriever retriever = new Retriever(index, lexicon, Synonyms.read(Path.of("config/synonyms.txt")), 60);
    ExtractiveAnswerer answerer = new ExtractiveAnswerer(new QuestionAnalyzer(SharedPipeline.get(), lexicon),
        lexicon, retriever, index, AnswerModel.bundled(), THRESHOLD, evidence);
    return new Desk(index, answerer);
  }

  /** Returns the three seed articles shipped as test resources, read by the real corpus reader. */
  public static List<Article> seeds() {
    try {
      Path seeds = Path.of(Desk.class.getResource("/corpus/seeds").toURI());
      List<Article> articles = new ArrayList<>();
      new CorpusReader().read(seeds, articles::add);
      return articles;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Answers one question. */
  Answer ask(String question) {
    return answerer.answer(question);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
