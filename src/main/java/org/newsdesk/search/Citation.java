package org.newsdesk.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a reader needs to find and trust the article a passage came from.
 *
 * @param articleId the article's id
 * @param title     the article's headline
 * @param source    publisher or agency, or null when unknown
 * @param date      publication date, or null when unknown
 * @param url       canonical address, or null
 * @param file      corpus-relative path of the file the article was read from
 */
public record Citation(String articleId, String title, String source, LocalDate date, String url, String file) {

  /** Validates the required fields. */
  public Citation {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
  }
}
