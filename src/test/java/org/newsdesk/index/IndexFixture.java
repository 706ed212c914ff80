package org.newsdesk.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.newsdesk.corpus.Article;
import org.newsdesk.nlp.SharedPipeline;

/** Builds small on-disk indexes from hand-made articles with the shared CoreNLP pipeline. */
public final class IndexFixture {

  private IndexFixture() {
  }

  /** Returns an article read from {@code id.txt} with a fixed source and the given paragraphs. */
  public static Article article(String id, String title, LocalDate date, String... paragraphs) {
    return new Article(id, title, date, "Test Wire", null, null, id + ".txt", List.of(paragraphs));
  }

  /** Runs one incremental update of the index in {@code directory} offering exactly {@code articles}. */
  public static IndexSummary update(Path directory, List<Article> articles) {
    try (IndexUpdate update = new Indexer(SharedPipeline.get(), 2).open(directory, (article, done, tokens) -> {
    })) {
      articles.forEach(update::add);
      return update.commit();
    }
  }
}
