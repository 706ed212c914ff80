package org.newsdesk.index;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.nlp.Token;

/** Encodes a sentence's tokens compactly for a stored field, so questions never re-run CoreNLP over passages. */
public final class TokenCodec {

  private static final char FIELD = '\t';
  private static final char RECORD = '\n';

  private TokenCodec() {
  }

  /** Encodes tokens as lines of lemma, pos, ner, normalized, begin, end; the surface form comes from the text. */
  public static String encode(List<Token> tokens) {
    StringBuilder sb = new StringBuilder(tokens.size() * 24);
    for (Token t : tokens) {
      sb.append(clean(t.lemma())).append(FIELD).append(clean(t.pos())).append(FIELD)
          .append(t.ner().equals("O") ? "" : clean(t.ner())).append(FIELD)
          .append(t.normalized() == null ? "" : clean(t.normalized())).append(FIELD)
          .append(t.begin()).append(FIELD).append(t.end()).append(RECORD);
    }
    return sb.toString();
  }

  /**
   * Decodes tokens written by {@link #encode}.
   *
   * @param encoded the stored value
   * @param sentence the sentence text the offsets refer to
   * @return the tokens
   * @throws IllegalArgumentException when the value is not in this codec's format
   */
  public static List<Token> decode(String encoded, String sentence) {
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    while (pos < encoded.length()) {
      int nl = encoded.indexOf(RECORD, pos);
      if (nl < 0) {
        nl = encoded.length();
      }
      String[] f = encoded.substring(pos, nl).split(String.valueOf(FIELD), -1);
      if (f.length != 6) {
        throw new IllegalArgumentException("corrupt token record: " + encoded.substring(pos, nl));
      }
      int begin = Integer.parseInt(f[4]);
      int end = Integer.parseInt(f[5]);
      if (begin < 0 || end > sentence.length() || begin > end) {
        throw new IllegalArgumentException("token offsets outside sentence: " + begin + ".." + end);
      }
      tokens.add(new Token(sentence.substring(begin, end), f[0], f[1], f[2].isEmpty() ? "O" : f[2],
          f[3].isEmpty() ? null : f[3], begin, end));
      pos = nl + 1;
    }
    return tokens;
  }

  private static String clean(String s) {
    return s.indexOf(FIELD) < 0 && s.indexOf(RECORD) < 0 ? s : s.replace(FIELD, ' ').replace(RECORD, ' ');
  }
}
