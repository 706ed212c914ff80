package org.newsdesk.console;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Evidence;
import org.newsdesk.answer.QuestionCheck;
import org.newsdesk.config.Prompts;
import org.newsdesk.search.Citation;

/** Renders an {@link Answer} as plain text for a terminal: answer, quoted sentence, citations. */
public final class TextReply {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final Prompts prompts;

  /** Creates a renderer that takes its fixed texts from {@code prompts}. */
  public TextReply(Prompts prompts) {
    this.prompts = prompts;
  }

  /** Returns the reply text for an answer; {@code ansi} marks the answer inside the sentence in bold. */
  public String render(Answer a, boolean ansi) {
    StringBuilder sb = new StringBuilder();
    if (a.answered()) {
      sb.append(bold(a.text(), ansi));
      if (a.confidence() < 0.75) {
        sb.append("  (").append(confidenceWords(a.confidence())).append(')');
      }
      sb.append('\n');
      Evidence first = a.evidence().get(0);
      sb.append("  “").append(highlight(first, ansi)).append("”\n");
      sb.append("  — ").append(cite(first.citation())).append('\n');
      // Further sources are other articles that back the answer; the first article is already cited.
      List<Citation> others = a.evidence().stream().map(Evidence::citation)
          .filter(c -> !c.articleId().equals(first.citation().articleId())).distinct().limit(2).toList();
      if (!others.isEmpty()) {
        sb.append("  ").append(prompts.get("see-also")).append('\n');
        for (Citation c : others) {
          sb.append("    • ").append(cite(c)).append('\n');
        }
      }
    } else if (a.evidence().isEmpty()) {
      sb.append(prompts.get("no-passages")).append('\n');
    } else {
      sb.append(prompts.get("no-answer")).append('\n');
      for (Evidence e : a.evidence().subList(0, Math.min(3, a.evidence().size()))) {
        sb.append("  • “").append(e.sentence()).append("”\n    — ").append(cite(e.citation())).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Returns the hint for a question that is not answered: the "too long" prompt with its length and the limit, or
   * the "please ask a question" prompt with the first example (or a generic one when there are none).
   *
   * @param refusal  why it is not answered
   * @param question the cleaned question
   * @param check    the check that refused it, for the limit
   * @param examples example questions the corpus answers, possibly none
   * @return the text to print
   */
  public String refusal(QuestionCheck.Refusal refusal, String question, QuestionCheck check, List<String> examples) {
    if (refusal == QuestionCheck.Refusal.TOO_LONG) {
      return prompts.get("too-long", "length", QuestionCheck.length(question), "max", check.maxLength());
    }
    return prompts.get("not-a-question", "example", examples.isEmpty() ? prompts.get("example-question")
        : examples.get(0));
  }

  /** Returns "Source · 9 Oct 2019 · Title [id]" for a citation, leaving out unknown parts. */
  public static String cite(Citation c) {
    StringBuilder sb = new StringBuilder();
    if (c.source() != null) {
      sb.append(c.source()).append(" · ");
    }
    if (c.date() != null) {
      sb.append(DATE.format(c.date())).append(" · ");
    }
    return sb.append(c.title()).append(" [").append(c.articleId()).append(']').toString();
  }

  private String confidenceWords(double confidence) {
    return confidence >= 0.5 ? prompts.get("confidence-medium") : prompts.get("confidence-low");
  }

  private static String highlight(Evidence e, boolean ansi) {
    if (!e.hasAnswerSpan()) {
      return e.sentence();
    }
    String s = e.sentence();
    return s.substring(0, e.answerStart()) + bold(s.substring(e.answerStart(), e.answerEnd()), ansi)
        + s.substring(e.answerEnd());
  }

  private static String bold(String text, boolean ansi) {
    return ansi ? "\u001b[1m" + text + "\u001b[0m" : text;
  }
}
