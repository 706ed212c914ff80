package org.newsdesk.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The scales news writes after a number, spelled out or abbreviated ("3.5 million", "12.4mn", "$2bn"). */
public final class Scales {

  /** Abbreviated scales written right after a sum ("$2bn", "€38mn"), by lower-case spelling, with their factors. */
  static final Map<String, Double> ABBREVIATIONS = Map.of("k", 1e3, "m", 1e6, "mn", 1e6, "mln", 1e6, "bn", 1e9,
      "b", 1e9, "tn", 1e12);
  /** Scales written out, including the Indian ones ("2 crore", "5 lakh"). */
  private static final Set<String> WORDS = Set.of("thousand", "million", "billion", "trillion", "crore", "lakh");

  private Scales() {
  }

  /** True when a word, in any case, is a scale written out or abbreviated. */
  public static boolean isScale(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WORDS.contains(w) || ABBREVIATIONS.containsKey(w);
  }
}
