package org.newsdesk.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who speaks in each sentence of an article: the person or body a quotation or a report of speech is
 * attributed to. News prose splits one quotation over several sentences and names the speaker once ("\"We have
 * accepted pay cuts. It is time to share,\" said Henrik Dahl, chairman of the pilots' association."), and
 * continues it after the attribution ("\"...,\" Berg told SVT. \"We remain available.\""), so the sentences of a
 * quotation share the speaker named next to any of them.
 */
public final class Attribution {

  /** Quotation marks, as written and as CoreNLP writes them (single quotes left out: they double as apostrophes). */
  public static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''");
  /** Verbs whose subject is the one speaking (lemmas; "according to" is matched by its word). */
  public static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "warn", "urge", "explain",
      "describe", "call", "claim", "argue", "insist", "note", "write", "concede", "ask", "reply", "respond",
      "apologize", "apologise", "admit", "acknowledge", "state", "announce", "testify", "deny", "predict", "complain");
  /** Verbs of speech whose object is the listener ("the judge told Trowbridge"). */
  public static final Set<String> LISTENER_VERBS = Set.of("tell", "ask", "urge", "warn", "call");
  /** Words between a speaker's name and the verb of speech ("Nwankwo, the chief executive, said"). */
  public static final int REACH = 6;
  /** Longest title before or apposition after a name ("Workplace Relations Minister", ", chairman of the X"). */
  public static final int TITLE_WORDS = 6;
  /** Longest apposition after a name (", a vice president at research firm IDC", seven words). */
  private static final int APPOSITION_WORDS = 10;
  /** Sentences searched back for the person a "he" or "she" stands for. */
  private static final int PRONOUN_REACH = 4;
  private static final Set<String> PERSONAL = Set.of("he", "she");
  /** Parts of speech inside a speaker's noun phrase ("Nordic Air's chief executive"). */
  private static final Set<String> NOUN_PHRASE = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "POS");

  private Attribution() {
  }

  /**
   * Returns, for each sentence, the tokens naming who speaks in it — the name with the title or apposition the
   * article gives it ("Chief Executive Annika Berg"), or a common noun ("the ministry") — or an empty list when
   * the sentence neither quotes nor reports anyone.
   *
   * @param sentences  an article's sentences, in order
   * @param paragraphs the 0-based paragraph of each sentence
   * @return one list per sentence, tokens possibly taken from another sentence
   * @throws IllegalArgumentException when the two lists differ in size
   */
  public static List<List<Token>> speakers(List<Sentence> sentences, List<Integer> paragraphs) {
    if (sentences.size() != paragraphs.size()) {
      throw new IllegalArgumentException(sentences.size() + " sentences but " + paragraphs.size() + " paragraphs");
    }
    int n = sentences.size();
    List<Quote> quotes = quotes(sentences, paragraphs);
    boolean[][] quoted = new boolean[n][];
    for (int s = 0; s < n; s++) {
      quoted[s] = new boolean[sentences.get(s).tokens().size()];
    }
    for (Quote q : quotes) {
      for (int s = q.fromSentence; s <= q.toSentence; s++) {
        int from = s == q.fromSentence ? q.fromToken : 0;
        int to = s == q.toSentence ? Math.min(q.toToken + 1, quoted[s].length) : quoted[s].length;
        Arrays.fill(quoted[s], from, to, true);
      }
    }
    List<List<Token>> out = new ArrayList<>(Collections.nCopies(n, List.of()));
    // Indirect speech first: "Berg said the airline could not afford it" names its own speaker.
    for (int s = 0; s < n; s++) {
      out.set(s, speakerIn(sentences, quoted, s, 0, sentences.get(s).tokens().size()));
    }
    Quote previous = null;
    List<Token> previousSpeaker = List.of();
    for (Quote q : quotes) {
      List<Token> who = speakerAround(sentences, quoted, q);
      if (who.isEmpty() && previous != null && continues(previous, q, paragraphs)) {
        who = previousSpeaker;
      }
      if (!who.isEmpty()) {
        for (int s = q.fromSentence; s <= q.toSentence; s++) {
          if (quotedWords(sentences.get(s), q, s) > 0) {
            out.set(s, who);
          }
        }
      }
      previous = q;
      previousSpeaker = who;
    }
    return out;
  }

  /** True when the sentence has a verb of speech of its own ("said", "told"), whoever its subject. */
  public static boolean reportsSpeech(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> t.pos().startsWith("VB") && SPEECH_VERBS.contains(t.lemma()));
  }

  /**
   * Returns the title run before a name, the name and an apposition after it ("Henrik Dahl, chairman of the
   * Swedish Airline Pilots Association"), as tokens of the name's sentence.
   *
   * @param tokens the sentence's tokens
   * @param begin  first token of the name
   * @param end    exclusive end of the name
   * @return the described name, in text order
   */
  public static List<Token> described(List<Token> tokens, int begin, int end) {
    int from = begin;
    for (int i = begin - 1; i >= 0 && i >= begin - TITLE_WORDS; i--) {
      Token t = tokens.get(i);
      if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ") && !t.pos().equals("POS")
          && !t.word().equals("of") || t.ner().equals("PERSON")) {
        break;
      }
      from = i;
    }
    int to = end;
    if (end < tokens.size() && tokens.get(end).word().equals(",")) {
      boolean noun = false;
      int i = end + 1;
      // The apposition ends at punctuation, a verb, a number (an age: "Lin, 33,") or another person.
      for (; i < tokens.size() && i <= end + APPOSITION_WORDS; i++) {
        Token t = tokens.get(i);
        boolean punctuation = !Character.isLetterOrDigit(t.word().charAt(0)) && !t.pos().equals("POS");
        if (punctuation || t.pos().startsWith("VB") || t.pos().equals("CD") || t.ner().equals("PERSON")) {
          break;
        }
        noun |= t.pos().startsWith("NN");
      }
      if (noun) {
        to = i;
      }
    }
    return tokens.subList(from, to);
  }

  /** A quotation: from an opening mark to its closing mark, or to the end of its paragraph when never closed. */
  private static final class Quote {
    final int fromSentence;
    final int fromToken;
    int toSentence;
    int toToken;
    boolean closed;

    Quote(int fromSentence, int fromToken) {
      this.fromSentence = fromSentence;
      this.fromToken = fromToken;
    }
  }

  /**
   * Pairs the quotation marks of each paragraph in order. Straight quotes alternate between opening and closing,
   * so the pairing does not depend on which way CoreNLP guessed each one faces.
   */
  private static List<Quote> quotes(List<Sentence> sentences, List<Integer> paragraphs) {
    List<Quote> quotes = new ArrayList<>();
    Quote open = null;
    for (int s = 0; s < sentences.size(); s++) {
      if (open != null && !paragraphs.get(s).equals(paragraphs.get(s - 1))) {
        open = null;
      }
      List<Token> tokens = sentences.get(s).tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String w = tokens.get(i).word();
        if (!QUOTES.contains(w)) {
          continue;
        }
        // A curly or TeX-style mark says which way it faces; a straight one closes whatever is open.
        boolean opening = w.equals("“") || w.equals("``");
        if (open == null && !opening && !w.equals("\"")) {
          continue;
        }
        if (open != null && !opening) {
          open.toSentence = s;
          open.toToken = i;
          open.closed = true;
          open = null;
        } else {
          open = new Quote(s, i);
          open.toSentence = s;
          open.toToken = tokens.size();
          quotes.add(open);
        }
      }
      if (open != null) {
        // Still open at the end of this sentence: it runs on to the next one of the paragraph.
        open.toSentence = s;
        open.toToken = tokens.size();
      }
    }
    return quotes;
  }

  /** Counts the words of sentence {@code s} inside the quotation. */
  private static int quotedWords(Sentence sentence, Quote q, int s) {
    List<Token> tokens = sentence.tokens();
    int from = s == q.fromSentence ? q.fromToken + 1 : 0;
    int to = s == q.toSentence ? q.toToken : tokens.size();
    int words = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(tokens.get(i).word().charAt(0))) {
        words++;
      }
    }
    return words;
  }

  /**
   * The speaker named right after the closing mark in its sentence ("...," said Dahl), else right before the
   * opening mark in its sentence (Potaka said: "...").
   */
  private static List<Token> speakerAround(List<Sentence> sentences, boolean[][] quoted, Quote q) {
    if (q.closed) {
      List<Token> tokens = sentences.get(q.toSentence).tokens();
      int end = nextQuote(tokens, q.toToken + 1);
      List<Token> after = speakerIn(sentences, quoted, q.toSentence, q.toToken + 1, end);
      if (!after.isEmpty()) {
        return after;
      }
    }
    List<Token> tokens = sentences.get(q.fromSentence).tokens();
    int start = 0;
    for (int i = q.fromToken - 1; i >= 0; i--) {
      if (QUOTES.contains(tokens.get(i).word())) {
        start = i + 1;
        break;
      }
    }
    return speakerIn(sentences, quoted, q.fromSentence, start, q.fromToken);
  }

  private static int nextQuote(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (QUOTES.contains(tokens.get(i).word())) {
        return i;
      }
    }
    return tokens.size();
  }

  /**
   * True when an unattributed quotation carries on the one before it: in the same paragraph ("...," Berg told SVT.
   * "We remain available."), or opening the next paragraph after a quotation left open or closing the last one.
   */
  private static boolean continues(Quote previous, Quote q, List<Integer> paragraphs) {
    int before = paragraphs.get(previous.toSentence);
    int now = paragraphs.get(q.fromSentence);
    if (before == now) {
      return true;
    }
    return now == before + 1 && q.fromToken == 0 && (!previous.closed || previous.toSentence == q.fromSentence - 1);
  }

  /**
   * Finds a verb of speech in tokens {@code [from, to)} of sentence {@code s} and returns its subject, described:
   * a name or organization near it, a "he" or "she" resolved to the person it stands for, or the noun before it
   * ("the ministry said"); empty when there is none.
   */
  private static List<Token> speakerIn(List<Sentence> sentences, boolean[][] quoted, int s, int from, int to) {
    List<Token> tokens = sentences.get(s).tokens();
    for (int v = from; v < to; v++) {
      Token verb = tokens.get(v);
      if (quoted[s][v]) {
        continue;
      }
      boolean according = verb.word().equalsIgnoreCase("according");
      if (!according && !(verb.pos().startsWith("VB") && SPEECH_VERBS.contains(verb.lemma()))) {
        continue;
      }
      List<Token> who = subject(sentences, quoted, s, v, from, to, according);
      if (!who.isEmpty()) {
        return who;
      }
    }
    return List.of();
  }

  /**
   * The subject of the verb of speech at {@code v}. After a quotation or a comma the verb comes first ("...," said
   * Dahl), and so does "according to the union"; otherwise the subject is the name or noun right before the verb
   * ("Berg said", "the ministry said"), else the nearest person before it ("Gaardhøj, chairman of the region,
   * told"), else the nearest organization. A name right after "told" or "asked" is the listener, never the speaker.
   */
  private static List<Token> subject(List<Sentence> sentences, boolean[][] quoted, int s, int v, int from, int to,
                                     boolean according) {
    List<Token> tokens = sentences.get(s).tokens();
    List<Mention> mentions = sentences.get(s).mentions();
    boolean inverted = v == from || QUOTES.contains(tokens.get(v - 1).word());
    if (according || inverted && !LISTENER_VERBS.contains(tokens.get(v).lemma())) {
      int after = according ? v + 2 : v + 1;
      for (int i = after; i < Math.min(to, after + 2); i++) {
        List<Token> named = named(sentences, quoted, s, mentions, i, true);
        if (!named.isEmpty()) {
          return named;
        }
        if (!tokens.get(i).pos().equals("DT")) {
          if (tokens.get(i).pos().startsWith("NN")) {
            int end = i + 1;
            while (end < to && end - i < TITLE_WORDS && NOUN_PHRASE.contains(tokens.get(end).pos())) {
              end++;
            }
            return tokens.subList(i, end);
          }
          break;
        }
      }
      if (according) {
        return List.of();
      }
    }
    if (v - 1 < from || quoted[s][v - 1]) {
      return List.of();
    }
    List<Token> right = named(sentences, quoted, s, mentions, v - 1, true);
    if (!right.isEmpty()) {
      return right;
    }
    if (tokens.get(v - 1).pos().startsWith("NN")) {
      return nounPhrase(tokens, v - 1);
    }
    if (tokens.get(v - 1).word().equals("and")) {
      // A second verb of the same subject ("Dvorkovich congratulated Karimova and said"): the clause's first name.
      for (int i = from; i < v - 1 && !quoted[s][i]; i++) {
        List<Token> named = named(sentences, quoted, s, mentions, i, true);
        if (!named.isEmpty()) {
          return named;
        }
      }
      return List.of();
    }
    for (boolean people : new boolean[] {true, false}) {
      // A person may stand before an apposition ("Gaardhøj, chairman of the Capital Region, told"); an
      // organization that far back is more likely part of that apposition than the speaker.
      int reach = people ? REACH + TITLE_WORDS : REACH;
      for (int i = v - 2; i >= Math.max(from, v - reach); i--) {
        if (quoted[s][i]) {
          break;
        }
        List<Token> named = named(sentences, quoted, s, mentions, i, !people);
        if (!named.isEmpty()) {
          return named;
        }
      }
    }
    return List.of();
  }

  /** The noun phrase ending at {@code head}: nouns, adjectives, possessives ("Nordic Air's chief executive"). */
  private static List<Token> nounPhrase(List<Token> tokens, int head) {
    int from = head;
    while (from > 0 && head - from < TITLE_WORDS && NOUN_PHRASE.contains(tokens.get(from - 1).pos())) {
      from--;
    }
    return tokens.subList(from, head + 1);
  }

  /**
   * The described person covering token {@code i} (or organization, when allowed), or the person a "he" or "she"
   * there stands for; empty otherwise.
   */
  private static List<Token> named(List<Sentence> sentences, boolean[][] quoted, int s, List<Mention> mentions,
                                   int i, boolean organizations) {
    List<Token> tokens = sentences.get(s).tokens();
    for (Mention m : mentions) {
      if (m.tokenBegin() <= i && i < m.tokenEnd()
          && (m.type().equals("PERSON") || organizations && m.type().equals("ORGANIZATION"))) {
        return described(tokens, m.tokenBegin(), m.tokenEnd());
      }
    }
    if (PERSONAL.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      return lastPerson(sentences, quoted, s, i);
    }
    return List.of();
  }

  /**
   * The most recent person named before token {@code i} of sentence {@code s}, within a few sentences and outside
   * quotations (a name inside a quotation is whom the speaker talks about). A proper noun opening an earlier
   * sentence counts as a person too: the tagger misses a surname standing alone ("Lin, 33, was gracious").
   */
  private static List<Token> lastPerson(List<Sentence> sentences, boolean[][] quoted, int s, int i) {
    for (int k = s; k >= Math.max(0, s - PRONOUN_REACH); k--) {
      List<Token> tokens = sentences.get(k).tokens();
      List<Mention> mentions = sentences.get(k).mentions();
      for (int m = mentions.size() - 1; m >= 0; m--) {
        Mention mention = mentions.get(m);
        if (mention.type().equals("PERSON") && (k < s || mention.tokenEnd() <= i)
            && !quoted[k][mention.tokenBegin()]) {
          return described(tokens, mention.tokenBegin(), mention.tokenEnd());
        }
      }
      if (k < s && tokens.size() > 1 && tokens.get(0).pos().equals("NNP") && tokens.get(0).ner().equals("O")
          && (tokens.get(1).word().equals(",") || tokens.get(1).pos().startsWith("VB"))) {
        return tokens.subList(0, 1);
      }
    }
    return List.of();
  }
}
