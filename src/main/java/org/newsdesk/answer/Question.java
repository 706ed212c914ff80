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

  /** Small words inside a name ("Bank of England", "Food and Agriculture Organization"). */
  static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "&");

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
    java.util.Set<String> terms = new java.util.LinkedHashSet<>(org.newsdesk.nlp.Terms.of(tokens));
    for (Token t : tokens) {
      String word = org.newsdesk.nlp.Terms.normalize(t.word());
      if (word != null) {
        terms.add(word);
      }
    }
    return java.util.Collections.unmodifiableSet(terms);
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
    return java.util.Collections.unmodifiableSet(words);
  }

  /**
   * Returns the initials of the question's names of two or more capitalized words, with and without the small words
   * inside them ("cccu" for "Canadian Cabin Crew Union", "boe" and "be" for "Bank of England"): an answer that is
   * only those initials repeats the question.
   *
   * @return lower-case initials
   */
  public Set<String> nameInitials() {
    java.util.Set<String> out = new java.util.HashSet<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!capitalized(tokens.get(i))) {
        i++;
        continue;
      }
      StringBuilder content = new StringBuilder();
      StringBuilder all = new StringBuilder();
      int words = 0;
      int end = i;
      while (end < tokens.size() && (capitalized(tokens.get(end)) || NAME_JOINERS.contains(tokens.get(end).word())
          && end + 1 < tokens.size() && capitalized(tokens.get(end + 1)))) {
        char initial = Character.toLowerCase(tokens.get(end).word().charAt(0));
        all.append(initial);
        if (capitalized(tokens.get(end))) {
          content.append(initial);
          words++;
        }
        end++;
      }
      if (words >= 2) {
        out.add(content.toString());
        out.add(all.toString());
      }
      i = end;
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** True for a word of a name: a capital letter, not the question word that opens the sentence. */
  private static boolean capitalized(Token t) {
    return Character.isUpperCase(t.word().charAt(0)) && !t.pos().startsWith("W") && !t.pos().equals("PRP")
        && !t.pos().equals("DT") && !t.pos().startsWith("VB") && !t.pos().equals("MD");
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
