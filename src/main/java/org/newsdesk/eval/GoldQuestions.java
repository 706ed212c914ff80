package org.newsdesk.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads gold questions from a JSON Lines file, one question object per line. */
public final class GoldQuestions {

  private static final Logger LOG = LoggerFactory.getLogger(GoldQuestions.class);

  /** Strict on purpose: a misspelt field or a second object on a line would silently skew the scores. */
  private static final ObjectReader READER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build()
      .readerFor(GoldQuestion.class);

  private GoldQuestions() {
  }

  /**
   * Reads every question of {@code file}, skipping blank lines.
   *
   * @param file a UTF-8 JSON Lines file such as {@code seed-questions.jsonl}
   * @return the questions in file order
   * @throws GoldFormatException when a line is not a valid question, an id repeats, or the file has no questions
   * @throws IOException         when the file cannot be read
   */
  public static List<GoldQuestion> read(Path file) throws IOException {
    List<GoldQuestion> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        GoldQuestion question = parse(file, lineNumber, line);
        if (!ids.add(question.id())) {
          throw new GoldFormatException(file, lineNumber, "duplicate id " + question.id(), null);
        }
        questions.add(question);
      }
    }
    if (questions.isEmpty()) {
      throw new GoldFormatException(file, 0, "no questions", null);
    }
    LOG.info("Read {} gold questions from {}", questions.size(), file);
    return List.copyOf(questions);
  }

  private static GoldQuestion parse(Path file, int lineNumber, String line) {
    try {
      return READER.readValue(line);
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(file, lineNumber, reason(e), e);
    }
  }

  /** Prefers the validation message of the record or enum over Jackson's wrapper text, which names classes. */
  private static String reason(JsonProcessingException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof IllegalArgumentException || root instanceof NullPointerException) {
      return root.getMessage();
    }
    return e.getOriginalMessage();
  }
}
