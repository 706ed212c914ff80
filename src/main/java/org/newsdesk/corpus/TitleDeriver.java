package org.newsdesk.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives a short, headline-like title from a story's lede: the first sentence without parentheticals, cut to at most
 * {@link #MAX_WORDS} words at a natural boundary (a comma, a relative clause, a preposition or conjunction, an opening
 * quotation), never the whole long sentence.
 */
final class TitleDeriver {

  /** Headlines run to about ten words. */
  static final int MAX_WORDS = 10;
  /** Shorter cuts than this lose the subject, so boundaries before it are ignored. */
  private static final int MIN_WORDS = 3;

  /** Words ending in a period that do not end a sentence: titles, company suffixes, months. */
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "co", "corp", "inc", "ltd",
      "jr", "sr", "st", "gen", "gov", "sen", "rep", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");
  /** Words that open a subordinate clause: the main clause ends before them. */
  private static final Set<String> STRONG = Set.of("which", "who", "whose", "where");
  /** Words before which a phrase can end naturally: prepositions and conjunctions. */
  private static final Set<String> WEAK = Set.of("in", "on", "at", "to", "with", "for", "after", "before", "and",
      "but", "as", "while", "when", "amid", "over", "from", "by", "since", "despite", "during", "into", "against",
      "because", "following", "ahead", "under", "that");
  /** Words a headline does not end on. */
  private static final Set<String> DANGLING = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "at",
      "for", "with", "by", "its", "their", "his", "her", "is", "was", "are", "were", "said", "says", "warned", "told",
      "added");
  /** Weekday time phrases ("late on Tuesday") carry no headline content and push the subject's verb too far. */
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\s+(?:(?:late|early|earlier|later) )?on "
          + "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\"“”‘’'«»]+|[\\s\"“”‘’'«»,;:.!?—–-]+$");
  private static final Pattern OPENING_QUOTE = Pattern.compile("^[\"“‘'«].*");

  private TitleDeriver() {
  }

  /** Returns a headline-like title for a story whose first paragraph is {@code lede}. */
  static String derive(String lede) {
    String sentence = PARENTHETICAL.matcher(firstSentence(lede.strip())).replaceAll("");
    sentence = WEEKDAY.matcher(sentence).replaceAll("");
    List<String> words = Arrays.asList(sentence.strip().split("\\s+"));
    int cut = Math.min(words.size(), cutPoint(words));
    int end = cut;
    // A whole short sentence stays as written; only a cut can leave a dangling word behind.
    while (cut < words.size() && end > 1 && DANGLING.contains(bare(words.get(end - 1)))) {
      end--;
    }
    return balanceQuotes(EDGE_PUNCTUATION.matcher(String.join(" ", words.subList(0, end))).replaceAll(""));
  }

  /** Closes a quotation the cut left open, so a title like {@code Union "will strike} reads as a quote. */
  private static String balanceQuotes(String title) {
    if (title.chars().filter(c -> c == '"').count() % 2 == 1) {
      return title + '"';
    }
    return title.chars().filter(c -> c == '“').count() > title.chars().filter(c -> c == '”').count()
        ? title + '”' : title;
  }

  /** Returns how many leading words make the title. */
  private static int cutPoint(List<String> words) {
    if (words.size() <= MAX_WORDS) {
      return words.size();
    }
    for (int k = MIN_WORDS; k <= MAX_WORDS; k++) {
      String before = words.get(k - 1).replaceAll("[\"”’']+$", "");
      if (before.endsWith(",") || before.endsWith(";") || before.endsWith(":") || STRONG.contains(bare(words.get(k)))
          || words.get(k).matches("[—–-]+")) {
        return k;
      }
    }
    for (int k = MAX_WORDS; k >= MIN_WORDS; k--) {
      if (WEAK.contains(bare(words.get(k))) || OPENING_QUOTE.matcher(words.get(k)).matches()) {
        return k;
      }
    }
    return MAX_WORDS;
  }

  /** Returns the first sentence of {@code text}, not stopping at abbreviations such as "U.S." or "Co.". */
  static String firstSentence(String text) {
    String[] words = text.split("\\s+");
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      sentence.append(i == 0 ? "" : " ").append(words[i]);
      if (i + 1 < words.length && endsSentence(words[i], words[i + 1])) {
        break;
      }
    }
    return sentence.toString();
  }

  private static boolean endsSentence(String word, String next) {
    String closed = word.replaceAll("[\"”’')]+$", "");
    if (!closed.matches(".*[.!?]$") || next.isEmpty()) {
      return false;
    }
    char start = next.charAt(0);
    if (!Character.isUpperCase(start) && "\"“‘'(".indexOf(start) < 0) {
      return false;
    }
    String stem = closed.substring(0, closed.length() - 1);
    // "U.S." and "J." are initials; listed abbreviations such as "Co." precede more of the same sentence.
    return !stem.matches("(?:\\p{L}\\.)*\\p{L}") && !ABBREVIATIONS.contains(stem.toLowerCase(Locale.ROOT));
  }

  private static String bare(String word) {
    return word.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
  }
}
