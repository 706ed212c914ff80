package org.newsdesk.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads a {@code .jsonl} file, one article object per line; a malformed line is reported and skipped. */
final class JsonLinesParser implements ArticleParser {

  private static final List<String> OPTIONAL_FIELDS = List.of("id", "title", "date", "source", "url");

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public List<ArticleDraft> parse(SourceText source, Consumer<CorpusProblem> problems) {
    List<ArticleDraft> drafts = new ArrayList<>();
    String[] lines = source.text().split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        drafts.add(parseLine(source, lines[i], lineNumber));
      } catch (MalformedFileException e) {
        problems.accept(new CorpusProblem(source.file(), lineNumber, e.reason()));
      }
    }
    return drafts;
  }

  private ArticleDraft parseLine(SourceText source, String line, int lineNumber) throws MalformedFileException {
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
      id = source.stem() + "-" + lineNumber;
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
