package org.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Evidence;
import org.newsdesk.answer.QuestionCheck;

/** Renders an {@link Answer} as the one-line JSON object of {@code ask --json}. */
final class JsonReply {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReply() {
  }

  /** Returns the answer as a single line of JSON. */
  static String render(Answer a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("question", a.question());
    out.put("answered", a.answered());
    out.put("refusal", null);
    out.put("answer", a.text());
    out.put("confidence", a.confidence());
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (Evidence e : a.evidence()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("articleId", e.citation().articleId());
      item.put("title", e.citation().title());
      item.put("date", e.citation().date() == null ? null : e.citation().date().toString());
      item.put("source", e.citation().source());
      item.put("url", e.citation().url());
      item.put("text", e.sentence());
      item.put("sentenceIndex", e.sentenceIndex());
      item.put("answerStart", e.hasAnswerSpan() ? e.answerStart() : null);
      item.put("answerEnd", e.hasAnswerSpan() ? e.answerEnd() : null);
      item.put("score", e.score());
      evidence.add(item);
    }
    out.put("evidence", evidence);
    out.put("cached", a.cached());
    out.put("tookMs", a.tookMs());
    return write(out);
  }

  /**
   * Returns the line for a question that is not answered at all, with the same fields as an answer: not answered,
   * no evidence, and {@code refusal} saying why ({@code "not-a-question"} or {@code "too-long"}).
   */
  static String refusal(String question, QuestionCheck.Refusal refusal) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("question", question);
    out.put("answered", false);
    out.put("refusal", refusal.code());
    out.put("answer", null);
    out.put("confidence", 0.0);
    out.put("evidence", List.of());
    out.put("cached", false);
    out.put("tookMs", 0.0);
    return write(out);
  }

  private static String write(Map<String, Object> out) {
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer is always serializable", e);
    }
  }
}
