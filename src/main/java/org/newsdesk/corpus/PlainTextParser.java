package org.newsdesk.corpus;

import java.util.List;
import java.util.function.Consumer;

/** Reads a {@code .txt} file as one article; the lede's date token and dateline are handled by the assembler. */
final class PlainTextParser implements ArticleParser {

  @Override
  public List<ArticleDraft> parse(SourceText source, Consumer<CorpusProblem> problems) {
    return List.of(new ArticleDraft(source.stem(), null, null, null, null,
        TextNormalizer.paragraphs(source.text()), 0));
  }
}
