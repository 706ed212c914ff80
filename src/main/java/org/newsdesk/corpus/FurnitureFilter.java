package org.newsdesk.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes scraped page furniture from a story's paragraphs with general signals, never with text of particular
 * articles: link labels ("Related", "Read more"), photo credits (the caption itself stays), staff credits, and
 * promotional blocks recognised by call-to-action vocabulary, second-person marketing, imperatives, fragments that
 * are not sentences, and capitalised names that the rest of the story never mentions.
 *
 * <p>Each paragraph gets a score; one scoring {@link #FURNITURE} or more is dropped, and so is a weaker neighbour of
 * a dropped one scoring {@link #NEIGHBOUR} or more, since promotions come in blocks. Quoted speech does not count
 * towards the marketing signals, and a paragraph opening with a quotation or attributing speech ("said") leans
 * strongly towards story, so quotes on their own line are kept.
 */
final class FurnitureFilter {

  /** Score from which a paragraph is furniture on its own. */
  static final int FURNITURE = 3;
  /** Score from which a paragraph next to furniture joins its block. */
  static final int NEIGHBOUR = 2;

  /** Labels that news sites put before or after links; never story text. */
  private static final String LABELS = "Related(?: (?:Articles?|Stories|Content|Coverage|News))?"
      + "|Read (?:more|next|also)"
      + "|See also|Advertisement|Recommended(?: for you)?|Sponsored(?: content)?|Continue reading"
      + "|Share this(?: article| story)?|Most (?:read|popular)|Trending";
  private static final Pattern LABEL_ONLY = Pattern.compile("(?i)(?:" + LABELS + ")\\s*:?");
  /** A label glued by scraping to the next paragraph's first word: "RelatedTalks between ...". */
  private static final Pattern GLUED_LABEL = Pattern.compile("^(?:" + LABELS + ")(?=\\p{Lu}\\p{Ll})");
  /** Staff credits closing wire stories: "Reporting by ...; Editing by ...". */
  private static final Pattern STAFF_CREDIT = Pattern.compile(
      "^(?:Additional )?(?:[Rr]eporting|Writing|Editing|Compiled|Produced|Photos?) by \\p{Lu}.*");
  /** A byline alone on its line: "By Jane Doe", "By Jane Doe and John Roe". */
  private static final Pattern BYLINE =
      Pattern.compile("^By \\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|and|&))*,?$");
  /** Call-to-action phrases that alone mark marketing. */
  private static final Pattern CTA_STRONG = Pattern.compile("(?i)\\b(?:download\\w*|subscri(?:be|ption)\\w*"
      + "|unsubscribe|sign(?:-| )?up|sign in|log ?in|free (?:sample|trial)|newsletters?|privacy policy|cookie policy"
      + "|cookies|terms of (?:use|service)|click here|powered by|personal data|e-?mail address|marketing communications"
      + "|promo code|advertisement)\\b");
  /** Call-to-action words that also occur in news, so they weigh less. */
  private static final Pattern CTA_WEAK = Pattern.compile(
      "(?i)\\b(?:access|buy|register|submit\\w*|form|click|order now|shop|discount|learn more|read more|visit)\\b");
  /** Verbs that open imperative marketing sentences ("Download a free sample", "Save hours of research"). */
  private static final Set<String> IMPERATIVES = Set.of("access", "download", "subscribe", "sign", "register",
      "click", "visit", "get", "gain", "save", "buy", "learn", "read", "try", "join", "follow", "share", "discover",
      "unlock", "claim", "enter", "submit", "order", "shop", "book", "contact", "explore", "watch", "listen");
  /** Words after which an imperative verb is really a noun or a verb in the third person: "Access to", "Shares of". */
  private static final Set<String> NOUN_FOLLOWERS = Set.of("to", "of", "is", "was", "are", "were", "has", "had",
      "will", "would", "in", "on", "for", "at", "and");
  private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(?:you|your|yours|yourself)\\b");
  private static final Pattern THANKS = Pattern.compile("(?i)^(?:thank you|thanks)\\b.{0,40}$");
  /** Verbs that attribute speech or information, typical of story text and rare in page furniture. */
  private static final Pattern REPORTING = Pattern.compile(
      "\\b(?:said|says|told|according to|reported|reportedly|stated|announced|added|asked|wrote|explained)\\b");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");
  private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("^[\"“‘'«]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…\"”’')]$");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}-]+");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}-]+");
  /** Tail lines of at most this many words without final punctuation are leftover link text. */
  private static final int MAX_TAIL_WORDS = 3;

  private FurnitureFilter() {
  }

  /** Returns the story paragraphs of {@code paragraphs} without page furniture, in order. */
  static List<String> clean(List<String> paragraphs) {
    List<String> kept = new ArrayList<>();
    for (String paragraph : paragraphs) {
      // A photo caption loses its credit but stays: it names the people pictured with their titles ("union President
      // Gary Jones addresses delegates"), often the only place the story gives a name in full.
      String text = SourceCredits.withoutPhoto(GLUED_LABEL.matcher(paragraph).replaceFirst("").strip());
      if (!text.isEmpty() && !isFurnitureLine(text)) {
        kept.add(text);
      }
    }
    boolean[] furniture = markBlocks(kept);
    List<String> story = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      if (!furniture[i]) {
        story.add(kept.get(i));
      }
    }
    while (story.size() > 1 && isLeftoverTail(story.get(story.size() - 1))) {
      story.remove(story.size() - 1);
    }
    return story;
  }

  /** Tells whether one line is furniture whatever surrounds it: a link label or a staff credit. */
  private static boolean isFurnitureLine(String text) {
    return LABEL_ONLY.matcher(text).matches()
        || STAFF_CREDIT.matcher(text).matches() && words(text) <= 25;
  }

  private static boolean[] markBlocks(List<String> paragraphs) {
    int size = paragraphs.size();
    int[] scores = new int[size];
    List<Set<String>> words = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      scores[i] = score(paragraphs.get(i));
      words.add(new HashSet<>(Arrays.asList(WORD_BREAK.split(paragraphs.get(i)))));
    }
    int[] base = scores.clone();
    for (int i = 0; i < size; i++) {
      // Promotions name products and firms the story never mentions; only marketing-like text is judged so.
      Set<String> names = names(paragraphs.get(i));
      if (isMarketing(paragraphs.get(i)) && !names.isEmpty() && !mentionedElsewhere(names, words, base, i)) {
        scores[i]++;
      }
    }
    boolean[] furniture = new boolean[size];
    for (int i = 0; i < size; i++) {
      furniture[i] = scores[i] >= FURNITURE;
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int i = 0; i < size; i++) {
        boolean nextToFurniture = i > 0 && furniture[i - 1] || i + 1 < size && furniture[i + 1];
        if (!furniture[i] && nextToFurniture && scores[i] >= NEIGHBOUR) {
          furniture[i] = true;
          grew = true;
        }
      }
    }
    return furniture;
  }

  /** Tells whether the unquoted text of {@code paragraph} uses call-to-action words or addresses the reader. */
  private static boolean isMarketing(String paragraph) {
    String unquoted = QUOTED.matcher(paragraph).replaceAll(" ");
    return CTA_STRONG.matcher(unquoted).find() || CTA_WEAK.matcher(unquoted).find()
        || SECOND_PERSON.matcher(unquoted).find();
  }

  /** Scores how much {@code paragraph} looks like page furniture; story text scores 0 or less. */
  static int score(String paragraph) {
    String unquoted = QUOTED.matcher(paragraph).replaceAll(" ");
    int score = 2 * count(CTA_STRONG, unquoted) + count(CTA_WEAK, unquoted);
    score += Math.min(3, count(SECOND_PERSON, unquoted));
    for (String sentence : SENTENCE_BREAK.split(unquoted.strip())) {
      if (isImperative(sentence)) {
        score += 2;
      }
    }
    if (THANKS.matcher(paragraph).matches()) {
      score += 3;
    }
    if (BYLINE.matcher(paragraph).matches()) {
      score += 3;
    }
    boolean sentence = SENTENCE_END.matcher(paragraph).find();
    if (!sentence) {
      score += isTitleCase(paragraph) ? 2 : 1;
    }
    if (REPORTING.matcher(unquoted).find()) {
      score -= 2;
    }
    if (OPENS_WITH_QUOTE.matcher(paragraph).find()) {
      score -= 3;
    }
    return score;
  }

  /** Tells whether {@code sentence} opens with a marketing verb used as a verb ("Access the", not "Access to"). */
  private static boolean isImperative(String sentence) {
    String[] words = sentence.split("[\\s,]+", 3);
    if (words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))
        || !IMPERATIVES.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    return words.length < 2 || !NOUN_FOLLOWERS.contains(words[1].toLowerCase(Locale.ROOT));
  }

  /** Tells whether at least 60% of the words of a multi-word fragment are capitalised, like a heading or label. */
  private static boolean isTitleCase(String text) {
    int words = 0;
    int capitalised = 0;
    for (String word : text.split("\\s+")) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 2 && capitalised * 10 >= words * 6;
  }

  /** Returns the capitalised words of {@code paragraph} that do not open a sentence, i.e. likely names. */
  private static Set<String> names(String paragraph) {
    Set<String> names = new HashSet<>();
    for (String sentence : SENTENCE_BREAK.split(paragraph)) {
      Matcher matcher = CAPITALISED.matcher(sentence);
      boolean opening = true;
      while (matcher.find()) {
        if (!(opening && matcher.start() <= 1)) {
          names.add(matcher.group());
        }
        opening = false;
      }
    }
    return names;
  }

  private static boolean mentionedElsewhere(Set<String> names, List<Set<String>> words, int[] base, int self) {
    for (int j = 0; j < words.size(); j++) {
      if (j != self && base[j] < FURNITURE && names.stream().anyMatch(words.get(j)::contains)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLeftoverTail(String paragraph) {
    return words(paragraph) <= MAX_TAIL_WORDS && !SENTENCE_END.matcher(paragraph).find()
        && SourceCredits.trailing(paragraph).isEmpty();
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
