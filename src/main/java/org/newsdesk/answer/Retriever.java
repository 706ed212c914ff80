package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
    Map<String, Boolean> nounByTerm = posOfKeywords(q);
    for (String kw : q.keywords()) {
      int df = index.docFreq(kw);
      Set<String> matches = new LinkedHashSet<>();
      matches.add(kw);
      float weight = kw.equals(q.focus()) ? FOCUS_WEIGHT : 1f;
      Set<String> typed = df > 0 ? Set.of() : typedForms(q, kw);
      boolean titleOnly = df == 0 && index.titleFreq(kw) > 0;
      if (df > 0) {
        idf.put(kw, idf(n, df));
        terms.add(new WeightedTerm(kw, weight, false));
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
      alternatives.addAll(lexicon.synonyms(kw, nounByTerm.getOrDefault(kw, true)));
      if (df == 0) {
        // A word no article uses may still have a relative they do use ("mexican" exports, exports to Mexico).
        alternatives.addAll(lexicon.relatives(kw));
      }
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
    List<Passage> passages = withNeighbours(index.search(terms, candidates));
    unknown.removeIf(kw -> fuzzy.contains(kw) && passages.stream().anyMatch(p -> p.tokens().stream()
        .anyMatch(t -> Spelling.withinOneEdit(kw, t.lemma()))));
    return new Retrieval(passages, idf, expansions, fuzzy, unknown);
  }

  /**
   * Adds the sentences around the best hits right after them: the answer is often in the next sentence, which
   * refers to the question's subject by a pronoun ("the company", "she") instead of repeating its name.
   */
  private List<Passage> withNeighbours(List<Passage> hits) {
    Set<String> hitKeys = new HashSet<>();
    hits.forEach(h -> hitKeys.add(key(h)));
    Map<String, Passage> pool = new LinkedHashMap<>();
    for (int rank = 0; rank < hits.size(); rank++) {
      Passage hit = hits.get(rank);
      pool.putIfAbsent(key(hit), hit);
      if (rank < EXPAND_TOP) {
        for (Passage n : index.sentences(hit.articleId(), hit.sentenceIndex() - NEIGHBOURS,
            hit.sentenceIndex() + NEIGHBOURS)) {
          String k = key(n);
          // A neighbour that is itself a hit keeps its own score at its own rank.
          if (!pool.containsKey(k) && !hitKeys.contains(k)) {
            pool.put(k, n.withScore(hit.score() * NEIGHBOUR_DECAY));
          }
        }
      }
    }
    return new ArrayList<>(pool.values());
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

  private static Map<String, Boolean> posOfKeywords(Question q) {
    Map<String, Boolean> noun = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Token t : q.tokens()) {
      String term = org.newsdesk.nlp.Terms.of(t);
      if (term != null && seen.add(term)) {
        noun.put(term, !t.pos().startsWith("VB"));
      }
    }
    return noun;
  }
}
