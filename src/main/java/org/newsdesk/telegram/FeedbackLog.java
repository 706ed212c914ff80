package org.newsdesk.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends votes on answers as JSON Lines to a local file, one object per vote. */
final class FeedbackLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  /** Creates a log appending to {@code file} (created with its folders on the first vote). */
  FeedbackLog(Path file) {
    this.file = file;
  }

  /**
   * One vote.
   *
   * @param time      ISO-8601 instant of the vote
   * @param chatId    the chat the answer was given in
   * @param vote      {@code up} or {@code down}
   * @param question  the question as asked
   * @param answer    the short answer, or null for an abstention
   * @param articleId the id of the article the answer came from, or null
   */
  record Vote(String time, long chatId, String vote, String question, String answer, String articleId) {
  }

  /** Appends {@code vote} as one line; lines from concurrent votes never interleave. */
  synchronized void append(Vote vote) throws IOException {
    String line = toJson(vote) + "\n";
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static String toJson(Vote vote) throws IOException {
    try {
      return JSON.writeValueAsString(vote);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot write vote as JSON", e);
    }
  }
}
