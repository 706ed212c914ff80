package org.newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes answer strings so that gold aliases and system answers compare by content, not by typography.
 *
 * <p>The steps, in order: lower case; commas used as thousands separators are dropped ({@code 48,000 -> 48000},
 * only for a group of 1 to 3 digits followed by whole groups of 3); apostrophes and periods that join two letters
 * are removed ({@code U.S. -> us}, {@code GM's -> gms}); a period between two digits is kept as a decimal point
 * ({@code 1.5}); {@code $} and {@code %} are kept; every other punctuation or symbol character (remaining periods,
 * commas, dashes, slashes, quotes, parentheses, colons, ...) becomes a space; the whole-token articles a, an and
 * the are dropped; whitespace is collapsed and trimmed.
 */
public final class AnswerText {

  /** A number written with thousands separators; lookarounds keep "2018,2019" and "1,000,00" untouched. */
  private static final Pattern GROUPED_NUMBER = Pattern.compile("(?<![\\d,])\\d{1,3}(?:,\\d{3})+(?!\\d|,\\d)");
  /** Apostrophes (straight or curly) and periods inside a word; removed so "U.S." and "US" agree. */
  private static final Pattern JOINING_MARK = Pattern.compile("(?<=\\p{L})['\u2019.](?=\\p{L})");
  /** A period that is not a decimal point between two digits. */
  private static final Pattern NON_DECIMAL_PERIOD = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)");
  /** Everything that is neither a letter, a digit, whitespace, nor one of the kept marks {@code $ % .}. */
  private static final Pattern OTHER_PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s$%.]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private AnswerText() {
  }

  /** Returns {@code text} normalized as described on the class, tokens joined by single spaces. */
  public static String normalize(String text) {
    return String.join(" ", tokens(text));
  }

  /** Returns the tokens of the normalized {@code text}; empty when nothing but punctuation and articles remains. */
  public static List<String> tokens(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.toLowerCase(Locale.ROOT);
    s = dropThousandsSeparators(s);
    s = JOINING_MARK.matcher(s).replaceAll("");
    s = NON_DECIMAL_PERIOD.matcher(s).replaceAll(" ");
    s = OTHER_PUNCTUATION.matcher(s).replaceAll(" ");
    List<String> tokens = new ArrayList<>();
    for (String token : WHITESPACE.split(s.strip())) {
      if (!token.isEmpty() && !ARTICLES.contains(token)) {
        tokens.add(token);
      }
    }
    return List.copyOf(tokens);
  }

  private static String dropThousandsSeparators(String s) {
    Matcher m = GROUPED_NUMBER.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, m.group().replace(",", ""));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Returns true when {@code needle} is a contiguous run of whole tokens in {@code haystack}; false when empty. */
  public static boolean containsTokens(List<String> haystack, List<String> needle) {
    if (needle.isEmpty()) {
      return false;
    }
    for (int i = 0; i + needle.size() <= haystack.size(); i++) {
      if (haystack.subList(i, i + needle.size()).equals(needle)) {
        return true;
      }
    }
    return false;
  }
}
