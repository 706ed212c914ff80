package org.newsdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One annotated sentence: its text, tokens and entity mentions.
 *
 * @param text   the sentence exactly as in the source text
 * @param begin  char offset of the sentence inside the annotated text
 * @param tokens tokens with offsets relative to {@code text}
 */
public record Sentence(String text, int begin, List<Token> tokens) {

  /** Validates the fields and freezes the token list. */
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }

  /** Returns the entity mentions: maximal runs of tokens with the same tag and normalized value. */
  public List<Mention> mentions() {
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.isEntity()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(t.ner())
          && Objects.equals(tokens.get(j).normalized(), t.normalized())) {
        j++;
      }
      mentions.add(new Mention(t.ner(), t.normalized(), i, j));
      i = j;
    }
    return mentions;
  }

  /** Returns the sentence text covered by tokens {@code [from, to)}. */
  public String span(int from, int to) {
    if (from < 0 || to > tokens.size() || from >= to) {
      throw new IllegalArgumentException("bad token span [" + from + ", " + to + ") of " + tokens.size());
    }
    return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
  }
}
