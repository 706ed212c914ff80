package org.newsdesk.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses publication dates written as ISO dates, ISO date-times, or English forms such as "March 13, 2019". */
final class DateParser {

  /** ISO date, optionally followed by a time part ("2019-03-13T10:00:00Z", "2019-03-13 10:00"); also with '/'. */
  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ].*)?");
  /** Optional weekday, then "March 13, 2019", "Mar. 13 2019" or "March 13th, 2019". */
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?:\\p{L}+,?\\s+)?(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b.*",
      Pattern.CASE_INSENSITIVE);
  /** Optional weekday, then "13 March 2019" or "Wed, 13 Mar 2019 10:00:00 GMT". */
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?:\\p{L}+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4})\\b.*",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private DateParser() {
  }

  /** Returns the calendar date written in {@code text}, or empty when it is not a recognised date. */
  static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    try {
      Matcher iso = ISO.matcher(trimmed);
      if (iso.matches()) {
        return Optional.of(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
      }
      Matcher monthFirst = MONTH_FIRST.matcher(trimmed);
      if (monthFirst.matches() && month(monthFirst.group(1)) > 0) {
        return Optional.of(LocalDate.of(num(monthFirst, 3), month(monthFirst.group(1)), num(monthFirst, 2)));
      }
      Matcher dayFirst = DAY_FIRST.matcher(trimmed);
      if (dayFirst.matches() && month(dayFirst.group(2)) > 0) {
        return Optional.of(LocalDate.of(num(dayFirst, 3), month(dayFirst.group(2)), num(dayFirst, 1)));
      }
    } catch (DateTimeException e) {
      // A well-formed but impossible date such as February 30 is as unusable as an unrecognised one.
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int num(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  /** Returns 1-12 for an English month name or its abbreviation ("Sept" too), or 0. */
  private static int month(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Integer month = MONTHS.get(lower.substring(0, 3));
    if (month == null) {
      return 0;
    }
    String full = Month.of(month).name().toLowerCase(Locale.ROOT);
    return full.startsWith(lower) || lower.equals("sept") ? month : 0;
  }
}
