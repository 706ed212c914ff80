package org.newsdesk.corpus;

import java.util.List;
import java.util.Objects;

/**
 * Summary of one pass over a corpus directory.
 *
 * <p>Every regular, non-hidden file found counts in {@code filesSeen}; a file counts as read when it gave at least one
 * article and as skipped otherwise (unsupported extension, unreadable, empty, binary, malformed, only duplicates), so
 * {@code filesSeen == filesRead + filesSkipped}.
 *
 * @param filesSeen    regular, non-hidden files found under the root
 * @param filesRead    files that gave at least one article
 * @param filesSkipped files that gave no article
 * @param articles     articles passed to the sink
 * @param problems     everything that could not be read, in the order met
 */
public record CorpusScan(int filesSeen, int filesRead, int filesSkipped, int articles, List<CorpusProblem> problems) {

  /** Validates the counts and freezes the problem list. */
  public CorpusScan {
    Objects.requireNonNull(problems, "problems");
    if (filesSeen < 0 || filesRead < 0 || filesSkipped < 0 || articles < 0) {
      throw new IllegalArgumentException("counts must be >= 0: seen " + filesSeen + ", read " + filesRead
          + ", skipped " + filesSkipped + ", articles " + articles);
    }
    problems = List.copyOf(problems);
  }
}
