package org.newsdesk.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One cleaned news article as read from the corpus, with its metadata.
 *
 * @param id         stable article id (file name without extension, or the JSONL/front-matter id)
 * @param title      headline, given or derived from the lede; never null
 * @param date       publication date, or null when unknown
 * @param source     publisher or agency such as "Reuters", or null when unknown
 * @param dateline   place name of the dateline such as "WASHINGTON", or null
 * @param url        canonical address, or null
 * @param file       path of the file relative to the corpus root, with '/' separators
 * @param paragraphs cleaned body paragraphs, in order; never empty
 */
public record Article(String id, String title, LocalDate date, String source, String dateline,
                      String url, String file, List<String> paragraphs) {

  /** Validates the fields and freezes the paragraph list. */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(file, "file");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank (file " + file + ")");
    }
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("article " + id + " has no text (file " + file + ")");
    }
  }

  /** Returns the body text, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** Returns a hex SHA-256 of everything that ends up in the index, so changed articles are re-annotated. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {id, title, String.valueOf(date), String.valueOf(source),
          String.valueOf(dateline), String.valueOf(url), file, text()}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
