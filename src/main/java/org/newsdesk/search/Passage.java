package org.newsdesk.search;

import java.util.List;
import java.util.Objects;
import org.newsdesk.nlp.Mention;
import org.newsdesk.nlp.Sentence;
import org.newsdesk.nlp.Token;

/**
 * One retrieved sentence with its article's citation and its stored annotation.
 *
 * @param citation      the article the sentence comes from
 * @param sentenceIndex 0-based position of the sentence in the article
 * @param sentenceCount number of sentences in the article
 * @param paragraph     0-based paragraph of the sentence
 * @param text          the sentence text
 * @param tokens        the sentence's CoreNLP tokens (offsets relative to {@code text})
 * @param speaker       search terms naming who the sentence quotes or reports ("henrik", "dahl", "chairman", ...),
 *                      possibly named in a neighbouring sentence; empty when it quotes nobody
 * @param score         retrieval score from Lucene (BM25 over the query's fields)
 */
public record Passage(Citation citation, int sentenceIndex, int sentenceCount, int paragraph, String text,
                      List<Token> tokens, List<String> speaker, double score) {

  /** Validates the fields and freezes the token list. */
  public Passage {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    speaker = List.copyOf(speaker);
  }

  /** Returns this passage with another retrieval score. */
  public Passage withScore(double newScore) {
    return new Passage(citation, sentenceIndex, sentenceCount, paragraph, text, tokens, speaker, newScore);
  }

  /** Returns the article's id. */
  public String articleId() {
    return citation.articleId();
  }

  /** Returns the sentence's entity and value mentions, in order (offsets relative to {@code text}). */
  public List<Mention> mentions() {
    return new Sentence(text, 0, tokens).mentions();
  }
}
