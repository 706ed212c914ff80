package org.newsdesk.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads a {@code .md} file: optional YAML front matter ({@code title, date, source, url, id}) and a CommonMark body
 * whose paragraphs, headings and list items become paragraphs. A leading level-1 heading is the title when the front
 * matter gives none.
 *
 * <p>Broken front matter (no closing fence, invalid YAML, not a mapping, a non-scalar value) skips the whole file:
 * without it the metadata cannot be told from the body, and indexing YAML as story text would pollute answers.
 */
final class MarkdownParser implements ArticleParser {

  private static final List<String> FIELDS = List.of("id", "title", "date", "source", "url");

  private final YAMLMapper yaml = new YAMLMapper();
  private final Parser markdown = Parser.builder().build();

  @Override
  public List<ArticleDraft> parse(SourceText source, Consumer<CorpusProblem> problems)
      throws MalformedFileException {
    List<String> lines = source.text().lines().toList();
    JsonNode meta = null;
    int bodyStart = 0;
    if (!lines.isEmpty() && isFence(lines.get(0), false)) {
      int close = 1;
      while (close < lines.size() && !isFence(lines.get(close), true)) {
        close++;
      }
      if (close == lines.size()) {
        throw new MalformedFileException(1, "front matter opened with --- is never closed");
      }
      meta = readFrontMatter(String.join("\n", lines.subList(1, close)));
      bodyStart = close + 1;
    }
    List<String> blocks = new ArrayList<>();
    boolean[] leadingTitle = {false};
    markdown.parse(String.join("\n", lines.subList(bodyStart, lines.size()))).accept(new AbstractVisitor() {
      @Override
      public void visit(Paragraph paragraph) {
        addBlock(blocks, paragraph);
      }

      @Override
      public void visit(Heading heading) {
        boolean first = blocks.isEmpty();
        if (addBlock(blocks, heading) && first && heading.getLevel() == 1) {
          leadingTitle[0] = true;
        }
      }
    });
    String title = field(meta, "title");
    if (leadingTitle[0] && !blocks.isEmpty()) {
      String heading = blocks.remove(0);
      title = title != null ? title : heading;
    }
    String id = field(meta, "id");
    return List.of(new ArticleDraft(id != null ? id : source.stem(), title, field(meta, "date"),
        field(meta, "source"), field(meta, "url"), blocks, 0));
  }

  private JsonNode readFrontMatter(String text) throws MalformedFileException {
    JsonNode node;
    try {
      node = yaml.readTree(text);
    } catch (JacksonException e) {
      JsonLocation where = e.getLocation();
      // The YAML starts on the file's second line, after the opening fence.
      int line = where != null && where.getLineNr() > 0 ? where.getLineNr() + 1 : 1;
      throw new MalformedFileException(line, "invalid YAML front matter: " + yamlProblem(e));
    }
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw new MalformedFileException(2, "front matter must be a mapping of keys to values");
    }
    for (String field : FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && !value.isValueNode()) {
        throw new MalformedFileException(2, "front matter key '" + field + "' must be a single value");
      }
    }
    return node;
  }

  /**
   * Returns what the YAML parser objected to: the unindented lines of its message ("while parsing ...", "expected
   * ..."), without the indented position, source excerpt and caret lines.
   */
  private static String yamlProblem(JacksonException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String problem = message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .collect(Collectors.joining(": "));
    return problem.isEmpty() ? message.strip() : problem;
  }

  private static boolean isFence(String line, boolean closing) {
    String trimmed = line.strip();
    // YAML also allows "..." to end a document, so it closes front matter too.
    return trimmed.equals("---") || closing && trimmed.equals("...");
  }

  private static String field(JsonNode meta, String name) {
    JsonNode value = meta == null ? null : meta.get(name);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
  }

  /** Adds the block's plain text to {@code blocks} and tells whether it had any. */
  private static boolean addBlock(List<String> blocks, Node block) {
    StringBuilder text = new StringBuilder();
    block.accept(new AbstractVisitor() {
      @Override
      public void visit(Text node) {
        text.append(node.getLiteral());
      }

      @Override
      public void visit(Code node) {
        text.append(node.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak node) {
        text.append(' ');
      }

      @Override
      public void visit(HardLineBreak node) {
        text.append(' ');
      }

      @Override
      public void visit(Image node) {
        // Image alt text describes a picture, not the story.
      }
    });
    String normalized = TextNormalizer.normalize(text.toString()).replace('\n', ' ');
    if (normalized.isBlank()) {
      return false;
    }
    blocks.add(normalized);
    return true;
  }
}
