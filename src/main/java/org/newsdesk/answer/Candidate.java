package org.newsdesk.answer;

import org.newsdesk.search.Passage;

/**
 * One possible answer: a token span in one retrieved passage, or the whole sentence for descriptive questions.
 *
 * @param passage    the passage it was found in
 * @param passageRank 0-based rank of the passage among the retrieved ones
 * @param tokenBegin first token of the span
 * @param tokenEnd   exclusive last token of the span
 * @param tag        entity tag of the span (PERSON, NUMBER, ...), {@code PHRASE} for a noun phrase, or
 *                   {@code SENTENCE}
 * @param key        normalized value under which equal answers from different passages are merged
 */
public record Candidate(Passage passage, int passageRank, int tokenBegin, int tokenEnd, String tag, String key) {

  /** Returns the span's text as written in the passage. */
  public String text() {
    if (tag.equals(CandidateExtractor.SENTENCE)) {
      return passage.text();
    }
    return passage.text().substring(charBegin(), charEnd());
  }

  /** Returns the char offset of the span inside the passage text. */
  public int charBegin() {
    return tag.equals(CandidateExtractor.SENTENCE) ? 0 : passage.tokens().get(tokenBegin).begin();
  }

  /** Returns the exclusive char offset of the span's end inside the passage text. */
  public int charEnd() {
    return tag.equals(CandidateExtractor.SENTENCE) ? passage.text().length()
        : passage.tokens().get(tokenEnd - 1).end();
  }
}
