package org.newsdesk.corpus;

import java.util.Objects;

/**
 * The decoded text of one corpus file, handed to a format parser.
 *
 * @param file relative path with '/' separators
 * @param stem file name without its extension, the default article id
 * @param text decoded text, not yet normalised
 */
record SourceText(String file, String stem, String text) {

  /** Validates the fields. */
  SourceText {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(text, "text");
  }
}
