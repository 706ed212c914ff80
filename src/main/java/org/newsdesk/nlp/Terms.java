package org.newsdesk.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns tokens into the search terms used both when indexing and when querying, so both sides agree. */
public final class Terms {

  /** Auxiliaries and light verbs that carry no topic (their lemmas), besides function-word POS tags. */
  private static final Set<String> LIGHT = Set.of("be", "do", "have", "will", "would", "can", "could", "may",
      "might", "shall", "should", "must", "also", "not", "n't", "so", "very", "just", "then", "there", "here",
      "now", "ever", "still", "even", "only", "as", "etc");

  /** A number written with thousands separators ("48,000", "1,250.5"). */
  private static final java.util.regex.Pattern GROUPED_NUMBER =
      java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  /** Unicode combining marks (accents, macrons, cedillas) left after canonical decomposition. */
  private static final java.util.regex.Pattern COMBINING_MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  /** Lower-case Latin letters with no canonical decomposition, and their ASCII spellings below. */
  private static final String UNDECOMPOSED = "łøđħıæœßþð";
  private static final String[] UNDECOMPOSED_ASCII = {"l", "o", "d", "h", "i", "ae", "oe", "ss", "th", "d"};

  private Terms() {
  }

  /**
   * Returns the search term of a token, or null for function words and punctuation.
   *
   * @param t an annotated token
   * @return the lower-cased lemma with thousands separators dropped, or null
   */
  public static String of(Token t) {
    String pos = t.pos();
    boolean content = pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ")
        || pos.startsWith("RB") || pos.equals("CD") || pos.equals("FW");
    if (!content) {
      return null;
    }
    return normalize(pos.equals("NNP") || pos.equals("NNPS") ? t.word() : t.lemma());
  }

  /**
   * Normalizes a word or lemma to its term form: lower case, thousands separators and edge punctuation removed.
   *
   * @param word any word
   * @return the term, or null when nothing meaningful is left or it is a light word
   */
  public static String normalize(String word) {
    String w = fold(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    if (w.indexOf(',') > 0 && GROUPED_NUMBER.matcher(w).matches()) {
      w = w.replace(",", "");
    }
    int b = 0;
    int e = w.length();
    while (b < e && !Character.isLetterOrDigit(w.charAt(b)) && w.charAt(b) != '$') {
      b++;
    }
    while (e > b && !Character.isLetterOrDigit(w.charAt(e - 1)) && w.charAt(e - 1) != '%') {
      e--;
    }
    w = w.substring(b, e);
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.isEmpty() || LIGHT.contains(w)) {
      return null;
    }
    return w;
  }

  /**
   * Removes diacritics, so a question typed without them finds the article that has them ("lodz" finds "Łódź",
   * "kakapo" finds "kākāpō"): accents are split off (Unicode canonical decomposition) and dropped, and the few
   * Latin letters that do not decompose are spelled in their ASCII form.
   */
  static String fold(String w) {
    boolean ascii = true;
    for (int i = 0; i < w.length() && ascii; i++) {
      ascii = w.charAt(i) < 0x80;
    }
    if (ascii) {
      return w;
    }
    String bare = COMBINING_MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder out = new StringBuilder(bare.length());
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      int at = UNDECOMPOSED.indexOf(c);
      out.append(at >= 0 ? UNDECOMPOSED_ASCII[at] : String.valueOf(c));
    }
    return out.toString();
  }

  /** Returns the terms of all tokens in order, function words left out. */
  public static List<String> of(List<Token> tokens) {
    List<String> terms = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String term = of(t);
      if (term != null) {
        terms.add(term);
      }
    }
    return terms;
  }
}
