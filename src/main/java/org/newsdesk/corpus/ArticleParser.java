package org.newsdesk.corpus;

import java.util.List;
import java.util.function.Consumer;

/** Turns the text of one file of a given format into article drafts. */
interface ArticleParser {

  /**
   * Parses one file; problems that spoil only part of it (a JSONL line) go to {@code problems}.
   *
   * @throws MalformedFileException when nothing of the file can be used
   */
  List<ArticleDraft> parse(SourceText source, Consumer<CorpusProblem> problems) throws MalformedFileException;
}
