package org.newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.answer.ExtractiveAnswerer;
import org.newsdesk.answer.ExtractiveAnswerer.ScoredCandidate;

/**
 * Where the first right candidate ranks for each answerable gold question: separates what extraction misses (no
 * right candidate at all) from what ranking misses (a right candidate below the first).
 */
public final class CandidateRecall {

  /**
   * One question's outcome.
   *
   * @param gold  the gold question
   * @param rank  the 1-based rank of the first right candidate, or 0 when no candidate is right
   * @param count how many candidates there were
   * @param first the best candidate's text, or null when there was none
   * @param type  the answer type the question was analysed as, with its focus
   */
  public record Row(GoldQuestion gold, int rank, int count, String first, String type) {
  }

  private final List<Row> rows = new ArrayList<>();

  /**
   * Scores every answerable question and records where its first right candidate ranks.
   *
   * @param questions gold questions (unanswerable ones are ignored)
   * @param answerer  the answerer whose ranking is examined
   * @return the recall table
   */
  public static CandidateRecall measure(List<GoldQuestion> questions, ExtractiveAnswerer answerer) {
    CandidateRecall recall = new CandidateRecall();
    for (GoldQuestion g : questions) {
      if (!g.answerable()) {
        continue;
      }
      ExtractiveAnswerer.Scored scored = answerer.score(g.question());
      List<ScoredCandidate> candidates = scored.candidates();
      int rank = 0;
      for (int i = 0; i < candidates.size() && rank == 0; i++) {
        if (ModelFitter.isRight(g, candidates.get(i), answerer.replyText(candidates.get(i), candidates))) {
          rank = i + 1;
        }
      }
      recall.rows.add(new Row(g, rank, candidates.size(),
          candidates.isEmpty() ? null : candidates.get(0).candidate().text(),
          scored.question().type() + "/" + scored.question().focus()));
    }
    return recall;
  }

  /** Returns one row per answerable question, in question order. */
  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /**
   * Formats the table: one line per question when asked, then the share ranked first, in the top three, anywhere.
   *
   * @param perQuestion whether to list each question
   * @return the text
   */
  public String format(boolean perQuestion) {
    StringBuilder out = new StringBuilder();
    if (perQuestion) {
      for (Row r : rows) {
        out.append(String.format(Locale.ROOT, "%-4s %s [%s] %s -> %s%n",
            r.rank() == 0 ? "-" : Integer.toString(r.rank()), r.gold().id(), r.type(), r.gold().question(),
            r.first()));
      }
      out.append('\n');
    }
    int n = Math.max(1, rows.size());
    long first = rows.stream().filter(r -> r.rank() == 1).count();
    long top3 = rows.stream().filter(r -> r.rank() >= 1 && r.rank() <= 3).count();
    long any = rows.stream().filter(r -> r.rank() >= 1).count();
    out.append(String.format(Locale.ROOT, "right candidate first %.1f %%, top 3 %.1f %%, anywhere %.1f %% (%d answerable)%n",
        100.0 * first / n, 100.0 * top3 / n, 100.0 * any / n, rows.size()));
    return out.toString();
  }
}
