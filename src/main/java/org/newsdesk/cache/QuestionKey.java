package org.newsdesk.cache;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.answer.QuestionCheck;

/**
 * Reduces a question to the cache key text shared by its trivial variants: case, spacing, punctuation, greetings,
 * politeness and the order of adjacent content words do not matter; question words, auxiliaries, negation and
 * prepositions keep their places, so "who" and "when", "did" and "did not", "from A to B" and "from B to A" differ.
 */
public final class QuestionKey {

  /** Words and numbers ("3.8", "48,000", "u.s"), a currency sign, or a percent sign. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['.,][\\p{L}\\p{N}]+)*|[$%€£]");
  /** Chat addressing and wrappers before the question proper ("@newsdesk_bot", "hey there,", "can you tell me"). */
  private static final List<List<String>> PREFIXES = prefixes(
      "hey there", "hi there", "hello there", "hi all", "hello all", "hi everyone", "hello everyone",
      "good morning", "good afternoon", "good evening", "excuse me", "thank you", "quick question",
      "can you tell me", "could you tell me", "can you please tell me", "could you please tell me", "tell me",
      "do you know", "does anyone know", "i want to know", "i would like to know", "i wonder", "any idea",
      "hey", "hi", "hello", "hiya", "yo", "ok", "okay", "so", "um", "umm", "uh", "please", "pls", "plz", "thanks",
      "sorry", "bot", "newsdesk");
  /** Trailing politeness. */
  private static final Set<String> TRAILING = Set.of("please", "pls", "plz", "thanks", "thank", "you", "thx");
  /** Dropped everywhere: articles change no answer. */
  private static final Set<String> DROPPED = Set.of("a", "an", "the");
  /**
   * Words that keep their position because they carry the question's structure: question words, auxiliaries,
   * negation, prepositions, conjunctions and pronouns.
   */
  private static final Set<String> STRUCTURE = Set.of(
      "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "many", "much", "long", "old", "far",
      "is", "are", "was", "were", "am", "be", "been", "being", "do", "does", "did", "has", "have", "had", "can",
      "could", "will", "would", "should", "shall", "may", "might", "must",
      "not", "no", "never", "nor", "none", "nobody", "nothing", "without", "neither",
      "of", "in", "on", "at", "to", "from", "by", "for", "with", "about", "after", "before", "since", "until",
      "between", "against", "during", "into", "over", "under", "than", "per", "above", "below", "via", "as",
      "and", "or", "but", "vs", "versus", "if", "then", "first", "last",
      "i", "you", "he", "she", "it", "we", "they", "him", "her", "them", "his", "its", "their", "our", "my",
      "this", "that", "these", "those", "there", "more", "most", "less", "least", "fewer");
  /** Contractions spelled out so "who's" and "who is" share a key. */
  private static final Map<String, List<String>> CONTRACTIONS = Map.ofEntries(
      Map.entry("won't", List.of("will", "not")), Map.entry("can't", List.of("can", "not")),
      Map.entry("cannot", List.of("can", "not")), Map.entry("shan't", List.of("shall", "not")));

  private QuestionKey() {
  }

  /**
   * Returns the key text of a question; empty when nothing but chatter or punctuation is left.
   *
   * @param question the question as typed
   * @return the normalized key text
   */
  public static String of(String question) {
    List<String> tokens = tokens(question);
    stripLeading(tokens);
    while (!tokens.isEmpty() && TRAILING.contains(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    StringBuilder key = new StringBuilder();
    List<String> run = new ArrayList<>();
    for (String t : tokens) {
      if (STRUCTURE.contains(t)) {
        flush(run, key);
        append(key, t);
      } else {
        run.add(t);
      }
    }
    flush(run, key);
    return key.toString();
  }

  private static List<String> tokens(String question) {
    // Cleaned as the front ends clean it, so a terminal escape left in a question adds no word ("31m") to the key.
    String text = Normalizer.normalize(QuestionCheck.clean(question), Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      if (CONTRACTIONS.containsKey(t)) {
        out.addAll(CONTRACTIONS.get(t));
      } else if (t.endsWith("n't")) {
        out.add(t.substring(0, t.length() - 3));
        out.add("not");
      } else if (t.endsWith("'s") || t.endsWith("'re") || t.endsWith("'ve") || t.endsWith("'m")) {
        int apostrophe = t.lastIndexOf('\'');
        String head = t.substring(0, apostrophe);
        out.add(head);
        // "who's" means "who is"; after a name "'s" is possessive and is dropped.
        if (STRUCTURE.contains(head)) {
          out.add(spelledOut(t.substring(apostrophe)));
        }
      } else if (!DROPPED.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static String spelledOut(String clitic) {
    return switch (clitic) {
      case "'re" -> "are";
      case "'ve" -> "have";
      case "'m" -> "am";
      default -> "is";
    };
  }

  /** Removes greetings and wrappers before the question; keeps everything when nothing else would be left. */
  private static void stripLeading(List<String> tokens) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<String> prefix : PREFIXES) {
        if (tokens.size() > prefix.size() && tokens.subList(0, prefix.size()).equals(prefix)) {
          tokens.subList(0, prefix.size()).clear();
          changed = true;
          break;
        }
      }
    }
  }

  /** Splits phrases into token lists, longest first so "hey there" wins over "hey". */
  private static List<List<String>> prefixes(String... phrases) {
    List<List<String>> list = new ArrayList<>();
    for (String phrase : phrases) {
      list.add(List.of(phrase.split(" ")));
    }
    list.sort((x, y) -> Integer.compare(y.size(), x.size()));
    return List.copyOf(list);
  }

  /** Appends a run of adjacent content words in sorted order, so "GM chief executive" = "chief executive GM". */
  private static void flush(List<String> run, StringBuilder key) {
    Collections.sort(run);
    run.forEach(t -> append(key, t));
    run.clear();
  }

  private static void append(StringBuilder key, String token) {
    if (!key.isEmpty()) {
      key.append(' ');
    }
    key.append(token);
  }
}
