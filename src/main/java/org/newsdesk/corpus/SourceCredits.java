package org.newsdesk.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agency or outlet credited in a story by the position of a capitalised name rather than a list of known
 * agencies: a trailing {@code — Reuters} credit, a {@code REUTERS/Photographer} photo credit, or attributions such as
 * {@code CNN reported} and {@code according to AP}.
 */
final class SourceCredits {

  /** A capitalised name of one to four words, such as "Reuters", "AP" or "The Wall Street Journal". */
  private static final String NAME = "(?<name>\\p{Lu}[\\p{L}&.]*(?: \\p{Lu}[\\p{L}&.]*){0,3})";
  /** A dash and a name closing the paragraph, after the end of a sentence or alone on its line. */
  private static final Pattern TRAILING =
      Pattern.compile("(?:(?<=[.!?\"”’)])\\s*|^)(?:--|[-–—])\\s*" + NAME + "\\s*$");
  /** Agency in capitals, a slash and the photographer's name, closing a caption: "REUTERS/Rebecca Cook". */
  private static final Pattern PHOTO = Pattern.compile(
      "(?<agency>\\p{Lu}{2,}(?: Photos?)?)/\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}\\s*[.)]?\\s*$");
  /** "CNN reported." but not "GM reported a loss": the verb must close the clause or introduce what was reported. */
  private static final Pattern REPORTED = Pattern.compile(
      "\\b" + NAME + " reported(?=[,.;:]|\\s+(?:that|on|earlier|late|last|citing)\\b|\\s*$)");
  /** "according to AP." but not "according to US officials": the name must close the clause. */
  private static final Pattern ACCORDING = Pattern.compile(
      "\\baccording to " + NAME + "(?=[,.;:!?)\"”’]|\\s*$)");
  /** Weaker attributions, counted only when the name is credited more than once. */
  private static final Pattern CITED = Pattern.compile("\\b(?:cited by|told|quoted by|reported by) " + NAME + "\\b");
  /** Capitalised words that start a clause but never name an outlet. */
  private static final Set<String> NOT_NAMES =
      Set.of("He", "She", "It", "They", "We", "You", "I", "This", "That", "These", "Those", "There", "The", "A");

  private SourceCredits() {
  }

  /**
   * A trailing credit found at the end of a paragraph.
   *
   * @param source the credited agency, normalised
   * @param text   the paragraph without the credit (may be empty)
   */
  record Trailing(String source, String text) {
  }

  /** Returns the credit closing {@code paragraph}, such as "... Ohio. — Reuters", with the paragraph without it. */
  static Optional<Trailing> trailing(String paragraph) {
    Matcher matcher = TRAILING.matcher(paragraph);
    if (!matcher.find() || NOT_NAMES.contains(matcher.group("name"))) {
      return Optional.empty();
    }
    return Optional.of(new Trailing(normalize(matcher.group("name")), paragraph.substring(0, matcher.start()).strip()));
  }

  /** Returns the agency of a photo credit closing {@code paragraph}, such as "REUTERS/Rebecca Cook". */
  static Optional<String> photo(String paragraph) {
    Matcher matcher = PHOTO.matcher(paragraph);
    return matcher.find() ? Optional.of(normalize(matcher.group("agency"))) : Optional.empty();
  }

  /** Returns {@code paragraph} without the photo credit that closes it ("... March 13, 2019. REUTERS/Rebecca Cook"). */
  static String withoutPhoto(String paragraph) {
    Matcher matcher = PHOTO.matcher(paragraph);
    return matcher.find() ? paragraph.substring(0, matcher.start()).strip() : paragraph;
  }

  /** Returns the outlet the story attributes itself to ("CNN reported", "according to AP"), if one stands out. */
  static Optional<String> attributed(List<String> paragraphs) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (String paragraph : paragraphs) {
      // A clear attribution counts double, so one is enough; a bare "told X" needs a second mention.
      count(REPORTED, paragraph, 2, scores);
      count(ACCORDING, paragraph, 2, scores);
      count(CITED, paragraph, 1, scores);
    }
    String best = null;
    int bestScore = 1;
    for (Map.Entry<String, Integer> entry : scores.entrySet()) {
      if (entry.getValue() > bestScore) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    return Optional.ofNullable(best).map(SourceCredits::normalize);
  }

  /** Normalises an agency name: "REUTERS" becomes "Reuters", "AP Photo" becomes "AP"; short acronyms stay. */
  static String normalize(String raw) {
    String name = raw.strip().replaceFirst("\\s+Photos?$", "").replaceFirst("\\.+$", "");
    StringBuilder out = new StringBuilder();
    for (String word : name.split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      // Acronyms of up to four letters (AP, AFP, UPI, BBC) are names; longer words in capitals are shouting.
      boolean shouted = word.length() > 4 && word.equals(word.toUpperCase(Locale.ROOT));
      out.append(shouted ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word);
    }
    return out.toString();
  }

  private static void count(Pattern pattern, String text, int weight, Map<String, Integer> scores) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      String name = matcher.group("name");
      if (!NOT_NAMES.contains(name)) {
        scores.merge(name, weight, Integer::sum);
      }
    }
  }
}
