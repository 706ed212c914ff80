package org.newsdesk.nlp;

import edu.stanford.nlp.ie.NumberNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the tagger's known slips with numbers in news text, so that quantities and names it misses can still answer
 * questions: a number glued to its unit ("180C", "250km") is split as the tokenizer splits "10 km"; a capitalized
 * number word the part-of-speech tagger took for an adjective ("Seventeen African countries") is a number; a
 * "duration" without a unit of time ("a 5,000-strong force") is a number; "money" counted in tonnes ("2 million tonnes")
 * is a number and "money" in per cent a percentage; a code of letters and digits ("Q9",
 * "A320") is a proper noun; an hour with "am" or "pm" the tagger left a number ("6 am") is a time of day, and a time
 * of day takes the time zone written after it ("03:00 GMT"); a length with a half ("six and a half years", "a
 * year and a half") is a duration; digits with an ordinal suffix the tagger read as a number ("149th") rank; a number
 * followed by "per cent" is a percentage; a currency takes the number written after it ("$US19,000"), and a sum the
 * multiplier written after it ("€9.4mn"); a count stops
 * before a hyphened number word that only describes its unit ("610,000 twenty-foot units"); and hours, minutes and
 * seconds ("2:07:41") are a time taken, unless "am" or "pm" follows them.
 */
final class NumberRepair {

  /** Digits, with thousands separators or a decimal point, glued to a unit of letters. */
  private static final Pattern GLUED = Pattern.compile("(\\d+(?:[.,]\\d+)*)([A-Za-z°][A-Za-z°]{0,3})");
  /**
   * Letters after digits that are no unit: ordinal suffixes, decades ("1990s"), clock times ("10am"), and one
   * capital letter ("4G", "3D", "4K") except the temperature scales, where the letters name a thing, not a measure.
   */
  private static final Pattern NOT_A_UNIT = Pattern.compile("st|nd|rd|th|s|am|pm|[A-BD-EG-Z]");
  /** Hours, minutes and seconds of a time taken ("2:07:41", "1:59:40.2"). */
  private static final Pattern ELAPSED = Pattern.compile("(\\d{1,2}):([0-5]\\d):([0-5]\\d(?:\\.\\d+)?)");
  /** Digits with an ordinal suffix ("149th", "2nd"). */
  private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
  /** A code of letters and digits that starts with a capital ("Q9", "A320", "G20"). */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Za-z]*\\d[A-Za-z0-9]*");
  /** Words of a unit of time: a "duration" without one is a count of something else (lemmas). */
  private static final Set<String> TIME_WORDS = Set.of("second", "minute", "hour", "day", "night", "week",
      "weekend", "fortnight", "month", "quarter", "season", "year", "decade", "century", "millennium");
  /**
   * Units of weight the tagger reads as currencies ("2 million tonnes" tagged MONEY, as if a ton were a coin), found by
   * tagging the development corpus (lemmas).
   */
  private static final Set<String> WEIGHT_WORDS = Set.of("tonne", "ton", "tonnes", "tons");
  /** Cardinal number words, alone or joined by a hyphen ("twenty-five"). */
  private static final Pattern NUMBER_WORD = Pattern.compile(
      "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
      + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)"
      + "(-(one|two|three|four|five|six|seven|eight|nine))?");
  /** A sum as the tagger writes it: an optional approximation mark and currency, then the number. */
  private static final Pattern SUM = Pattern.compile("([^\\d]*)(\\d+(?:\\.\\d+)?(?:E\\d+)?)");
  /** Words between the two ends of a range. */
  private static final Set<String> RANGE_WORDS = Set.of("and", "or", "to", "-", "–");
  private static final String NUMBER = "NUMBER";
  private static final String TIME = "TIME";
  private static final String DURATION = "DURATION";
  private static final String MONEY = "MONEY";
  private static final String PERCENT = "PERCENT";
  /** How news writes the half of the day after an hour ("6 am", "9 p.m."). */
  private static final Pattern MERIDIEM = Pattern.compile("([ap])\\.?m\\.?", Pattern.CASE_INSENSITIVE);
  /**
   * An hour of the clock, with or without minutes (which British style writes after a point) and seconds ("6", "2:15",
   * "11.50", "10:41:17").
   */
  private static final Pattern CLOCK_HOUR = Pattern.compile("(1[0-2]|0?[1-9])([:.][0-5]\\d(:[0-5]\\d)?)?");
  /**
   * Abbreviations of time zones written after a time of day ("03:00 GMT"): the zones of the places news is dated
   * from most often.
   */
  private static final Set<String> TIME_ZONES = Set.of("GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET",
      "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST", "IST", "PKT", "JST", "KST",
      "HKT", "SGT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "WIB", "EAT", "WAT", "CAT", "SAST", "BRT", "ART");

  private NumberRepair() {
  }

  /** Returns the tokens with the slips mended; the same list when there were none. */
  static List<Token> repair(List<Token> tokens) {
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<Token> replacement = mend(tokens, i);
      if (replacement != null && out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      if (out != null) {
        out.addAll(replacement == null ? List.of(t) : replacement);
      }
    }
    List<Token> mended = out == null ? tokens : out;
    List<Token> money = numbersBeforeCurrencies(bareCurrencies(perCent(misreadMoney(compoundModifiers(
        unitlessDurations(mended))))));
    return timeZones(clockTimes(halves(moneyMultipliers(money))));
  }

  /** The tokens that replace token {@code i}, or null to keep it. */
  private static List<Token> mend(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    // A glued unit is split off whether or not the tagger saw the number in it ("250km" is tagged a number whole).
    Matcher glued = GLUED.matcher(t.word());
    if ((!t.isEntity() || t.ner().equals(NUMBER)) && glued.matches()
        && !NOT_A_UNIT.matcher(glued.group(2)).matches()) {
      int split = t.begin() + glued.end(1);
      String digits = glued.group(1);
      String unit = glued.group(2);
      return List.of(new Token(digits, digits, "CD", NUMBER, value(digits), t.begin(), split),
          new Token(unit, unit.toLowerCase(Locale.ROOT), "NN", "O", null, split, t.end()));
    }
    Matcher elapsed = ELAPSED.matcher(t.word());
    if (elapsed.matches() && !t.ner().equals(DURATION)
        && !(i + 1 < tokens.size() && MERIDIEM.matcher(tokens.get(i + 1).word()).matches())) {
      // "2:07:41": hours, minutes and seconds are a time taken (a race, a flight), which the tagger reads as anything;
      // with "pm" after them ("crossed the line at 10:41:17pm") they are a time of day.
      String value = "PT" + Integer.parseInt(elapsed.group(1)) + "H" + Integer.parseInt(elapsed.group(2)) + "M"
          + elapsed.group(3) + "S";
      return List.of(new Token(t.word(), t.lemma(), "CD", DURATION, value, t.begin(), t.end()));
    }
    Matcher ordinal = ORDINAL_DIGITS.matcher(t.word());
    if (t.ner().equals(NUMBER) && ordinal.matches()) {
      // "ranked 149th": digits with an ordinal suffix rank, whatever the tagger read.
      return List.of(new Token(t.word(), t.lemma(), t.pos(), "ORDINAL", value(ordinal.group(1)), t.begin(),
          t.end()));
    }
    if (t.isEntity()) {
      return null;
    }
    if (Character.isUpperCase(t.word().charAt(0)) && !t.pos().equals("CD")) {
      String value = wordValue(t.word());
      if (value != null) {
        return List.of(new Token(t.word(), t.lemma(), "CD", NUMBER, value, t.begin(), t.end()));
      }
    }
    if (CODE.matcher(t.word()).matches() && !t.pos().startsWith("NNP")) {
      return List.of(new Token(t.word(), t.lemma(), "NNP", t.ner(), t.normalized(), t.begin(), t.end()));
    }
    return null;
  }

  /** Retags as a number each run tagged DURATION that holds a digit or number word but no unit of time. */
  private static List<Token> unitlessDurations(List<Token> tokens) {
    return eachRun(tokens, DURATION, (out, i, end) -> {
      String value = null;
      for (int k = i; k < end && value == null; k++) {
        value = tokens.get(k).pos().equals("CD") ? value(tokens.get(k).word()) : null;
      }
      // The low end of a range shares the unit of the high end ("between 10 and 14 days"), but not when the high end
      // has none either ("voted 193 to 87", both tagged durations).
      boolean rangeStart = end + 1 < tokens.size() && RANGE_WORDS.contains(tokens.get(end).lemma())
          && tokens.get(end + 1).ner().equals(DURATION) && hasTimeWord(tokens, end + 1, runEnd(tokens, end + 1));
      if (hasTimeWord(tokens, i, end) || rangeStart || value == null) {
        return out;
      }
      String number = value;
      return retag(out, tokens, i, end, NUMBER, t -> number);
    });
  }

  /** A mend of one tagged run: from the list mended so far, the list with tokens {@code begin} to {@code end} mended. */
  private interface RunMend {
    List<Token> apply(List<Token> out, int begin, int end);
  }

  /**
   * Applies {@code mend} to each run of tokens the tagger tagged {@code tag}, in order, and returns the mended list
   * (the same list when nothing changed). Runs are found in the tokens as tagged, so a mend that takes in the untagged
   * words after its run ("per cent") does not see them again.
   */
  private static List<Token> eachRun(List<Token> tokens, String tag, RunMend mend) {
    List<Token> out = tokens;
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).ner().equals(tag)) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i);
      out = mend.apply(out, i, end);
      i = end;
    }
    return out;
  }

  /**
   * Returns {@code out}, copied from {@code tokens} on its first change, with tokens {@code from} to {@code to}
   * tagged {@code tag} and given the value {@code value} computes for each.
   */
  static List<Token> retag(List<Token> out, List<Token> tokens, int from, int to, String tag,
      java.util.function.Function<Token, String> value) {
    List<Token> changed = out == tokens ? new ArrayList<>(tokens) : out;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      changed.set(k, new Token(t.word(), t.lemma(), t.pos(), tag, value.apply(t), t.begin(), t.end()));
    }
    return changed;
  }

  /** The end of the run of tokens with the entity tag of token {@code i}. */
  private static int runEnd(List<Token> tokens, int i) {
    int end = i;
    while (end < tokens.size() && tokens.get(end).ner().equals(tokens.get(i).ner())) {
      end++;
    }
    return end;
  }

  /** True when a word of a unit of time is among tokens {@code from} to {@code to}. */
  private static boolean hasTimeWord(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isTimeWord(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Retags each run tagged MONEY that ends in a unit of weight as a number, and one that ends in "per cent" as a
   * percentage: neither holds a currency.
   */
  private static List<Token> misreadMoney(List<Token> tokens) {
    return eachRun(tokens, MONEY, (out, i, end) -> {
      String last = tokens.get(end - 1).lemma().toLowerCase(Locale.ROOT);
      String tag = WEIGHT_WORDS.contains(last) ? NUMBER
          : last.equals("percent") || last.equals("cent") && end - 2 > i
              && tokens.get(end - 2).word().equalsIgnoreCase("per") ? PERCENT : null;
      if (tag == null) {
        return out;
      }
      // The tagger writes a sum as "$2000000.0", a number as "2000000.0" and a share as "%12.0".
      String prefix = tag.equals(NUMBER) ? "" : "%";
      return retag(out, tokens, i, end, tag, t -> t.normalized() == null ? null
          : prefix + t.normalized().replaceAll("[$\\u20ac\\u00a3\\u00a5]", ""));
    });
  }

  /**
   * Ends a number where a number word joined by a hyphen to a noun begins: the tagger runs "610,000 twenty-foot
   * equivalent units" into one number, whose second half only describes the unit counted.
   */
  private static List<Token> compoundModifiers(List<Token> tokens) {
    return eachRun(tokens, NUMBER, (out, i, end) -> {
      for (int k = i + 1; k + 2 < end; k++) {
        if (wordValue(tokens.get(k).word()) != null && tokens.get(k + 1).word().equals("-")
            && tokens.get(k + 2).pos().startsWith("NN") && tokens.get(k - 1).pos().equals("CD")) {
          return retag(out, tokens, k, end, "O", t -> null);
        }
      }
      return out;
    });
  }

  /**
   * Retags a number followed by "per cent" as a percentage, as the tagger tags one followed by "percent": British
   * style writes two words, which the tagger leaves untagged after a number.
   */
  private static List<Token> perCent(List<Token> tokens) {
    return eachRun(tokens, NUMBER, (out, i, end) -> {
      if (end + 1 >= tokens.size() || !tokens.get(end).word().equalsIgnoreCase("per")
          || !tokens.get(end + 1).word().equalsIgnoreCase("cent") || !tokens.get(end).ner().equals("O")
          || !tokens.get(end + 1).ner().equals("O")) {
        return out;
      }
      // Written as the tagger writes a percentage: "%38.0", and "~%38.0" for "about 38 percent".
      String number = tokens.get(end - 1).normalized();
      String value = number == null ? null : number.startsWith("~") ? "~%" + number.substring(1) : "%" + number;
      return retag(out, tokens, i, end + 2, PERCENT, t -> value);
    });
  }

  /**
   * Extends a currency tagged without a number over the number right after it: the tokenizer splits "$US19,000" into
   * "$", "US" and "19,000", and the tagger reads the first two as money and the third as a number.
   */
  private static List<Token> bareCurrencies(List<Token> tokens) {
    return eachRun(tokens, MONEY, (out, i, end) -> {
      if (end >= tokens.size() || !tokens.get(end).ner().equals(NUMBER)
          || tokens.subList(i, end).stream().anyMatch(t -> t.pos().equals("CD"))) {
        return out;
      }
      // Written as the tagger writes a sum: the currency's mark ("~$" from "~$0.0") before the number's value.
      String currency = tokens.get(i).normalized();
      String number = tokens.get(end).normalized();
      Matcher mark = currency == null ? null : SUM.matcher(currency);
      String value = mark == null || !mark.matches() || number == null ? null
          : mark.group(1) + number.replace("~", "");
      return retag(out, tokens, i, runEnd(tokens, end), MONEY, t -> value);
    });
  }

  /**
   * Extends a currency tagged without a number over the number right before it: the tagger reads "400,000 CFA
   * francs" as a number followed by money worth nothing ("$0.0").
   */
  private static List<Token> numbersBeforeCurrencies(List<Token> tokens) {
    return eachRun(tokens, MONEY, (out, i, end) -> {
      if (i == 0 || !tokens.get(i - 1).ner().equals(NUMBER)
          || tokens.subList(i, end).stream().anyMatch(t -> t.pos().equals("CD"))) {
        return out;
      }
      int from = i - 1;
      while (from > 0 && tokens.get(from - 1).ner().equals(NUMBER)) {
        from--;
      }
      String currency = tokens.get(i).normalized();
      String number = tokens.get(i - 1).normalized();
      Matcher mark = currency == null ? null : SUM.matcher(currency);
      if (mark == null || !mark.matches() || number == null) {
        return out;
      }
      // Written as the tagger writes a sum, "~" first when either the number or the currency was approximate.
      boolean approximate = number.startsWith("~") || mark.group(1).startsWith("~");
      String value = (approximate ? "~" : "") + mark.group(1).replace("~", "") + number.replace("~", "");
      return retag(out, tokens, from, end, MONEY, t -> value);
    });
  }

  /**
   * Extends a sum of money over the multiplier written right after it ("€9.4mn"), which the tokenizer splits off
   * and the tagger leaves out; its value is multiplied as the tagger multiplies "$4.5m".
   */
  private static List<Token> moneyMultipliers(List<Token> tokens) {
    return eachRun(tokens, MONEY, (out, i, end) -> {
      Token next = end < tokens.size() ? tokens.get(end) : null;
      Double factor = next == null ? null : Scales.ABBREVIATIONS.get(next.word().toLowerCase(Locale.ROOT));
      if (factor == null || !next.ner().equals("O") || next.begin() != tokens.get(end - 1).end()) {
        return out;
      }
      String value = multiplied(tokens.get(i).normalized(), factor);
      return retag(out, tokens, i, end + 1, MONEY, t -> value);
    });
  }

  /** A sum as the tagger writes it ("€9.4") times {@code factor} ("€9400000.0"); as it was when it has no number. */
  private static String multiplied(String sum, double factor) {
    if (sum == null) {
      return null;
    }
    Matcher m = SUM.matcher(sum);
    return m.matches() ? m.group(1) + Double.parseDouble(m.group(2)) * factor : sum;
  }

  /**
   * Retags "six and a half years" and "a year and a half" as durations: the tagger reads the number alone and leaves
   * the half and the unit untagged.
   */
  private static List<Token> halves(List<Token> tokens) {
    List<Token> out = tokens;
    for (int i = 0; i + 4 < tokens.size(); i++) {
      Token first = tokens.get(i);
      boolean article = first.word().equalsIgnoreCase("a") || first.word().equalsIgnoreCase("an");
      int length;
      if ((first.pos().equals("CD") || article) && andAHalf(tokens, i + 1) && isTimeWord(tokens.get(i + 4))) {
        length = 5;
      } else if ((article || first.word().equalsIgnoreCase("one")) && isTimeWord(tokens.get(i + 1))
          && andAHalf(tokens, i + 2)) {
        length = 5;
      } else {
        continue;
      }
      if (tokens.subList(i, i + length).stream().anyMatch(t -> !t.ner().equals("O") && !t.ner().equals(NUMBER)
          && !t.ner().equals(DURATION))) {
        continue;
      }
      out = retag(out, tokens, i, i + length, DURATION, t -> null);
      i += length - 1;
    }
    return out;
  }

  /** True when tokens {@code i} to {@code i + 2} read "and a half". */
  private static boolean andAHalf(List<Token> tokens, int i) {
    return i + 2 < tokens.size() && tokens.get(i).word().equalsIgnoreCase("and")
        && tokens.get(i + 1).word().equalsIgnoreCase("a") && tokens.get(i + 2).word().equalsIgnoreCase("half");
  }

  /** True when the token's lemma, or the lemma without a plural "s" the lemmatizer left, is a unit of time. */
  private static boolean isTimeWord(Token t) {
    String lemma = t.lemma();
    return TIME_WORDS.contains(lemma) || TIME_WORDS.contains(lemma.replaceAll("s$", ""));
  }

  /** Retags an hour followed by "am" or "pm" that the tagger left a number ("6 am", "9 pm") as a time of day. */
  private static List<Token> clockTimes(List<Token> tokens) {
    List<Token> out = tokens;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token hour = tokens.get(i);
      Matcher half = MERIDIEM.matcher(tokens.get(i + 1).word());
      if (hour.ner().equals(TIME) || !hour.pos().equals("CD") || !CLOCK_HOUR.matcher(hour.word()).matches()
          || !half.matches() || tokens.get(i + 1).ner().equals(TIME)) {
        continue;
      }
      // Written as the tagger writes the times it does recognize ("8:00am").
      String hhmm = hour.word().replace('.', ':');
      String value = (hhmm.contains(":") ? hhmm : hhmm + ":00")
          + half.group(1).toLowerCase(Locale.ROOT) + "m";
      out = retag(out, tokens, i, i + 2, TIME, t -> value);
      i++;
    }
    return out;
  }

  /** Extends each time of day over the time zone right after it ("03:00 GMT"), which the tagger leaves out. */
  private static List<Token> timeZones(List<Token> tokens) {
    return eachRun(tokens, TIME, (out, i, end) -> {
      if (end >= tokens.size() || !tokens.get(end).ner().equals("O")
          || !TIME_ZONES.contains(tokens.get(end).word())) {
        return out;
      }
      String value = tokens.get(end - 1).normalized();
      return retag(out, tokens, end, end + 1, TIME, t -> value);
    });
  }

  /** The value of digits ("5,000") or a number word, as the tagger writes it ("5000.0"), or null. */
  private static String value(String word) {
    String digits = word.replace(",", "");
    if (digits.matches("\\d+(\\.\\d+)?")) {
      return String.valueOf(Double.parseDouble(digits));
    }
    return wordValue(word);
  }

  /** The value of a number word ("Seventeen", "twenty-five"), or null when the word is none. */
  private static String wordValue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!NUMBER_WORD.matcher(w).matches()) {
      return null;
    }
    try {
      Number n = NumberNormalizer.wordToNumber(w);
      return n == null ? null : String.valueOf(n.doubleValue());
    } catch (NumberFormatException notANumber) {
      // The normalizer signals a word that is no number this way; it is then left as it is.
      return null;
    }
  }
}
