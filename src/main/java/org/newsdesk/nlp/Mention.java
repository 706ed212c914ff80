package org.newsdesk.nlp;

/**
 * A maximal run of tokens sharing one entity tag (and normalized value) inside a sentence.
 *
 * @param type       entity tag, e.g. PERSON, ORGANIZATION, LOCATION, DATE, TIME, MONEY, PERCENT, NUMBER, ORDINAL,
 *                   DURATION
 * @param normalized normalized value shared by the tokens, or null
 * @param tokenBegin index of the first token
 * @param tokenEnd   exclusive index after the last token
 */
public record Mention(String type, String normalized, int tokenBegin, int tokenEnd) {
}
