package org.newsdesk.search;

/**
 * A query term with its weight.
 *
 * @param term   a search term as produced by {@code nlp.Terms}
 * @param weight boost, 1 for an ordinary keyword
 * @param fuzzy  true to also match spelling variants (for words the index does not know)
 */
public record WeightedTerm(String term, float weight, boolean fuzzy) {
}
