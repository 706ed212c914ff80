package org.newsdesk.answer;

import java.util.Objects;
import org.newsdesk.search.Citation;

/**
 * One supporting sentence with its citation and where the answer sits inside it.
 *
 * @param citation    the article the sentence comes from
 * @param sentence    the sentence text exactly as in the article
 * @param sentenceIndex 0-based position of the sentence in the article
 * @param context     the paragraph around the sentence, for "show context"
 * @param answerStart char offset of the answer inside {@code sentence}, or -1 when none
 * @param answerEnd   exclusive char offset of the answer's end, or -1 when none
 * @param score       ranking score (higher is better; comparable within one reply only)
 */
public record Evidence(Citation citation, String sentence, int sentenceIndex, String context,
                       int answerStart, int answerEnd, double score) {

  /** Validates the fields and the answer offsets against the sentence. */
  public Evidence {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(sentence, "sentence");
    context = context == null ? sentence : context;
    boolean none = answerStart == -1 && answerEnd == -1;
    boolean inside = answerStart >= 0 && answerStart <= answerEnd && answerEnd <= sentence.length();
    if (!none && !inside) {
      throw new IllegalArgumentException(
          "answer offsets [" + answerStart + ", " + answerEnd + ") outside sentence of length " + sentence.length());
    }
  }

  /** Returns true when the answer span is marked inside the sentence. */
  public boolean hasAnswerSpan() {
    return answerStart >= 0 && answerEnd > answerStart;
  }
}
