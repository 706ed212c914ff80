package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsdesk.nlp.Token;
import org.newsdesk.search.Passage;
import org.newsdesk.search.PassageIndex;
import org.newsdesk.search.WeightedTerm;

/**
 * Builds the sentence query for a question — keywords weighted by rarity, WordNet and configured synonyms, fuzzy
 * matching for words the index does not know — and fetches candidate passages.
 */
public final class Retriever {

  /** Weight of a synonym relative to the word the person typed. */
  private static final float SYNONYM_WEIGHT = 0.5f;
  /** Extra weight of the focus noun ("workers" in "how many workers"), which the answer sentence usually names. */
  private static final float FOCUS_WEIGHT = 1.3f;

  /** Nouns a name needs for its initials to be searched: two-letter initials are too often another word. */
  private static final int ACRONYM_WORDS = 3;

  /** How many of the best hits bring their neighbouring sentences along. */
  private static final int EXPAND_TOP = 6;
  /** Sentences on each side of a hit that come along as context. */
  private static final int NEIGHBOURS = 1;
  /** A neighbour's retrieval score relative to its hit's. */
  private static final double NEIGHBOUR_DECAY = 0.6;

  private final PassageIndex index;
  private final Lexicon lexicon;
  private final Synonyms synonyms;
  private final int candidates;

  /**
   * Creates a retriever.
   *
   * @param index      the passage index
   * @param lexicon    WordNet synonyms
   * @param synonyms   configured synonyms (news vocabulary, abbreviations)
   * @param candidates how many sentences to fetch
   */
  public Retriever(PassageIndex index, Lexicon lexicon, Synonyms synonyms, int candidates) {
    if (candidates < 1) {
      throw new IllegalArgumentException("search.candidates must be at least 1: " + candidates);
    }
    this.index = index;
    this.lexicon = lexicon;
    this.synonyms = synonyms;
    this.candidates = candidates;
  }

  /** Returns the candidate passages for an analyzed question. */
  public Retrieval retrieve(Question q) {
    int n = Math.max(1, index.sentenceCount());
    Map<String, Double> idf = new LinkedHashMap<>();
    Map<String, Set<String>> expansions = new HashMap<>();
    Set<String> unknown = new LinkedHashSet<>();
    Set<String> fuzzy = new LinkedHashSet<>();
    List<WeightedTerm> terms = new ArrayList<>();
    Map<String, Lexicon.WordClass> classByTerm = classOfKeywords(q);
    Set<String> names = namesOf(q);
    for (String kw : q.keywords()) {
      int df = index.docFreq(kw);
      Set<String> matches = new LinkedHashSet<>();
      matches.add(kw);
      float weight = kw.equals(q.focus()) ? FOCUS_WEIGHT : 1f;
      Set<String> typed = typedForms(q, kw);
      boolean titleOnly = df == 0 && index.titleFreq(kw) > 0;
      if (df > 0) {
        idf.put(kw, idf(n, df));
        terms.add(new WeightedTerm(kw, weight, false));
        for (String form : typed) {
          if (index.docFreq(form) > df) {
            // A name typed in lower case lost its "s" to the lemmatizer ("harwoods" became "harwood", the founder's
            // name): the articles use the word as typed more often than its lemma, so it is searched too.
            terms.add(new WeightedTerm(form, weight, false));
            matches.add(form);
          }
        }
      } else if (titleOnly) {
        // Only titles use it ("Montevideo's museum reopens", and the text says "the museum"): it finds those
        // articles, and weighs like the rarest word of a sentence.
        idf.put(kw, idf(n, 1));
        terms.add(new WeightedTerm(kw, weight, false));
      } else if (!typed.isEmpty()) {
        // A name typed in lower case is lemmatized as a common noun ("delia" becomes "delium"): as typed, the
        // articles use it.
        for (String form : typed) {
          idf.putIfAbsent(kw, idf(n, index.docFreq(form)));
          terms.add(new WeightedTerm(form, weight, false));
          matches.add(form);
        }
      } else if (kw.length() >= 4 && kw.chars().allMatch(Character::isLetter) && !lexicon.isWord(kw)) {
        // Unknown to the index and to the dictionary: probably a typo ("negotator"), so let Lucene match close
        // spellings. A real word the articles never use ("joke") means they do not cover it.
        terms.add(new WeightedTerm(kw, weight, true));
        fuzzy.add(kw);
        idf.put(kw, idf(n, 1));
      }
      Set<String> alternatives = new LinkedHashSet<>(synonyms.of(kw));
      if (!names.contains(kw)) {
        // A name means only what it names, whatever WordNet's senses of the word ("Frank" is no "frankfurter").
        alternatives.addAll(lexicon.synonyms(kw, classByTerm.getOrDefault(kw, Lexicon.WordClass.NOUN)));
      }
      // A relative in form says the same in another part of speech ("collided" and "the collision", "mexican"
      // exports and exports to Mexico, Croatia's minister and the Croatian minister): news often turns a question's
      // verb into a noun.
      alternatives.addAll(lexicon.relatives(kw));
      alternatives.addAll(particleCompounds(q, kw));
      for (String alt : alternatives) {
        int altDf = index.docFreq(alt);
        if (altDf > 0 && !alt.equals(kw)) {
          terms.add(new WeightedTerm(alt, weight * SYNONYM_WEIGHT, false));
          matches.add(alt);
          idf.putIfAbsent(kw, idf(n, altDf));
        }
      }
      if (df == 0 && !titleOnly && matches.size() == 1) {
        unknown.add(kw);
        // Still a keyword: a word no article uses weighs like the rarest word, and no passage matches it.
        idf.putIfAbsent(kw, idf(n, 1));
      }
      expansions.put(kw, matches);
    }
    for (Map.Entry<String, List<String>> a : acronyms(q).entrySet()) {
      if (index.docFreq(a.getKey()) > 0) {
        // The articles may give a long name once and then only its initials ("... Authority (ASDMA) said"): the
        // initials find those sentences and stand for every word of the name.
        terms.add(new WeightedTerm(a.getKey(), 1f, false));
        a.getValue().forEach(kw -> expansions.computeIfAbsent(kw, k -> new LinkedHashSet<>(Set.of(k)))
            .add(a.getKey()));
      }
    }
    List<Passage> passages = withNeighbours(index.search(terms, candidates));
    for (String kw : fuzzy) {
      Set<String> spelled = respellings(kw, passages);
      expansions.get(kw).addAll(spelled);
      if (!spelled.isEmpty()) {
        unknown.remove(kw);
      }
    }
    return new Retrieval(passages, idf, expansions, fuzzy, unknown);
  }

  /**
   * The words of the passages that a mistyped keyword was meant to be ("witnesess" for "witnesses"), as lemma and
   * as written, so that the answer's features count the keyword as matched where the articles spell it right.
   */
  private static Set<String> respellings(String kw, List<Passage> passages) {
    Set<String> out = new LinkedHashSet<>();
    for (Passage p : passages) {
      for (Token t : p.tokens()) {
        String word = org.newsdesk.nlp.Terms.normalize(t.word());
        if (Spelling.withinOneEdit(kw, t.lemma()) || word != null && Spelling.withinOneEdit(kw, word)) {
          out.add(t.lemma());
          if (word != null) {
            out.add(word);
          }
        }
      }
    }
    return out;
  }

  /**
   * Adds the sentences around the best hits right after them: the answer is often in the next sentence, which
   * refers to the question's subject by a pronoun ("the company", "she") instead of repeating its name.
   */
  private List<Passage> withNeighbours(List<Passage> hits) {
    Map<String, Double> hitScores = new HashMap<>();
    hits.forEach(h -> hitScores.put(key(h), h.score()));
    Map<String, Passage> pool = new LinkedHashMap<>();
    for (int rank = 0; rank < hits.size(); rank++) {
      Passage hit = hits.get(rank);
      pool.putIfAbsent(key(hit), hit);
      if (rank < EXPAND_TOP) {
        for (Passage n : index.sentences(hit.articleId(), hit.sentenceIndex() - NEIGHBOURS,
            hit.sentenceIndex() + NEIGHBOURS)) {
          String k = key(n);
          double decayed = hit.score() * NEIGHBOUR_DECAY;
          // A neighbour that is itself a hit keeps its own score at its own rank when that is the better of the
          // two; a weak hit beside a strong one comes along with it, as any other neighbour would, so a lede that
          // shares one word with the question still follows the sentence after it that shares four.
          if (!pool.containsKey(k) && hitScores.getOrDefault(k, Double.NEGATIVE_INFINITY) < decayed) {
            pool.put(k, n.withScore(decayed));
          }
        }
      }
    }
    return new ArrayList<>(pool.values());
  }

  /**
   * The initials of the question's names of at least {@link #ACRONYM_WORDS} nouns, with or without the small words
   * inside them ("asdma" for "Assam State Disaster Management Authority", "boe" for "Bank of England"), each with
   * the keywords it stands for.
   */
  static Map<String, List<String>> acronyms(Question q) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<Token> tokens = q.tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (!nameWord(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < tokens.size() && (nameWord(tokens.get(end))
          || Question.NAME_JOINERS.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
          && end + 1 < tokens.size() && nameWord(tokens.get(end + 1)))) {
        end++;
      }
      StringBuilder content = new StringBuilder();
      StringBuilder all = new StringBuilder();
      List<String> keywords = new ArrayList<>();
      for (Token t : tokens.subList(i, end)) {
        char initial = Character.toLowerCase(t.word().charAt(0));
        all.append(initial);
        String term = org.newsdesk.nlp.Terms.of(t);
        if (nameWord(t) && Character.isLetter(initial)) {
          content.append(initial);
          if (term != null && q.keywords().contains(term)) {
            keywords.add(term);
          }
        }
      }
      if (content.length() >= ACRONYM_WORDS && !keywords.isEmpty()) {
        out.put(content.toString(), keywords);
        out.putIfAbsent(all.toString(), keywords);
      }
      i = end;
    }
    return out;
  }

  /**
   * The nouns a phrasal verb of the question makes when written as one word ("kickoff" for "kick off", "layoff" for
   * "laid off", "takeover" for "took over"): news names the event with the noun where the question uses the verb.
   */
  static Set<String> particleCompounds(Question q, String kw) {
    Set<String> out = new LinkedHashSet<>();
    List<Token> tokens = q.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token next = tokens.get(i + 1);
      if (kw.equals(org.newsdesk.nlp.Terms.of(tokens.get(i))) && next.pos().equals("RP")) {
        out.add(kw + next.word().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** A noun, or a capitalized adjective inside a name ("Canadian" in "Canadian Cabin Crew Union"). */
  private static boolean nameWord(Token t) {
    return t.pos().startsWith("NN") || t.pos().startsWith("JJ") && Character.isUpperCase(t.word().charAt(0));
  }

  private static String key(Passage p) {
    return p.articleId() + "#" + p.sentenceIndex();
  }

  /** BM25's inverse document frequency, as Lucene computes it. */
  static double idf(int docs, int df) {
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  /** The words of the question, as typed and lower-cased, whose term is {@code kw}, where the articles use them. */
  private Set<String> typedForms(Question q, String kw) {
    Set<String> forms = new LinkedHashSet<>();
    for (Token t : q.tokens()) {
      String word = org.newsdesk.nlp.Terms.normalize(t.word());
      if (word != null && !word.equals(kw) && kw.equals(org.newsdesk.nlp.Terms.of(t)) && index.docFreq(word) > 0) {
        forms.add(word);
      }
    }
    return forms;
  }

  /**
   * The keywords the question writes only as capitalized singular proper nouns ("Frank Albrecht", "the Federal
   * Reserve"): names, not words. Typing all in lower or all in upper case says nothing either way, so such a question
   * has none.
   */
  private static Set<String> namesOf(Question q) {
    Set<String> names = new HashSet<>();
    if (q.tokens().stream().noneMatch(t -> t.word().chars().anyMatch(Character::isLowerCase))) {
      return names;
    }
    Set<String> words = new HashSet<>();
    for (Token t : q.tokens()) {
      String term = org.newsdesk.nlp.Terms.of(t);
      if (term != null) {
        // A plural proper noun is mostly a people ("Americans"), a word WordNet's senses describe well enough.
        boolean name = t.pos().equals("NNP") && Character.isUpperCase(t.word().charAt(0));
        (name ? names : words).add(term);
      }
    }
    names.removeAll(words);
    return names;
  }

  /** The part of speech of each keyword where the question first uses it. */
  private static Map<String, Lexicon.WordClass> classOfKeywords(Question q) {
    Map<String, Lexicon.WordClass> classes = new HashMap<>();
    for (Token t : q.tokens()) {
      String term = org.newsdesk.nlp.Terms.of(t);
      if (term != null) {
        classes.putIfAbsent(term, Lexicon.WordClass.ofTag(t.pos()));
      }
    }
    return classes;
  }
}
