package org.newsdesk.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Every Lucene field name newsdesk writes or reads, in one place, and the queries that pick document kinds. */
public final class Fields {

  /** Kind of document: {@link #TYPE_ARTICLE} or {@link #TYPE_SENTENCE}; indexed, not tokenized. */
  public static final String TYPE = "type";
  /** Value of {@link #TYPE} for the one metadata document per article. */
  public static final String TYPE_ARTICLE = "article";
  /** Value of {@link #TYPE} for a sentence (passage) document. */
  public static final String TYPE_SENTENCE = "sentence";

  /** Article id, on article and sentence documents; indexed as one term so an article is deleted by it. */
  public static final String ARTICLE_ID = "article_id";
  /** SHA-256 of the article's content (article documents), to skip re-annotating unchanged articles. */
  public static final String HASH = "hash";
  /** Headline (article documents), stored. */
  public static final String TITLE = "title";
  /** Publication date as ISO yyyy-MM-dd (article documents), stored; absent when unknown. */
  public static final String DATE = "date";
  /** Publisher or agency (article documents), stored; absent when unknown. */
  public static final String SOURCE = "source";
  /** Dateline place name (article documents), stored; absent when none. */
  public static final String DATELINE = "dateline";
  /** Canonical address (article documents), stored; absent when none. */
  public static final String URL = "url";
  /** Corpus-relative file path (article documents), stored. */
  public static final String FILE = "file";
  /** First paragraph (article documents), stored and searchable as plain text. */
  public static final String LEDE = "lede";
  /** Number of sentences of the article (article documents), stored. */
  public static final String SENTENCE_COUNT = "sentence_count";

  /** 0-based position of the sentence in its article (sentence documents), stored and as a point for ranges. */
  public static final String SENTENCE_INDEX = "sentence_index";
  /** 0-based paragraph of the sentence (sentence documents), stored. */
  public static final String PARAGRAPH = "paragraph";
  /** Article id + paragraph as one term, to fetch a paragraph's sentences for context (sentence documents). */
  public static final String PARAGRAPH_KEY = "paragraph_key";
  /** Sentence surface text (sentence documents), stored and analyzed with the standard analyzer for plain BM25. */
  public static final String TEXT = "text";
  /** Lower-cased content lemmas of the sentence, whitespace-separated (sentence documents), searchable. */
  public static final String LEMMAS = "lemmas";
  /** Lower-cased content lemmas of the article's title, repeated on each sentence document, searchable. */
  public static final String TITLE_LEMMAS = "title_lemmas";
  /** Entity types present in the sentence, one term each such as PERSON or MONEY (sentence documents). */
  public static final String ENTITY_TYPES = "entity_types";
  /** Terms naming who the sentence quotes or reports (see {@code Attribution}), whitespace-separated, stored. */
  public static final String SPEAKER = "speaker";
  /** Encoded CoreNLP tokens of the sentence (see {@link TokenCodec}), stored only. */
  public static final String TOKENS = "tokens";

  /** Commit user-data key holding the index format version. */
  public static final String COMMIT_FORMAT = "newsdesk.format";
  /** Commit user-data key holding the ISO instant of the commit. */
  public static final String COMMIT_TIME = "newsdesk.committed";
  /**
   * Version of the documents' layout; bump it whenever fields, their analysis or the text read from article files
   * change, and older indexes are rebuilt automatically (16: the name after a title is a person, and the title no
   * part of the organization the tagger ran it into, as in "GM Chief Executive Mary Barra"; a number before a currency
   * the tagger read as money worth nothing is one sum, as in "400,000 CFA francs").
   */
  public static final String FORMAT_VERSION = "16";

  private Fields() {
  }

  /** Returns a query for every article's metadata document. */
  public static Query articleDocuments() {
    return new TermQuery(new Term(TYPE, TYPE_ARTICLE));
  }

  /** Returns a query for the metadata document of one article (sentence documents carry its id too). */
  public static Query articleDocument(String articleId) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
        .add(articleDocuments(), BooleanClause.Occur.FILTER)
        .build();
  }
}
