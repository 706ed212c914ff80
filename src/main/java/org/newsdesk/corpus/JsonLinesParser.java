package org.newsdesk.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Parses the lines of a {@code .jsonl} file, one article object per line; {@link CorpusReader} streams the file and
 * reports a malformed line alone, so a feed of any length is read in bounded memory.
 */
final class JsonLinesParser {

  private static final List<String> OPTIONAL_FIELDS = List.of("id", "title", "date", "source", "url");

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Parses one non-blank line.
   *
   * @param stem       file name without extension: the id is {@code stem-lineNumber} when the line gives none
   * @param line       the decoded line without its line break
   * @param lineNumber 1-based line number
   * @throws MalformedFileException when the line is not a JSON object with a non-blank {@code text}
   */
  ArticleDraft parseLine(String stem, String line, int lineNumber) throws MalformedFileException {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JacksonException e) {
      throw new MalformedFileException(lineNumber, "bad JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new MalformedFileException(lineNumber, "expected a JSON object");
    }
    String text = stringField(node, "text", lineNumber);
    if (text == null || text.isBlank()) {
      throw new MalformedFileException(lineNumber, "missing or blank \"text\"");
    }
    for (String field : OPTIONAL_FIELDS) {
      stringField(node, field, lineNumber);
    }
    String id = stringField(node, "id", lineNumber);
    if (id == null || id.isBlank()) {
      id = stem + "-" + lineNumber;
    }
    return new ArticleDraft(id.strip(), stringField(node, "title", lineNumber), stringField(node, "date", lineNumber),
        stringField(node, "source", lineNumber), stringField(node, "url", lineNumber),
        TextNormalizer.paragraphs(text), lineNumber);
  }

  /** Returns the field's text, null when absent or JSON null, and fails when it is not a string. */
  private static String stringField(JsonNode node, String field, int lineNumber) throws MalformedFileException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new MalformedFileException(lineNumber,
          "\"" + field + "\" must be a string, not " + value.getNodeType().name().toLowerCase());
    }
    return value.asText();
  }
}
