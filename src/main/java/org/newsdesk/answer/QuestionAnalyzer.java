package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.nlp.Attribution;
import org.newsdesk.nlp.NlpPipeline;
import org.newsdesk.nlp.Sentence;
import org.newsdesk.nlp.Terms;
import org.newsdesk.nlp.Token;

/**
 * Turns a question typed in a chat into a {@link Question}: cleans greetings and fillers, fixes typos in question
 * words, finds the form, the expected answer type, the focus noun and the keywords. Thread-safe.
 */
public final class QuestionAnalyzer {

  /** Fillers that wrap an embedded question ("can you tell me who ...", "i'd like to know when ..."). */
  private static final Pattern WRAPPER = Pattern.compile(
      "^(?:(?:can|could|would|will) you (?:please )?(?:tell me|say|find out|let me know|check)|"
          + "do you know|does anyone know|any idea|i (?:want|would like|'d like|need) to know|"
          + "i wonder|i was wondering|please tell me|tell me|give me|show me|let me know|find out|remind me)"
          + "\\b[\\s,:]*",
      Pattern.CASE_INSENSITIVE);
  /** A question word with its copula run on and no apostrophe ("whats", "whos", "wheres", "hows"). */
  private static final Pattern RUN_ON_COPULA = Pattern.compile("\\b(what|who|where|when|how)s\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * An irregular plural typed with its possessive "s" and no apostrophe ("the mens final", "womens team"): the
   * lemmatizer keeps "men" as it stands, while the articles' "men's" gives "man".
   */
  private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("\\b(men|women|children|people)s\\b",
      Pattern.CASE_INSENSITIVE);
  /** Chat shorthand for whole words, typed in lower case ("how many r left", "thru", "last yr"). */
  private static final Map<String, String> SHORTHAND = Map.ofEntries(Map.entry("r", "are"), Map.entry("u", "you"),
      Map.entry("ur", "your"), Map.entry("thru", "through"), Map.entry("yr", "year"), Map.entry("yrs", "years"),
      Map.entry("ppl", "people"), Map.entry("govt", "government"), Map.entry("tho", "though"),
      Map.entry("hr", "hour"), Map.entry("hrs", "hours"), Map.entry("mins", "minutes"), Map.entry("wks", "weeks"),
      Map.entry("pct", "percent"), Map.entry("gonna", "going to"), Map.entry("wanna", "want to"),
      Map.entry("gotta", "got to"), Map.entry("exec", "executive"), Map.entry("execs", "executives"),
      Map.entry("mgr", "manager"), Map.entry("dept", "department"), Map.entry("rep", "representative"),
      Map.entry("reps", "representatives"));
  /** A lower-case word of chat shorthand, standing alone. */
  private static final Pattern SHORTHAND_WORD = Pattern.compile(
      "(?<![\\w'.$€£-])(" + String.join("|", SHORTHAND.keySet()) + ")(?![\\w'.-])");
  /** Trailing politeness ("..., please", "... thanks"). */
  private static final Pattern TRAILING_CHATTER = Pattern.compile(
      "[\\s,]+(?:please|pls|plz|thanks|thank you|thx)[\\s.!?]*$", Pattern.CASE_INSENSITIVE);
  /** Pronouns of the asker and the bot ("mine" is left out: it is more often the noun). */
  private static final Set<String> PERSONAL = Set.of("i", "me", "my", "myself", "you", "your", "yours",
      "yourself");
  /** Words that make a following "you" anyone's ("if you don't pay"). */
  private static final Set<String> CONDITIONS = Set.of("if", "when", "unless", "once", "before");
  /** People in general: a question about them uses "you" for anyone ("adding someone outside your household"). */
  private static final Set<String> INDEFINITES = Set.of("someone", "somebody", "anyone", "anybody", "everyone",
      "everybody", "people");
  /** Question words and their quantifiers, for typo repair ("how mny" -> "how many", "wich" -> "which"). */
  private static final List<String> QUESTION_WORDS = List.of("who", "whom", "whose", "what", "which", "when",
      "where", "why", "how", "many", "much", "long");
  private static final Set<String> WH = Set.of("who", "whom", "whose", "what", "which", "when", "where", "why",
      "how");
  private static final Set<String> AUX = Set.of("is", "are", "was", "were", "do", "does", "did", "has", "have",
      "had", "can", "could", "will", "would", "should", "shall", "may", "might", "must", "am");
  /** Verbs whose infinitive after them is the deed itself ("expected to rise", "plans to cut", "is set to fall"). */
  private static final Set<String> CATENATIVE_VERBS = Set.of("expect", "forecast", "predict", "project", "plan",
      "set", "aim", "hope", "want", "need", "seek", "intend", "propose", "promise", "threaten", "agree", "offer",
      "decide", "vote", "try", "continue", "begin", "start", "have", "say", "estimate", "tell", "ask", "allow");
  private static final Set<String> COPULA = Set.of("is", "are", "was", "were", "'s", "be", "been");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "should", "may", "might", "has",
      "have", "had");
  private static final Set<String> DO = Set.of("do", "does", "did");
  /** Part-of-speech tags of a word that owns or determines the noun after it (Penn Treebank). */
  private static final Set<String> OWNER_TAGS = Set.of("POS", "DT", "PRP$");
  /** Tags inside a noun phrase after a preposition ("the outskirts", "Spain's forest"). */
  private static final Set<String> PHRASE_INNER = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH",
      "PRP$");
  /** Tags of a finite verb in the past or the present. */
  static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP");
  /** Tags that open a verb's direct object ("separating the two sides"). */
  private static final Set<String> OBJECT_START = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "JJ",
      "JJR", "JJS");
  /** Nouns that ask for the name of the thing after "of" ("the name of the lander"). */
  private static final Set<String> NAME_NOUNS = Set.of("name", "title", "kind", "type", "sort", "brand", "model");
  /** Calendar and clock nouns that only name the kind of date asked for ("on what date", "which year", "what time"). */
  private static final Set<String> CALENDAR_NOUNS = Set.of("date", "day", "month", "year", "time", "hour");
  /** Nouns of "what ... is it", which asks the bot's clock. */
  private static final Set<String> CLOCK_NOUNS = Set.of("time", "day", "date", "year", "month");
  /** Words after "what time is it" that keep it about the present: a place or "now". */
  private static final Set<String> NOW_WORDS = Set.of("in", "at", "there", "now", "right", "today", "currently");
  /** Words of a sum between two numbers ("17 times 23", "6 divided by 3"). */
  private static final Set<String> ARITHMETIC = Set.of("times", "plus", "minus", "x", "divided", "multiplied",
      "+", "-", "*", "/");
  /** Words after "how" that make it ask for a quantity ("how many", "how much", "how long"), not keywords. */
  private static final Set<String> QUANTIFIERS = Set.of("many", "much", "long");
  /** How far into a question its question word may come, after a leading phrase ("of GM's Mexican exports, how"). */
  private static final int QUESTION_WORD_REACH = 9;
  /** Entity tags of a name that pays, spends or measures rather than being measured. */
  private static final Set<String> PLACE_OR_BODY = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE",
      "ORGANIZATION", "PERSON");
  /** Question words that also open a relative clause after a noun ("the driver who died"). */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose", "whom");
  /** Question words that may stand in place at the end of a statement ("... had reached what number?"). */
  private static final Set<String> IN_PLACE = Set.of("what", "which", "how", "who", "when", "where");
  /** How many last words a question word left in place may head: "what number", "how many people". */
  private static final int IN_PLACE_REACH = 4;
  /** Positions within which a question word counts wherever it stands ("according to whom", "in how many"). */
  private static final int NEAR_QUESTION_WORD = 6;
  /** Words that open a relative clause about the noun before them ("the crack that experts found"). */
  private static final Set<String> RELATIVE_THAT = Set.of("that", "which", "who", "whose");
  /** Nouns for things in a row, whose length is a distance: "the line of trucks", "a queue of ships". */
  private static final Set<String> LINES = Set.of("line", "queue", "tailback", "row", "column", "convoy");
  /**
   * Ways that are travelled, whose length is a distance ("how long is the course"); WordNet's first senses of most are
   * no object ("course" is a course of study).
   */
  private static final Set<String> ROUTES = Set.of("course", "route", "trail", "track", "circuit", "lap", "loop",
      "path", "stage");
  /** Parts of a thing whose length is the thing's kind of length: "the first phase of the metro line". */
  private static final Set<String> LENGTH_PARTS = Set.of("phase", "section", "stretch", "part", "leg", "segment",
      "portion", "extension", "stage", "span");
  /**
   * Participles that classify the noun after them inside a noun phrase ("winning time", "opening price", "estimated
   * cost"), unlike a participle that starts a clause about the noun before it ("the company making the chips").
   */
  private static final Set<String> PARTICIPLE_MODIFIERS = Set.of("winning", "losing", "opening", "closing",
      "starting", "finishing", "qualifying", "asking", "selling", "operating", "remaining", "existing", "voting",
      "polling", "trading", "ruling", "governing", "estimated", "expected", "proposed", "planned", "revised",
      "combined", "adjusted", "projected", "reported", "recorded");
  /** Question words that also open a leading clause of time or place. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("when", "where");
  /** Words that may stand between a leading phrase's comma and the question word: prepositions and hedges. */
  private static final Set<String> LEAD_IN = Set.of("on", "in", "at", "for", "of", "to", "by", "from", "with",
      "through", "into", "over", "under", "across", "among", "during", "and", "so", "then", "roughly", "about",
      "approximately", "around", "exactly", "just", "precisely");
  /** At most this many of them. */
  private static final int MAX_LEAD_IN = 2;
  /**
   * Prepositions of a level: stranded, one asks for it ("what did the rate climb to", "what did futures settle at");
   * after a verb of change, one gives it ("had risen to 112").
   */
  static final Set<String> LEVEL_PREPOSITIONS = Set.of("to", "at");
  /**
   * Verbs besides those of change that end at a level: "settle at", "close at", "cut to", "set at", and those that
   * put a figure on something ("what did the ministry put the losses at").
   */
  private static final Set<String> LEVEL_VERBS = Set.of("settle", "close", "stand", "end", "finish", "peak",
      "trade", "cut", "raise", "set", "hike", "reach", "hit", "put", "estimate", "peg", "value");
  /**
   * Words that make "what time" ask how long something took: a race ("winning time", "what time did she run") or a
   * stretch of time ("elapsed time", "the longest time anyone spent stuck").
   */
  private static final Set<String> RACE_TIME_WORDS = Set.of("winning", "finishing", "run", "race", "finish",
      "clock", "record", "lap", "marathon", "elapsed", "longest", "shortest", "spend");
  /** Verbs whose "how did they ..." question news answers with a tally: "voted 5-2", "split 7-2". */
  private static final Set<String> TALLY_VERBS = Set.of("vote", "split");
  /** Words of a ranking that "how does X ..." asks the place in. */
  private static final Set<String> RANK_WORDS = Set.of("rank", "ranks", "ranked");
  /** Verbs whose object is an amount of money: "what did the strike cost GM". */
  private static final Set<String> MONEY_VERBS = Set.of("cost", "pay", "earn", "spend", "charge", "fetch", "value");
  /** Verbs whose "how much" asks for a physical measure, not a sum: "how much did the fragment weigh". */
  private static final Set<String> MEASURE_VERBS = Set.of("weigh", "measure");
  /**
   * Verbs of a contest, whose "by how much" asks for a winning margin in the contest's own measure ("seven seconds",
   * "three points", "1,200 votes"), not for a percentage.
   */
  private static final Set<String> MARGIN_VERBS = Set.of("beat", "break", "win", "lead", "trail", "edge", "shave",
      "outpace", "outscore", "outpoll", "outrun");
  /** Verbs whose subject is usually a company: "who is buying X", "who makes the chip". */
  private static final Set<String> ORGANIZATION_VERBS = Set.of("buy", "acquire", "own", "purchase", "make",
      "manufacture", "build", "operate", "supply", "produce", "sponsor", "fund", "insure", "publish");
  /** Verbs of change: "by how much did prices rise" asks for a percentage (or an amount). */
  private static final Set<String> CHANGE_VERBS = Set.of("rise", "fall", "grow", "increase", "decrease", "decline",
      "drop", "slow", "gain", "climb", "jump", "slip", "shrink", "expand", "reduce", "lift", "boost", "improve",
      "soar", "plunge", "tumble", "ease", "lower", "raise", "hike", "cut", "slash", "trim", "surge", "sink",
      "rally", "widen", "narrow");
  /** Tags before a word that make it a noun: a determiner, a possessive, an adjective or a preposition. */
  private static final Set<String> NOUN_MARKERS = Set.of("DT", "PRP$", "JJ", "POS", "IN");
  /** Words that make "where" ask for a place in a ranking ("where did she finish", "where was he placed"). */
  private static final Set<String> PLACING_WORDS = Set.of("finish", "finished", "finishes", "rank", "ranked",
      "ranks", "ranking", "placed");
  /** Verbs that ask for a change with a particle: "go up", "come down", "shoot up". */
  private static final Set<String> PHRASAL_CHANGE_VERBS = Set.of("go", "come", "shoot", "edge", "tick", "move");
  /** Hedges a question word may carry ("roughly how many", "exactly when"). */
  private static final Set<String> HEDGES = Set.of("roughly", "approximately", "about", "around", "exactly",
      "precisely", "nearly", "almost", "just");
  /** Nouns that ask for a piece of a place when a place follows ("which part of Seville"). */
  private static final Set<String> PART_NOUNS = Set.of("part", "side", "corner", "section");
  /** Verbs of a market's loss or gain that need not be a change of level ("lose", "shed", "add"). */
  private static final Set<String> MARKET_MOVES = Set.of("lose", "shed", "add");
  /** What markets quote: its loss or gain is a percentage. */
  private static final Set<String> MARKET_NOUNS = Set.of("stock", "share", "index", "currency", "bond", "yield");
  /** Verbs whose "for" names a price or a sum ("sell for", "go for", "insured for"). */
  private static final Set<String> SALE_VERBS = Set.of("sell", "go", "auction", "resell", "insure");
  /** Verbs that give something its name ("what is it called", "what did they name it"). */
  private static final Set<String> NAMING_VERBS = Set.of("name", "call", "dub", "christen", "rename");
  private static final Set<String> IMPERATIVES = Set.of("name", "list", "give", "describe", "explain", "show",
      "summarize", "summarise", "find");
  /** Focus nouns whose answer type is a matter of measurement rather than of WordNet class. */
  private static final Map<String, AnswerType> FOCUS_TYPES = Map.ofEntries(
      Map.entry("year", AnswerType.DATE), Map.entry("date", AnswerType.DATE), Map.entry("day", AnswerType.DATE),
      Map.entry("month", AnswerType.DATE), Map.entry("time", AnswerType.DATE), Map.entry("week", AnswerType.DATE),
      Map.entry("percentage", AnswerType.PERCENT), Map.entry("percent", AnswerType.PERCENT),
      Map.entry("%", AnswerType.PERCENT),
      Map.entry("proportion", AnswerType.PERCENT), Map.entry("share", AnswerType.PERCENT),
      Map.entry("rate", AnswerType.PERCENT),
      Map.entry("price", AnswerType.MONEY), Map.entry("cost", AnswerType.MONEY), Map.entry("amount", AnswerType.MONEY),
      Map.entry("sum", AnswerType.MONEY), Map.entry("value", AnswerType.MONEY), Map.entry("salary", AnswerType.MONEY),
      Map.entry("fee", AnswerType.MONEY), Map.entry("budget", AnswerType.MONEY), Map.entry("fine", AnswerType.MONEY),
      Map.entry("revenue", AnswerType.MONEY), Map.entry("profit", AnswerType.MONEY),
      Map.entry("investment", AnswerType.MONEY), Map.entry("worth", AnswerType.MONEY),
      Map.entry("number", AnswerType.NUMBER), Map.entry("total", AnswerType.NUMBER),
      Map.entry("count", AnswerType.NUMBER), Map.entry("population", AnswerType.NUMBER),
      Map.entry("age", AnswerType.NUMBER), Map.entry("capacity", AnswerType.NUMBER),
      Map.entry("magnitude", AnswerType.NUMBER), Map.entry("turnout", AnswerType.PERCENT),
      Map.entry("occupancy", AnswerType.PERCENT), Map.entry("utilisation", AnswerType.PERCENT),
      Map.entry("utilization", AnswerType.PERCENT),
      Map.entry("temperature", AnswerType.NUMBER), Map.entry("distance", AnswerType.NUMBER),
      Map.entry("speed", AnswerType.NUMBER), Map.entry("height", AnswerType.NUMBER),
      Map.entry("size", AnswerType.NUMBER), Map.entry("score", AnswerType.NUMBER),
      Map.entry("wage", AnswerType.MONEY), Map.entry("pay", AnswerType.MONEY), Map.entry("income", AnswerType.MONEY),
      Map.entry("earnings", AnswerType.MONEY), Map.entry("sales", AnswerType.MONEY),
      Map.entry("valuation", AnswerType.MONEY), Map.entry("deficit", AnswerType.MONEY),
      Map.entry("fare", AnswerType.MONEY), Map.entry("toll", AnswerType.MONEY),
      Map.entry("death toll", AnswerType.NUMBER), Map.entry("casualty toll", AnswerType.NUMBER),
      Map.entry("rent", AnswerType.MONEY),
      Map.entry("trade", AnswerType.MONEY), Map.entry("export", AnswerType.MONEY),
      Map.entry("import", AnswerType.MONEY), Map.entry("spending", AnswerType.MONEY),
      Map.entry("surplus", AnswerType.MONEY), Map.entry("debt", AnswerType.MONEY),
      Map.entry("damage", AnswerType.MONEY), Map.entry("wait", AnswerType.DURATION),
      Map.entry("delay", AnswerType.DURATION), Map.entry("credit", AnswerType.MONEY),
      Map.entry("refund", AnswerType.MONEY), Map.entry("rebate", AnswerType.MONEY),
      Map.entry("bail", AnswerType.MONEY),
      Map.entry("allowance", AnswerType.MONEY), Map.entry("gain", AnswerType.MONEY),
      Map.entry("range", AnswerType.NUMBER), Map.entry("estimate", AnswerType.NUMBER),
      Map.entry("rise", AnswerType.PERCENT), Map.entry("increase", AnswerType.PERCENT),
      Map.entry("drop", AnswerType.PERCENT), Map.entry("fall", AnswerType.PERCENT),
      Map.entry("decline", AnswerType.PERCENT), Map.entry("jump", AnswerType.PERCENT),
      Map.entry("slide", AnswerType.PERCENT), Map.entry("slump", AnswerType.PERCENT),
      Map.entry("growth", AnswerType.PERCENT), Map.entry("inflation", AnswerType.PERCENT),
      Map.entry("stake", AnswerType.PERCENT), Map.entry("lap", AnswerType.NUMBER),
      Map.entry("round", AnswerType.NUMBER), Map.entry("sale", AnswerType.MONEY),
      Map.entry("place", AnswerType.ORDINAL), Map.entry("rank", AnswerType.ORDINAL),
      Map.entry("position", AnswerType.ORDINAL), Map.entry("stage", AnswerType.ORDINAL),
      Map.entry("extent", AnswerType.NUMBER), Map.entry("level", AnswerType.NUMBER),
      Map.entry("figure", AnswerType.NUMBER), Map.entry("length", AnswerType.NUMBER),
      Map.entry("width", AnswerType.NUMBER), Map.entry("depth", AnswerType.NUMBER),
      Map.entry("weight", AnswerType.NUMBER), Map.entry("area", AnswerType.NUMBER),
      Map.entry("volume", AnswerType.NUMBER), Map.entry("altitude", AnswerType.NUMBER),
      Map.entry("margin", AnswerType.NUMBER), Map.entry("attendance", AnswerType.NUMBER),
      // A court's split and a horse's odds are tallies ("4-1", "40-1"); a record or a peak demand is a figure
      // ("$9.6 million", "2,362 megawatts").
      Map.entry("split", AnswerType.NUMBER), Map.entry("odds", AnswerType.NUMBER),
      Map.entry("record", AnswerType.NUMBER), Map.entry("demand", AnswerType.NUMBER),
      Map.entry("premium", AnswerType.PERCENT), Map.entry("raise", AnswerType.PERCENT),
      Map.entry("reading", AnswerType.NUMBER), Map.entry("ransom", AnswerType.MONEY),
      Map.entry("bonus", AnswerType.MONEY), Map.entry("damages", AnswerType.MONEY),
      Map.entry("penalty", AnswerType.MONEY), Map.entry("compensation", AnswerType.MONEY),
      Map.entry("loss", AnswerType.MONEY), Map.entry("saving", AnswerType.MONEY),
      Map.entry("savings", AnswerType.MONEY),
      Map.entry("funding", AnswerType.MONEY), Map.entry("grant", AnswerType.MONEY),
      Map.entry("subsidy", AnswerType.MONEY), Map.entry("bill", AnswerType.MONEY),
      Map.entry("yield", AnswerType.PERCENT), Map.entry("catch", AnswerType.NUMBER),
      Map.entry("quota", AnswerType.NUMBER), Map.entry("vote", AnswerType.NUMBER),
      Map.entry("limit", AnswerType.NUMBER), Map.entry("cap", AnswerType.NUMBER),
      Map.entry("ceiling", AnswerType.NUMBER), Map.entry("threshold", AnswerType.NUMBER),
      // A target is a figure to reach: runs to chase, tonnes to produce, a deficit as a share of output.
      Map.entry("target", AnswerType.NUMBER),
      Map.entry("return", AnswerType.PERCENT), Map.entry("duty", AnswerType.PERCENT),
      Map.entry("tally", AnswerType.NUMBER), Map.entry("term", AnswerType.DURATION),
      Map.entry("risk", AnswerType.DESCRIPTION), Map.entry("plan", AnswerType.DESCRIPTION),
      Map.entry("loan", AnswerType.MONEY), Map.entry("deal", AnswerType.MONEY), Map.entry("package", AnswerType.MONEY),
      Map.entry("bond", AnswerType.MONEY), Map.entry("bid", AnswerType.MONEY), Map.entry("fund", AnswerType.MONEY),
      Map.entry("award", AnswerType.MONEY), Map.entry("bailout", AnswerType.MONEY),
      Map.entry("settlement", AnswerType.MONEY), Map.entry("payout", AnswerType.MONEY),
      Map.entry("tariff", AnswerType.PERCENT), Map.entry("deadline", AnswerType.DATE),
      Map.entry("discount", AnswerType.PERCENT),
      // What was said or meant ("what reason did she give", "what message did he have"): a sentence answers.
      Map.entry("reason", AnswerType.DESCRIPTION), Map.entry("message", AnswerType.DESCRIPTION),
      Map.entry("verdict", AnswerType.DESCRIPTION), Map.entry("goal", AnswerType.DESCRIPTION),
      Map.entry("aim", AnswerType.DESCRIPTION), Map.entry("explanation", AnswerType.DESCRIPTION),
      Map.entry("warning", AnswerType.DESCRIPTION), Map.entry("advice", AnswerType.DESCRIPTION),
      Map.entry("response", AnswerType.DESCRIPTION), Map.entry("reaction", AnswerType.DESCRIPTION),
      Map.entry("argument", AnswerType.DESCRIPTION), Map.entry("concern", AnswerType.DESCRIPTION),
      Map.entry("criticism", AnswerType.DESCRIPTION), Map.entry("justification", AnswerType.DESCRIPTION),
      Map.entry("conclusion", AnswerType.DESCRIPTION), Map.entry("assessment", AnswerType.DESCRIPTION),
      // What was done, found or wanted ("what measures did they recommend", "what conditions has he set").
      Map.entry("measure", AnswerType.DESCRIPTION), Map.entry("step", AnswerType.DESCRIPTION),
      Map.entry("action", AnswerType.DESCRIPTION), Map.entry("information", AnswerType.DESCRIPTION),
      Map.entry("problem", AnswerType.DESCRIPTION), Map.entry("worry", AnswerType.DESCRIPTION),
      Map.entry("complaint", AnswerType.DESCRIPTION), Map.entry("condition", AnswerType.DESCRIPTION),
      Map.entry("grounds", AnswerType.DESCRIPTION), Map.entry("recommendation", AnswerType.DESCRIPTION),
      Map.entry("proposal", AnswerType.DESCRIPTION), Map.entry("finding", AnswerType.DESCRIPTION),
      Map.entry("requirement", AnswerType.DESCRIPTION), Map.entry("fear", AnswerType.DESCRIPTION),
      Map.entry("duration", AnswerType.DURATION), Map.entry("period", AnswerType.DURATION),
      // Measures a figure gives ("the estimated tonnage", "the highest concentration", "by what factor", "a radius
      // of 10 kilometres"), a sum put up ("what reward") and a place in a table ("what ranking will she reach").
      Map.entry("tonnage", AnswerType.NUMBER), Map.entry("concentration", AnswerType.NUMBER),
      Map.entry("factor", AnswerType.NUMBER), Map.entry("radius", AnswerType.NUMBER),
      Map.entry("diameter", AnswerType.NUMBER), Map.entry("elevation", AnswerType.NUMBER),
      Map.entry("reward", AnswerType.MONEY), Map.entry("ranking", AnswerType.ORDINAL));
  /** Nouns after "how much" that make it a question about money ("how much money", "how much cash"). */
  private static final Set<String> MONEY_NOUNS = Set.of("money", "cash", "funding", "revenue", "profit", "capital",
      "debt", "aid", "investment", "compensation", "pay");
  /** Adjectives that, before a unit of time, say when ("last year", "next month"), not what. */
  private static final Set<String> RELATIVE_TIME = Set.of("last", "next", "past", "previous", "coming", "following",
      "same");
  /** Units after a number that make a quantity a duration ("six weeks"). */
  static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year",
      "decade", "century");
  /** Words that place a time relative to the time of telling ("last year", "this week"), by how far. */
  static final Map<String, Integer> RELATIVE_TIMES = Map.of("last", -1, "past", -1, "previous", -1, "this", 0,
      "current", 0, "next", 1, "coming", 1);

  private final NlpPipeline nlp;
  private final Lexicon lexicon;

  /** Creates an analyzer over the shared pipeline and lexicon. */
  public QuestionAnalyzer(NlpPipeline nlp, Lexicon lexicon) {
    this.nlp = nlp;
    this.lexicon = lexicon;
  }

  /**
   * Analyzes a question.
   *
   * @param asked the question as typed
   * @return the analysis; a question with no keywords when nothing searchable is left
   */
  public Question analyze(String asked) {
    asked = asked == null ? "" : asked;
    String text = clean(asked);
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : nlp.annotate(text)) {
      tokens.addAll(s.tokens());
    }
    List<String> words = tokens.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
    int wh = questionWordIndex(tokens, words);
    QuestionForm form;
    AnswerType type;
    String focus = null;
    int focusIndex = -1;
    if (wh < 0) {
      String first = words.isEmpty() ? "" : words.get(0);
      if (AUX.contains(first)) {
        form = QuestionForm.YES_NO;
        type = AnswerType.DESCRIPTION;
      } else if (IMPERATIVES.contains(first)) {
        form = QuestionForm.IMPERATIVE;
        focusIndex = nounAfter(tokens, 1);
        focus = focusIndex >= 0 ? tokens.get(focusIndex).lemma() : null;
        type = first.equals("name") || first.equals("list") ? typeOfFocus(focus, AnswerType.ENTITY)
            : AnswerType.DESCRIPTION;
      } else {
        form = words.contains("about") ? QuestionForm.IMPERATIVE : QuestionForm.OTHER;
        type = AnswerType.DESCRIPTION;
        if (form == QuestionForm.OTHER) {
          // A chat fragment ("ghana inflation in april", "cape town mayor name?") asks for what its head noun
          // names, when that is a kind of answer; otherwise it asks about a topic.
          int head = fragmentHead(tokens);
          // The head's class alone: its modifiers are the topic ("port strike news" is no question about a place),
          // unless one is a measure ("the deficit target" is a sum).
          AnswerType named = head < 0 ? AnswerType.ENTITY : typeOfNounRun(tokens, head);
          // "the name of the new species" asks for a name, whatever kind of thing it names.
          if (named != AnswerType.DESCRIPTION && (named != AnswerType.ENTITY || startsWithName(tokens))) {
            focusIndex = head;
            focus = tokens.get(head).lemma();
            type = named;
          }
        }
      }
    } else {
      String w = words.get(wh);
      String next = wh + 1 < words.size() ? words.get(wh + 1) : "";
      switch (w) {
        case "who", "whom", "whose" -> {
          form = QuestionForm.WHO;
          type = ORGANIZATION_VERBS.contains(lastVerb(tokens)) && !asksForPerson(tokens, words, wh)
              ? AnswerType.ORGANIZATION : AnswerType.PERSON;
        }
        case "when" -> {
          form = QuestionForm.WHEN;
          type = AnswerType.DATE;
        }
        case "where" -> {
          form = QuestionForm.WHERE;
          type = AnswerType.LOCATION;
          int measured = levelAskedWhere(tokens, words);
          if (measured >= 0 && rankedBy(tokens, measured)) {
            // "where does Entoto rank among brewers by size": the measure ranks them; the answer is the place.
            measured = -1;
          }
          if (measured < 0 && asksPlacing(tokens)) {
            // "where did the team finish in the league": a place in a ranking, not on a map.
            type = AnswerType.ORDINAL;
          } else if (measured >= 0) {
            // "where does the bank expect inflation to be", "where did the jobless rate end": a level, not a place.
            focusIndex = measured;
            focus = tokens.get(measured).lemma();
            type = typeOfMeasured(tokens, measured, AnswerType.NUMBER);
          }
        }
        case "why" -> {
          form = QuestionForm.WHY;
          type = AnswerType.DESCRIPTION;
        }
        case "how" -> {
          switch (next) {
            case "many" -> {
              form = QuestionForm.HOW_MANY;
              focusIndex = nounAfter(tokens, wh + 2, true);
              if (focusIndex < 0 && wh + 3 < tokens.size() && words.get(wh + 2).equals("of")) {
                // "How many of Khangai's workers were laid off": a part of the whole, counted in its own noun.
                focusIndex = nounAfter(tokens, wh + 3, true);
                if (focusIndex >= 0 && focusIndex + 1 < tokens.size()
                    && tokens.get(focusIndex + 1).pos().equals("POS")) {
                  focusIndex = nounAfter(tokens, focusIndex + 2, true);
                }
              }
              focus = focusIndex >= 0 ? tokens.get(focusIndex).lemma() : null;
              type = focus != null && TIME_UNITS.contains(focus) ? AnswerType.DURATION : AnswerType.NUMBER;
            }
            case "much" -> {
              form = QuestionForm.HOW_MUCH;
              // The head of the noun run right after "how much": "prize money", not "prize"; past adjectives and
              // hyphens, "how much fresh water" measures water and "how much rare-earth concentrate" concentrate.
              int start = wh + 2;
              while (start < tokens.size() && (tokens.get(start).pos().equals("JJ")
                  || tokens.get(start).pos().equals("HYPH"))) {
                start++;
              }
              int n = start < tokens.size() && tokens.get(start).pos().startsWith("NN")
                  ? compoundEnd(tokens, start) : -1;
              if (n >= 0 && (tokens.get(n).pos().startsWith("NNP") || PLACE_OR_BODY.contains(tokens.get(n).ner()))) {
                // A name is the subject, not what is measured: "how much Kenya's ministry has budgeted", "how much
                // denmark is paying" (typed in lower case, the tagger still knows the place).
                n = -1;
              }
              focusIndex = n;
              focus = n >= 0 ? tokens.get(n).lemma() : null;
              AnswerType measured = focus == null || MONEY_NOUNS.contains(focus) ? AnswerType.MONEY
                  : typeOfMeasured(tokens, n, null);
              // "how much severance will the firm pay": what is paid, earned or spent, when its noun names no measure
              // of its own, is a sum of money.
              type = measured != null ? measured
                  : MONEY_VERBS.contains(lastVerb(tokens)) ? AnswerType.MONEY : AnswerType.NUMBER;
              int whole = wh + 3 < tokens.size() && words.get(wh + 2).equals("of") ? nounAfter(tokens, wh + 3) : -1;
              if (focus == null && (whole >= 0 && typeOfMeasured(tokens, whole, AnswerType.NUMBER) != AnswerType.MONEY
                  || MEASURE_VERBS.contains(lastVerb(tokens)))) {
                // "how much of the fertiliser turned up" asks for a part in the whole's own measure, a tonnage or a
                // share, and "how much did the fragment weigh" for a weight; money only when the whole is money.
                type = AnswerType.NUMBER;
              }
              boolean byHowMuch = wh > 0 && words.get(wh - 1).equals("by");
              if (focus == null && (byHowMuch || asksChange(tokens) && !raisesFunds(tokens) || marketMove(tokens))) {
                // "by how much did prices rise": the size of a change, most often a percentage.
                type = byHowMuch && MARGIN_VERBS.contains(lastVerb(tokens)) ? AnswerType.NUMBER : AnswerType.PERCENT;
              }
            }
            case "long" -> {
              form = QuestionForm.HOW_LONG;
              type = AnswerType.DURATION;
              int thing = lengthOfThing(tokens, wh + 2);
              if (thing >= 0) {
                // "how long were the hand claws": the length of a thing, not of a time.
                focusIndex = thing;
                focus = tokens.get(thing).lemma();
                type = AnswerType.NUMBER;
              }
            }
            case "quickly", "soon" -> {
              // "how quickly did the tickets sell out": the time it took, "within 26 minutes".
              form = QuestionForm.HOW_LONG;
              type = AnswerType.DURATION;
            }
            case "full", "empty" -> {
              // "how full was the lake": a share of its capacity.
              form = QuestionForm.HOW_MEASURE;
              type = AnswerType.PERCENT;
            }
            case "old", "far", "big", "large", "high", "tall", "deep", "fast", "thick", "wide", "heavy", "hot",
                "cold", "strong", "close", "small", "low" -> {
              form = QuestionForm.HOW_MEASURE;
              // "how big a ransom", "how big was the fine": the noun names what is measured.
              focusIndex = measuredNoun(tokens, wh + 2);
              focus = focusIndex >= 0 ? tokens.get(focusIndex).lemma() : null;
              type = focus == null ? AnswerType.NUMBER : typeOfMeasured(tokens, focusIndex, AnswerType.NUMBER);
              if (focus == null && next.equals("far") && asksChange(tokens)) {
                // "how far did the shares fall": the size of a change, most often a percentage, not a distance.
                type = AnswerType.PERCENT;
              }
            }
            default -> {
              form = QuestionForm.HOW;
              type = AnswerType.DESCRIPTION;
              // "How did the committee vote?": news answers with the tally ("5-2"). The tagger often takes the verb
              // after a noun run for one more noun ("committee vote"), so the word decides.
              int verb = DO.contains(next) ? indexOfAny(words, TALLY_VERBS, wh + 2) : -1;
              if (verb >= 0 && tokens.subList(wh + 2, verb).stream().anyMatch(t -> t.pos().startsWith("VB"))) {
                // "how did the premier react after he lost the vote": another verb is the one asked about.
                verb = -1;
              }
              if (verb >= 0) {
                type = AnswerType.NUMBER;
                focus = tokens.get(verb).lemma();
              } else if (DO.contains(next) && indexOfAny(words, RANK_WORDS, wh + 2) >= 0) {
                // "How does Sorato rank among Japanese automakers?": a place in a ranking ("fifth-largest").
                type = AnswerType.ORDINAL;
              }
            }
          }
        }
        default -> {
          form = w.equals("which") ? QuestionForm.WHICH : QuestionForm.WHAT;
          focusIndex = whatFocus(tokens, words, wh);
          if (focusIndex >= 0 && asksWhatItDoes(tokens, words, wh, focusIndex)) {
            // "What will the city do about security?", "what is the company going to do": its plans, not a city.
            focusIndex = -1;
          }
          focus = focusIndex >= 0 ? tokens.get(focusIndex).lemma() : null;
          type = focus == null ? AnswerType.DESCRIPTION : typeOfNounRun(tokens, focusIndex);
          if ("level".equals(focus) && !tokens.get(focusIndex - 1).pos().startsWith("NN")
              && percentAfter(tokens, focusIndex + 1)) {
            // "what level did the bank lower its rate to": the level of a rate or a share is a percentage; a level
            // of its own kind ("the danger level") is not.
            type = AnswerType.PERCENT;
          }
          if (asksNumberInSeries(tokens, words, wh)) {
            // "what number is the airline among Vietnam's carriers", "what number total eclipse was it": a place.
            type = AnswerType.ORDINAL;
          }
          if (words.contains("worth") || focus == null && (hasVerb(tokens, "cost")
              || words.get(lastWord(words)).equals("cost"))) {
            type = AnswerType.MONEY;
          }
          if (costAfterSubject(tokens, words, wh)
              || focus != null && soldFor(tokens) && strandedAfter(tokens, words.lastIndexOf("for"))) {
            // "What will the new furnace cost?", "what would the first offer have cost the government", "what were
            // the stolen paintings insured for?": "what" is the price or the sum, not one of the subject's kind,
            // whatever the tagger made of "cost" and of the subject before it.
            focusIndex = -1;
            focus = null;
            type = AnswerType.MONEY;
          }
          if (focus == null && (MONEY_VERBS.contains(lastVerb(tokens)) || soldFor(tokens)
              || moneyVerbReadAsNoun(tokens, words, wh))) {
            type = AnswerType.MONEY;
          }
          if (focus == null && asksWhatNamed(tokens)) {
            // "What is the new species called?", "what did the scientists name the vent field?": a name.
            type = AnswerType.ENTITY;
          }
          if (focus == null && type == AnswerType.DESCRIPTION && asksPlacing(tokens)) {
            // "wales are ranked what in the world", "what did the team finish": a place in a ranking.
            type = AnswerType.ORDINAL;
          }
          if (focus == null && strandedLevelPreposition(tokens)) {
            // "what did the unemployment rate climb to", "what did cocoa futures settle at": a level, typed by what
            // reached it.
            // What a transitive verb moved is its object ("lower its key rate to"), not its subject (the bank).
            int verb = levelVerbAt(tokens);
            int object = verb < 0 ? -1 : nounAfter(tokens, verb + 1);
            while (object >= 0 && object + 1 < tokens.size() && tokens.get(object + 1).pos().equals("POS")) {
              // A possessor is not what moved: "put the typhoon's farm losses at" measures the losses.
              object = nounAfter(tokens, object + 2);
            }
            int subject = object >= 0 && !tokens.get(object).pos().startsWith("NNP") ? object
                : nounAfter(tokens, wh + 2);
            type = subject < 0 ? AnswerType.NUMBER : typeOfMeasured(tokens, subject, AnswerType.NUMBER);
          }
        }
      }
    }
    boolean atWhatTime = wh > 0 && words.get(wh - 1).equals("at");
    if ("time".equals(focus) && type == AnswerType.DATE && timesARace(tokens) && !atWhatTime) {
      // "What was her winning time?", "what time did he run?": how long the race took, not when; "at what time did
      // the final finish" asks the clock.
      type = AnswerType.DURATION;
    }
    List<String> keywords = new ArrayList<>();
    boolean shouted = tokens.stream().noneMatch(t -> t.word().chars().anyMatch(Character::isLowerCase));
    for (int i = 0; i < tokens.size(); i++) {
      String term = Terms.of(tokens.get(i));
      if (term == null && !shouted && initials(tokens.get(i).word())) {
        // Initials that spell a function word ("INTO members", "the WHO") name something; the tagger reads the word.
        term = Terms.normalize(tokens.get(i).word());
      }
      boolean topicMarker = i == 0 && term != null && term.equals("about");
      // "according to" only introduces whose account the question asks about.
      boolean according = tokens.get(i).word().equalsIgnoreCase("according") && i + 1 < tokens.size()
          && tokens.get(i + 1).word().equalsIgnoreCase("to");
      boolean measure = i == wh + 1 && term != null
          && (QUANTIFIERS.contains(term) || form == QuestionForm.HOW_MEASURE);
      // "On what date", "which year": the kind of answer, which its sentence gives as a date, not as the word.
      boolean dateWord = i == focusIndex && type == AnswerType.DATE && CALENDAR_NOUNS.contains(term);
      // "Roughly how many", "exactly when": how precise an answer to give, not a word its sentence has.
      boolean hedge = (i == wh - 1 || i == wh + 1) && term != null && HEDGES.contains(term);
      if (term != null && !WH.contains(term) && !measure && !dateWord && !hedge
          && !topicMarker && !according && !keywords.contains(term)) {
        keywords.add(term);
      }
    }
    if (addressesChat(tokens) || asksClockOrSum(tokens)) {
      // "What's your name?", "how do i reset my password": about the bot or the asker, which no article answers.
      keywords.clear();
    }
    return new Question(asked, text, form, type, focus, keywords, tokens);
  }

  /**
   * True when a question is about the one asking or the one asked, not about the news: it says "I", "me", "my",
   * "you" or "your" outside a quotation and outside a condition ("the fine if you don't pay" asks about the fine),
   * and the question is not about people in general ("the fee for adding someone outside your household").
   * Requests such as "can you tell me" are stripped before analysis.
   */
  static boolean addressesChat(List<Token> tokens) {
    if (tokens.stream().anyMatch(t -> INDEFINITES.contains(t.word().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    boolean quoted = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (Attribution.QUOTES.contains(t.word())) {
        quoted = !quoted;
        continue;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (quoted || !t.pos().startsWith("PRP") || !PERSONAL.contains(w)) {
        continue;
      }
      boolean generic = false;
      for (int j = Math.max(0, i - 2); j < i; j++) {
        generic |= CONDITIONS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT));
      }
      if (!generic) {
        return true;
      }
    }
    return false;
  }

  /** True for a word of two or more capital letters and nothing else ("INTO", "WHO"). */
  private static boolean initials(String word) {
    return word.length() >= 2 && word.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  /**
   * True when the question asks for the present time or date ("what time is it in Sydney", "what day is it today")
   * or for a sum ("what's 17 times 23"): the bot's clock or arithmetic, which no article answers.
   */
  static boolean asksClockOrSum(List<Token> tokens) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      String third = tokens.get(i + 2).word().toLowerCase(Locale.ROOT);
      String after = i + 3 < tokens.size() ? tokens.get(i + 3).word().toLowerCase(Locale.ROOT) : "";
      // "What time is it in Sydney", but not "what time is it expected to open".
      boolean present = after.isEmpty() || NOW_WORDS.contains(after) || !Character.isLetter(after.charAt(0));
      if (CLOCK_NOUNS.contains(w) && (next.equals("is") || next.equals("'s")) && third.equals("it") && present) {
        return true;
      }
      boolean digits = w.chars().allMatch(Character::isDigit);
      int operand = third.equals("by") && i + 3 < tokens.size() ? i + 3 : i + 2;
      // "the 2025-26 harvest", "a 3-1 win": a dash or slash written tight between numbers joins a range, a season or
      // a score; only a spaced one is an operator.
      boolean joined = (next.equals("-") || next.equals("/")) && tokens.get(i).end() == tokens.get(i + 1).begin()
          && tokens.get(i + 1).end() == tokens.get(i + 2).begin();
      if (digits && ARITHMETIC.contains(next) && !joined
          && tokens.get(operand).word().chars().allMatch(Character::isDigit)) {
        return true;
      }
      // A function of one number: "the square root of 144", "12 squared".
      boolean root = (w.equals("square") || w.equals("cube")) && next.equals("root") && third.equals("of")
          && !after.isEmpty() && after.chars().allMatch(Character::isDigit);
      if (root || digits && (next.equals("squared") || next.equals("cubed"))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the question with chat greetings, wrappers and trailing politeness removed and typos fixed. */
  String clean(String asked) {
    // "whats", "whos": a question word run into its copula, as people type in chat.
    String s = RUN_ON_COPULA.matcher(QuestionCheck.clean(asked)).replaceAll("$1 is");
    s = SHORTHAND_WORD.matcher(s).replaceAll(m -> SHORTHAND.get(m.group(1)));
    s = PLURAL_POSSESSIVE.matcher(s).replaceAll("$1's");
    String before;
    do {
      before = s;
      s = QuestionCheck.LEADING_CHATTER.matcher(s).replaceFirst("");
      Matcher wrapper = WRAPPER.matcher(s);
      if (wrapper.find()) {
        s = s.substring(wrapper.end());
      }
      s = TRAILING_CHATTER.matcher(s).replaceFirst("");
      s = s.strip();
    } while (!s.equals(before));
    s = fixQuestionWords(s, word -> FUNCTION_WORDS.contains(word) || lexicon.isWord(word));
    if (!s.isEmpty()) {
      s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
    if (!s.isEmpty() && !s.endsWith("?") && WH.contains(firstWord(s))) {
      s = s + "?";
    }
    return s;
  }

  private static String firstWord(String s) {
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** Repairs the first few words when they are one edit away from a question word and are not words themselves. */
  private static String fixQuestionWords(String s, java.util.function.Predicate<String> isWord) {
    String[] parts = s.split(" ", -1);
    for (int i = 0; i < Math.min(4, parts.length); i++) {
      String p = parts[i].toLowerCase(Locale.ROOT);
      if (p.length() < 2 || QUESTION_WORDS.contains(p) || !p.chars().allMatch(Character::isLetter)
          || isWord.test(p)) {
        continue;
      }
      // A dropped or extra letter ("whn", "mny") is likelier than a wrong one, so try those repairs first.
      String repair = null;
      for (String q : QUESTION_WORDS) {
        if (q.length() != p.length() && !p.equals(q) && Spelling.withinOneEdit(p, q)) {
          repair = q;
          break;
        }
      }
      for (String q : QUESTION_WORDS) {
        if (repair == null && !p.equals(q) && Spelling.withinOneEdit(p, q)) {
          repair = q;
        }
      }
      if (repair != null) {
        parts[i] = repair;
      }
    }
    return String.join(" ", parts);
  }

  /** Function words WordNet lacks, which must never be "repaired" into question words ("any" is not "many"). */
  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "he", "she", "we", "me", "my", "any",
      "his", "her", "its", "our", "who's", "what's", "whos", "thats", "that", "this", "then", "than", "them", "they",
      "there", "here", "were", "where's", "what", "hers", "one", "on", "or", "of", "to", "too", "two", "so", "no",
      "not", "now", "nor", "new", "many", "much", "must", "man", "men", "may");


  /**
   * True when "to" or "at" ends the question or comes right before a closing time or place phrase ("what did the
   * rate climb to in May", "what did futures settle at on Thursday"): its object is what the question asks.
   */
  private static boolean strandedLevelPreposition(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      if (!LEVEL_PREPOSITIONS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean last = i + 1 >= tokens.size() || !Character.isLetterOrDigit(tokens.get(i + 1).word().charAt(0));
      if ((last || tokens.get(i + 1).pos().equals("IN")) && levelVerbBefore(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a verb of change or level comes before token {@code end}; by lemma, whatever its tag, since the tagger
   * often reads a question's verb as a noun ("rate climb to") or an adjective, whose lemma is then no verb's ("lower
   * its key rate to" gives "low"); but not right after a determiner ("the cut").
   */
  private static boolean levelVerbBefore(List<Token> tokens, int end) {
    int verb = levelVerbAt(tokens);
    return verb >= 0 && verb < end;
  }

  /** Index of the first verb of change or level, read as {@link #levelVerbBefore} reads it; -1 when none. */
  private static int levelVerbAt(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      boolean level = CHANGE_VERBS.contains(lemma) || LEVEL_VERBS.contains(lemma) || CHANGE_VERBS.contains(word);
      if (level && !tokens.get(i - 1).pos().equals("DT")) {
        return i;
      }
    }
    return -1;
  }

  /** True when some token of the question is the verb {@code lemma}. */
  private static boolean hasVerb(List<Token> tokens, String lemma) {
    return tokens.stream().anyMatch(t -> t.pos().startsWith("VB") && t.lemma().equals(lemma));
  }

  /** Index of the last word that is not punctuation. */
  private static int lastWord(List<String> words) {
    int i = words.size() - 1;
    while (i > 0 && !Character.isLetterOrDigit(words.get(i).charAt(0))) {
      i--;
    }
    return Math.max(i, 0);
  }

  private static int questionWordIndex(List<Token> tokens, List<String> words) {
    // Question words may follow a preposition or a whole phrase ("in how many states", "according to whom", "of
    // GM's Mexican exports, how many ...").
    int afterComma = questionWordAfterComma(words);
    for (int i = 0; i < Math.min(words.size(), QUESTION_WORD_REACH); i++) {
      // Further in, only after a comma: "the strike which began" has a relative pronoun, not a question word.
      if (WH.contains(words.get(i)) && (i < NEAR_QUESTION_WORD || words.get(i - 1).equals(","))) {
        int atEnd = questionWordAtEnd(words);
        if (i > 0 && RELATIVE_PRONOUNS.contains(words.get(i)) && tokens.get(i - 1).pos().startsWith("NN")
            && atEnd > i + 1) {
          // "the driver who died in the crash was how old": a relative clause inside the statement, whose question
          // word is left in place at its end.
          return atEnd;
        }
        // A leading clause of time or place is no question ("When it issued its warning, how much had it spent").
        return i == 0 && CLAUSE_OPENERS.contains(words.get(i)) && afterComma > i ? afterComma : i;
      }
    }
    // However long a leading phrase, the question word after its comma starts the question ("According to the
    // Reuters report of March 11, how much ...", "According to the Guardian, roughly how many ...").
    if (afterComma >= 0) {
      return afterComma;
    }
    int atEnd = questionWordAtEnd(words);
    return atEnd >= 0 ? atEnd : howMuchInPlace(words);
  }

  /**
   * "How many" or "how much" left in place inside a statement ("the export duty was how much before the cut"):
   * unlike "which" or "when", no relative clause starts with it; -1 when none.
   */
  private static int howMuchInPlace(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals("how") && QUANTIFIERS.contains(words.get(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A question word left in place at the end of a statement, as in "Reuters reported that the toll had reached what
   * number?": among the last few words; -1 when none.
   */
  private static int questionWordAtEnd(List<String> words) {
    int end = words.size();
    while (end > 0 && !Character.isLetterOrDigit(words.get(end - 1).charAt(0))) {
      end--;
    }
    for (int i = Math.max(0, end - IN_PLACE_REACH); i < end; i++) {
      if (IN_PLACE.contains(words.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The question word that opens the question after a leading phrase's comma, perhaps behind a preposition or a
   * hedge ("..., on roughly how many products"), the last such; -1 when none.
   */
  private static int questionWordAfterComma(List<String> words) {
    int found = -1;
    for (int c = words.indexOf(","); c >= 0 && c + 1 < words.size(); ) {
      int i = c + 1;
      while (i < words.size() && i - c <= MAX_LEAD_IN && LEAD_IN.contains(words.get(i))) {
        i++;
      }
      if (i < words.size() && WH.contains(words.get(i))) {
        found = i;
      }
      int next = words.subList(c + 1, words.size()).indexOf(",");
      c = next < 0 ? -1 : c + 1 + next;
    }
    return found;
  }

  /** True when a question about a time is about a race's: a time won, run or finished in, or set as a record. */
  private static boolean timesARace(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!RACE_TIME_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))
          && !RACE_TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      // Inside another noun's name the word times nothing: "the title-winning goal", "the finish line" (when the
      // winner crossed it is a time of day).
      boolean compound = hyphenAt(tokens, i - 1) || i + 1 < tokens.size() && tokens.get(i + 1).lemma().equals("line");
      if (!compound) {
        return true;
      }
    }
    return false;
  }

  /** The position of the first of {@code words} at or after {@code from} that is in {@code wanted}, or -1. */
  private static int indexOfAny(List<String> words, Set<String> wanted, int from) {
    for (int i = from; i < words.size(); i++) {
      if (wanted.contains(words.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the head of the first noun run at or after {@code from} (skipping adjectives and numbers). */
  private static int nounAfter(List<Token> tokens, int from) {
    return nounAfter(tokens, from, false);
  }

  /**
   * Returns the head of the first noun run at or after {@code from}; with {@code counted}, the run after "how many",
   * a plural heads it even before a singular, which there is the verb the tagger read as a noun ("how many farmers
   * supply the dairy").
   */
  private static int nounAfter(List<Token> tokens, int from, boolean counted) {
    int i = from;
    while (i < tokens.size() && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().equals("DT")
        || tokens.get(i).pos().equals("CD") || tokens.get(i).pos().equals("PRP$")
        // A participle before a noun modifies it: "managing director", "listed companies".
        || (tokens.get(i).pos().equals("VBG") || tokens.get(i).pos().equals("VBN")) && i + 1 < tokens.size()
        && tokens.get(i + 1).pos().startsWith("NN"))) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).pos().startsWith("NN")) {
      return -1;
    }
    while (i + 1 < tokens.size()) {
      // A name after a common noun starts a clause of its own ("the cities Vayu will fly to"), not the noun's run.
      boolean nameAfterNoun = tokens.get(i + 1).pos().startsWith("NNP") && !tokens.get(i).pos().startsWith("NNP");
      boolean pluralThenSingular = counted && tokens.get(i).pos().equals("NNS") && tokens.get(i + 1).pos().equals("NN");
      if (tokens.get(i + 1).pos().startsWith("NN") && !nameAfterNoun && !pluralThenSingular) {
        i++;
      } else if (i + 2 < tokens.size()
          && (tokens.get(i + 1).pos().equals("HYPH") || tokens.get(i + 1).pos().equals("CD"))
          && (tokens.get(i + 2).pos().startsWith("NN") || tokens.get(i + 2).pos().equals("CD"))) {
        // A model name inside the run ("AT-76 turboprops", "Boeing 737 jets"): the head comes after it.
        int j = i + 2;
        while (j < tokens.size() && (tokens.get(j).pos().equals("CD") || tokens.get(j).pos().equals("HYPH"))) {
          j++;
        }
        if (j >= tokens.size() || !tokens.get(j).pos().startsWith("NN")) {
          break;
        }
        i = j;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * True when "what" is followed by a modal or "do" ("will", "would", "has", "does", "did") and, after the subject, by
   * the verb "cost": the question asks what something costs.
   */
  private static boolean costAfterSubject(List<Token> tokens, List<String> words, int wh) {
    if (wh + 2 >= words.size() || !MODALS.contains(words.get(wh + 1)) && !DO.contains(words.get(wh + 1))) {
      return false;
    }
    for (int i = wh + 3; i < tokens.size(); i++) {
      // The verb, not the noun of "about the company's cost plan".
      boolean owned = OWNER_TAGS.contains(tokens.get(i - 1).pos());
      boolean modifier = i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN");
      if ((words.get(i).equals("cost") || words.get(i).equals("costs")) && !owned && !modifier) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when "what does X pay for" has its verb read as the last noun of the subject ("the textile mill pay"): a
   * money verb ending the noun run after "do", with no verb after it.
   */
  private static boolean moneyVerbReadAsNoun(List<Token> tokens, List<String> words, int wh) {
    if (wh + 2 >= tokens.size() || !DO.contains(words.get(wh + 1))) {
      return false;
    }
    int i = wh + 2;
    while (i < tokens.size() && !tokens.get(i).pos().startsWith("VB") && !tokens.get(i).pos().equals("IN")
        && !tokens.get(i).pos().equals("TO") && !tokens.get(i).pos().equals(".")) {
      i++;
    }
    boolean noVerb = i >= tokens.size() || !tokens.get(i).pos().startsWith("VB");
    Token last = tokens.get(i - 1);
    return noVerb && i - 1 > wh + 1 && last.pos().startsWith("NN") && MONEY_VERBS.contains(last.lemma());
  }

  /** True when a common noun at or after {@code from} is measured as a percentage ("rate", "share"). */
  private static boolean percentAfter(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && FOCUS_TYPES.get(t.lemma()) == AnswerType.PERCENT) {
        return true;
      }
    }
    return false;
  }

  /** True when a verb other than a copula, modal or "do" comes at {@code i} or right after adverbs there. */
  private static boolean verbAfterAdverbs(List<Token> tokens, List<String> words, int i) {
    int j = i;
    while (j < tokens.size() && tokens.get(j).pos().equals("RB")) {
      j++;
    }
    return j < tokens.size() && tokens.get(j).pos().startsWith("VB") && !COPULA.contains(words.get(j))
        && !MODALS.contains(words.get(j)) && !DO.contains(words.get(j));
  }

  /**
   * Finds the focus of a what/which question: "which automaker", "what is the key issue", "what was Halvorsen's
   * net income", "what is the name of the lander" (-> lander). Returns -1 for "what did X say"-style questions.
   */
  private static int whatFocus(List<Token> tokens, List<String> words, int wh) {
    int i = wh + 1;
    if (i < words.size() && DO.contains(words.get(i))) {
      return -1;
    }
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      String pos = t.pos();
      String w = words.get(i);
      if (i == wh + 1 && pos.startsWith("VB") && i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN")
          && !COPULA.contains(w) && !MODALS.contains(w) && !DO.contains(w)) {
        // "what pay rise": a noun the tagger read as a verb, right before the head noun.
        i++;
      } else if (i == wh + 1 && pos.equals("IN") && i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN")
          && auxiliaryAfterNoun(tokens, words, i + 1)) {
        // "what save percentage did the goalie have": a noun the tagger read as a preposition ("save for"), before
        // the head noun and the question's auxiliary.
        i++;
      } else if ((pos.equals("VBN") || pos.equals("VBG")) && i > wh + 1 && i + 1 < tokens.size()
          && (tokens.get(i + 1).pos().startsWith("NN") || tokens.get(i + 1).pos().startsWith("JJ"))) {
        // A participle inside the noun phrase: "the lowest recorded number", "the estimated surface temperature".
        i++;
      } else if (pos.equals("JJ") && i > wh + 1 && tokens.get(i - 1).pos().equals("DT") && i + 1 < tokens.size()
          && tokens.get(i + 1).pos().equals("IN")) {
        // A noun the tagger read as an adjective, heading its phrase: "the fine for driving", "the total for May".
        return i;
      } else if (i == wh + 1 && pos.startsWith("JJ") && verbAfterAdverbs(tokens, words, i + 1)) {
        // A noun the tagger read as an adjective, right before the verb it is the subject of: "which firm supplied",
        // "which firm allegedly paid".
        return i;
      } else if (i == wh + 1 && w.equals("of")) {
        // "which of Halvorsen's brands": the noun after the owner.
        i++;
      } else if (COPULA.contains(w) || MODALS.contains(w) || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD")
          || pos.equals("POS") || pos.equals("PRP$") || pos.equals("RB") || pos.equals("HYPH")) {
        i++;
      } else if (pos.startsWith("NNP") && possessiveAhead(tokens, i)) {
        i++;
      } else if (pos.startsWith("NN")) {
        int end = compoundEnd(tokens, i);
        if (end + 1 < tokens.size() && tokens.get(end + 1).pos().equals("POS")) {
          // "the central bank's policy rate": the owner is not the focus, what it owns is.
          i = end + 2;
          continue;
        }
        if (tokens.get(end).pos().startsWith("NNP") && !tokens.get(i).word().equals(tokens.get(i).word()
            .toLowerCase(Locale.ROOT))) {
          // A proper name ("What is Kudipay?") is the topic, not a class of answer.
          return -1;
        }
        if (NAME_NOUNS.contains(tokens.get(end).lemma()) && end + 2 < tokens.size()
            && words.get(end + 1).equals("of")) {
          int inner = ownedNounAfter(tokens, end + 2);
          return inner >= 0 ? inner : end;
        }
        return end;
      } else {
        return -1;
      }
    }
    return -1;
  }

  /** True when the noun run starting at {@code from} is followed by an auxiliary, a modal or "do". */
  private static boolean auxiliaryAfterNoun(List<Token> tokens, List<String> words, int from) {
    int end = compoundEnd(tokens, from);
    if (end + 1 >= words.size()) {
      return false;
    }
    String next = words.get(end + 1);
    return COPULA.contains(next) || MODALS.contains(next) || DO.contains(next);
  }

  /**
   * True when the noun after "what" and an auxiliary (or, in an embedded question, after "what" alone) is the subject
   * of the clause "what" is the object of: of "do" ("what will the city do", "what is the company going to do"), of an
   * active verb ("what are the students demanding", "what has the bank done", "what the president warned") or of a
   * feeling about something ("what are herders worried about"). The question asks what it does or feels, not for one
   * of its kind. A passive ("what was the fine set at") still asks about the noun.
   */
  private static boolean asksWhatItDoes(List<Token> tokens, List<String> words, int wh, int focusIndex) {
    if (wh + 1 < words.size() && (tokens.get(wh + 1).pos().equals("DT") || tokens.get(wh + 1).pos().equals("PRP$"))) {
      // An embedded question has no auxiliary: in "(tell me) what the federation president warned about the law" the
      // noun is the subject of a finite verb whose object "what" is; "what the price of a ticket is" is still about it.
      int next = afterPrepositionalPhrases(tokens, compoundEnd(tokens, focusIndex) + 1);
      return next < tokens.size() && FINITE_VERB_TAGS.contains(tokens.get(next).pos())
          && !COPULA.contains(words.get(next)) && !DO.contains(words.get(next));
    }
    if (wh + 1 >= words.size() || !MODALS.contains(words.get(wh + 1)) && !COPULA.contains(words.get(wh + 1))) {
      return false;
    }
    for (int i = focusIndex + 1; i < tokens.size(); i++) {
      if (words.get(i).equals("do") && tokens.get(i).pos().startsWith("VB")) {
        return true;
      }
    }
    int runEnd = compoundEnd(tokens, focusIndex) + 1;
    int next = afterPrepositionalPhrases(tokens, runEnd);
    if (next > runEnd && !strandedAfter(tokens, next + 1)) {
      // Past a phrase that places the noun, only a verb whose preposition is left hanging is the noun's deed ("the
      // workers on the outskirts of Dhaka asking for?"); another reads as part of the phrase ("the death toll from
      // the ferry sinking?").
      return false;
    }
    if (next >= tokens.size() || COPULA.contains(words.get(next)) || asksWhatNamed(tokens)) {
      // "what will the wage be", "what is the fire threatening the town called": still about the noun.
      return false;
    }
    String pos = tokens.get(next).pos();
    boolean toFollows = next + 1 < words.size() && words.get(next + 1).equals("to");
    String aux = words.get(wh + 1);
    boolean perfect = aux.equals("has") || aux.equals("have") || aux.equals("had");
    boolean modal = MODALS.contains(aux) && !perfect;
    // A verb with an object of its own modifies the noun instead: "what is the key issue separating the two sides".
    boolean object = next + 1 < tokens.size() && OBJECT_START.contains(tokens.get(next + 1).pos());
    return (pos.equals("VBG") && !toFollows || perfect && pos.equals("VBN") || modal && pos.equals("VB")) && !object
        || (pos.startsWith("JJ") || pos.equals("VBN")) && next + 1 < words.size()
            && words.get(next + 1).equals("about");
  }

  /** True when a preposition at {@code i} has no object ("asking for?", "complaining about after the fire"). */
  private static boolean strandedAfter(List<Token> tokens, int i) {
    if (i >= tokens.size() || !tokens.get(i).pos().equals("IN")) {
      return false;
    }
    return i + 1 >= tokens.size() || tokens.get(i + 1).pos().equals("IN") || tokens.get(i + 1).pos().equals(".")
        || tokens.get(i + 1).pos().equals(",");
  }

  /**
   * Returns the position after the prepositional phrases that start at {@code i} ("on the outskirts of Dhaka"), or
   * {@code i} when none does: what the noun does comes after what places it.
   */
  private static int afterPrepositionalPhrases(List<Token> tokens, int i) {
    int at = i;
    while (at + 1 < tokens.size() && tokens.get(at).pos().equals("IN")) {
      int j = at + 1;
      while (j < tokens.size() && PHRASE_INNER.contains(tokens.get(j).pos())) {
        j++;
      }
      if (j == at + 1 || !tokens.get(j - 1).pos().startsWith("NN")) {
        return at;
      }
      at = j;
    }
    return at;
  }

  /**
   * Returns the head of a chat fragment's first noun run ("ghana inflation" -> inflation), or the noun a trailing
   * name noun stands for ("mayor" in "cape town mayor name"); -1 when the fragment does not start with one.
   */
  private static int fragmentHead(List<Token> tokens) {
    int i = 0;
    // Determiners and modifiers, participles among them ("the estimated size of ...").
    while (i < tokens.size() && (tokens.get(i).pos().equals("DT") || tokens.get(i).pos().startsWith("JJ")
        || tokens.get(i).pos().equals("VBN") && i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN"))) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).pos().startsWith("NN")) {
      return -1;
    }
    int end = compoundEnd(tokens, i);
    if (end + 1 < tokens.size() && tokens.get(end + 1).pos().equals("POS")) {
      // "the romanian govt's deficit target": the owner is the topic, what it owns is asked for.
      int owned = nounAfter(tokens, end + 2);
      if (owned >= 0) {
        return owned;
      }
    }
    if (NAME_NOUNS.contains(tokens.get(end).lemma())) {
      if (end + 1 < tokens.size() && tokens.get(end + 1).word().equalsIgnoreCase("of")) {
        // "the name of sunvera's managing director": the owner's name aside, the noun after "of".
        return ownedNounAfter(tokens, end + 2);
      }
      return end > i ? end - 1 : -1;
    }
    return end;
  }

  /** True when a fragment opens with a name noun and "of" ("the name of the new species"). */
  private static boolean startsWithName(List<Token> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).pos().equals("DT")) {
      i++;
    }
    return i + 1 < tokens.size() && NAME_NOUNS.contains(tokens.get(i).lemma())
        && tokens.get(i + 1).word().equalsIgnoreCase("of");
  }

  /**
   * Returns the head noun at {@code from}, past an owner: "sunvera's managing director" -> director, "quantix's new
   * ai chip" -> chip; -1 when there is none.
   */
  private static int ownedNounAfter(List<Token> tokens, int from) {
    int owner = from;
    while (owner < tokens.size() && tokens.get(owner).pos().startsWith("NN")) {
      owner++;
    }
    int j = owner > from && owner < tokens.size() && tokens.get(owner).pos().equals("POS") ? owner + 1 : from;
    return nounAfter(tokens, j);
  }

  /**
   * Returns the noun that a measuring "how" question measures, or -1: the head of the noun run at {@code from}
   * ("how big a ransom"), or after a copula ("how big was the EU fine") when the question ends there.
   */
  private static int measuredNoun(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      // "how long will the pipeline be", "how big is Portugal's reserve fund": past the modal and the owner.
      if (i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("POS")) {
        i += 2;
      } else if (!t.pos().startsWith("NN") && (t.pos().equals("HYPH") || hyphenAt(tokens, i - 1)
          || hyphenAt(tokens, i + 1)) || t.pos().startsWith("NNP") && hyphenAt(tokens, i + 1)
          && i + 2 < tokens.size() && tokens.get(i + 2).pos().startsWith("NNP")) {
        // A word of a hyphenated modifier, whatever the tagger read it as, or its hyphen: "the up-run course"; and the
        // first of two names a hyphen joins, "the Karshi-Termez rail line" (the second is then read as a name).
        i++;
      } else if (t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("MD")
          || COPULA.contains(t.word().toLowerCase(Locale.ROOT))) {
        i++;
      } else {
        break;
      }
    }
    if (i >= tokens.size() || !tokens.get(i).pos().startsWith("NN") || tokens.get(i).pos().startsWith("NNP")
        && i + 1 < tokens.size() && !tokens.get(i + 1).pos().startsWith("NN")) {
      return -1;
    }
    int end = compoundEnd(tokens, i);
    if (end + 1 < tokens.size() && tokens.get(end + 1).pos().equals("POS") && !nameAfterNoun(tokens, i, end)) {
      // "how old was graciela ortiz's son": an owner of several words (a name typed in lower case) is not what is
      // measured, what it owns is. A name after a common noun starts a clause of its own instead ("the budget
      // Akita's assembly approved").
      return measuredNoun(tokens, end + 2);
    }
    // "how far is TOI-4512 b from Earth": a name is what is described, not what is measured.
    return tokens.get(end).pos().startsWith("NNP") ? -1 : end;
  }

  /** True when a proper noun follows a common one in the noun run from {@code from} to {@code end}. */
  private static boolean nameAfterNoun(List<Token> tokens, int from, int end) {
    for (int k = from + 1; k <= end; k++) {
      if (tokens.get(k).pos().startsWith("NNP") && !tokens.get(k - 1).pos().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code i} exists and is a hyphen the tokenizer split off a compound ("up - run"). */
  private static boolean hyphenAt(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).pos().equals("HYPH");
  }

  /**
   * For "how long is X" with no verb but the copula, the head of X when WordNet knows it as a made or natural
   * object, or it is a line of things ("the line of trucks"); -1 otherwise, and always when a verb says it is a
   * time ("how long is the lander supposed to keep working", "how long did the strike last") or an adverb says
   * it is a state that lasts ("how long was the network down"). A verb in a clause describing X ("the crack that
   * experts found") and a closing "going to be" are no such verb.
   */
  private int lengthOfThing(List<Token> tokens, int from) {
    int head = measuredNoun(tokens, from);
    if (head < 0) {
      return -1;
    }
    // Verbs of a clause that describes the thing ("the road network run by", "the crack that experts found") and a
    // future copula ("is going to be") leave it a thing; any other verb says what is timed.
    int describedTo = describingClauseEnd(tokens, head + 1);
    List<Token> main = new ArrayList<>(tokens.subList(0, head + 1));
    main.addAll(tokens.subList(describedTo, tokens.size()));
    if (lastVerbIndex(withoutFutureCopula(main)) >= from) {
      return -1;
    }
    for (int i = describedTo; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("RB") || t.pos().equals("RP") || t.word().equalsIgnoreCase("for")) {
        // "how long was the network down (for)": how long it stayed so.
        return -1;
      }
    }
    String lemma = tokens.get(head).lemma().toLowerCase(Locale.ROOT);
    if (LENGTH_PARTS.contains(lemma) && head + 2 < tokens.size()
        && tokens.get(head + 1).word().equalsIgnoreCase("of")) {
      // "How long is the first phase of the metro line": as long as a line is, a part of one.
      int whole = measuredNoun(tokens, head + 2);
      return whole >= 0 && isThing(tokens.get(whole).lemma().toLowerCase(Locale.ROOT)) ? head : -1;
    }
    return isThing(lemma) ? head : -1;
  }

  /** True when WordNet knows a noun as a made or natural object, or it is a line of things. */
  private boolean isThing(String lemma) {
    // WordNet puts a pipeline or a corridor too far below "artifact" to reach it, under "passage".
    return LINES.contains(lemma) || ROUTES.contains(lemma) || lexicon.isA(lemma, "artifact")
        || lexicon.isA(lemma, "object") || lexicon.isA(lemma, "passage");
  }

  /**
   * Returns where a clause describing the noun before {@code from} ends: the question's end when a relative clause
   * ("that experts found above the scar") or a participle with its own agent or place ("run by the operator",
   * "built in 1960") follows the noun, else {@code from}; a participle before "to" is the question's own predicate
   * ("is supposed to keep working").
   */
  private static int describingClauseEnd(List<Token> tokens, int from) {
    if (from >= tokens.size()) {
      return from;
    }
    Token t = tokens.get(from);
    boolean relative = RELATIVE_THAT.contains(t.word().toLowerCase(Locale.ROOT));
    boolean participle = t.pos().equals("VBN") && from + 1 < tokens.size()
        && tokens.get(from + 1).pos().equals("IN");
    return relative || participle ? tokens.size() : from;
  }

  /** The tokens without a closing "going to be", which only puts a copula in the future. */
  private static List<Token> withoutFutureCopula(List<Token> tokens) {
    int n = tokens.size();
    while (n > 0 && tokens.get(n - 1).pos().equals(".")) {
      n--;
    }
    if (n >= 3 && tokens.get(n - 3).word().equalsIgnoreCase("going") && tokens.get(n - 2).pos().equals("TO")
        && tokens.get(n - 1).lemma().equals("be")) {
      return tokens.subList(0, n - 3);
    }
    return tokens;
  }

  /**
   * Types a measured noun run by the measurement table, or as money when WordNet puts its head under money or cost,
   * keeping {@code fallback} for other nouns.
   */
  private AnswerType typeOfMeasured(List<Token> tokens, int head, AnswerType fallback) {
    AnswerType measured = alongRun(tokens, head, lemma -> {
      AnswerType t = FOCUS_TYPES.get(lemma);
      return t != null && t != AnswerType.DESCRIPTION ? t : MONEY_NOUNS.contains(lemma) ? AnswerType.MONEY : null;
    });
    if (measured == null && lexicon.classOf(tokens.get(head).lemma()).orElse(null) == AnswerType.MONEY) {
      // The size of a reward, a payment or a fund is a sum of money ("how big is the reward").
      return AnswerType.MONEY;
    }
    return measured != null ? measured : fallback;
  }

  /**
   * Returns the first type {@code typeOf} gives a lemma of the noun run ending at {@code head}, from the head back
   * to its first modifier ("revenue forecast": forecast, then revenue), a two-word compound the table knows before
   * its head ("death toll"); null when it gives none.
   */
  private static AnswerType alongRun(List<Token> tokens, int head, Function<String, AnswerType> typeOf) {
    if (head > 0 && tokens.get(head - 1).pos().startsWith("NN") && tokens.get(head).pos().startsWith("NN")) {
      // A compound the table knows types the run before its head does ("death toll" is a count, a toll money).
      AnswerType compound = typeOf.apply(tokens.get(head - 1).lemma().toLowerCase(Locale.ROOT) + " "
          + tokens.get(head).lemma().toLowerCase(Locale.ROOT));
      if (compound != null) {
        return compound;
      }
    }
    for (int i = head; i >= 0 && tokens.get(i).pos().startsWith("NN"); i--) {
      AnswerType t = typeOf.apply(tokens.get(i).lemma());
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * Returns the last noun of the compound starting at {@code i}, across adjectives inside it: the head of "sea ice
   * maximum extent" is "extent", of "q3 net income" is "income".
   */
  private static int compoundEnd(List<Token> tokens, int i) {
    int end = i;
    int j = i + 1;
    while (j < tokens.size()) {
      String pos = tokens.get(j).pos();
      if (pos.startsWith("NN")) {
        end = j;
        j++;
      } else if (pos.equals("HYPH") && j + 1 < tokens.size() && (tokens.get(j + 1).pos().startsWith("NN")
          || tokens.get(j + 1).pos().startsWith("JJ"))) {
        // A hyphenated modifier, split by the tokenizer: "the half-time score" is a score.
        j++;
      } else if (PARTICIPLE_MODIFIERS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
          && j + 1 < tokens.size() && tokens.get(j + 1).pos().startsWith("NN")) {
        // A participle that classifies the noun after it: "the Iditarod winning time" is a time.
        j++;
      } else if (pos.startsWith("JJ") && j + 1 < tokens.size() && tokens.get(j + 1).pos().startsWith("NN")
          && !(RELATIVE_TIME.contains(tokens.get(j).lemma()) && TIME_UNITS.contains(tokens.get(j + 1).lemma()))) {
        // An adjective inside the run ("net income"), but not a time that qualifies it ("sales last year").
        j++;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Returns the measured noun of a "where" question that asks for a level: one whose only verb is a copula, whose
   * last verb is a verb of level ("close", "settle", "peak") or that says "to be"; -1 when it asks for a place.
   */
  private static int levelAskedWhere(List<Token> tokens, List<String> words) {
    int at = lastVerbIndex(tokens);
    // A particle makes a phrasal verb of another meaning: "set up" a population places it, "set" a rate levels it.
    boolean phrasal = at >= 0 && at + 1 < tokens.size() && tokens.get(at + 1).pos().equals("RP");
    boolean level = at < 0 || LEVEL_VERBS.contains(tokens.get(at).lemma()) && !phrasal
        || java.util.Collections.indexOfSubList(words, List.of("to", "be")) >= 0;
    if (!level) {
      return -1;
    }
    for (int i = 0; i < tokens.size(); i++) {
      AnswerType t = FOCUS_TYPES.get(tokens.get(i).lemma());
      if (tokens.get(i).pos().startsWith("NN")
          && (t == AnswerType.PERCENT || t == AnswerType.NUMBER || t == AnswerType.MONEY)) {
        return compoundEnd(tokens, i);
      }
    }
    return -1;
  }

  /**
   * True when "what number" is followed, across a noun run, by a copula ("what number is X among ...", "what number
   * total eclipse was it"): the place of one in a series, where "what number of" asks for a count.
   */
  private static boolean asksNumberInSeries(List<Token> tokens, List<String> words, int wh) {
    if (wh + 2 >= words.size() || !words.get(wh + 1).equals("number")) {
      return false;
    }
    int i = wh + 2;
    while (i < tokens.size() && (tokens.get(i).pos().startsWith("NN") || tokens.get(i).pos().startsWith("JJ"))) {
      i++;
    }
    return i < words.size() && COPULA.contains(words.get(i));
  }

  /** True when the question's main verb is a sale's price: "what does rhino horn sell for", "what did it go for". */
  private static boolean soldFor(List<Token> tokens) {
    // The tagger often reads the verb after "does rhino horn" as a noun; no verb may follow it.
    int last = lastVerbIndex(tokens);
    for (int i = Math.max(0, last); i + 1 < tokens.size(); i++) {
      if (SALE_VERBS.contains(tokens.get(i).lemma()) && tokens.get(i + 1).word().equalsIgnoreCase("for")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the question asks what something is called: its main verb names ("name", "dub", a passive "called" at
   * the end) and is not followed by a preposition ("what did the union call for" asks for a demand).
   */
  private static boolean asksWhatNamed(List<Token> tokens) {
    int last = lastVerbIndex(tokens);
    if (last < 0 || !NAMING_VERBS.contains(tokens.get(last).lemma())) {
      return false;
    }
    int next = last + 1;
    boolean ends = next >= tokens.size() || !Character.isLetterOrDigit(tokens.get(next).word().charAt(0));
    if (tokens.get(last).lemma().equals("call")) {
      // Only the passive at the end names ("what is the product called"): "what did the union leader call the
      // offer" asks how he judged it ("an insult").
      return tokens.get(last).word().equalsIgnoreCase("called") && ends;
    }
    return ends || !tokens.get(next).pos().equals("IN") && !tokens.get(next).pos().equals("RP");
  }

  /** True when the question's main verb is a change: "rise", "raise", "go up" ("how much have rents gone up"). */
  private static boolean asksChange(List<Token> tokens) {
    int last = lastVerbIndex(tokens);
    if (last < 0) {
      return false;
    }
    String verb = tokens.get(last).lemma();
    String next = last + 1 < tokens.size() ? tokens.get(last + 1).word().toLowerCase(Locale.ROOT) : "";
    return CHANGE_VERBS.contains(verb)
        || PHRASAL_CHANGE_VERBS.contains(verb) && (next.equals("up") || next.equals("down"));
  }

  /**
   * True when "raise" has no object or raises money ("how much did the lender raise in its IPO", "how much did it
   * raise from investors"): funds raised, not a level raised by some share.
   */
  private static boolean raisesFunds(List<Token> tokens) {
    int last = lastVerbIndex(tokens);
    if (last < 0 || !tokens.get(last).lemma().equals("raise")) {
      return false;
    }
    int object = last + 1 < tokens.size() && tokens.get(last + 1).pos().startsWith("NN") ? last + 1
        : last + 2 < tokens.size() && tokens.get(last + 1).pos().matches("DT|PRP\\$") ? last + 2 : -1;
    return object < 0 || MONEY_NOUNS.contains(tokens.get(object).lemma());
  }

  /**
   * True when a market's quoted thing lost or added ("how much did the watchmaker's stock lose"): a share price moves
   * by a percentage, where a company that lost something lost money.
   */
  private static boolean marketMove(List<Token> tokens) {
    int last = lastVerbIndex(tokens);
    return last >= 0 && MARKET_MOVES.contains(tokens.get(last).lemma())
        && tokens.subList(0, last).stream().anyMatch(t -> MARKET_NOUNS.contains(t.lemma()));
  }

  /**
   * True when the question asks where someone finished or ranked; read from the words, since a chat question's
   * "finish" is often tagged a noun ("where did man united finish").
   */
  private static boolean asksPlacing(List<Token> tokens) {
    boolean doAsked = tokens.stream().anyMatch(t -> DO.contains(t.word().toLowerCase(Locale.ROOT)));
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      // "where did the boat place among finishers": "place" as the verb after "did", which the tagger often reads
      // as a noun; a noun has its determiner ("the place where").
      boolean placeVerb = w.equals("place") && doAsked && i > 0
          && !NOUN_MARKERS.contains(tokens.get(i - 1).pos());
      if (PLACING_WORDS.contains(w) || placeVerb) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a ranking question gives what it ranks by ("rank among brewers by size", "by passenger numbers"): the
   * noun run at {@code measured} follows "by".
   */
  private static boolean rankedBy(List<Token> tokens, int measured) {
    int start = measured;
    while (start > 0 && tokens.get(start - 1).pos().startsWith("NN")) {
      start--;
    }
    return start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("by") && asksPlacing(tokens);
  }

  /** Returns the lemma of the question's last verb (its main verb in "what did X cost"), or "" when none. */
  private static String lastVerb(List<Token> tokens) {
    int last = lastVerbIndex(tokens);
    return last < 0 ? "" : tokens.get(last).lemma();
  }

  /** Position of the question's last verb other than a copula or "do", or -1. */
  private static int lastVerbIndex(List<Token> tokens) {
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      // "according to" and "including" are prepositions the tagger reads as verbs ("what did it fetch including
      // fees"); a gerund after a preposition is a noun phrase's ("spent on lowering prices").
      boolean gerundObject = t.pos().equals("VBG") && i > 0 && tokens.get(i - 1).pos().equals("IN");
      // "how much will it spend to expand monitoring", "how much did it bid to jump the queue": an infinitive of
      // purpose is not what the question measures; after a verb of intent or expectation it is ("expected to rise").
      boolean purpose = last >= 0 && i > 0 && tokens.get(i - 1).pos().equals("TO")
          && !CATENATIVE_VERBS.contains(tokens.get(last).lemma());
      // A verb after a hyphen ends a compound modifier: "the up-run course", "a state-run airline".
      boolean compound = i > 0 && tokens.get(i - 1).pos().equals("HYPH");
      // Once the clause has its bare verb ("how much does a farmer get"), a past form right after a noun describes
      // that noun ("for each hectare of trees cut down"): a main clause with "does" has no second finite verb.
      boolean reducedRelative = (t.pos().equals("VBD") || t.pos().equals("VBN")) && last >= 0
          && tokens.get(last).pos().equals("VB") && i > 0 && tokens.get(i - 1).pos().startsWith("NN");
      if (t.pos().startsWith("VB") && !COPULA.contains(w) && !DO.contains(w) && !w.equals("according")
          && !w.equals("including") && !gerundObject && !purpose && !compound && !reducedRelative) {
        last = i;
      }
    }
    return last;
  }

  /** True when the proper noun at {@code i} starts a possessive ("Corvane 's revenue"). */
  private static boolean possessiveAhead(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size() && tokens.get(j).pos().startsWith("NNP")) {
      j++;
    }
    return j < tokens.size() && tokens.get(j).pos().equals("POS");
  }

  /** Types a compound focus by its head, then by its modifiers ("net income", "revenue forecast"). */
  private AnswerType typeOfNounRun(List<Token> tokens, int head) {
    AnswerType measured = alongRun(tokens, head, FOCUS_TYPES::get);
    if (measured != null) {
      return measured;
    }
    if (PART_NOUNS.contains(tokens.get(head).lemma()) && head + 2 < tokens.size()
        && tokens.get(head + 1).word().equalsIgnoreCase("of")
        && tokens.subList(head + 2, Math.min(tokens.size(), head + 4)).stream()
            .anyMatch(t -> t.ner().equals("LOCATION"))) {
      // "Which part of Seville": a place within the place named.
      return AnswerType.LOCATION;
    }
    // A WordNet class is the head's own: a modifier names a topic, not the answer's class ("ai chip" is no
    // organization because "AI" can be one).
    return typeOfFocus(tokens.get(head).lemma(), AnswerType.ENTITY);
  }

  /**
   * True when "who is" names a kind of person as its subject or is followed by a post ("in charge of"): "who is the
   * boss of the retailer trying to buy Mazur" asks for a person, whatever the verb of the clause after it.
   */
  private boolean asksForPerson(List<Token> tokens, List<String> words, int wh) {
    if (wh + 2 >= tokens.size() || !COPULA.contains(words.get(wh + 1))) {
      return false;
    }
    String rest = String.join(" ", words.subList(wh + 2, Math.min(words.size(), wh + 5)));
    if (rest.startsWith("in charge") || rest.startsWith("at the helm")) {
      // "Who is in charge of the agency building the capital": whoever holds the post, a person.
      return true;
    }
    int noun = nounAfter(tokens, wh + 2);
    return noun >= 0 && !tokens.get(noun).pos().startsWith("NNP")
        && typeOfFocus(tokens.get(noun).lemma(), null) == AnswerType.PERSON;
  }

  private AnswerType typeOfFocus(String focus, AnswerType fallback) {
    if (focus == null) {
      return fallback;
    }
    AnswerType measured = FOCUS_TYPES.get(focus);
    if (measured != null) {
      return measured;
    }
    return lexicon.classOf(focus).orElse(fallback);
  }
}
