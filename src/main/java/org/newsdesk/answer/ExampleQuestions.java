package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.search.Catalog;
import org.newsdesk.search.Citation;

/**
 * Example questions drawn from the corpus for welcome texts: built from the newest articles' headlines and kept
 * only when the answerer really answers them, so an example never leads to "I don't know".
 */
public final class ExampleQuestions {

  /** How many articles are tried at most, newest first, to find the examples. */
  private static final int TRIES = 12;

  private ExampleQuestions() {
  }

  /**
   * Returns up to {@code count} example questions that the answerer answers.
   *
   * @param catalog  the indexed articles
   * @param answerer the answerer that must answer them
   * @param count    how many examples are wanted
   * @return the examples, possibly fewer than {@code count}
   */
  public static List<String> from(Catalog catalog, Answerer answerer, int count) {
    List<String> examples = new ArrayList<>();
    for (Citation c : catalog.articles().stream().limit(TRIES).toList()) {
      if (examples.size() >= count) {
        break;
      }
      String question = "Tell me about " + leadingArticleLowered(headline(c.title()));
      if (answerer.answer(question).answered()) {
        examples.add(question);
      }
    }
    return examples;
  }

  /** Lower-cases a leading "The", "A" or "An" so the headline reads on inside a sentence; names keep capitals. */
  static String leadingArticleLowered(String headline) {
    for (String article : new String[] {"The ", "A ", "An "}) {
      if (headline.startsWith(article)) {
        return Character.toLowerCase(headline.charAt(0)) + headline.substring(1);
      }
    }
    return headline;
  }

  /** Shortens a headline to its first clause and drops a trailing full stop; its capitals stay (names). */
  static String headline(String title) {
    String t = title.strip();
    int cut = t.indexOf(" - ");
    if (cut > 20) {
      t = t.substring(0, cut);
    }
    if (t.endsWith(".") || t.endsWith("…")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
