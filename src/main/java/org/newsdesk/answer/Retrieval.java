package org.newsdesk.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.search.Passage;

/**
 * The passages retrieved for a question and what retrieval learned about its keywords.
 *
 * @param passages  candidate sentences, best BM25 first
 * @param idf       inverse document frequency of each keyword known to the index
 * @param expansions for each keyword, the terms that count as matching it (itself, synonyms, spelling variants)
 * @param fuzzy     keywords unknown to the index that were searched allowing one typo
 * @param unknown   keywords that occur nowhere in the retrieved passages, even allowing for a typo
 */
public record Retrieval(List<Passage> passages, Map<String, Double> idf, Map<String, Set<String>> expansions,
                        Set<String> fuzzy, Set<String> unknown) {

  /** Freezes the collections. */
  public Retrieval {
    passages = List.copyOf(passages);
    idf = Map.copyOf(idf);
    expansions = Map.copyOf(expansions);
    fuzzy = Set.copyOf(fuzzy);
    unknown = Set.copyOf(unknown);
  }
}
