package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdesk.nlp.Mention;
import org.newsdesk.nlp.Terms;
import org.newsdesk.nlp.Token;
import org.newsdesk.search.Passage;

/**
 * Finds candidate answer spans in a passage: entity and value mentions of the expected type with their modifiers
 * ("more than $1 billion", "about a quarter"), noun phrases for what/which questions, and the sentence itself for
 * descriptive questions. Spans the question already contains are never candidates.
 */
public final class CandidateExtractor {

  /** Tag of a noun-phrase candidate. */
  public static final String PHRASE = "PHRASE";
  /** Tag of a whole-sentence candidate. */
  public static final String SENTENCE = "SENTENCE";

  /** Approximators and bounds that belong to a quantity ("more than 48,000"), longest first. */
  private static final List<List<String>> MODIFIERS = List.of(
      List.of("as", "many", "as"), List.of("as", "much", "as"), List.of("more", "than"), List.of("less", "than"),
      List.of("fewer", "than"), List.of("up", "to"), List.of("at", "least"), List.of("at", "most"),
      List.of("close", "to"), List.of("just", "over"), List.of("just", "under"), List.of("an", "estimated"),
      List.of("about"), List.of("around"), List.of("nearly"), List.of("almost"), List.of("roughly"),
      List.of("approximately"), List.of("some"), List.of("over"), List.of("under"), List.of("only"),
      List.of("just"), List.of("about", "a"), List.of("minus"));
  /** Round numbers written as a word that take "a" for "one" ("a hundred", "a dozen"). */
  private static final Set<String> ROUND_COUNTS = Set.of("dozen", "hundred", "thousand", "million", "billion");
  /** The indefinite articles. */
  private static final Set<String> ARTICLES = Set.of("a", "an");
  /** Parts of a period that belong to a date ("by the end of 2020", "early March"), longest first. */
  private static final List<List<String>> DATE_PARTS = List.of(
      List.of("the", "first", "half", "of"), List.of("the", "second", "half", "of"), List.of("the", "end", "of"),
      List.of("the", "start", "of"), List.of("the", "beginning", "of"), List.of("the", "middle", "of"),
      List.of("end", "of"), List.of("early"), List.of("late"), List.of("mid", "-"), List.of("mid"));
  /** Compass words that narrow a place to a part of it ("northern Virginia", "eastern Ukraine"). */
  private static final Pattern PART_OF_PLACE = Pattern.compile(
      "((north|south)(east|west)?|east|west|central)(ern)?|((north|south)-(east|west)(ern)?)",
      Pattern.CASE_INSENSITIVE);
  /** Kinds of place a name comes before ("the Triana neighbourhood", "Sant Andreu district"). */
  private static final Set<String> PLACE_KINDS = Set.of("neighbourhood", "neighborhood", "district", "suburb",
      "quarter", "borough", "province", "county", "municipality", "township", "region", "valley");
  /**
   * Lowercase words that join the parts of a name in Romance, Dutch, German and Arabic names ("Acadêmicos do
   * Salgueiro", "Miranda de Ebro", "Marieke van Dongen"); written lowercase, they are no English words in a name.
   */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "do", "da", "dos", "das", "del", "della", "di", "du",
      "van", "von", "der", "den", "la", "le", "bin", "ibn", "ter");
  /** Most particles in a row inside a name: "de la", "van der". */
  private static final int MAX_PARTICLES = 2;
  /** Entity tags of names, which may run across a particle. */
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  /**
   * Capitalized nouns that make a person's name before them the name of a thing called after the person: "the Liam
   * MacCarthy Cup", "the Nobel Prize", "Hillsborough Stadium", "the Jim Thorpe Lecture".
   */
  private static final Set<String> EPONYM_HEADS = Set.of("Cup", "Trophy", "Prize", "Award", "Medal", "Shield",
      "Plate", "Stakes", "Stadium", "Arena", "Park", "Oval", "Bridge", "Street", "Road", "Avenue", "Boulevard",
      "Square", "Hospital", "University", "College", "School", "Institute", "Foundation", "Airport", "Station",
      "Hall", "Theatre", "Theater", "Museum", "Gallery", "Library", "Memorial", "Lecture", "Fund", "Dam", "Tower",
      "Line", "Doctrine", "Act", "Rule", "Law", "Plan");
  /** Words that give the next words as a name ("named marvocidin", "dubbed Kestrel"). */
  private static final Set<String> NAMING_WORDS = Set.of("named", "called", "dubbed", "nicknamed", "christened");
  /** Tags of the words a noun-phrase candidate is made of. */
  private static final Set<String> NOUN_PHRASE_POS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD",
      "VBN", "VBG", "POS", "HYPH");
  /** Prepositions that turn an end date into a duration. */
  private static final Set<String> UNTIL = Set.of("until", "till", "through", "to");
  /** Legal-form suffixes of company names, left out of acronyms. */
  private static final Set<String> LEGAL_FORMS = Set.of("Co", "Corp", "Inc", "Ltd", "LLC", "NV", "SA", "AG", "plc",
      "PLC", "SE", "GmbH", "AB", "ASA", "Group", "Holdings");
  /** Words that join the two ends of a range. */
  private static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "—", "and");
  /** A number that may label a thing rather than count it: one to three digits ("7", "76", "737"). */
  private static final Pattern LABEL_NUMBER = Pattern.compile("\\d{1,3}");
  /** Quotation marks that open a quoted span, as CoreNLP writes them. */
  private static final Set<String> OPENING_QUOTES = Set.of("``", "“", "\"", "‘");
  /** Quotation marks that close a quoted span. */
  private static final Set<String> CLOSING_QUOTES = Set.of("''", "”", "\"", "’");
  /** The longest quoted title taken as a candidate, in words; a longer quote is speech. */
  private static final int MAX_TITLE_WORDS = 6;
  /** Units that follow "a" in a rate ("$1.86 a kilogram", "$80 a barrel"), besides units of time. */
  private static final Set<String> RATE_UNITS = Set.of("kilogram", "kilo", "gram", "pound", "ounce", "tonne", "ton",
      "litre", "liter", "gallon", "barrel", "share", "head", "person", "night", "unit", "dose", "ticket", "trip",
      "kilometre", "kilometer", "mile", "metre", "meter", "kilowatt-hour", "megawatt-hour");
  /** Words after "a year" or "a month" that make it a time ("a year ago", "a week earlier"). */
  private static final Set<String> TIME_AGO = Set.of("ago", "earlier", "before", "later", "previously", "on");
  /** Time units from the smallest up, by lemma, for durations written in several units. */
  private static final List<String> TIME_UNIT_ORDER = List.of("second", "minute", "hour", "day", "week", "month",
      "year");
  /** Words that close a list of names ("Paris, Lyon and Nice"). */
  private static final Set<String> LIST_WORDS = Set.of("and", "or");
  /** Longest proper name the tagger missed that a list may hold ("JPMorgan Chase"). */
  private static final int MAX_UNTAGGED_NAME = 3;
  /** Determiners between "of" and the whole of a partitive ("of its seven", "of the 20"). */
  private static final Set<String> PARTITIVE_DETERMINERS = Set.of("PRP$", "DT");
  /** Fraction words, alone or hyphenated after their count ("quarter", "thirds", "two-thirds"). */
  private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile(
      "((one|two|three|four)-)?(half|thirds?|quarters?|fifths?|tenths?)");
  /** An ordinal in figures or words ("11th", "second"), as in a place in a ranking. */
  private static final java.util.regex.Pattern ORDINAL_WORD = java.util.regex.Pattern.compile(
      "\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth");
  /** Counts written before a fraction word ("a quarter", "three quarters"). */
  private static final Set<String> FRACTION_COUNTS = Set.of("a", "one", "two", "three", "four");
  /** Longest run of words after an ordinal taken as the noun it ranks ("sixth mass bleaching event"). */
  private static final int ORDINAL_NOUN_RUN = 3;
  /** Words that open a range ("between 40 and 60", "from 50 to 300 euros"). */
  private static final Set<String> RANGE_OPENERS = Set.of("between", "from");
  private static final Set<String> QUANTITY_TAGS = Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL");
  /** Tags of points and spans of time. */
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
  /** Tags whose mentions can be the two ends of a range ("between two and eight years" is two durations). */
  private static final Set<String> RANGE_TAGS = Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL", "DURATION");

  private CandidateExtractor() {
  }

  /**
   * Returns the candidates of the first passages, in rank order, working out what the question already says once.
   *
   * @param q        the analyzed question
   * @param passages the retrieved passages, best first
   * @param limit    how many of them to extract from
   * @return candidate spans, passage by passage in rank order
   */
  public static List<Candidate> extract(Question q, List<Passage> passages, int limit) {
    Asked asked = Asked.of(q);
    List<Candidate> out = new ArrayList<>();
    for (int rank = 0; rank < Math.min(limit, passages.size()); rank++) {
      out.addAll(extract(q, passages.get(rank), rank, asked));
    }
    return out;
  }

  /**
   * Returns the candidates of one passage.
   *
   * @param q     the analyzed question
   * @param p     the passage
   * @param rank  the passage's retrieval rank
   * @return candidate spans, in sentence order
   */
  public static List<Candidate> extract(Question q, Passage p, int rank) {
    return extract(q, p, rank, Asked.of(q));
  }

  /** True for a person's name that only names a thing called after them: "Liam MacCarthy" in "Liam MacCarthy Cup". */
  private static boolean namesAThing(Mention m, List<Token> tokens) {
    return m.type().equals("PERSON") && m.tokenEnd() < tokens.size()
        && EPONYM_HEADS.contains(tokens.get(m.tokenEnd()).word());
  }

  private static List<Candidate> extract(Question q, Passage p, int rank, Asked asked) {
    List<Candidate> out = new ArrayList<>();
    Set<String> questionTerms = asked.terms();
    Spellings spellings = asked.spellings();
    if (q.type() == AnswerType.DESCRIPTION) {
      out.add(new Candidate(p, rank, 0, p.tokens().size(), SENTENCE, "s:" + p.articleId() + "#" + p.sentenceIndex()));
      return out;
    }
    List<Token> tokens = p.tokens();
    Set<String> questionNames = asked.names();
    List<Candidate> named = new ArrayList<>();
    for (Mention m : p.mentions()) {
      if (!accepts(q.type(), m, tokens) || namesAThing(m, tokens)) {
        continue;
      }
      int begin = withModifiers(tokens, m.tokenBegin(), m.type());
      int end = m.tokenEnd();
      int keyBegin = m.tokenBegin();
      if (NAME_TAGS.contains(m.type())) {
        // The tagger may leave out the part of a name across a lowercase particle ("Unidos de Padre Miguel").
        begin = nameBegin(tokens, begin);
        keyBegin = Math.min(keyBegin, begin);
        end = nameEnd(tokens, end);
      }
      if (q.type() == AnswerType.DURATION) {
        int unit = end < tokens.size() && tokens.get(end).word().equals("-") ? end + 1 : end;
        if (QuestionAnalyzer.TIME_UNITS.contains(tokens.get(end - 1).lemma())) {
          // The mention already ends in its unit ("two years" tagged as a date).
          end = m.tokenEnd();
        } else if (unit < tokens.size() && QuestionAnalyzer.TIME_UNITS.contains(tokens.get(unit).lemma())) {
          end = unit + 1;
        } else if (m.type().equals("DATE") && begin > 0
            && UNTIL.contains(tokens.get(begin - 1).word().toLowerCase(Locale.ROOT))) {
          // "until June 2029" answers "how long" as well as a count of months does.
          begin--;
        } else if (!m.type().equals("DURATION")) {
          continue;
        }
      }
      if (m.type().equals("NUMBER") && q.type() != AnswerType.DURATION) {
        end = withUnit(tokens, end, questionTerms);
      }
      if (m.type().equals("NUMBER") && begin == m.tokenBegin() && end == m.tokenEnd() && labels(tokens, begin, q)) {
        if (q.form() == QuestionForm.HOW_MANY && tokens.get(begin - 1).pos().startsWith("NNP")) {
          // The number in a name ("the ferry Sinar Bahari 7") counts nothing.
          continue;
        }
        // "Gate 7", "level 4": the number names which one, and the noun before it belongs to the name.
        begin--;
      }
      if (m.type().equals("MONEY") && bareNumber(tokens, m)) {
        // A sum the tagger knew for money without its currency ("worth about 112 billion dong"): the noun after the
        // number is the currency.
        end = withUnit(tokens, end, questionTerms);
      }
      if (m.type().equals("MONEY")) {
        end = perUnit(tokens, end, questionTerms);
      }
      if (opensRange(tokens, begin) && (QUANTITY_TAGS.contains(m.type()) || TIME_TAGS.contains(m.type()))
          && spansRange(tokens, begin, end)) {
        // The tagger took "2,500 and 3,000" (or the years "2031 and 2033") as one mention; "between" belongs to it.
        begin--;
      }
      if (namedInQuestion(m, tokens, questionTerms, questionNames)) {
        // Kept aside so that no noun phrase brings it back ("Union leader Marta Oyelaran").
        named.add(new Candidate(p, rank, begin, end, m.type(), ""));
        continue;
      }
      if (repeatsQuestion(tokens, m.tokenBegin(), end, questionTerms, spellings)) {
        continue;
      }
      out.add(new Candidate(p, rank, begin, end, percentWritten(tokens, m, end) ? "PERCENT" : m.type(),
          key(m, tokens, keyBegin, end)));
    }
    if (q.type() == AnswerType.PERCENT) {
      addFractions(p, rank, out);
    }
    if (q.type() == AnswerType.ORDINAL) {
      addRankings(p, rank, out);
    } else if ((q.type() == AnswerType.NUMBER || q.type() == AnswerType.ENTITY) && asksWhichOfFocus(q)) {
      // Not for a time, a sum or a share: "what time" is no "second time".
      addOrdinalsWithNoun(p, rank, out);
    }
    out = joinPartitives(p, joinRanges(p, joinCompoundDurations(p, out)));
    if (q.type() == AnswerType.LOCATION) {
      out = joinPlaces(p, out);
    }
    if (q.pluralFocus()) {
      out.addAll(lists(p, out));
    }
    if (q.type().isNamed()) {
      List<Candidate> taken = new ArrayList<>(out);
      taken.addAll(named);
      out.addAll(nounPhrases(p, rank, questionTerms, spellings, taken, q.type() != AnswerType.ENTITY || asksName(q)));
      if (q.type() == AnswerType.ENTITY) {
        out.addAll(quotedTitles(p, rank, questionTerms, spellings));
      }
    }
    // The outlet in a dateline or credit ("LISBON (Reuters) -") reports the story; it is not a party to it.
    String source = p.citation().source();
    if (source != null && !source.isBlank()) {
      out.removeIf(c -> c.text().equalsIgnoreCase(source.strip()));
    }
    return out;
  }

  /**
   * Adds the shares written as fractions of a whole ("about a quarter of", "two-thirds of", "half of"), which answer a
   * percentage question as well as "25%" does, in place of the bare count the tagger may have found in them ("Three"
   * of "Three quarters of"); only before "of", so "the third quarter" stays a period.
   */
  private static void addFractions(Passage p, int rank, List<Candidate> out) {
    List<Token> tokens = p.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!tokens.get(i + 1).word().equalsIgnoreCase("of") || !FRACTION.matcher(w).matches()) {
        continue;
      }
      String before = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
      boolean counted = FRACTION_COUNTS.contains(before);
      if (!w.contains("-") && !w.equals("half") && !counted) {
        continue;
      }
      int from = precededBy(tokens, counted ? i - 1 : i, MODIFIERS);
      int to = i + 1;
      List<Candidate> inside = out.stream().filter(c -> c.tokenBegin() < to && c.tokenEnd() > from).toList();
      if (inside.stream().anyMatch(c -> !c.tag().equals("NUMBER"))) {
        continue;
      }
      out.removeAll(inside);
      String count = before.equals("a") || !counted ? "one" : before;
      out.add(new Candidate(p, rank, from, to, "PERCENT", "fraction:" + count + " " + w.replaceAll("s$", "")));
    }
    // Joining ranges and partitives reads the candidates in text order.
    out.sort(java.util.Comparator.comparingInt(Candidate::tokenBegin));
  }

  /**
   * Adds the places in a ranking written as an ordinal joined to a superlative ("11th-largest", "second-biggest"),
   * which the tagger leaves untagged, in place of any candidate inside them.
   */
  private static void addRankings(Passage p, int rank, List<Candidate> out) {
    List<Token> tokens = p.tokens();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!ORDINAL_WORD.matcher(tokens.get(i).word().toLowerCase(Locale.ROOT)).matches()
          || !tokens.get(i + 1).word().equals("-") || !tokens.get(i + 2).pos().equals("JJS")) {
        continue;
      }
      int from = i;
      int to = i + 3;
      out.removeIf(c -> c.tokenBegin() < to && c.tokenEnd() > from);
      out.add(new Candidate(p, rank, from, to, "ORDINAL", "ranking:" + tokens.get(i).word().toLowerCase(Locale.ROOT)
          + " " + tokens.get(i + 2).lemma().toLowerCase(Locale.ROOT)));
    }
    out.sort(java.util.Comparator.comparingInt(Candidate::tokenBegin));
  }

  /**
   * True when the question's "which" or "what" is followed by its focus, as in "which round" or "in what minute"; "what
   * is the recall expected to cost" asks about the recall, not which one it is.
   */
  static boolean asksWhichOfFocus(Question q) {
    if (q.form() != QuestionForm.WHICH && q.form() != QuestionForm.WHAT || q.focus() == null) {
      return false;
    }
    List<Token> tokens = q.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).pos().startsWith("W")) {
        Token next = tokens.get(i + 1);
        return !next.pos().startsWith("VB") && !next.pos().equals("MD");
      }
    }
    return false;
  }

  /**
   * Adds each ordinal with the noun it ranks ("the 48th round", "the 37th kilometer", "its sixth mass bleaching
   * event"): "which round" or "in which minute" asks which one of a series it was, which an ordinal answers. The
   * features keep only those whose noun is the question's.
   */
  private static void addOrdinalsWithNoun(Passage p, int rank, List<Candidate> out) {
    List<Token> tokens = p.tokens();
    for (Mention m : p.mentions()) {
      if (!m.type().equals("ORDINAL")) {
        continue;
      }
      int end = m.tokenEnd();
      while (end < tokens.size() && end - m.tokenEnd() < ORDINAL_NOUN_RUN
          && NOUN_PHRASE_POS.contains(tokens.get(end).pos()) && !tokens.get(end).pos().equals("CD")) {
        end++;
      }
      while (end > m.tokenEnd() && !tokens.get(end - 1).pos().startsWith("NN")) {
        end--;
      }
      if (end > m.tokenEnd()) {
        // Keyed by the rank and the noun's lemma, so "the 48th round" and "48th round of talks" are one answer.
        out.add(new Candidate(p, rank, m.tokenBegin(), end, "ORDINAL", "ordinal:" + m.normalized() + " "
            + tokens.get(end - 1).lemma().toLowerCase(Locale.ROOT)));
      }
    }
  }

  /** True when the word before {@code begin} opens a range ("between", "from"). */
  private static boolean opensRange(List<Token> tokens, int begin) {
    return begin > 0 && RANGE_OPENERS.contains(tokens.get(begin - 1).word().toLowerCase(Locale.ROOT));
  }

  /** True when a span has a range word inside it ("2,500 and 3,000"). */
  private static boolean spansRange(List<Token> tokens, int begin, int end) {
    for (int i = begin + 1; i < end - 1; i++) {
      if (isRangeWord(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces durations in ever smaller units joined by commas or "and" ("2 hours, 0 minutes and 19 seconds", "three
   * years and six months") with the one duration they write.
   */
  private static List<Candidate> joinCompoundDurations(Passage p, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      int j = i;
      while (j + 1 < in.size() && in.get(j).tag().equals("DURATION") && in.get(j + 1).tag().equals("DURATION")
          && joined(p.tokens(), in.get(j).tokenEnd(), in.get(j + 1).tokenBegin())
          && unitRank(p, in.get(j + 1)) >= 0 && unitRank(p, in.get(j + 1)) < unitRank(p, in.get(j))) {
        j++;
      }
      if (j == i) {
        out.add(in.get(i));
      } else {
        StringBuilder key = new StringBuilder();
        for (int k = i; k <= j; k++) {
          key.append(k > i ? "+" : "").append(in.get(k).key());
        }
        out.add(new Candidate(p, in.get(i).passageRank(), in.get(i).tokenBegin(), in.get(j).tokenEnd(), "DURATION",
            key.toString()));
      }
      i = j + 1;
    }
    return out;
  }

  /** The size of the time unit a duration ends in, seconds smallest, or -1 when it ends in none. */
  private static int unitRank(Passage p, Candidate c) {
    return TIME_UNIT_ORDER.indexOf(p.tokens().get(c.tokenEnd() - 1).lemma().toLowerCase(Locale.ROOT));
  }

  /** True for a word that joins the two ends of a range ("to", "-", "and"). */
  private static boolean isRangeWord(Token t) {
    return RANGE_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** Replaces two quantities joined by "to", "-" or "and" ("$3.1 billion to $3.3 billion") with the range. */
  private static List<Candidate> joinRanges(Passage p, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      Candidate a = in.get(i);
      if (i + 1 < in.size()) {
        Candidate b = in.get(i + 1);
        // The unit may be written on the second end only: "50 to 300 euros" joins a number and a sum of money.
        boolean sameKind = a.tag().equals(b.tag()) || a.tag().equals("NUMBER") && RANGE_TAGS.contains(b.tag())
            && !p.tokens().get(a.tokenEnd() - 1).pos().startsWith("NN");
        // The tagger sometimes takes the range word into the first end ("60 million and" then "90 million euros").
        boolean linked = b.tokenBegin() == a.tokenEnd() + 1 && isRangeWord(p.tokens().get(a.tokenEnd()))
            || b.tokenBegin() == a.tokenEnd() && a.tokenEnd() - a.tokenBegin() > 1
            && isRangeWord(p.tokens().get(a.tokenEnd() - 1));
        // "and" makes a range only after "between": "6.5 million cases and 6,000 deaths" are two figures.
        int linkAt = b.tokenBegin() == a.tokenEnd() ? a.tokenEnd() - 1 : a.tokenEnd();
        boolean between = a.tokenBegin() > 0
            && p.tokens().get(a.tokenBegin() - 1).word().equalsIgnoreCase("between");
        linked &= between || !p.tokens().get(linkAt).word().equalsIgnoreCase("and");
        if (sameKind && RANGE_TAGS.contains(a.tag()) && linked) {
          int begin = a.tokenBegin();
          if (opensRange(p.tokens(), begin)) {
            // "between 2,500 and 3,000", "from 50 to 300 euros": the opener belongs to the range.
            begin--;
          }
          out.add(new Candidate(p, a.passageRank(), begin, b.tokenEnd(), b.tag(), a.key() + ".." + b.key()));
          i += 2;
          continue;
        }
      }
      out.add(a);
      i++;
    }
    return out;
  }

  /**
   * Replaces a part and its whole ("18 out of 20 subcommittees", "Four of its seven carriages") with one candidate
   * that merges as the part: the sentence counts the part, and the whole stays in the answer for whoever asked for it.
   */
  private static List<Candidate> joinPartitives(Passage p, List<Candidate> in) {
    List<Token> tokens = p.tokens();
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      Candidate a = in.get(i);
      if (i + 1 < in.size() && a.tag().equals("NUMBER") && in.get(i + 1).tag().equals("NUMBER")) {
        Candidate b = in.get(i + 1);
        int k = a.tokenEnd();
        if (k < b.tokenBegin() && tokens.get(k).word().equalsIgnoreCase("out")) {
          k++;
        }
        boolean of = k < b.tokenBegin() && tokens.get(k).word().equalsIgnoreCase("of");
        if (of && k + 1 < b.tokenBegin() && PARTITIVE_DETERMINERS.contains(tokens.get(k + 1).pos())) {
          k++;
        }
        if (of && k + 1 < b.tokenBegin() && possessor(tokens, k + 1, b.tokenBegin())) {
          // "168 of the state's 254 counties": whose whole it is comes between.
          k = b.tokenBegin() - 1;
        }
        if (of && k + 1 == b.tokenBegin()) {
          out.add(new Candidate(p, a.passageRank(), a.tokenBegin(), b.tokenEnd(), a.tag(), a.key()));
          i += 2;
          continue;
        }
      }
      out.add(a);
      i++;
    }
    return out;
  }

  /** True when the tokens from {@code from} to {@code to} are a noun and its possessive mark ("state 's"). */
  private static boolean possessor(List<Token> tokens, int from, int to) {
    if (to - from < 2 || to - from > 4 || !tokens.get(to - 1).pos().equals("POS")) {
      return false;
    }
    for (int i = from; i < to - 1; i++) {
      if (!tokens.get(i).pos().startsWith("NN")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Replaces a place followed by the places that contain it, each after one comma ("Detroit, Michigan, U.S."), with
   * the whole address, which answers "where" whether the asker wants the city or the state; a list of places ("Paris,
   * Lyon and Nice") is left alone. The address merges with other mentions of its first place.
   */
  private static List<Candidate> joinPlaces(Passage p, List<Candidate> in) {
    List<Token> tokens = p.tokens();
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      int j = i;
      while (j + 1 < in.size() && in.get(j).tag().equals("LOCATION") && in.get(j + 1).tag().equals("LOCATION")
          && in.get(j + 1).tokenBegin() == in.get(j).tokenEnd() + 1
          && tokens.get(in.get(j).tokenEnd()).word().equals(",")) {
        j++;
      }
      int after = in.get(j).tokenEnd();
      boolean list = after < tokens.size() && isListWord(tokens.get(after))
          || after + 1 < tokens.size() && tokens.get(after).word().equals(",") && isListWord(tokens.get(after + 1));
      if (j > i && !list) {
        Candidate first = in.get(i);
        out.add(new Candidate(p, first.passageRank(), first.tokenBegin(), in.get(j).tokenEnd(), first.tag(),
            first.key()));
      } else {
        out.addAll(in.subList(i, j + 1));
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean isListWord(Token t) {
    return LIST_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * True for a name, which a list may hold; two figures joined by "and" are two facts ("6.5 million cases and more
   * than 6,000 deaths"), not a list that answers a plural question.
   */
  private static boolean isName(Candidate c) {
    return !RANGE_TAGS.contains(c.tag()) && !TIME_TAGS.contains(c.tag());
  }

  /** Lists of same-kind names joined by commas and "and"/"or" ("Kigali and Abuja"), for plural questions. */
  private static List<Candidate> lists(Passage p, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < in.size()) {
      int j = i;
      while (j + 1 < in.size() && isName(in.get(j)) && isName(in.get(j + 1))
          && joined(p.tokens(), in.get(j).tokenEnd(), in.get(j + 1).tokenBegin())) {
        j++;
      }
      if (j > i) {
        StringBuilder key = new StringBuilder("LIST:");
        for (int k = i; k <= j; k++) {
          key.append(in.get(k).key()).append(';');
        }
        out.add(new Candidate(p, in.get(i).passageRank(), in.get(i).tokenBegin(), in.get(j).tokenEnd(),
            in.get(i).tag(), key.toString()));
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * True when only a comma, "and", "or" or ", and" separate two spans, or such separators around one proper name
   * the tagger missed ("Goldman Sachs, JPMorgan and Morgan Stanley": the list's other names vouch for it).
   */
  private static boolean joined(List<Token> tokens, int from, int to) {
    int name = 0;
    int k = from;
    while (k < to && isSeparator(tokens.get(k))) {
      k++;
    }
    if (k == from) {
      return false;
    }
    while (k < to && isUntaggedName(tokens.get(k))) {
      name++;
      k++;
    }
    int closing = 0;
    while (k < to && isSeparator(tokens.get(k))) {
      closing++;
      k++;
    }
    // A missed name needs a separator on both sides; separators alone run to at most ", and".
    return k == to && (name == 0 ? to - from <= 2 : name <= MAX_UNTAGGED_NAME && closing > 0);
  }

  private static boolean isSeparator(Token t) {
    return t.word().equals(",") || isListWord(t);
  }

  private static boolean isUntaggedName(Token t) {
    return !t.isEntity() && t.pos().startsWith("NNP");
  }

  private static boolean accepts(AnswerType type, Mention m, List<Token> tokens) {
    if (type == AnswerType.NUMBER && m.type().equals("NUMBER")) {
      // A year ("2019") is a date, not a count.
      String w = tokens.get(m.tokenBegin()).word();
      boolean single = m.tokenEnd() - m.tokenBegin() == 1;
      // "one of the largest breaches" picks one out of many; it counts nothing.
      boolean partitive = single && w.equalsIgnoreCase("one") && m.tokenEnd() < tokens.size()
          && tokens.get(m.tokenEnd()).word().equalsIgnoreCase("of");
      return !(single && w.matches("(19|20)\\d\\d")) && !partitive;
    }
    return type.accepts(m.type());
  }

  /** True when a mention is digits and number words only, with no currency sign or word among them. */
  private static boolean bareNumber(List<Token> tokens, Mention m) {
    for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
      if (!tokens.get(i).pos().equals("CD")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Extends a count over the common noun right after it ("9,500 tonnes", "50 million gallons", "225 basis points"):
   * the unit is part of the answer.
   */
  private static int withUnit(List<Token> tokens, int end, Set<String> questionTerms) {
    int e = end;
    if (e + 1 < tokens.size() && QuestionAnalyzer.TIME_UNITS.contains(tokens.get(e + 1).lemma())
        && QuestionAnalyzer.RELATIVE_TIMES.containsKey(tokens.get(e).word().toLowerCase(Locale.ROOT))) {
      // "48,000 last year": the time the figure belongs to, not what it counts.
      return e;
    }
    // An adjective belongs to the unit when a noun follows it ("48 light years", "300 new jobs").
    if (e + 1 < tokens.size() && tokens.get(e).pos().equals("JJ") && !tokens.get(e).isEntity()
        && (tokens.get(e + 1).pos().equals("NN") || tokens.get(e + 1).pos().equals("NNS"))) {
      e++;
    }
    // Up to two nouns after it: "412 new measles cases" counts cases.
    int nouns = e + 2;
    while (e < tokens.size() && e < nouns && (tokens.get(e).pos().equals("NN") || tokens.get(e).pos().equals("NNS"))
        && !tokens.get(e).isEntity()) {
      e++;
    }
    // A compound unit written with a slash ("60 km/h", "5 mg/kg"): the tokenizer splits it in three.
    if (e > end && e + 1 < tokens.size() && tokens.get(e).word().equals("/")
        && tokens.get(e + 1).word().chars().allMatch(Character::isLetter) && !tokens.get(e + 1).isEntity()) {
      e += 2;
    }
    // A rate written out ("118 kilometres per hour", "40,000 cubic metres per day"): the unit runs to its divisor.
    return e > end ? perUnit(tokens, e, questionTerms) : e;
  }

  /**
   * Extends a quantity over the divisor of its rate: "per" and a common noun ("$30,000 per kilogram", "118 kilometres
   * per hour"), or "a" and a unit of time or of measure ("$1.86 a kilogram", "$5 a day"); not over a divisor the
   * question gives itself ("how much per share"), which then stays a keyword beside the answer.
   */
  private static int perUnit(List<Token> tokens, int end, Set<String> questionTerms) {
    String divisor = end + 1 < tokens.size() ? Terms.of(tokens.get(end + 1)) : null;
    if (divisor == null || questionTerms.contains(divisor)) {
      return end;
    }
    String link = tokens.get(end).word().toLowerCase(Locale.ROOT);
    Token unit = tokens.get(end + 1);
    boolean common = unit.pos().startsWith("NN") && !unit.pos().startsWith("NNP") && !unit.isEntity();
    boolean per = link.equals("per") && common;
    // "a year ago" says when, not per what.
    boolean when = end + 2 < tokens.size() && TIME_AGO.contains(tokens.get(end + 2).word().toLowerCase(Locale.ROOT));
    boolean a = (link.equals("a") || link.equals("an")) && common && !when
        && (QuestionAnalyzer.TIME_UNITS.contains(unit.lemma()) || RATE_UNITS.contains(unit.lemma()));
    return per || a ? end + 2 : end;
  }

  /**
   * True when a number's unit spells out a percentage ("71 per cent", "2 percentage points"), which the tagger leaves
   * a plain number.
   */
  private static boolean percentWritten(List<Token> tokens, Mention m, int end) {
    if (!m.type().equals("NUMBER")) {
      return false;
    }
    for (int i = m.tokenBegin(); i < end; i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("percent") || w.equals("cent") || w.equals("percentage")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Extends a mention's start leftwards over what narrows it: an approximator such as "more than" or "about" before a
   * quantity or date, a part of the period before a date ("the end of"), a compass word before a place ("northern").
   */
  private static int withModifiers(List<Token> tokens, int begin, String tag) {
    if (tag.equals("LOCATION")) {
      return begin > 0 && PART_OF_PLACE.matcher(tokens.get(begin - 1).word()).matches()
          && tokens.get(begin - 1).pos().startsWith("JJ") ? begin - 1 : begin;
    }
    if (tag.equals("DATE")) {
      begin = precededBy(tokens, begin, DATE_PARTS);
    }
    if (!RANGE_TAGS.contains(tag) && !tag.equals("DATE")) {
      return begin;
    }
    if (begin > 0 && ROUND_COUNTS.contains(tokens.get(begin).word().toLowerCase(Locale.ROOT))
        && ARTICLES.contains(tokens.get(begin - 1).word().toLowerCase(Locale.ROOT))) {
      // "more than a hundred": the article is the number's "one", and the approximator comes before it.
      begin--;
    }
    return precededBy(tokens, begin, MODIFIERS);
  }

  /** The start of the first of the word sequences that ends right before {@code begin}, or {@code begin}. */
  private static int precededBy(List<Token> tokens, int begin, List<List<String>> sequences) {
    for (List<String> mod : sequences) {
      int start = begin - mod.size();
      if (start < 0) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < mod.size(); i++) {
        if (!tokens.get(start + i).word().toLowerCase(Locale.ROOT).equals(mod.get(i))) {
          match = false;
          break;
        }
      }
      if (match) {
        return start;
      }
    }
    return begin;
  }

  /**
   * True when a person or organization is the one the question already names: a person by surname ("Nodira
   * Karimova" for "whom did Karimova beat"), an organization by its first word when the question has it as a name
   * ("Kestrel Pharmaceuticals" for "who runs Kestrel", but not "General Motors" for "the attorney general").
   */
  private static boolean namedInQuestion(Mention m, List<Token> tokens, Set<String> questionTerms,
                                         Set<String> questionNames) {
    if (m.type().equals("PERSON")) {
      String surname = Terms.of(tokens.get(m.tokenEnd() - 1));
      return surname != null && questionTerms.contains(surname);
    }
    if (!m.type().equals("ORGANIZATION")) {
      return false;
    }
    int words = 0;
    for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
      words += LEGAL_FORMS.contains(tokens.get(i).word().replace(".", "")) ? 0 : 1;
    }
    // Two words at most: a longer span is often a name and its title run together by the tagger ("GM Chief
    // Executive Mary Barra"), which does answer a question about the company.
    return words == 2 && questionNames.contains(tokens.get(m.tokenBegin()).word().toLowerCase(Locale.ROOT));
  }

  /**
   * What the question already says, which no answer may repeat: its terms, what it may spell, and its proper nouns
   * in lower case.
   */
  private record Asked(Set<String> terms, Spellings spellings, Set<String> names) {

    static Asked of(Question q) {
      Set<String> names = new java.util.HashSet<>();
      for (Token t : q.tokens()) {
        if (t.pos().startsWith("NNP")) {
          names.add(t.word().toLowerCase(Locale.ROOT));
        }
      }
      return new Asked(q.questionTerms(), new Spellings(q.nounWords(), q.nameInitials()), Set.copyOf(names));
    }
  }

  /**
   * What an answer may spell that the question already says: the question's nouns, which may be acronyms ("uaw"),
   * and the initials of the names it spells out ("cccu").
   */
  private record Spellings(Set<String> nounWords, Set<String> nameInitials) {
  }

  /** True for a word of two or more capital letters and nothing else ("CCCU", "NCDC"). */
  private static boolean isInitials(String word) {
    return word.length() >= 2 && word.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  /**
   * True when every content term of the span already appears in the question, or when the span spells out an
   * acronym the question used ("United Auto Workers" for "UAW") or is the initials of a name it spells out.
   */
  private static boolean repeatsQuestion(List<Token> tokens, int begin, int end, Set<String> questionTerms,
                                         Spellings spellings) {
    StringBuilder initials = new StringBuilder();
    for (int i = begin; i < end; i++) {
      String w = tokens.get(i).word();
      // "General Motors Co" is "GM": legal-form suffixes are not part of the acronym.
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !LEGAL_FORMS.contains(w.replace(".", ""))) {
        initials.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    // Only a noun of the question can be an acronym: "Ingrid Solheim" does not spell the "is" of "who is".
    if (initials.length() >= 2 && spellings.nounWords().contains(initials.toString())) {
      return true;
    }
    // The initials of a name the question spells out ("CCCU" for "the Canadian Cabin Crew Union").
    if (end - begin == 1 && isInitials(tokens.get(begin).word())
        && spellings.nameInitials().contains(tokens.get(begin).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (end - begin == 1 && isInitials(tokens.get(begin).word()) && definesInitials(tokens, begin, questionTerms)) {
      return true;
    }
    boolean any = false;
    for (int i = begin; i < end; i++) {
      String term = Terms.of(tokens.get(i));
      if (term == null) {
        continue;
      }
      any = true;
      // A name typed in lower case with a possessive "s" and no apostrophe ("rezendes release clause") is still
      // the name.
      boolean possessive = tokens.get(i).pos().startsWith("NNP") && questionTerms.contains(term + "s");
      if (!questionTerms.contains(term) && !questionTerms.contains(tokens.get(i).lemma()) && !possessive) {
        return false;
      }
    }
    return any;
  }

  /**
   * True when the initials at {@code at} are bracketed right after a name whose every word the question uses: "the
   * Binational Autonomous Authority of Lake Titicaca (ALT)" defines them, whatever language they were made in, so
   * they repeat the name the question asks about.
   */
  private static boolean definesInitials(List<Token> tokens, int at, Set<String> questionTerms) {
    if (at < 2 || at + 1 >= tokens.size() || !tokens.get(at - 1).pos().equals("-LRB-")
        || !tokens.get(at + 1).pos().equals("-RRB-")) {
      return false;
    }
    int named = 0;
    for (int i = at - 2; i >= 0; i--) {
      Token t = tokens.get(i);
      String term = Terms.of(t);
      if (!t.pos().startsWith("NNP")) {
        // Lower-case linking words inside a name ("Authority of Lake Titicaca") continue it; anything else ends it.
        if (term == null && Character.isLowerCase(t.word().charAt(0)) && t.pos().matches("IN|DT|CC")) {
          continue;
        }
        break;
      }
      if (term != null && !questionTerms.contains(term) && !questionTerms.contains(t.lemma())) {
        return false;
      }
      named++;
    }
    // Two words at least: one capitalized word before brackets is as often a place as the name they shorten.
    return named >= 2;
  }

  private static String key(Mention m, List<Token> tokens, int begin, int end) {
    if (m.normalized() != null && QUANTITY_TAGS.contains(m.type())) {
      return m.type() + ":" + m.normalized();
    }
    StringBuilder sb = new StringBuilder(m.type()).append(':');
    for (int i = begin; i < end; i++) {
      String term = Terms.of(tokens.get(i));
      if (term != null) {
        sb.append(term).append(' ');
      }
    }
    return sb.toString().strip();
  }

  /** Noun phrases from part-of-speech runs ending in a noun, for what/which questions without an entity type. */
  private static List<Candidate> nounPhrases(Passage p, int rank, Set<String> questionTerms, Spellings spellings,
                                             List<Candidate> already, boolean properOnly) {
    List<Token> tokens = p.tokens();
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!NOUN_PHRASE_POS.contains(tokens.get(i).pos())) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size()
          && (NOUN_PHRASE_POS.contains(tokens.get(j).pos()) || j > i && continuesName(tokens, j))) {
        j++;
      }
      int end = j;
      while (end > i && !tokens.get(end - 1).pos().startsWith("NN") && !continuesName(tokens, end - 1)
          && !nameNumber(tokens, end - 1)) {
        end--;
      }
      int begin = i;
      while (begin < end && !tokens.get(begin).pos().startsWith("NN") && !tokens.get(begin).pos().startsWith("JJ")
          && !tokens.get(begin).pos().equals("CD")) {
        begin++;
      }
      // Drop leading words the question already used ("the key issue" -> the phrase after it is the answer).
      int unstripped = begin;
      while (begin < end && questionTerms.contains(String.valueOf(Terms.of(tokens.get(begin))))) {
        begin++;
      }
      while (begin < end && tokens.get(begin).pos().equals("POS")) {
        // The possessive of a name the question gave: "Barcelona's Sant Andreu district" is "Sant Andreu district".
        begin++;
      }
      if (begin < end && TIME_TAGS.contains(tokens.get(end - 1).ner())) {
        // "September", "Tuesday", "the first half": a time, which no what/which question asks for as a thing.
        i = j;
        continue;
      }
      while (begin >= 2 && begin < end && tokens.get(begin - 1).word().equals("-")
          && adjoins(tokens, begin - 2) && adjoins(tokens, begin - 1)) {
        // A hyphenated word split by the tokenizer, its hyphen tagged as punctuation ("PORT-AU-PRINCE"): the
        // phrase takes the whole word, not its tail.
        begin -= 2;
      }
      // "the city's Triana neighbourhood", "the Sant Andreu district": a name the kind of place after it completes.
      boolean namedPlace = end - begin >= 2 && tokens.get(end - 2).pos().startsWith("NNP")
          && PLACE_KINDS.contains(tokens.get(end - 1).lemma().toLowerCase(Locale.ROOT));
      boolean proper = begin < end && (tokens.get(end - 1).pos().startsWith("NNP") || continuesName(tokens, end - 1)
          || nameNumber(tokens, end - 1) || givenAsName(tokens, begin) || namedPlace);
      // A common noun that a question word modified is another thing: "capital gains" names no capital.
      boolean modifiedByQuestion = begin > unstripped && !proper;
      if (begin < end && !repeatsQuestion(tokens, begin, end, questionTerms, spellings) && !overlaps(already, begin, end)
          && end - begin <= 6 && (proper || !properOnly) && !modifiedByQuestion) {
        out.add(phrase(p, rank, begin, end));
      }
      int name = namedPlace ? end - 1 : end;
      while (proper && name > begin && (tokens.get(name - 1).pos().startsWith("NNP")
          || continuesName(tokens, name - 1) || name == end && nameNumber(tokens, name - 1))) {
        name--;
      }
      if (proper && name > begin && name < end && !(namedPlace && name == end - 1)
          && !repeatsQuestion(tokens, name, end, questionTerms, spellings)
          && !overlaps(already, name, end)) {
        // The name at the end of a described noun phrase stands on its own too: "Kota Ratna" of "the
        // Singapore-flagged container ship Kota Ratna".
        out.add(phrase(p, rank, name, end));
      }
      i = j;
    }
    return out;
  }

  /** True when token {@code i} and the one after it are written with no space between them. */
  private static boolean adjoins(List<Token> tokens, int i) {
    return tokens.get(i).end() == tokens.get(i + 1).begin();
  }

  /**
   * True when the single small whole number at {@code i} labels the noun before it: a capitalized noun inside the
   * sentence ("Gate 7", "Line 7", "Fab 3") or the question's focus ("danger level 4" for "which level").
   */
  private static boolean labels(List<Token> tokens, int i, Question q) {
    if (i < 2 || !tokens.get(i).pos().equals("CD") || !LABEL_NUMBER.matcher(tokens.get(i).word()).matches()) {
      return false;
    }
    Token noun = tokens.get(i - 1);
    if (!noun.pos().startsWith("NN") || noun.isEntity()) {
      return false;
    }
    return Character.isUpperCase(noun.word().charAt(0)) || q.focus() != null && noun.lemma().equalsIgnoreCase(q.focus());
  }

  /** True when the small whole number at {@code i} ends a name ("Sinar Bahari 7", "Metro Line 5", "Apollo 11"). */
  private static boolean nameNumber(List<Token> tokens, int i) {
    return i >= 1 && tokens.get(i).pos().equals("CD") && LABEL_NUMBER.matcher(tokens.get(i).word()).matches()
        && tokens.get(i - 1).pos().startsWith("NNP");
  }

  /** True when the question asks for a name ("what is the name of", "what is it called"): a common phrase is none. */
  private static boolean asksName(Question q) {
    return q.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("name") || t.word().equalsIgnoreCase("called"));
  }

  /**
   * True when the words before {@code i} give what follows as a name, in whatever case: "the compound, named
   * marvocidin", "Kalasag, known locally as Ramil".
   */
  static boolean givenAsName(List<Token> tokens, int i) {
    if (i < 1) {
      return false;
    }
    String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
    // "known as", "known locally as".
    return NAMING_WORDS.contains(before) || before.equals("as")
        && (i >= 2 && tokens.get(i - 2).word().equalsIgnoreCase("known")
            || i >= 3 && tokens.get(i - 3).word().equalsIgnoreCase("known"));
  }

  /**
   * True when a capitalized word follows a proper noun: it goes on with the name whatever its tag ("Loom Assist"); so
   * does a particle between proper nouns ("do" of "Acadêmicos do Salgueiro").
   */
  private static boolean continuesName(List<Token> tokens, int i) {
    if (i > 0 && tokens.get(i - 1).pos().startsWith("NNP") && Character.isUpperCase(tokens.get(i).word().charAt(0))) {
      return true;
    }
    // Up to two particles in a row: "de" and "la" of "Universidad de la República".
    int before = i;
    while (before > 0 && before > i - MAX_PARTICLES && isParticle(tokens.get(before))) {
      before--;
    }
    return before < i && isCapitalizedProper(tokens.get(before)) && particlesThenName(tokens, before + 1) > 0;
  }

  /**
   * Returns how many tokens from {@code i} are name particles followed by a capitalized proper noun ("de Padre"),
   * counting the particles only; 0 when they are not.
   */
  private static int particlesThenName(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size() && k < i + MAX_PARTICLES && isParticle(tokens.get(k))) {
      k++;
    }
    return k > i && k < tokens.size() && isCapitalizedProper(tokens.get(k)) ? k - i : 0;
  }

  /** Moves a name's start back over a particle and the proper nouns before it ("Unidos de" before "Padre Miguel"). */
  private static int nameBegin(List<Token> tokens, int begin) {
    int particles = 0;
    while (begin - particles - 1 >= 0 && particles < MAX_PARTICLES && isParticle(tokens.get(begin - particles - 1))) {
      particles++;
    }
    int k = begin - particles;
    if (particles == 0 || k < 1 || !isCapitalizedProper(tokens.get(k - 1)) || tokens.get(k - 1).isEntity()
        && !tokens.get(k - 1).ner().equals(tokens.get(begin).ner())) {
      return begin;
    }
    k--;
    while (k > 0 && isCapitalizedProper(tokens.get(k - 1)) && !tokens.get(k - 1).isEntity()) {
      k--;
    }
    return k;
  }

  /** Moves a name's end on over a particle and the proper nouns after it ("Miranda" to "Miranda de Ebro"). */
  private static int nameEnd(List<Token> tokens, int end) {
    int particles = end < tokens.size() ? particlesThenName(tokens, end) : 0;
    if (particles == 0) {
      return end;
    }
    int k = end + particles;
    while (k < tokens.size() && isCapitalizedProper(tokens.get(k))) {
      k++;
    }
    return k;
  }

  private static boolean isParticle(Token t) {
    return NAME_PARTICLES.contains(t.word());
  }

  private static boolean isCapitalizedProper(Token t) {
    return t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
  }

  private static Candidate phrase(Passage p, int rank, int begin, int end) {
    StringBuilder key = new StringBuilder("PHRASE:");
    for (int k = begin; k < end; k++) {
      String term = Terms.of(p.tokens().get(k));
      if (term != null) {
        key.append(term).append(' ');
      }
    }
    return new Candidate(p, rank, begin, end, PHRASE, key.toString().strip());
  }

  /**
   * Short quoted spans that open with a capital: the titles of albums, films, books and products ("her album
   * \"Les heures bleues\""), which the tagger does not know as names; punctuation inside the closing quote is left out.
   */
  private static List<Candidate> quotedTitles(Passage p, int rank, Set<String> questionTerms,
                                              Spellings spellings) {
    List<Token> tokens = p.tokens();
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!OPENING_QUOTES.contains(tokens.get(i).word())) {
        continue;
      }
      int close = i + 1;
      while (close < tokens.size() && close - i <= MAX_TITLE_WORDS + 1
          && !CLOSING_QUOTES.contains(tokens.get(close).word())) {
        close++;
      }
      int begin = i + 1;
      int end = close;
      while (end > begin && !Character.isLetterOrDigit(tokens.get(end - 1).word().charAt(0))) {
        end--;
      }
      if (close < tokens.size() && CLOSING_QUOTES.contains(tokens.get(close).word()) && end > begin
          && end - begin <= MAX_TITLE_WORDS && Character.isUpperCase(tokens.get(begin).word().charAt(0))
          && !repeatsQuestion(tokens, begin, end, questionTerms, spellings)) {
        out.add(phrase(p, rank, begin, end));
      }
      i = close;
    }
    return out;
  }

  private static boolean overlaps(List<Candidate> candidates, int begin, int end) {
    for (Candidate c : candidates) {
      if (c.tokenBegin() < end && begin < c.tokenEnd()) {
        return true;
      }
    }
    return false;
  }
}
