package org.newsdesk.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening of an article's first paragraph: an optional {@code date YYYY-MM-DD} token, then an optional dateline
 * such as {@code WASHINGTON:}, {@code DETROIT (Reuters) -} or {@code LONDON, March 3 (AP) —}, then the story.
 *
 * @param date     the date token's value, or null
 * @param dateline the dateline's place, or null
 * @param credit   the agency credited in the dateline's parentheses, or null
 * @param text     the paragraph without the date token and dateline
 */
record Lede(String date, String dateline, String credit, String text) {

  /** The seed corpus starts files with "date 2019-10-09" before the story; a colon after "date" is tolerated. */
  private static final Pattern DATE_TOKEN =
      Pattern.compile("^\\s*date:?\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*", Pattern.CASE_INSENSITIVE);
  /**
   * A place in capitals (up to four words such as "NEW YORK" or "ST. LOUIS"), an optional qualifier after a comma
   * ("March 3", "D.C."), an optional credit in parentheses ("AP", "France 24"), then a colon or a dash and the
   * story.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?<place>\\p{Lu}[\\p{Lu}.'’-]*\\p{Lu}\\.?(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3}?)"
          + "(?:, (?<qualifier>[\\p{L}.]+(?: \\d{1,2})?))?"
          + "(?: ?\\((?<credit>\\p{L}[\\p{L}\\d&.' ]{0,40})\\))?"
          + " ?(?::|--|[-–—])(?: +(?=\\S)|\\s*$)");

  /** Splits {@code paragraph} into its date token, dateline and remaining text. */
  static Lede parse(String paragraph) {
    String rest = paragraph;
    String date = null;
    Matcher token = DATE_TOKEN.matcher(rest);
    if (token.find()) {
      date = token.group(1);
      rest = rest.substring(token.end());
    }
    Matcher dateline = DATELINE.matcher(rest);
    if (dateline.find()) {
      return new Lede(date, dateline.group("place"), dateline.group("credit"), rest.substring(dateline.end()));
    }
    return new Lede(date, null, null, rest);
  }
}
