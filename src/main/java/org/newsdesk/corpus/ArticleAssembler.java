package org.newsdesk.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns a parser's draft into an {@link Article}: strips the lede's date token and dateline, removes page furniture
 * and trailing credits, detects the source, parses the date and derives a missing title. The same rules apply to
 * every format.
 */
final class ArticleAssembler {

  /** Paragraphs searched for a dateline the first one lacked: a standfirst and a byline or caption may come first. */
  private static final int DATELINE_REACH = 3;

  /**
   * Assembles the article of {@code draft} from {@code file}; a draft left without text is reported and dropped.
   *
   * @return the article, or empty when nothing of the story is left after cleaning
   */
  Optional<Article> assemble(ArticleDraft draft, String file, Consumer<CorpusProblem> problems) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : draft.paragraphs()) {
      String normalized = TextNormalizer.normalize(paragraph).replace('\n', ' ');
      // A paragraph without a letter or a digit says nothing: a separator line ("___", "* * *") that Markdown reads
      // as a rule and a web page as a paragraph, so that every format keeps the same sentences.
      if (normalized.codePoints().anyMatch(Character::isLetterOrDigit)) {
        paragraphs.add(normalized);
      }
    }
    Lede lede = null;
    if (!paragraphs.isEmpty()) {
      lede = Lede.parse(paragraphs.get(0));
      setOrRemove(paragraphs, 0, lede.text().strip());
    }
    String photoCredit = paragraphs.stream().map(SourceCredits::photo).flatMap(Optional::stream)
        .findFirst().orElse(null);
    paragraphs = new ArrayList<>(FurnitureFilter.clean(paragraphs));
    if (lede != null && lede.dateline() == null) {
      lede = laterDateline(lede, paragraphs);
    }
    String trailingCredit = null;
    if (!paragraphs.isEmpty()) {
      Optional<SourceCredits.Trailing> trailing = SourceCredits.trailing(paragraphs.get(paragraphs.size() - 1));
      if (trailing.isPresent()) {
        trailingCredit = trailing.get().source();
        paragraphs.remove(paragraphs.size() - 1);
        if (!trailing.get().text().isEmpty()) {
          paragraphs.add(trailing.get().text());
        }
      }
    }
    if (paragraphs.isEmpty()) {
      problems.accept(new CorpusProblem(file, draft.line(), "no story text left after cleaning (article "
          + draft.id() + ")"));
      return Optional.empty();
    }
    String datelineCredit = lede == null || lede.credit() == null ? null : SourceCredits.normalize(lede.credit());
    String source = firstNonBlank(draft.source(), datelineCredit, trailingCredit, photoCredit,
        SourceCredits.attributed(paragraphs).orElse(null));
    // Deriving a title is the costliest step of reading a short article, so it is done only when none is given.
    String title = firstNonBlank(draft.title());
    if (title == null) {
      title = firstNonBlank(TitleDeriver.derive(paragraphs.get(0)), draft.id());
    }
    String writtenDate = firstNonBlank(draft.date(), lede == null ? null : lede.date());
    LocalDate date = null;
    if (writtenDate != null) {
      date = DateParser.parse(writtenDate).orElse(null);
      if (date == null) {
        problems.accept(new CorpusProblem(file, draft.line(), "unrecognised date '" + writtenDate
            + "' (article " + draft.id() + " kept without a date)"));
      }
    }
    return Optional.of(new Article(draft.id(), title, date, source, lede == null ? null : lede.dateline(),
        blankToNull(draft.url()), file, paragraphs));
  }

  /**
   * Takes the dateline from one of the first paragraphs left after cleaning when the first paragraph had none: a web
   * page may put a standfirst, a byline or a caption before the paragraph that opens "PORT-AU-PRINCE — ...".
   */
  private static Lede laterDateline(Lede lede, List<String> paragraphs) {
    for (int i = 0; i < Math.min(DATELINE_REACH, paragraphs.size()); i++) {
      Lede later = Lede.parse(paragraphs.get(i));
      if (later.dateline() != null && later.date() == null) {
        setOrRemove(paragraphs, i, later.text().strip());
        return new Lede(lede.date(), later.dateline(), later.credit(), lede.text());
      }
    }
    return lede;
  }

  /** Replaces paragraph {@code i} with what is left of it once its dateline is gone, or drops it when nothing is. */
  private static void setOrRemove(List<String> paragraphs, int i, String rest) {
    if (rest.isEmpty()) {
      paragraphs.remove(i);
    } else {
      paragraphs.set(i, rest);
    }
  }

  private static String firstNonBlank(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return TextNormalizer.normalize(candidate).replace('\n', ' ');
      }
    }
    return null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
