package org.newsdesk.nlp;

/**
 * One token of an annotated sentence.
 *
 * @param word       surface form as in the text
 * @param lemma      lower-cased lemma
 * @param pos        Penn Treebank part-of-speech tag
 * @param ner        named-entity tag ({@code O} when none), e.g. PERSON, DATE, MONEY, NUMBER
 * @param normalized normalized entity value (e.g. {@code 48000.0}, {@code >$1.0E9}, {@code ****0916}), or null
 * @param begin      char offset of the token's start inside its sentence
 * @param end        exclusive char offset of the token's end inside its sentence
 */
public record Token(String word, String lemma, String pos, String ner, String normalized, int begin, int end) {

  /** Returns true when the token is part of a named entity or value. */
  public boolean isEntity() {
    return !"O".equals(ner);
  }
}
