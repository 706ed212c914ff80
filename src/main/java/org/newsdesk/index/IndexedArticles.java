package org.newsdesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The articles an index held when an update began: their ids, listed from the id terms, and each one's content
 * hash, read only when that article is offered again. Reading every hash up front meant reading the stored fields
 * of every article, which a profile of a cold start at 100,000 articles put at 40 % of the time to first answer.
 */
final class IndexedArticles implements Closeable {

  private final Set<String> ids;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private IndexedArticles(Set<String> ids, DirectoryReader reader) {
    this.ids = ids;
    this.reader = reader;
    this.searcher = reader == null ? null : new IndexSearcher(reader);
  }

  /** Returns an empty set, for a new or rebuilt index. */
  static IndexedArticles none() {
    return new IndexedArticles(Set.of(), null);
  }

  /**
   * Lists the live article ids of {@code reader}, which the returned object then owns and closes.
   *
   * @param reader a reader of the index's last commit
   * @return the articles
   * @throws IOException when the index cannot be read
   */
  static IndexedArticles of(DirectoryReader reader) throws IOException {
    Set<String> ids = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Fields.ARTICLE_ID);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          // Deleted documents keep their terms until a merge; only a live one counts.
          if (live == null || live.get(doc)) {
            ids.add(term.utf8ToString());
            break;
          }
        }
      }
    }
    return new IndexedArticles(ids, reader);
  }

  /** Returns the ids of the indexed articles. */
  Set<String> ids() {
    return ids;
  }

  /** Returns the content hash an article was indexed with, or null when it was not indexed. */
  synchronized String hash(String id) throws IOException {
    if (searcher == null || !ids.contains(id)) {
      return null;
    }
    ScoreDoc[] hits = searcher.search(Fields.articleDocument(id), 1).scoreDocs;
    return hits.length == 0 ? null : searcher.storedFields().document(hits[0].doc).get(Fields.HASH);
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
