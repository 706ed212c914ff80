package org.newsdesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.newsdesk.index.Fields;
import org.newsdesk.index.IndexException;
import org.newsdesk.index.Indexer;
import org.newsdesk.index.TokenCodec;

/**
 * Searches the sentence index on disk and lists its articles; thread-safe, and {@link #refresh()} picks up a
 * reindex without blocking readers.
 */
public final class PassageIndex implements Catalog, Closeable {

  /**
   * Hits fetched beyond a search's limit so that sentences tied at the cut-off can be ordered by article and sentence;
   * about the number of copies of one sentence a corpus of reworked wire stories holds.
   */
  private static final int TIE_MARGIN = 16;
  /** Best score first; equal scores by article id, then sentence index. */
  private static final Comparator<Passage> BEST_FIRST = Comparator.comparingDouble(Passage::score).reversed()
      .thenComparing(Passage::articleId).thenComparingInt(Passage::sentenceIndex);
  /** Weight of a match in the article's title relative to one in the sentence itself. */
  private static final float TITLE_WEIGHT = 0.3f;
  /** Matches the one metadata document of each article. */
  private static final Query ARTICLE_DOCS = Fields.articleDocuments();

  private final Path directory;
  private final SearcherManager manager;
  private volatile Snapshot snapshot;

  /**
   * What one commit of the index holds. Article metadata is read on first use, one article at a time, and the full
   * list only when someone asks for it: reading every article's stored fields at startup took seconds at 100,000
   * articles (a JFR profile of a cold start put 38 % of it there).
   */
  private static final class Snapshot {
    final CatalogStats stats;
    final Map<String, Optional<ArticleEntry>> entries = new ConcurrentHashMap<>();
    volatile Map<String, ArticleEntry> all;

    Snapshot(CatalogStats stats) {
      this.stats = stats;
    }

    CatalogStats stats() {
      return stats;
    }
  }

  private record ArticleEntry(Citation citation, int sentenceCount) {
  }

  /**
   * Opens the index in {@code directory}.
   *
   * @param directory an index written by {@code index.Indexer}
   * @throws IndexException when it cannot be opened (missing, empty, unreadable or corrupt)
   */
  public PassageIndex(Path directory) {
    this.directory = directory;
    if (!Files.isDirectory(directory)) {
      throw new IndexException(directory, "there is no index directory", null);
    }
    FSDirectory files = null;
    SearcherManager opened = null;
    try {
      files = FSDirectory.open(directory);
      opened = new SearcherManager(files, new SearcherFactory());
      this.manager = opened;
      this.snapshot = load();
    } catch (IOException | RuntimeException e) {
      closeQuietly(opened, e);
      closeQuietly(files, e);
      String reason = e instanceof IndexNotFoundException ? "the directory holds no index"
          : "the index cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
      throw new IndexException(directory, reason, e);
    }
  }

  private static void closeQuietly(Closeable closeable, Exception failure) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Re-opens the index if it changed on disk; returns true when a new commit became visible. */
  public boolean refresh() {
    try {
      manager.maybeRefreshBlocking();
      Snapshot next = load();
      boolean changed = next.stats().generation() != snapshot.stats().generation();
      snapshot = next;
      return changed;
    } catch (IOException e) {
      throw new IndexException(directory, "cannot refresh the index: " + e.getMessage(), e);
    }
  }

  @Override
  public List<Citation> articles() {
    List<Citation> list = new ArrayList<>(allArticles().values().stream().map(ArticleEntry::citation).toList());
    list.sort(Comparator.comparing(Citation::date, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Citation::title));
    return list;
  }

  @Override
  public CatalogStats stats() {
    return snapshot.stats();
  }

  /** Returns the citation of an article, or null when it is not indexed. */
  public Citation citation(String articleId) {
    ArticleEntry e = entry(articleId);
    return e == null ? null : e.citation();
  }

  /** Returns how many sentence documents contain {@code term} in the sentence-lemma field. */
  public int docFreq(String term) {
    return withSearcher(s -> s.getIndexReader().docFreq(new Term(Fields.LEMMAS, term)));
  }

  /** Returns how many sentence documents contain {@code term} in their article's title. */
  public int titleFreq(String term) {
    return withSearcher(s -> s.getIndexReader().docFreq(new Term(Fields.TITLE_LEMMAS, term)));
  }

  /** Returns the number of sentence documents. */
  public int sentenceCount() {
    return snapshot.stats().sentences();
  }

  /**
   * Returns the best sentences for weighted terms over the sentence lemmas and, more weakly, the article titles.
   *
   * @param terms weighted search terms; fuzzy ones also match close spellings
   * @param limit how many sentences at most
   * @return passages, best first
   */
  public List<Passage> search(Collection<WeightedTerm> terms, int limit) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int clauses = 0;
    for (WeightedTerm wt : withinClauseLimit(terms)) {
      Query sentence = wt.fuzzy() ? new FuzzyQuery(new Term(Fields.LEMMAS, wt.term()), 1, 1)
          : new TermQuery(new Term(Fields.LEMMAS, wt.term()));
      q.add(new BoostQuery(sentence, wt.weight()), BooleanClause.Occur.SHOULD);
      if (!wt.fuzzy()) {
        q.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE_LEMMAS, wt.term())), wt.weight() * TITLE_WEIGHT),
            BooleanClause.Occur.SHOULD);
      }
      clauses++;
    }
    if (clauses == 0) {
      return List.of();
    }
    return ranked(q.build(), limit);
  }

  /**
   * Returns {@code terms} in their order, or, when their clauses could pass Lucene's limit on one query (a pasted
   * article or a run of misspellings as a question can), only the weightiest that fit, so such a question is
   * answered instead of failing.
   */
  private static List<WeightedTerm> withinClauseLimit(Collection<WeightedTerm> terms) {
    int limit = IndexSearcher.getMaxClauseCount();
    if (terms.stream().mapToInt(PassageIndex::clauses).sum() <= limit) {
      return List.copyOf(terms);
    }
    List<WeightedTerm> given = List.copyOf(terms);
    List<Integer> byWeight = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      byWeight.add(i);
    }
    byWeight.sort(Comparator.comparingDouble((Integer i) -> given.get(i).weight()).reversed());
    boolean[] kept = new boolean[given.size()];
    int used = 0;
    for (int i : byWeight) {
      if (used + clauses(given.get(i)) <= limit) {
        kept[i] = true;
        used += clauses(given.get(i));
      }
    }
    List<WeightedTerm> fitting = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      if (kept[i]) {
        fitting.add(given.get(i));
      }
    }
    return fitting;
  }

  /**
   * Clauses one term can add to the query: the sentence's and the title's lemmas for an exact term; for a fuzzy one
   * every spelling it expands to, which Lucene counts against the same limit.
   */
  private static int clauses(WeightedTerm wt) {
    return wt.fuzzy() ? FuzzyQuery.defaultMaxExpansions : 2;
  }

  /**
   * Returns the best sentences for plain BM25 over the sentence text with the standard analyzer: the baseline that
   * answering is compared with.
   *
   * @param question free text
   * @param limit    how many sentences at most
   * @return passages, best first
   */
  public List<Passage> bm25(String question, int limit) {
    Query query;
    try (Analyzer analyzer = Indexer.analyzer()) {
      QueryParser parser = new QueryParser(Fields.TEXT, analyzer);
      // Escaping leaves the words AND, OR and NOT as operators; lower case (which the analyzer applies anyway)
      // makes them plain words, so free text never turns into a failed or negated query.
      query = parser.parse(QueryParser.escape(question.toLowerCase(Locale.ROOT)));
    } catch (ParseException e) {
      query = new MatchNoDocsQuery("unparsable: " + e.getMessage());
    }
    return ranked(query, limit);
  }

  /**
   * Returns the sentences of an article whose positions lie in {@code [from, to]}, in order: the neighbours that
   * give a retrieved sentence its context.
   */
  public List<Passage> sentences(String articleId, int from, int to) {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
        .add(IntPoint.newRangeQuery(Fields.SENTENCE_INDEX, from, to), BooleanClause.Occur.FILTER)
        .build();
    List<Passage> list = new ArrayList<>(run(q, Math.max(1, to - from + 1)));
    list.sort(Comparator.comparingInt(Passage::sentenceIndex));
    return list;
  }

  /** Returns the sentences of one paragraph of an article, in order, for showing context. */
  public List<Passage> paragraph(String articleId, int paragraph) {
    List<Passage> list = new ArrayList<>(run(new TermQuery(new Term(Fields.PARAGRAPH_KEY, articleId + "#" + paragraph)),
        500));
    list.sort(Comparator.comparingInt(Passage::sentenceIndex));
    return list;
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }

  /**
   * Returns the best {@code limit} passages, equal scores ordered by article id and sentence, so which of several
   * equally good sentences makes the cut does not depend on the order the articles were indexed in (Lucene breaks
   * ties by its internal document number).
   */
  private List<Passage> ranked(Query query, int limit) {
    int wanted = Math.max(1, limit);
    return withSearcher(s -> {
      int page = wanted + TIE_MARGIN;
      ScoreDoc[] hits = s.search(query, page).scoreDocs;
      while (hits.length == page && hits[page - 1].score == hits[wanted - 1].score) {
        // The tie runs past the page, which Lucene filled in document order, the order articles happened to be
        // indexed in: fetch further until the tie ends.
        page *= 2;
        hits = s.search(query, page).scoreDocs;
      }
      int keep = hits.length;
      if (hits.length > wanted) {
        // Only hits tied with the last one wanted need ordering; the rest are cut before their stored fields are read.
        keep = wanted;
        while (keep < hits.length && hits[keep].score == hits[wanted - 1].score) {
          keep++;
        }
      }
      List<Passage> out = passages(s, Arrays.copyOf(hits, keep));
      out.sort(BEST_FIRST);
      return out.size() > wanted ? List.copyOf(out.subList(0, wanted)) : out;
    });
  }

  private List<Passage> run(Query query, int limit) {
    return withSearcher(s -> passages(s, s.search(query, Math.max(1, limit)).scoreDocs));
  }

  /** The passages of the hits, in their order; a hit whose article is no longer indexed is left out. */
  private List<Passage> passages(IndexSearcher s, ScoreDoc[] hits) throws IOException {
    StoredFields stored = s.storedFields();
    List<Passage> out = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      Document d = stored.document(hit.doc);
      ArticleEntry article = entry(d.get(Fields.ARTICLE_ID));
      if (article == null || d.get(Fields.TEXT) == null) {
        continue;
      }
      String text = d.get(Fields.TEXT);
      out.add(new Passage(article.citation(), d.getField(Fields.SENTENCE_INDEX).numericValue().intValue(),
          article.sentenceCount(), d.getField(Fields.PARAGRAPH).numericValue().intValue(), text,
          TokenCodec.decode(d.get(Fields.TOKENS), text), speaker(d), hit.score));
    }
    return out;
  }

  private Snapshot load() throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      IndexReader reader = s.getIndexReader();
      int articles = s.count(ARTICLE_DOCS);
      int sentences = s.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SENTENCE)));
      Instant when = null;
      long generation = 0;
      if (reader instanceof DirectoryReader dr) {
        String committed = dr.getIndexCommit().getUserData().get(Fields.COMMIT_TIME);
        when = committed == null ? null : Instant.parse(committed);
        generation = dr.getIndexCommit().getGeneration();
      }
      return new Snapshot(new CatalogStats(articles, sentences, when, generation));
    } finally {
      manager.release(s);
    }
  }

  /** Returns an article's entry, read from the index the first time it is needed; null when it is not indexed. */
  private ArticleEntry entry(String articleId) {
    if (articleId == null) {
      return null;
    }
    Snapshot current = snapshot;
    Map<String, ArticleEntry> all = current.all;
    if (all != null) {
      return all.get(articleId);
    }
    return current.entries.computeIfAbsent(articleId, id -> Optional.ofNullable(withSearcher(s -> {
      ScoreDoc[] hits = s.search(Fields.articleDocument(id), 1).scoreDocs;
      return hits.length == 0 ? null : entryOf(s.storedFields().document(hits[0].doc));
    }))).orElse(null);
  }

  /** Returns every article's entry, reading them all once per commit. */
  private Map<String, ArticleEntry> allArticles() {
    Snapshot current = snapshot;
    Map<String, ArticleEntry> all = current.all;
    if (all == null) {
      all = withSearcher(s -> {
        StoredFields stored = s.storedFields();
        Map<String, ArticleEntry> articles = new HashMap<>();
        for (ScoreDoc sd : s.search(ARTICLE_DOCS, Math.max(1, s.count(ARTICLE_DOCS))).scoreDocs) {
          ArticleEntry e = entryOf(stored.document(sd.doc));
          articles.put(e.citation().articleId(), e);
        }
        return Map.copyOf(articles);
      });
      current.all = all;
    }
    return all;
  }

  /** The stored speaker terms of a sentence document; none for a sentence that quotes nobody. */
  private static List<String> speaker(Document d) {
    String terms = d.get(Fields.SPEAKER);
    return terms == null || terms.isBlank() ? List.of() : List.of(terms.split(" "));
  }

  private static ArticleEntry entryOf(Document d) {
    Citation c = new Citation(d.get(Fields.ARTICLE_ID), d.get(Fields.TITLE), d.get(Fields.SOURCE),
        parseDate(d.get(Fields.DATE)), d.get(Fields.URL), d.get(Fields.FILE));
    return new ArticleEntry(c, d.getField(Fields.SENTENCE_COUNT).numericValue().intValue());
  }

  private static LocalDate parseDate(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private <T> T withSearcher(SearcherFunction<T> f) {
    try {
      IndexSearcher s = manager.acquire();
      try {
        return f.apply(s);
      } finally {
        manager.release(s);
      }
    } catch (IOException e) {
      throw new IndexException(directory, "search failed: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
