package org.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Evidence;

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
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer is always serializable", e);
    }
  }
}
