package org.newsdesk.answer;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsdesk.nlp.Token;

/**
 * A question after analysis.
 *
 * @param asked    the question exactly as asked
 * @param text     the question after chat clean-up (greetings and fillers removed, question-word typos fixed)
 * @param form     grammatical form
 * @param type     expected answer type
 * @param focus    the noun the question asks about ("workers" in "how many workers"), as a lemma, or null
 * @param keywords content terms of the question (see {@code nlp.Terms}), question and light words left out
 * @param tokens   the cleaned question's CoreNLP tokens
 */
public record Question(String asked, String text, QuestionForm form, AnswerType type, String focus,
                       List<String> keywords, List<Token> tokens) {

  /** Validates the fields and freezes the lists. */
  public Question {
    Objects.requireNonNull(asked, "asked");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(type, "type");
    keywords = List.copyOf(keywords);
    tokens = List.copyOf(tokens);
  }

  /**
   * Returns every term of the question, as lemma and as lower-cased word, to keep answers from repeating it (a
   * lower-case "nurses" in a chat question is a common noun, in the article it is part of a name).
   */
  public Set<String> questionTerms() {
    java.util.Set<String> terms = new java.util.HashSet<>(org.newsdesk.nlp.Terms.of(tokens));
    for (Token t : tokens) {
      String word = org.newsdesk.nlp.Terms.normalize(t.word());
      if (word != null) {
        terms.add(word);
      }
    }
    return Set.copyOf(terms);
  }

  /**
   * Returns the lower-case words of the question's nouns and foreign words, the only words that may be an acronym
   * ("GM", "uaw").
   *
   * @return the words, normalized as terms
   */
  public Set<String> nounWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (Token t : tokens) {
      String word = org.newsdesk.nlp.Terms.normalize(t.word());
      if (word != null && (t.pos().startsWith("NN") || t.pos().equals("FW"))) {
        words.add(word);
      }
    }
    return Set.copyOf(words);
  }

  /** Returns true when the focus is plural ("which cities"), so a list of answers is expected. */
  public boolean pluralFocus() {
    return focus != null && tokens.stream().anyMatch(t -> t.lemma().equals(focus) && t.pos().endsWith("S"));
  }

  /** Returns true when the question has something to search for. */
  public boolean hasKeywords() {
    return !keywords.isEmpty();
  }
}
