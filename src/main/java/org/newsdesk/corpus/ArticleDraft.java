package org.newsdesk.corpus;

import java.util.List;
import java.util.Objects;

/**
 * What a format parser found for one article, before cleaning and metadata detection.
 *
 * @param id         article id
 * @param title      given title, or null to derive one from the lede
 * @param date       date as written, or null
 * @param source     given source, or null to detect one from credits
 * @param url        canonical address, or null
 * @param paragraphs raw body paragraphs, in order
 * @param line       1-based line the article starts on (0 when it is the whole file)
 */
record ArticleDraft(String id, String title, String date, String source, String url, List<String> paragraphs,
                    int line) {

  /** Validates the fields and freezes the paragraph list. */
  ArticleDraft {
    Objects.requireNonNull(id, "id");
    paragraphs = List.copyOf(paragraphs);
  }
}
