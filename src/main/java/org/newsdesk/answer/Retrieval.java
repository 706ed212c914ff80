package org.newsdesk.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

  /**
   * Freezes the collections in the order they were built (the question's keyword order): {@code Map.copyOf} and
   * {@code Set.copyOf} iterate in an order that changes from one run to the next, and sums and choices among equal
   * keywords taken in that order would make the same question score differently in two processes.
   */
  public Retrieval {
    passages = List.copyOf(passages);
    idf = Collections.unmodifiableMap(new LinkedHashMap<>(idf));
    expansions = Collections.unmodifiableMap(new LinkedHashMap<>(expansions));
    fuzzy = Collections.unmodifiableSet(new LinkedHashSet<>(fuzzy));
    unknown = Collections.unmodifiableSet(new LinkedHashSet<>(unknown));
  }
}
