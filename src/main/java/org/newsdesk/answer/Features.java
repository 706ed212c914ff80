package org.newsdesk.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsdesk.nlp.Attribution;
import org.newsdesk.nlp.Mention;
import org.newsdesk.nlp.Scales;
import org.newsdesk.nlp.Terms;
import org.newsdesk.nlp.Token;
import org.newsdesk.search.Passage;

/**
 * The features of a candidate answer that the {@link AnswerModel} weighs: how well its passage matches the question,
 * whether it has the expected type, how close it sits to the question's words, and how many passages agree on it.
 */
public final class Features {

  /** Feature names, in vector order; the model file uses these names. */
  public static final List<String> NAMES = List.of("bias", "coverage", "coverageWithTitle", "bm25", "rank",
      "typeMatch", "proximity", "focusNear", "support", "position", "missing", "unknown", "copula", "length", "nearby", "articleCoverage", "isA", "overlap", "window",
      "cue", "specificDate", "preposition", "adjacent", "unitMismatch", "missingNearby", "unitFit", "qualifiedRole",
      "absoluteMatch", "missingIdf", "speaker", "timeConflict", "tally", "rivalName", "subject", "broadPlace",
      "verbBefore", "sourceClause", "pastFigure", "namesReport", "otherSubject", "otherVerbBefore", "otherSource",
      "qualifier", "rivalClause");

  /** Tags that may stand between a focus noun and the name after it: determiners, modifiers, punctuation. */
  private static final Set<String> FOCUS_TO_NAME = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", ",", ":",
      "``", "''", "HYPH", "CD", "-LRB-");
  /** Words of a copula's subject searched for the focus noun ("a key issue separating the two sides is"). */
  private static final int SUBJECT_RUN = 8;
  /** Tokens after a candidate searched for the question's verb: an apposition of about ten words and the verb. */
  private static final int SUBJECT_REACH = 14;
  /** Tokens before a candidate searched for the verb it completes: "was raised on its maiden voyage in 1961". */
  private static final int VERB_REACH = 8;
  /** Tokens back from a bare count to the counted noun it leaves out, about one coordinated clause. */
  private static final int ELIDED_REACH = 12;
  /** Focus nouns that ask for a count of things as "how many" does: "what is the population of", "the number of". */
  private static final Set<String> COUNT_NOUNS = Set.of("population", "number", "count", "headcount", "attendance",
      "toll");
  /** Tags of a number and its hedges alone ("more than 1,200", "about two", "between 2 and 5"). */
  private static final Set<String> BARE_NUMBER_TAGS = Set.of("CD", "RB", "IN", "JJR", "DT", "CC");
  /** An age written after its number: "51-year-old", "six-month-old", "51 years old". */
  private static final Pattern AGE_COMPOUND = Pattern.compile("\\S+[- ](year|month|week|day)s?[- ]old\\b");
  /**
   * Verbs that give a figure as the level their subject moved to or stands at ("rose to 112", "stood at 12"); not the
   * analyzer's level verbs, whose object is what moved ("cut its rate to").
   */
  private static final Set<String> REACH_VERBS = Set.of("rise", "climb", "increase", "grow", "jump", "reach", "hit",
      "top", "stand", "fall", "drop", "decline");
  /** Verbs that give a figure without a deed of their own ("put the toll at", "an estimated", "including"). */
  private static final Set<String> FIGURE_VERBS = Set.of("put", "estimate", "total", "number", "count", "record",
      "report", "include", "exceed", "near", "approach", "surpass", "register", "show", "see", "give", "have",
      "bring", "take", "make");
  /** A number written with a decimal fraction ("8.15", "14.20"). */
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
  /** Verbs that only carry tense, voice or mood (lemmas). */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
      "might", "shall", "should", "must");
  /** Relative pronouns that open a clause about the name before them. */
  private static final Set<String> RELATIVES = Set.of("who", "which", "that");
  /** Tags inside the asked-for phrase after its question word ("how many young prisoners"). */
  private static final Set<String> SUBJECT_PHRASE = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
      "DT", "POS", "HYPH");
  /** Part-of-speech tags of prepositions (Penn Treebank: IN, and TO for "to"). */
  private static final Set<String> PREPOSITION_TAGS = Set.of("IN", "TO");
  private static final Set<String> QUANTITIES = Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL");
  /** Words that introduce a reason or cause in news prose, by lemma. */
  private static final Set<String> CAUSE_CUES = Set.of("because", "due", "since", "amid", "after", "reason",
      "cause", "so", "result", "owing", "following", "blame", "thanks", "force", "prompt", "trigger", "spark");
  /** Words of the object between "make" and the state it is put in: "made [the washing machine line] unprofitable". */
  private static final int MADE_INTO_OBJECT = 6;
  /** Participles that give an aim: "aimed at", "designed to", "intended to", "meant to". */
  private static final Set<String> PURPOSE_VERBS = Set.of("aimed", "designed", "intended", "meant", "seeking");
  /** Words that make a descriptive question ask for a reason wherever they stand. */
  private static final Set<String> REASON_WORDS = Set.of("blame", "reason", "behind");
  /** Verbs whose subject is a cause: "what caused ...", "what led to ...". */
  private static final Set<String> CAUSING_VERBS = Set.of("cause", "trigger", "spark", "prompt", "lead", "force",
      "drive", "provoke");
  /**
   * Cause words that also just tell the time ("after", "since", "following", "amid"): a sentence with only these is
   * half a cue.
   */
  private static final Set<String> TEMPORAL_CUES = Set.of("since", "amid", "after", "following");
  /**
   * Verbs that report someone's stated reason ("arguing that pay has fallen behind", "citing rising costs"): half a
   * cue, since they also report claims of other kinds.
   */
  private static final Set<String> JUSTIFYING_CUES = Set.of("argue", "cite");
  /**
   * Prepositions that give a reason only sometimes ("as the naira fell", "turned back over a banned dye", "a strike
   * against plans to raise the retirement age").
   */
  private static final Set<String> PREPOSITION_CUES = Set.of("as", "over", "against");
  /** Words after such a preposition that make it a comparison, an amount or a span of time instead of a reason. */
  private static final Set<String> NOT_A_REASON_AFTER = Set.of("well", "many", "much", "part", "long", "soon",
      "past", "last", "next", "coming", "previous", "same", "rest", "recently", "usual", "expected", "planned",
      "possible", "$", "#");
  /** Question verbs that ask what somebody said. */
  private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "describe", "call", "warn", "urge", "add",
      "claim", "argue", "insist", "promise", "vow", "admit", "acknowledge", "concede", "explain", "predict",
      "complain");
  /** Reported speech: quotation marks and attribution verbs. */
  private static final Set<String> SPEECH_CUES = Stream.concat(
      Stream.of("say", "tell", "add", "according", "describe", "call", "warn", "urge"), Attribution.QUOTES.stream())
      .collect(Collectors.toUnmodifiableSet());
  /** Question verbs that ask how somebody responded. */
  private static final Set<String> RESPONSE_VERBS = Set.of("respond", "react", "reply", "answer", "plan");
  /** Stated intentions and reactions. */
  private static final Set<String> RESPONSE_CUES = Set.of("will", "would", "plan", "appeal", "intend", "vow",
      "reject", "welcome", "deny", "respond", "react", "review", "consider");
  /** Verbs that are a response in themselves: what "how did X respond" asks X did. */
  private static final Set<String> RESPONSE_DEEDS = Set.of("respond", "react", "reply", "reject", "welcome",
      "condemn", "criticise", "criticize", "denounce", "dismiss", "hail", "protest", "appeal");
  /** Parts of speech inside a noun phrase, between a number and its head noun. */
  private static final Set<String> NOUN_PHRASE_INNER = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
      "HYPH", "VBN", "VBG", "POS", "DT");
  /** Tokens on each side of a span that count as its neighbourhood (about a clause in news prose). */
  private static final int NEARBY_WINDOW = 6;
  /** Longest reach, either way from a span, of its own clause when no comma or clause word ends it sooner. */
  private static final int CLAUSE_REACH = 15;
  /**
   * Words besides {@link #CLAUSE_BREAKS} that open a clause of their own inside a sentence: "after rival Penghu said
   * it would shed 450 jobs".
   */
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "because", "since", "until",
      "unless", "which", "who", "whose", "whom", "where");
  /** Longest run of words taken as a span's title or role; "Chief Financial Officer" plus an owner fits in four. */
  private static final int ADJACENT_RUN = 4;
  /** Answer-level feature names for the confidence calibrator, in vector order. */
  public static final List<String> ANSWER_NAMES = List.of("bias", "score", "margin", "share", "coverage",
      "coverageWithTitle", "missing", "unknown", "typeMatch", "nearby", "support", "sentence", "phrase",
      "articleCoverage", "isA", "focusNear", "proximity", "noFocus", "window", "cue", "unitMismatch", "missingNearby",
      "unitFit", "absoluteMatch", "missingIdf", "timeConflict", "rivalName", "yesNo", "bm25", "rank", "position",
      "copula", "length", "overlap", "specificDate", "preposition", "adjacent", "qualifiedRole", "speaker", "tally",
      "subject", "broadPlace", "verbBefore", "sourceClause", "pastFigure", "namesReport", "otherSubject",
      "otherVerbBefore", "otherSource");

  private static final Set<String> COPULA = Set.of("be", ":", "-", "--", "—", "as", "called", "named");

  private final Question q;
  private final Lexicon lexicon;
  private final Set<String> questionTerms;
  private final Retrieval r;
  /** Whether the question's "which" or "what" stands before its focus ("which heater series"). */
  private final boolean whichOfFocus;
  /** The focus and the words retrieval took for it ("kilometer" for "kilometre"), or none without a focus. */
  private final Set<String> focusWords;
  private final double maxScore;
  private final double totalIdf;
  private final double maxIdf;
  /** The preposition that governs the asked-for phrase ("to" in "to what level", "what did it fall to"), or null. */
  private final String whPreposition;
  /** For each term, the keywords it counts as (the keyword itself and the keywords it is a synonym of). */
  private final Map<String, Set<String>> keywordsByTerm = new java.util.HashMap<>();
  /** Each retrieved passage's match, computed once. */
  private final Map<Passage, PassageMatch> matchesByPassage = new java.util.IdentityHashMap<>();
  /** Each retrieved passage's time conflict with the question, computed once. */
  private final Map<Passage, Double> timeConflicts = new java.util.IdentityHashMap<>();
  /** Keywords each retrieved sentence matches, by article id and sentence index. */
  private final Map<String, Set<String>> sentenceMatches = new java.util.HashMap<>();
  /** Keywords each article matches in its title or in any of its retrieved sentences. */
  private final Map<String, Set<String>> articleMatches = new java.util.HashMap<>();

  /** Words after a length of time that make it a gap between two events ("two days before", "a week later"). */
  private static final Set<String> OFFSET_WORDS = Set.of("before", "after", "earlier", "later", "ago", "beforehand",
      "afterwards", "previously");
  /** Nouns whose "of" gives their length of time ("an elapsed time of 33 hours", "a delay of 40 minutes"). */
  private static final Set<String> LENGTH_NOUNS = Set.of("time", "delay", "wait", "journey", "flight", "stay",
      "trip", "spell", "stint", "period");
  /** Words after a length of time that make it a gap to a rival or a record ("47 seconds ahead of Gebremariam"). */
  private static final Set<String> MARGIN_WORDS = Set.of("ahead", "behind", "clear", "faster", "slower", "adrift",
      "back", "off");
  /** Words that make the year after them a bound of the asked time ("before the 2026 walkouts"), not its year. */
  private static final Set<String> TIME_BOUNDS = Set.of("before", "after", "since", "until", "till", "prior");
  /** Tokens back from a year searched for such a bound: the word, a determiner and a month ("before the July 2026"). */
  private static final int BOUND_REACH = 3;
  /** Times of day that name the hour although they have no digits. */
  private static final Set<String> CLOCK_WORDS = Set.of("noon", "midday", "midnight");
  /** Words that end a clause of a sentence giving two accounts ("..., while police put the figure at 28,000"). */
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "but", "although", "though");
  /** Words that make a length per unit of time: "kilometres per hour", "miles an hour", "km/h". */
  private static final Set<String> PER = Set.of("per", "an", "a", "each", "/");
  /** Symbols of units of time after a slash ("km/h", "m/s"). */
  private static final Set<String> TIME_SYMBOLS = Set.of("h", "hr", "s");
  /** WordNet's class of speeds ("mph", "km/h"); "kilometres an hour" is a length per unit of time. */
  private static final String SPEED = "rate";
  /** The measure of "how old": an age, counted in units of time ("58 years", "six months old") or bare ("Teo, 34"). */
  private static final String AGE = "age";
  /**
   * WordNet classes of the units that measure what a question asks about, by its measuring adjective ("how far")
   * or measured noun ("what altitude"); WordNet files kilometres and light years under "linear unit".
   */
  private static final Map<String, String> UNIT_CLASSES = Map.ofEntries(
      Map.entry("far", "linear unit"), Map.entry("high", "linear unit"), Map.entry("tall", "linear unit"),
      Map.entry("deep", "linear unit"), Map.entry("thick", "linear unit"), Map.entry("wide", "linear unit"),
      Map.entry("close", "linear unit"), Map.entry("distance", "linear unit"), Map.entry("height", "linear unit"),
      Map.entry("depth", "linear unit"), Map.entry("altitude", "linear unit"), Map.entry("length", "linear unit"),
      Map.entry("width", "linear unit"), Map.entry("thickness", "linear unit"), Map.entry("elevation", "linear unit"),
      Map.entry("heavy", "mass unit"), Map.entry("weight", "mass unit"),
      Map.entry("hot", "temperature unit"), Map.entry("cold", "temperature unit"),
      Map.entry("old", AGE), Map.entry("age", AGE),
      Map.entry("temperature", "temperature unit"), Map.entry("area", "area unit"), Map.entry("land", "area unit"),
      Map.entry("volume", "volume unit"), Map.entry("fast", SPEED), Map.entry("speed", SPEED));
  /** Words in a title that make it a different post from the one asked about ("vice president", "former CEO"). */
  private static final Set<String> ROLE_QUALIFIERS = Set.of("vice", "deputy", "former", "acting", "assistant",
      "interim", "associate", "ex");
  /** Entity tags of the place or organization a title can tie a role to ("U.S. President", "GM Chief Executive"). */
  private static final Set<String> AFFILIATIONS = Set.of("LOCATION", "ORGANIZATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE");
  /** Punctuation between a name and the noun that says what it is ("album \"Les heures bleues\"", "Kota Ratna, a"). */
  private static final Set<String> APPOSITION_MARKS = Set.of(",", "\"", "``", "''", "“", "”", "‘", "’");
  /** Part-of-speech tags of common words that modify a role noun before it: nouns and adjectives (Penn Treebank). */
  private static final Set<String> MODIFIER_TAGS = Set.of("NN", "NNS", "JJ");
  /** Part-of-speech tags of the words that qualify a focus before it: "the half-time score", "new forecast". */
  private static final Set<String> QUALIFIER_TAGS = Set.of("NN", "NNS", "JJ", "JJR", "VBN", "HYPH");
  /** Tags that tie a noun to the noun after it, so it is no head: a hyphen ("half-time") or a possessive mark. */
  private static final Set<String> QUALIFIER_LINKS = Set.of("HYPH", "POS");
  /** Words before a counted noun searched for its modifiers: "71 confirmed human cases". */
  private static final int MODIFIER_REACH = 3;
  /** The speaker feature of a sentence where only the owner of the question's role speaks ("Fiji" for its coach). */
  private static final double OWNER_ONLY = 0.5;
  /** Brings an IDF (natural log of a ratio of document counts, up to about 10 in a large corpus) near [0, 1]. */
  private static final double ABSOLUTE_IDF_SCALE = 10;
  /** A year as news text writes it. */
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  /** Month names, in full or abbreviated with or without a period ("Sept.", "Jan"). */
  private static final Pattern MONTH_NAMES = Pattern.compile(
      "(january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?");
  /** Punctuation that ends a clause, beyond which a year belongs to another figure. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "(", ")", "-LRB-", "-RRB-", "—", "--");
  /** Words before the year a change is measured from ("up 41% from 2023", "9% on 2023", "higher than in 2022"). */
  private static final Set<String> COMPARISON_BASES = Set.of("from", "on", "than", "over", "since", "against",
      "versus", "with", "compared");
  /** Conjunctions that join two clauses or two figures, each with its own time. */
  private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas");
  /** Months by the first three letters {@link #MONTH_NAMES} keys them on, in calendar order. */
  private static final List<String> MONTH_ORDER = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec");
  /** Entity tags of names, which WordNet may know as instances of a class ("China" of country). */
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  /** Focus nouns that ask for a wide place, which a country or a region answers ("which country", "what region"). */
  private static final Set<String> WIDE_PLACE_NOUNS = Set.of("country", "nation", "continent", "region", "state",
      "province", "area", "territory", "county");
  /** WordNet's class of the posts people hold ("president", "minister", "chairman", "coach"). */
  private static final String LEADER = "leader";
  /** Words that may stand between a post's owner and the post ("the Meranti chief executive"): one title word. */
  private static final int POST_MODIFIERS = 1;
  /** The post WordNet files under body parts as well as under leaders, so it is named on its own. */
  private static final String HEAD = "head";
  /**
   * Verbs whose doer holds a post ("who chairs the group" asks for its chairman, "who heads the agency" for its head):
   * the question asks for a person as "who is the chairman" does. Not "own", "organize" or "represent", which
   * companies and groups do as often.
   */
  private static final Set<String> POST_VERBS = Set.of("chair", "head", "lead", "run", "direct", "coordinate",
      "govern", "manage", "coach", "captain", "skipper", "command", "preside", "helm", "spearhead", "oversee",
      "supervise", "found", "co-found", "cofound", "edit");
  /** WordNet's class of currencies ("rupee", "zloty", "franc"). */
  private static final String MONETARY_UNIT = "monetary unit";
  /** WordNet's class of units of weight, which share a name with a currency ("pound"). */
  private static final String MASS_UNIT = "mass unit";
  /** WordNet class of the units of every measure: length, mass, area, power, data, money. */
  private static final String MEASURE_UNIT = "unit of measurement";
  /** WordNet class of the qualities a unit measures: level, weight, height, concentration, price. */
  private static final String ATTRIBUTE = "attribute";
  /** WordNet's class of human beings, whatever role names them. */
  private static final String PERSON = "person";
  /** WordNet's class of groups of people: a crowd, an audience, a workforce. */
  private static final String SOCIAL_GROUP = "social group";
  /** WordNet classes of natural places: mountains, valleys and reefs, lakes, rivers and seas, islands and coasts. */
  private static final List<String> LANDFORMS = List.of("geological formation", "body of water", "land");
  /** Pronouns that open a sentence about what the sentence before it is about. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "its", "they", "their", "he", "his", "she",
      "her");
  /** What may follow an age given in apposition ("Okoro, 52, said", "... said Ana Lopes, 61."). */
  private static final Set<String> AGE_CLOSERS = Set.of(",", ".", ")", ";", "-RRB-");
  /** Parts of speech of function words, which are no unit symbols however short ("in", "a", "to"). */
  private static final Set<String> FUNCTION_TAGS = Set.of("IN", "TO", "DT", "CC", "PRP", "PRP$");
  /** Tokens after a number searched for its unit ("48 light years"). */
  private static final int UNIT_REACH = 3;
  /**
   * Tokens either side of a figure within which a year ties it to its time for a question that names its year only
   * relative to now: "48,000 last year", "in June 2015 killed more than 1,200".
   */
  private static final int RELATIVE_REACH = 4;
  /** Focus nouns of questions whose answer news writes as a tally of two counts ("won 2-1", "a 7-2 vote"). */
  private static final Set<String> TALLY_NOUNS = Set.of("score", "scoreline", "margin", "split", "vote", "tally",
      "figure", "result", "record");
  /** Two counts joined by a hyphen or dash, as a score or a vote is written ("2-1", "7–2", "1.5-0.5"). */
  private static final Pattern TALLY = Pattern.compile("\\d{1,3}(?:\\.5)?[-–—]\\d{1,3}(?:\\.5)?");
  /** A token of a tally: the tokenizer splits "7-2" in three, or leaves it whole. */
  private static final Pattern TALLY_PART = Pattern.compile("[\\d.–—-]+");

  /** Years the question names ("in 2019"), as written. */
  private final Set<String> questionYears;
  /**
   * The year the question names relative to the time of telling ("this year" 0, "last year" -1), when it names no
   * year outright; each article resolves it by its own date. Null when it names none.
   */
  private final Integer questionYearShift;
  /** Months the question names, by their first three letters ("jul" for "July"). */
  private final Set<String> questionMonths;
  /** Days the question names with their month, as "jan 22" ("Jan. 22", "22 January"). */
  private final Set<String> questionDays;
  /** Whether the question asks for a count: "how many" or a count noun ("what is the population", "death toll"). */
  private final boolean asksCount;
  /**
   * True for a count of things whose focus is no unit of measure ("how many miners", "the death toll", not "how many
   * tonnes").
   */
  private final boolean countsThings;
  /** The question asks what will happen ("when will Thailand vote"), which no date of an earlier year answers. */
  private final boolean asksFuture;
  /** The question asks what happened ("who won"), which no report written before it can tell. */
  private final boolean asksPast;
  /**
   * The question asks when something was done, through "did" and without a modal ("when did the refinery open"),
   * which no date of a later year than its report answers.
   */
  private final boolean asksDone;
  /** Whether the question asks for a made thing: a vehicle or a work ("which ferry", "what film"). */
  private final boolean thingFocus;
  /** The question asks which mountain, lake, river or island: a place the tagger may not know, never a person. */
  private final boolean landFocus;
  /** The WordNet unit class the question's measurement calls for, or null. */
  private final String unitClass;
  /** Keywords naming who the question says acted or spoke. */
  private final Set<String> agents;
  /** The agents the question names by a common noun, a role ("coach" in "Fiji's coach"), not by a name. */
  private final Set<String> roleAgents;
  /** For each word of a several-word name in the question, the words of that name ("united" to United Auto Workers). */
  private final Map<String, Set<String>> nameWords;
  /** Initials of the question's several-word names ("uaw" for United Auto Workers). */
  private final Set<String> nameInitials;
  /** Whether the question names a place or organization. */
  private final boolean namesPlace;
  /** The places, organizations and people the question names, each as its kind and its keywords. */
  private final List<Name> questionNames;
  /** The surname (last word) of each person the question names, as terms. */
  private final List<String> questionSurnames;
  /** True when the question asks for a gap between two events ("how long before the vote"). */
  private final boolean asksGap;
  /** True when a "who" question asks for the holder of a post ("who is the union's president"): a person. */
  private final boolean asksPostHolder;
  /** The question's role nouns with the modifiers it gives them ("minister" to "infrastructure"). */
  private final Map<String, Set<String>> roleModifiers;
  /**
   * The keywords of the common words the question puts before its focus ("half" and "time" of "the half-time
   * score", "youth" of "the youth unemployment rate"): they tell the asked figure from its near misses.
   */
  private final Set<String> focusQualifiers;
  /** By article, the surnames of the people titled as the question's speaker. */
  private final Map<String, Set<String>> speakerAliases;
  /** The cues a descriptive answer to this question should have: a reason, reported speech or a response. */
  private final Set<String> cueWords;
  /** The keyword of the verb whose subject the question asks for, or null (see {@link #subjectVerb}). */
  private final String subjectVerb;
  /** The keywords of the question's own verbs, auxiliaries aside ("raise" in "which year was the Vasa raised"). */
  private final Set<String> questionVerbs;
  /** The known keyword of highest IDF, or null when the articles use none. */
  private final String rarest;
  /** True when the question asks for a name ("what is the local name of Typhoon Kalasag"). */
  private final boolean asksName;
  /** Whose account the question asks for after "according to" ("the Carabineros"); empty when it names none. */
  private final Set<String> sources;

  /** Prepares feature computation for one question's retrieval, with WordNet for is-a checks. */
  public Features(Question q, Retrieval r, Lexicon lexicon) {
    this.q = q;
    this.r = r;
    this.focusWords = q.focus() == null ? Set.of() : r.expansions().getOrDefault(q.focus(), Set.of(q.focus()));
    this.lexicon = lexicon;
    this.questionTerms = q.questionTerms();
    this.nameInitials = new HashSet<>();
    this.nameWords = nameWords(q, nameInitials);
    this.namesPlace = q.tokens().stream().anyMatch(t -> AFFILIATIONS.contains(t.ner()));
    this.questionNames = questionNames(q);
    this.asksGap = q.tokens().stream().anyMatch(t -> OFFSET_WORDS.contains(t.word().toLowerCase(Locale.ROOT)));
    // Only an age question asks whose a figure is by the person's surname.
    this.questionSurnames = AGE.equals(unitClass(q)) ? questionSurnames(q, r, lexicon) : List.of();
    this.asksPostHolder = q.form() == QuestionForm.WHO && q.type() == AnswerType.PERSON
        && (q.tokens().stream().anyMatch(t -> isPost(t, lexicon)) || POST_VERBS.contains(mainVerb(q.tokens())));
    for (Map.Entry<String, Set<String>> e : r.expansions().entrySet()) {
      for (String term : e.getValue()) {
        keywordsByTerm.computeIfAbsent(term, k -> new HashSet<>()).add(e.getKey());
      }
    }
    for (Passage p : r.passages()) {
      PassageMatch pm = computeMatch(p);
      matchesByPassage.put(p, pm);
      articleMatches.computeIfAbsent(p.articleId(), k -> new HashSet<>()).addAll(pm.matchedWithTitle());
      sentenceMatches.put(p.articleId() + "#" + p.sentenceIndex(), pm.matched());
    }
    for (Passage p : r.passages()) {
      Set<String> before = sentenceMatches.get(p.articleId() + "#" + (p.sentenceIndex() - 1));
      if (before != null && opensWithPronoun(p.tokens())) {
        // "It supports about 64,000 jobs": the pronoun stands for what the sentence before is about.
        PassageMatch pm = matchesByPassage.get(p);
        Set<String> withBefore = new HashSet<>(pm.matchedWithTitle());
        withBefore.addAll(before);
        matchesByPassage.put(p, new PassageMatch(pm.matched(), withBefore, pm.keywordPositions()));
      }
    }
    this.maxScore = r.passages().stream().mapToDouble(Passage::score).max().orElse(1);
    this.totalIdf = r.idf().values().stream().mapToDouble(Double::doubleValue).sum();
    this.maxIdf = r.idf().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    this.whPreposition = whPreposition(q.tokens());
    this.unitClass = unitClass(q);
    this.agents = agents(q, lexicon);
    this.roleAgents = roleAgents(q, agents);
    this.cueWords = cueWords();
    this.subjectVerb = subjectVerb(q);
    this.questionVerbs = questionVerbs(q);
    this.sources = sources(q, lexicon);
    this.asksName = q.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("name"));
    this.rarest = r.idf().entrySet().stream().filter(e -> !r.unknown().contains(e.getKey()))
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    this.roleModifiers = roleModifiers(q);
    this.focusQualifiers = focusQualifiers(q);
    // "In what year did they last strike before the 2026 walkouts": a year that bounds the asked date is not its year.
    this.questionYears = years(q.tokens(), null, q.type() == AnswerType.DATE);
    this.questionYearShift = questionYears.isEmpty() ? yearShift(q.tokens()) : null;
    this.questionMonths = months(q.tokens());
    this.questionDays = days(q.tokens());
    this.asksFuture = q.tokens().stream().anyMatch(t -> t.pos().equals("MD")
        && (t.lemma().equalsIgnoreCase("will") || t.lemma().equalsIgnoreCase("shall")));
    this.asksPast = !asksFuture && q.tokens().stream().anyMatch(t -> t.pos().equals("VBD"));
    this.asksDone = q.tokens().stream().noneMatch(t -> t.pos().equals("MD"))
        && q.tokens().stream().anyMatch(t -> t.pos().equals("VBD") && t.lemma().equalsIgnoreCase("do"));
    this.thingFocus = q.type() == AnswerType.ENTITY && q.focus() != null
        && (lexicon.isA(q.focus(), "conveyance") || lexicon.isA(q.focus(), "creation"));
    this.landFocus = q.type() == AnswerType.ENTITY && q.focus() != null
        && LANDFORMS.stream().anyMatch(kind -> lexicon.isA(q.focus(), kind));
    this.asksCount = q.form() == QuestionForm.HOW_MANY || q.focus() != null && COUNT_NOUNS.contains(q.focus());
    // A mistyped focus ("how many hectars") is the unit the articles spell it as ("hectare").
    Set<String> focusForms = q.focus() != null && r.fuzzy().contains(q.focus()) ? focusWords
        : Collections.singleton(q.focus());
    this.whichOfFocus = CandidateExtractor.asksWhichOfFocus(q);
    this.countsThings = q.focus() != null && asksCount
        && (q.form() == QuestionForm.HOW_MANY || q.type() == AnswerType.NUMBER)
        && focusForms.stream().noneMatch(f -> lexicon.isA(f, MEASURE_UNIT));
    // Only a descriptive answer has a speaker; other questions skip reading every passage's names.
    this.speakerAliases = q.type() == AnswerType.DESCRIPTION && !cueWords.isEmpty() ? speakerAliases(r.passages())
        : Map.of();
  }

  /**
   * For each article, the surnames of the people it gives a title that the question uses for its speaker ("van
   * Velden" for "the workplace relations minister" after "Workplace Relations Minister Brooke van Velden"), so that a
   * later "van Velden told reporters" is known to be that speaker.
   */
  private Map<String, Set<String>> speakerAliases(List<Passage> passages) {
    Set<String> roles = new HashSet<>(agents);
    for (Token t : q.tokens()) {
      String term = Terms.of(t);
      if (term != null && q.keywords().contains(term) && t.pos().startsWith("NN")) {
        roles.add(term);
      }
    }
    Map<String, Set<String>> out = new java.util.HashMap<>();
    if (roles.isEmpty()) {
      return out;
    }
    for (Passage p : passages) {
      List<Token> tokens = p.tokens();
      for (Mention m : p.mentions()) {
        if (!m.type().equals("PERSON")) {
          continue;
        }
        // The title before the name or the apposition after it: "Henrik Dahl, chairman of the ... Association".
        List<Token> described = Attribution.described(tokens, m.tokenBegin(), m.tokenEnd());
        Set<String> title = new HashSet<>();
        for (Token t : described) {
          if (t.begin() < tokens.get(m.tokenBegin()).begin() || t.begin() >= tokens.get(m.tokenEnd() - 1).end()) {
            title.add(Terms.of(t));
          }
        }
        String surname = Terms.normalize(tokens.get(m.tokenEnd() - 1).word());
        if (surname != null
            && title.stream().anyMatch(w -> w != null && keywordsOf(w).stream().anyMatch(roles::contains))) {
          out.computeIfAbsent(p.articleId(), k -> new HashSet<>()).add(surname);
        }
      }
    }
    return out;
  }

  /**
   * How far the passage's time contradicts the time the question names: 1 when its sentence names other years or
   * months and none of the question's ("in 2023" for "in 2019", "in June" for "in July") or names months that, as of
   * the article's date, fall in none of the question's years; 0.5 when its sentence names no year and the article,
   * dated in another year, does not say the question's anywhere it matched; else 0.
   */
  private double timeConflict(Passage p) {
    LocalDate dated = p.citation().date();
    if (asksPastDayAfter(dated)) {
      // "Who won the election on July 5?" asked of a report of May 15: it cannot tell what happened after it.
      return 1;
    }
    Set<String> asked = askedYears(dated);
    if (asked.isEmpty() && questionMonths.isEmpty()) {
      return 0;
    }
    List<Token> tokens = p.tokens();
    Set<String> years = years(tokens, dated);
    Set<String> months = months(tokens);
    if (dated != null) {
      // "last month" in an article of November is October.
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Integer shift = relativeShift(tokens, i, "month");
        if (shift != null) {
          months.add(dated.plusMonths(shift).getMonth().name().substring(0, 3).toLowerCase(Locale.ROOT));
        }
      }
    }
    if (!questionYears.isEmpty()) {
      if (!years.isEmpty() && Collections.disjoint(years, questionYears)) {
        return 1;
      }
      if (years.isEmpty() && dated != null && !questionYears.contains(String.valueOf(dated.getYear()))) {
        if (Collections.disjoint(articleMatches.getOrDefault(p.articleId(), Set.of()), questionYears)) {
          // A month without a year is its last or next occurrence as of the article's date.
          return !months.isEmpty() && Collections.disjoint(impliedYears(months, dated), questionYears) ? 1 : 0.5;
        }
        // The article names the year: in its title it is what the article is about; in another sentence it may be
        // only a comparison ("not even in 2012"), and this sentence tells of the article's own time.
        return titleNames(p, questionYears) ? 0 : 0.5;
      }
    }
    // "as reported by Kyodo on Jan. 22" names the article's own day, not the time of what it reports.
    boolean reportDay = dated != null && questionDays.contains(dayKey(dated));
    return !reportDay && !questionMonths.isEmpty() && !months.isEmpty() && Collections.disjoint(months, questionMonths)
        ? 1 : 0;
  }

  /**
   * True when the question asks in the past tense about a day ("on July 5") that comes after the article's date, in
   * the year the question names or else the article's own.
   */
  private boolean asksPastDayAfter(LocalDate dated) {
    if (!asksPast || dated == null || questionDays.isEmpty() || questionYears.size() > 1) {
      return false;
    }
    int year = questionYears.isEmpty() ? dated.getYear() : Integer.parseInt(questionYears.iterator().next());
    for (String day : questionDays) {
      String[] parts = day.split(" ");
      for (java.time.Month m : java.time.Month.values()) {
        if (m.name().toLowerCase(Locale.ROOT).startsWith(parts[0])
            && java.time.YearMonth.of(year, m).isValidDay(Integer.parseInt(parts[1]))
            && LocalDate.of(year, m, Integer.parseInt(parts[1])).isAfter(dated)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the article's title has one of the words. */
  private static boolean titleNames(Passage p, Set<String> words) {
    for (String word : p.citation().title().split("[^\\p{L}\\p{N}]+")) {
      if (words.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refines a sentence's time conflict for one candidate by the year said nearest to it within its clause: "pre-tax
   * profits of £187m last year, up 9% on 2023" gives £187m to last year, whatever else the sentence names.
   */
  private double timeConflict(Candidate c, double sentence) {
    if (asksFuture && c.tag().equals("DATE") && beforeItsArticle(c)) {
      // "When will Thailand vote?" is not answered by "the last dissolution came in March 2023".
      return 1;
    }
    if (asksDone && c.tag().equals("DATE") && afterItsArticle(c)) {
      // "When did the refinery open?" is not answered by "it could restart in July 2027".
      return 1;
    }
    // An undated article still names its years in full; only "last year" needs the date.
    Set<String> asked = askedYears(c.passage().citation().date());
    if (asked.isEmpty() && questionYearShift != null && c.passage().citation().date() == null
        && !c.tag().equals(CandidateExtractor.SENTENCE)) {
      // Undated, a report's "last year" beside a figure still differs from the question's "this year": both count
      // from the same unknown day.
      String beside = nearestYear(c, RELATIVE_REACH, (tokens, i) -> shiftSaid(tokens, i));
      return beside == null || beside.equals(String.valueOf(questionYearShift)) ? 0 : 1;
    }
    if (asked.isEmpty() || c.tag().equals(CandidateExtractor.SENTENCE)) {
      return sentence;
    }
    if (questionYears.isEmpty()) {
      // "this year" asked of a report tells of the report's own time, which its sentences seldom name; only a year
      // said right beside a figure ties it to another time ("48,000 last year", "in June 2015 killed 1,200"), while
      // one further off is often background ("a record for the race, first run in 1978").
      String beside = nearestYear(c, RELATIVE_REACH);
      return beside == null || asked.contains(beside) ? 0 : 1;
    }
    String nearest = nearestYear(c);
    return nearest == null ? sentence : asked.contains(nearest) ? 0 : 1;
  }

  /** True when a date names a year before its article's own ("March 2023" in a report of 2026). */
  private static boolean beforeItsArticle(Candidate c) {
    return namesYear(c, -1);
  }

  /** True when a date names a year after its article's own ("July 2027" in a report of 2025). */
  private static boolean afterItsArticle(Candidate c) {
    return namesYear(c, 1);
  }

  /** True when a dated article's candidate names a year on the {@code side} (-1 before, 1 after) of the article's. */
  private static boolean namesYear(Candidate c, int side) {
    LocalDate dated = c.passage().citation().date();
    if (dated == null) {
      return false;
    }
    for (Token t : c.passage().tokens().subList(c.tokenBegin(), c.tokenEnd())) {
      if (YEAR.matcher(t.word()).matches() && Integer.compare(Integer.parseInt(t.word()), dated.getYear()) == side) {
        return true;
      }
    }
    return false;
  }

  /**
   * The years the question asks about as of an article dated {@code dated}: those it names, else the one it names
   * relative to the article's date ("last year" in a report of 2025 is 2024); empty when it names none or cannot be
   * placed.
   */
  private Set<String> askedYears(LocalDate dated) {
    if (!questionYears.isEmpty() || questionYearShift == null || dated == null) {
      return questionYears;
    }
    return Set.of(String.valueOf(dated.getYear() + questionYearShift));
  }

  /**
   * The shift of a year the tokens name relative to now ("this year" 0, "last year" -1), or null when none; the
   * analyzer has already read chat's "yr" as "year".
   */
  private static Integer yearShift(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Integer shift = relativeShift(tokens, i, "year");
      if (shift != null) {
        return shift;
      }
    }
    return null;
  }

  /** How far the words at {@code i} place a {@code unit} from now ("last year" -1, "next month" 1), or null. */
  private static Integer relativeShift(List<Token> tokens, int i, String unit) {
    return i + 1 < tokens.size() && tokens.get(i + 1).lemma().equals(unit)
        ? QuestionAnalyzer.RELATIVE_TIMES.get(tokens.get(i).word().toLowerCase(Locale.ROOT)) : null;
  }

  /** The year said nearest to the candidate within its clause, or null when its clause says none. */
  private static String nearestYear(Candidate c) {
    String nearest = nearestYear(c, Integer.MAX_VALUE);
    return nearest != null ? nearest : earlierClauseYear(c);
  }

  /** The year said nearest to the candidate within its clause and {@code reach} tokens, or null when none is. */
  private static String nearestYear(Candidate c, int reach) {
    LocalDate dated = c.passage().citation().date();
    return nearestYear(c, reach, (tokens, i) -> yearSaid(tokens, i, dated));
  }

  /**
   * What {@code said} reads at the token nearest to the candidate within its clause and {@code reach} tokens, or
   * null when it reads nothing there.
   */
  private static String nearestYear(Candidate c, int reach, java.util.function.BiFunction<List<Token>, Integer,
      String> said) {
    List<Token> tokens = c.passage().tokens();
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (int dir = -1; dir <= 1; dir += 2) {
      int from = dir < 0 ? c.tokenBegin() - 1 : c.tokenEnd();
      for (int i = from; i >= 0 && i < tokens.size() && Math.abs(i - from) < reach; i += dir) {
        Token t = tokens.get(i);
        // "the earthquake of September 2018, which killed 43 people": a relative clause tells of the noun before its
        // comma, and so of that noun's year.
        boolean relative = dir < 0 && t.word().equals(",") && i + 1 < c.tokenBegin()
            && RELATIVES.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
        if (!relative && (CLAUSE_ENDS.contains(t.word()) || COORDINATORS.contains(t.word().toLowerCase(Locale.ROOT)))) {
          // "by 25% in May 2022 and by 44% in November 2023": a year beyond "and" belongs to the other figure.
          break;
        }
        String year = said.apply(tokens, i);
        int distance = Math.abs(i - (dir < 0 ? c.tokenBegin() : c.tokenEnd() - 1));
        if (year != null && distance < best) {
          best = distance;
          nearest = year;
        }
      }
    }
    return nearest;
  }

  /**
   * The year of the nearest earlier clause that says one, skipping a year a change is measured from: "reported sales
   * of 186 billion won last year, up 41% from 2023, and an operating profit of 21 billion won" gives the profit to
   * last year, the time of the report both figures share. Null when no earlier clause says a year.
   */
  private static String earlierClauseYear(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    for (int i = c.tokenBegin() - 1; i >= 0; i--) {
      String said = yearSaid(tokens, i, c.passage().citation().date());
      boolean base = i > 0 && COMPARISON_BASES.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
          || i > 1 && COMPARISON_BASES.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
      if (said != null && !base) {
        return said;
      }
    }
    return null;
  }

  /**
   * True when the question names this article as the report it means: by its day ("by March 21", "in its Feb. 5
   * update") or its outlet ("according to Reuters", "the dpa version"). Reports of one event on other days give
   * other figures.
   */
  private boolean namesReport(Passage p) {
    LocalDate dated = p.citation().date();
    if (dated != null && questionDays.contains(dayKey(dated))) {
      return true;
    }
    return outletKeywords(p).stream().anyMatch(term -> term.length() >= 3);
  }

  /** The question's keywords that the name of the passage's outlet gives ("reuters"). */
  private Set<String> outletKeywords(Passage p) {
    Set<String> out = new HashSet<>();
    if (p.citation().source() != null) {
      for (String word : p.citation().source().split("[^\\p{L}\\p{N}]+")) {
        String term = Terms.normalize(word);
        if (term != null && q.keywords().contains(term)) {
          out.add(term);
        }
      }
    }
    return out;
  }

  /**
   * True when a question that names no year meets a figure of years before its article's ("Malawi's worst outbreak,
   * in 2022 and 2023, killed more than 1,700" in a report of 2025): background, not the news; for a date, its own
   * year.
   */
  private boolean pastFigure(Candidate c) {
    LocalDate dated = c.passage().citation().date();
    if (!questionYears.isEmpty() || dated == null || !QUANTITIES.contains(c.tag()) && !c.tag().equals("DATE")) {
      return false;
    }
    String year = null;
    List<Token> tokens = c.passage().tokens();
    for (int i = c.tokenBegin(); i < c.tokenEnd() && year == null; i++) {
      year = yearSaid(tokens, i, dated);
    }
    if (year == null) {
      year = nearestYear(c);
    }
    return year != null && Integer.parseInt(year) < dated.getYear() - 1;
  }

  /**
   * The year the token at {@code i} names: a year tagged as a date ("2023"), or, in an article dated {@code dated},
   * one said relative to it ("last year" in 2025 is 2024); else null.
   */
  private static String yearSaid(List<Token> tokens, int i, LocalDate dated) {
    Token t = tokens.get(i);
    if (t.ner().equals("DATE") && YEAR.matcher(t.word()).matches()) {
      return t.word();
    }
    Integer shift = dated != null ? relativeShift(tokens, i, "year") : null;
    return shift == null ? null : String.valueOf(dated.getYear() + shift);
  }

  /** How many years from now the words at {@code i} place a year ("last year" gives "-1"), or null. */
  private static String shiftSaid(List<Token> tokens, int i) {
    Integer shift = relativeShift(tokens, i, "year");
    return shift == null ? null : String.valueOf(shift);
  }

  /**
   * The years a month named without one can be in, as of an article's date: its last occurrence or its next one
   * ("in October" in November 2025 is 2025 or 2026, "from January" in December 2024 is 2024 or 2025).
   */
  private static Set<String> impliedYears(Set<String> months, LocalDate dated) {
    Set<String> out = new HashSet<>();
    for (String m : months) {
      boolean later = MONTH_ORDER.indexOf(m) + 1 > dated.getMonthValue();
      out.add(String.valueOf(later ? dated.getYear() - 1 : dated.getYear()));
      out.add(String.valueOf(later ? dated.getYear() : dated.getYear() + 1));
    }
    return out;
  }

  /**
   * The years the tokens name: four digits from 1900 to 2099 tagged as a date, and, in an article dated
   * {@code dated} (null for a question), those said relative to it ("last year").
   */
  private static Set<String> years(List<Token> tokens, LocalDate dated) {
    return years(tokens, dated, false);
  }

  /**
   * The years the tokens name, as {@link #years(List, LocalDate)} gives them, leaving out those that bound a time
   * when {@code leaveBounds} is set ("in what year did they last strike before the 2026 walkouts").
   */
  private static Set<String> years(List<Token> tokens, LocalDate dated, boolean leaveBounds) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String year = yearSaid(tokens, i, dated);
      if (year != null && !(leaveBounds && bounded(tokens, i))) {
        out.add(year);
      }
    }
    return out;
  }

  /** True when the year at token {@code i} comes right after "before", "after", "since" or "until" ("before 2026"). */
  private static boolean bounded(List<Token> tokens, int i) {
    for (int j = i - 1; j >= Math.max(0, i - BOUND_REACH); j--) {
      if (TIME_BOUNDS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A date as {@link #days} gives a day named with its month: "jan 22". */
  private static String dayKey(LocalDate date) {
    return date.getMonth().name().substring(0, 3).toLowerCase(Locale.ROOT) + " " + date.getDayOfMonth();
  }

  /** The days named with their month ("Jan. 22", "22 January"), as "jan 22". */
  private static Set<String> days(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!MONTH_NAMES.matcher(w).matches()) {
        continue;
      }
      for (int j = i - 1; j <= i + 1; j += 2) {
        if (j >= 0 && j < tokens.size() && tokens.get(j).word().matches("[1-9]|[12]\\d|3[01]")) {
          out.add(w.substring(0, 3) + " " + tokens.get(j).word());
        }
      }
    }
    return out;
  }

  /** The months among the tokens, tagged as a date, by their first three letters. */
  private static Set<String> months(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.ner().equals("DATE") && MONTH_NAMES.matcher(w).matches()) {
        out.add(w.substring(0, 3));
      }
    }
    return out;
  }

  /**
   * Maps each word of the question's names of two words or more to the words of its name, and adds each such name's
   * initials to {@code initials}.
   */
  private static Map<String, Set<String>> nameWords(Question q, Set<String> initials) {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    List<Token> tokens = q.tokens();
    for (int i = 0; i < tokens.size(); ) {
      int end = tokens.get(i).isEntity() ? entityRunEnd(tokens, i) : i + 1;
      if (end - i >= 2 && !QUANTITIES.contains(tokens.get(i).ner())) {
        Set<String> words = new HashSet<>(Terms.of(tokens.subList(i, end)));
        words.forEach(w -> out.put(w, words));
        StringBuilder letters = new StringBuilder();
        tokens.subList(i, end).forEach(t -> letters.append(Character.toLowerCase(t.word().charAt(0))));
        initials.add(letters.toString());
      }
      i = end;
    }
    return out;
  }

  /**
   * A name the question gives.
   *
   * @param kind  its kind of entity (see {@link #nameKind})
   * @param terms its words that are keywords
   * @param text  its words as the question writes them ("Singapore Strait")
   */
  private record Name(String kind, Set<String> terms, String text) {
  }

  /** The kind of entity a tag names, places of every size as one; null for tags that are no name. */
  private static String nameKind(String ner) {
    return switch (ner) {
      case "PERSON", "ORGANIZATION" -> ner;
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
      default -> null;
    };
  }

  /** The words of the entity run around token {@code i}, joined by spaces ("Port Vila"). */
  private static String runText(List<Token> tokens, int i) {
    int begin = i;
    while (begin > 0 && tokens.get(begin - 1).ner().equals(tokens.get(i).ner())) {
      begin--;
    }
    StringBuilder out = new StringBuilder();
    for (int k = begin; k < entityRunEnd(tokens, i); k++) {
      out.append(k > begin ? " " : "").append(tokens.get(k).word());
    }
    return out.toString();
  }

  /** The end (exclusive) of the run of tokens from {@code i} that share its entity tag. */
  private static int entityRunEnd(List<Token> tokens, int i) {
    int end = i + 1;
    while (end < tokens.size() && tokens.get(i).ner().equals(tokens.get(end).ner())) {
      end++;
    }
    return end;
  }

  private static List<Name> questionNames(Question q) {
    List<Name> out = new ArrayList<>();
    Set<String> keywords = Set.copyOf(q.keywords());
    List<Token> tokens = q.tokens();
    for (int i = 0; i < tokens.size(); ) {
      String kind = nameKind(tokens.get(i).ner());
      int end = kind != null ? entityRunEnd(tokens, i) : i + 1;
      if (kind != null) {
        Set<String> terms = new HashSet<>(Terms.of(tokens.subList(i, end)));
        terms.retainAll(keywords);
        if (!terms.isEmpty()) {
          out.add(new Name(kind, terms, runText(tokens, i)));
        }
      }
      i = end;
    }
    return out;
  }

  /**
   * True when the candidate's sentence, with its title, lacks a name the question gives while naming something else
   * of the same kind outside the candidate: "Spain" where the question asks about Italy, "Cyclone Ilisa" for Cyclone
   * Pam. The sentence's figures are then likely the other one's.
   */
  private boolean rivalName(Candidate c, PassageMatch m) {
    List<Token> tokens = c.passage().tokens();
    Set<String> article = articleMatches.getOrDefault(c.passage().articleId(), m.matchedWithTitle());
    for (Name name : questionNames) {
      if (!Collections.disjoint(name.terms(), m.matchedWithTitle())) {
        continue;
      }
      // Places nest: an article that names Calabria elsewhere may name one of its villages here, so there another
      // place is a rival only where WordNet knows it lies outside the question's ("Port Vila" for Australia).
      boolean nested = name.kind().equals("LOCATION") && !Collections.disjoint(name.terms(), article);
      for (int i = 0; i < tokens.size(); i++) {
        if (i >= c.tokenBegin() && i < c.tokenEnd()) {
          continue;
        }
        if (!name.kind().equals(nameKind(tokens.get(i).ner()))) {
          continue;
        }
        String term = Terms.of(tokens.get(i));
        if (term == null || questionTerms.contains(term)) {
          continue;
        }
        if (!nested) {
          return true;
        }
        // Neither inside the other: "Italy" contains Calabria and is no rival to it.
        String place = runText(tokens, i);
        Set<String> placeTerms = new HashSet<>(Terms.of(tokens.subList(i, entityRunEnd(tokens, i))));
        if (lexicon.liesOutside(place, name.terms()) && lexicon.liesOutside(name.text(), placeTerms)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when the candidate's own clause names a person or an organization, but not the one the question names, while
   * its sentence does name that one elsewhere: "Yushan will cut 2,100 jobs, after rival Penghu said it would shed 450
   * workers" gives Penghu's figure in the second clause, not Yushan's.
   */
  private boolean rivalClause(Candidate c, PassageMatch m) {
    if (questionNames.isEmpty() || c.tag().equals(CandidateExtractor.SENTENCE)) {
      return false;
    }
    List<Token> tokens = c.passage().tokens();
    int begin = c.tokenBegin();
    while (begin > 0 && c.tokenBegin() - begin < CLAUSE_REACH && !endsClause(tokens.get(begin - 1))) {
      begin--;
    }
    int end = c.tokenEnd();
    while (end < tokens.size() && end - c.tokenEnd() < CLAUSE_REACH && !endsClause(tokens.get(end))) {
      end++;
    }
    for (Name name : questionNames) {
      // Places nest ("a village near Kitwe"), so only people and organizations rival each other here; a sentence
      // without the question's name at all is rivalName's case.
      if (name.kind().equals("LOCATION") || Collections.disjoint(name.terms(), m.matched())) {
        continue;
      }
      boolean own = false;
      boolean rival = false;
      for (int i = begin; i < end; i++) {
        String term = Terms.of(tokens.get(i));
        if (term == null || i >= c.tokenBegin() && i < c.tokenEnd()) {
          continue;
        }
        own |= name.terms().contains(term);
        rival |= name.kind().equals(nameKind(tokens.get(i).ner())) && !questionTerms.contains(term);
      }
      if (rival && !own) {
        return true;
      }
    }
    return false;
  }

  /** True for a token that bounds a clause: punctuation between clauses or a word that opens another clause. */
  private static boolean endsClause(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals(",") || w.equals(".") || w.equals(":") || CLAUSE_BREAKS.contains(w) || SUBORDINATORS.contains(w);
  }

  /**
   * The question's common nouns with the keywords right before them that modify them: "infrastructure" for
   * "minister" in "Poland's infrastructure minister", "chief" for "executive" in "GM's chief executive".
   */
  private static Map<String, Set<String>> roleModifiers(Question q) {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    List<Token> tokens = q.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      String head = Terms.of(tokens.get(i));
      if (head == null || !tokens.get(i).pos().startsWith("NN") || tokens.get(i).pos().startsWith("NNP")) {
        continue;
      }
      // Only common words: a name before the role ("Venice councillor", "UAW president") says whose role it is, and
      // an article may well say that elsewhere.
      for (int j = i - 1; j >= 0 && MODIFIER_TAGS.contains(tokens.get(j).pos()) && !tokens.get(j).isEntity(); j--) {
        String modifier = Terms.of(tokens.get(j));
        if (modifier != null) {
          out.computeIfAbsent(head, k -> new HashSet<>()).add(modifier);
        }
      }
    }
    return out;
  }

  /**
   * The keywords of the common nouns, adjectives and participles right before the question's focus, back to a
   * determiner or a name ("Kahurangi's new midpoint milk price forecast" gives "new", "midpoint", "milk", "price");
   * without a focus, those before the question's first noun phrase ("who won the women's singles" gives "woman").
   */
  private Set<String> focusQualifiers(Question q) {
    List<Token> tokens = q.tokens();
    int head = q.focus() == null ? firstHead(tokens) : lastIndexOf(tokens, q.focus());
    Set<String> out = new HashSet<>();
    for (int j = head - 1; j >= 0 && qualifies(tokens, j); j--) {
      String term = Terms.of(tokens.get(j));
      if (term != null) {
        keywordsOf(term).stream().filter(r.idf()::containsKey).forEach(out::add);
      }
    }
    return out;
  }

  /** The index of the question's last noun with the given lemma, or -1. */
  private static int lastIndexOf(List<Token> tokens, String lemma) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).pos().startsWith("NN") && lemma.equals(tokens.get(i).lemma())) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the question's first common noun that ends a run of nouns ("singles" of "women's singles"), or -1. */
  private static int firstHead(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i + 1 == tokens.size() || !tokens.get(i + 1).pos().startsWith("NN")
          && !QUALIFIER_LINKS.contains(tokens.get(i + 1).pos());
      if (commonNoun(tokens.get(i)) && last) {
        return i;
      }
    }
    return -1;
  }

  /** True when token {@code j} qualifies the noun after it: a common modifier, or a common noun's possessive mark. */
  private static boolean qualifies(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    if (t.pos().equals("POS")) {
      // "the women's singles" and "the men's winning time" name a class; "Kahurangi's forecast" names an owner.
      return j > 0 && commonNoun(tokens.get(j - 1));
    }
    return QUALIFIER_TAGS.contains(t.pos()) && !t.isEntity();
  }

  /** True for a common noun outside any named entity. */
  private static boolean commonNoun(Token t) {
    return (t.pos().equals("NN") || t.pos().equals("NNS")) && !t.isEntity();
  }

  /**
   * IDF share, among the question's focus qualifiers, of those inside the span or near it in its own clause: "Samoa
   * led 12-7 at half-time" has the half-time score, "beat Samoa 24-19 in the men's final" only the final's.
   */
  private double qualifier(Candidate c) {
    if (focusQualifiers.isEmpty() || c.tag().equals(CandidateExtractor.SENTENCE)) {
      return 0;
    }
    List<Token> tokens = c.passage().tokens();
    Set<String> found = new HashSet<>();
    for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
      collect(tokens.get(i), found);
    }
    for (int i = c.tokenBegin() - 1; i >= Math.max(0, c.tokenBegin() - NEARBY_WINDOW); i--) {
      if (CLAUSE_BREAKS.contains(lower(tokens, i)) || COORDINATORS.contains(lower(tokens, i)) && i > 0
          && tokens.get(i - 1).word().equals(",")) {
        break;
      }
      collect(tokens.get(i), found);
    }
    for (int i = c.tokenEnd(); i < Math.min(tokens.size(), c.tokenEnd() + NEARBY_WINDOW); i++) {
      // A comma before "and" ends the clause too: "rose to 33.2%, and youth unemployment reached 62.4%".
      if (CLAUSE_BREAKS.contains(lower(tokens, i)) || tokens.get(i).word().equals(",") && i + 1 < tokens.size()
          && COORDINATORS.contains(lower(tokens, i + 1))) {
        break;
      }
      collect(tokens.get(i), found);
    }
    double all = 0;
    double near = 0;
    for (String kw : focusQualifiers) {
      double idf = r.idf().getOrDefault(kw, 0.0);
      all += idf;
      near += found.contains(kw) ? idf : 0;
    }
    return all > 0 ? near / all : 0;
  }

  /** The lower-case word of token {@code i}. */
  private static String lower(List<Token> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  /**
   * The question's keywords that name who acted or spoke: names ("Barraclough", "Marlo") and nouns for people
   * ("minister", "director", "union"), so a descriptive answer can be told apart by who says it.
   */
  private static Set<String> agents(Question q, Lexicon lexicon) {
    // Whose account or whose deed the question asks about: the speaker after "according to", else the subject
    // between the auxiliary and the verb ("how did the workers' union respond to Harwoods' job cuts" asks about
    // the union, not Harwoods). Without either, every name counts.
    int[] span = speakerSpan(q.tokens());
    if (span != null) {
      Set<String> own = agentsIn(q, q.tokens().subList(span[0], span[1]), lexicon);
      if (!own.isEmpty()) {
        return own;
      }
    }
    return agentsIn(q, q.tokens(), lexicon);
  }

  /**
   * The tokens naming whose account the question asks for: after "according to" up to a comma or the question word,
   * or the subject between a question word's auxiliary and the next verb ("what did [the minister] say"); null when
   * neither is there.
   */
  private static int[] speakerSpan(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).word().equalsIgnoreCase("according") && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
        int end = i + 2;
        while (end < tokens.size() && !tokens.get(end).word().equals(",") && !tokens.get(end).pos().startsWith("W")) {
          end++;
        }
        return end > i + 2 ? new int[] {i + 2, end} : null;
      }
    }
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!tokens.get(i).pos().startsWith("W")) {
        continue;
      }
      Token aux = tokens.get(i + 1);
      if (!AUXILIARIES.contains(aux.lemma()) || !(aux.pos().startsWith("VB") || aux.pos().equals("MD"))) {
        return null;
      }
      for (int j = i + 2; j < tokens.size(); j++) {
        if (tokens.get(j).pos().startsWith("VB")) {
          return j > i + 2 ? new int[] {i + 2, j} : null;
        }
      }
      return null;
    }
    return null;
  }

  /** The keywords among {@code tokens} that name a person or an organization, or a noun for one. */
  private static Set<String> agentsIn(Question q, List<Token> tokens, Lexicon lexicon) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      String term = Terms.of(t);
      if (term == null || !q.keywords().contains(term)) {
        continue;
      }
      boolean name = t.pos().startsWith("NNP") || t.isEntity() && !QUANTITIES.contains(t.ner());
      boolean person = t.pos().startsWith("NN") && lexicon.classOf(t.lemma())
          .filter(type -> type == AnswerType.PERSON || type == AnswerType.ORGANIZATION).isPresent();
      if (name || person) {
        out.add(term);
      }
    }
    return out;
  }

  /**
   * For a descriptive answer to a question about what someone said or did, or a "why" question that asks for
   * someone's reasons ("according to the union's president"): 1 when the sentence names the question's speaker as
   * the one speaking ("said Nwankwo", "Nwankwo told reporters"); when the article names no one else as speaking
   * there, 0.75 when it reports speech and names them in another role ("Trowbridge was told"), 0.5 when it reports
   * speech right after a sentence that names them ("... Barraclough conceded. \"The people have spoken,\" he
   * said."); 0 otherwise.
   */
  private double speaker(Candidate c) {
    if (!c.tag().equals(CandidateExtractor.SENTENCE) || agents.isEmpty() && speakerAliases.isEmpty()
        || cueWords.isEmpty()) {
      return 0;
    }
    // A plain "why" question wants the reason, whoever gives it, so only its subject's own quoted words count.
    boolean plainWhy = asksCause(q) && !asksWhoseReason();
    Passage p = c.passage();
    List<Token> tokens = p.tokens();
    Set<String> aliases = speakerAliases.getOrDefault(p.articleId(), Set.of());
    // Who the article says speaks here, even when named in a neighbouring sentence of the same quotation.
    boolean attributed = p.speaker().stream().anyMatch(term -> aliases.contains(term) || namesAgent(term));
    if (attributed && (!plainWhy || quoted(tokens) || !Attribution.reportsSpeech(tokens))) {
      return p.speaker().stream().anyMatch(term -> aliases.contains(term) || namesRole(term)) ? 1 : OWNER_ONLY;
    }
    boolean speech = false;
    for (Token t : tokens) {
      if (SPEECH_CUES.contains(t.lemma()) || SPEECH_CUES.contains(t.word()) || RESPONSE_CUES.contains(t.lemma())) {
        speech = true;
        break;
      }
    }
    if (!speech) {
      return 0;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String term = Terms.of(tokens.get(i));
      // A proper noun, whatever its tag: the tagger misses a surname it tagged in full elsewhere in the article.
      String word = Terms.normalize(tokens.get(i).word());
      boolean alias = tokens.get(i).pos().startsWith("NNP") && word != null && aliases.contains(word);
      boolean acts = speaks(tokens, i) || cueWords == RESPONSE_CUES && responds(tokens, i);
      if ((alias || term != null && keywordsOf(term).stream().anyMatch(agents::contains)) && acts
          && (!plainWhy || quoted(tokens))) {
        return alias || speakerHasRole(tokens, i) ? 1 : OWNER_ONLY;
      }
    }
    if (plainWhy || !p.speaker().isEmpty()) {
      // Someone else speaks here: the question's speaker named in the sentence is whom they speak of or to.
      return 0;
    }
    Set<String> here = match(p).matched();
    if (here.stream().anyMatch(agents::contains)) {
      return 0.75;
    }
    Set<String> before = sentenceMatches.getOrDefault(p.articleId() + "#" + (p.sentenceIndex() - 1), Set.of());
    return before.stream().anyMatch(agents::contains) ? 0.5 : 0;
  }

  /**
   * The agents that are common nouns of the question: a role ("coach", "union"), whose owner ("Fiji's") alone
   * may speak as someone else ("the Fiji Rugby Union said").
   */
  private static Set<String> roleAgents(Question q, Set<String> agents) {
    Set<String> out = new HashSet<>();
    for (Token t : q.tokens()) {
      String term = Terms.of(t);
      if (term != null && agents.contains(term) && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
          && !t.isEntity()) {
        out.add(term);
      }
    }
    return out;
  }

  /** True when a speaker's term names the question's role, or the question names its speaker by no role. */
  private boolean namesRole(String term) {
    return roleAgents.isEmpty() || namesOneOf(term, roleAgents);
  }

  /**
   * True when the name run around the speaking token {@code at} ("Fiji coach Epeli Naisoro") holds the question's
   * role, or the question names its speaker by no role.
   */
  private boolean speakerHasRole(List<Token> tokens, int at) {
    if (roleAgents.isEmpty()) {
      return true;
    }
    for (int i = Math.max(0, at - ADJACENT_RUN); i <= Math.min(tokens.size() - 1, at + ADJACENT_RUN); i++) {
      String term = Terms.of(tokens.get(i));
      if (term != null && namesOneOf(term, roleAgents)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a speaker's term counts as one of the question's agents, also as the singular of a plural in a name
   * ("Swedish Airline Pilots Association" for "the pilots": a proper noun's term is its word, not its lemma).
   */
  private boolean namesAgent(String term) {
    return namesOneOf(term, agents);
  }

  /** True when a term, or the singular of a plural name's word, counts as one of {@code keywords}. */
  private boolean namesOneOf(String term, Set<String> keywords) {
    return keywordsOf(term).stream().anyMatch(keywords::contains) || term.length() > 3 && term.endsWith("s")
        && keywordsOf(term.substring(0, term.length() - 1)).stream().anyMatch(keywords::contains);
  }

  /** True when a keyword names a month, in full or by its abbreviation ("feb" for "february"). */
  private static boolean namesMonth(String keyword, String month) {
    return keyword.equals(month) || keyword.length() >= 3 && month.startsWith(keyword)
        && MONTH_NAMES.matcher(keyword).matches();
  }

  /** True when a sentence's subject is a pronoun or a possessive one: "It supports ...", "Its chief said ...". */
  private static boolean opensWithPronoun(List<Token> tokens) {
    return !tokens.isEmpty() && SUBJECT_PRONOUNS.contains(tokens.get(0).word().toLowerCase(Locale.ROOT));
  }

  /** True when the sentence has a quotation mark. */
  private static boolean quoted(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> Attribution.QUOTES.contains(t.word()));
  }

  /** True for "why ..., according to X" and "why does X say ...": the reasons a named speaker gives. */
  private boolean asksWhoseReason() {
    for (Token t : q.tokens()) {
      if (t.word().equalsIgnoreCase("according") || SPEECH_VERBS.contains(t.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the name at {@code at} is the subject of a verb of speech within a few words: before it ("Nwankwo
   * told reporters", "Nwankwo, the chief executive, said") or after it ("said Nwankwo", "according to Nwankwo"); a
   * name right after "told" or "asked" is the one spoken to.
   */
  /**
   * True when the name at {@code at} is the subject of a verb of response a few words on ("the union FNV Havens
   * reacted angrily", "workers' groups rejected the offer").
   */
  private static boolean responds(List<Token> tokens, int at) {
    for (int i = at + 1; i < Math.min(tokens.size(), at + Attribution.REACH + 1); i++) {
      if (tokens.get(i).pos().startsWith("VB") && RESPONSE_DEEDS.contains(tokens.get(i).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static boolean speaks(List<Token> tokens, int at) {
    for (int i = Math.max(0, at - Attribution.REACH); i < Math.min(tokens.size(), at + Attribution.REACH + 1); i++) {
      Token t = tokens.get(i);
      if (i == at || !Attribution.SPEECH_VERBS.contains(t.lemma()) && !t.word().equalsIgnoreCase("according")) {
        continue;
      }
      if (i < at && Attribution.LISTENER_VERBS.contains(t.lemma())) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** Returns the unit class of a measuring question ("how far", "what altitude"), or null. */
  static String unitClass(Question q) {
    if (q.type() == AnswerType.PERCENT || q.type() == AnswerType.MONEY) {
      // "How far did the shares fall" asks for the size of a change, which no unit of length measures.
      return null;
    }
    List<Token> tokens = q.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).word().equalsIgnoreCase("how")) {
        String unit = UNIT_CLASSES.get(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
        if (unit != null) {
          return unit;
        }
      }
    }
    if (q.form() == QuestionForm.HOW_LONG && q.type() == AnswerType.NUMBER) {
      // "How long is the new metro line": the analyzer found a thing whose length is asked, not a stretch of time.
      return "linear unit";
    }
    return q.focus() == null ? null : UNIT_CLASSES.get(q.focus());
  }

  /**
   * 1 when a quantity carries a unit of the class the question measures ("48 light years" for "how far"), -1 when
   * it carries a unit of something else ("1.7 times the size") or is money or a percentage, or is an age the
   * question does not ask for, 0 for a bare number or a question that measures nothing in particular.
   */
  private double unitFit(Candidate c) {
    if (unitClass == null) {
      // A question that measures nothing in particular is still not asking a person's age ("what level of
      // salbutamol was found in Haugland's sample" and "Haugland, 28, said").
      return c.tag().equals("NUMBER") && c.tokenEnd() - c.tokenBegin() == 1 && agePosition(c) ? -1 : 0;
    }
    if (!QUANTITIES.contains(c.tag())) {
      return 0;
    }
    if (c.tag().equals("MONEY") || c.tag().equals("PERCENT") || tally(c)) {
      // A sum of money, a share or a score ("7-5") measures no length, age, weight or temperature.
      return -1;
    }
    List<Token> tokens = c.passage().tokens();
    int to = Math.min(tokens.size(), c.tokenEnd() + UNIT_REACH);
    boolean otherUnit = false;
    for (int i = c.tokenBegin(); i < to; i++) {
      Token t = tokens.get(i);
      // Short words are unit symbols ("km", "kg"), not the prepositions and articles of the words that follow.
      boolean unitWord = t.pos().startsWith("NN") || t.word().length() <= 2 && Character.isLetter(t.word().charAt(0))
          && !FUNCTION_TAGS.contains(t.pos());
      if (i >= c.tokenEnd() && (otherUnit || !unitWord)) {
        // Only a unit right after the number is its own: "seven parties on Monday" counts no days.
        break;
      }
      boolean fits = AGE.equals(unitClass)
          ? unitWord && QuestionAnalyzer.TIME_UNITS.contains(t.lemma()) && ageUnit(tokens, i)
              && i > 0 && (tokens.get(i - 1).pos().equals("CD") || tokens.get(i - 1).word().equals("-"))
          : unitWord && (lexicon.isA(t.lemma(), unitClass) || lexicon.isA(t.word(), unitClass))
              || i + 1 < to && lexicon.isA(t.word() + " " + tokens.get(i + 1).lemma(), unitClass)
              || SPEED.equals(unitClass) && unitWord && lexicon.isA(t.lemma(), "linear unit")
                  && perTime(tokens, i + 1);
      if (fits) {
        return AGE.equals(unitClass) && someoneElsesAge(c) ? -1 : 1;
      }
      otherUnit |= unitWord && !t.isEntity() && i > c.tokenBegin();
    }
    // A bare number may well be an age ("aged 61"); a number of something else is not, nor the age of another
    // person than the one asked about. A length, a weight or a temperature is written with its unit: a bare "19"
    // is a count of something (no measure question of the development set has a bare answer).
    if (otherUnit || AGE.equals(unitClass) && (!agePosition(c) || someoneElsesAge(c))) {
      return -1;
    }
    return AGE.equals(unitClass) ? 0 : -0.5;
  }

  /** True when the tokens from {@code i} say "per hour", "an hour" or "/h": a length so measured is a speed. */
  private static boolean perTime(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !PER.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Token time = tokens.get(i + 1);
    return QuestionAnalyzer.TIME_UNITS.contains(time.lemma()) || TIME_SYMBOLS.contains(time.word());
  }

  /**
   * True when a bare number stands where news gives an age: in commas after a name ("Okoro, 52, said") or after
   * "aged" or "the age of"; anywhere else it counts or ranks something ("one", "about 400").
   */
  private static boolean agePosition(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    int before = c.tokenBegin() - 1;
    if (before < 0) {
      return false;
    }
    String prev = tokens.get(before).word().toLowerCase(Locale.ROOT);
    String next = c.tokenEnd() < tokens.size() ? tokens.get(c.tokenEnd()).word() : ".";
    boolean apposition = prev.equals(",") && AGE_CLOSERS.contains(next);
    boolean aged = prev.equals("aged") || prev.equals("age")
        || prev.equals("of") && before > 0 && tokens.get(before - 1).word().equalsIgnoreCase("age");
    return apposition || aged;
  }

  /**
   * True when the unit of time at {@code i} counts an age: "58 years", "a 71-year-old man", but not the length of
   * what follows it ("a two-day policy meeting", "a four-day working week"); the caller also wants the number right
   * before the unit, which "the 2023-24 financial year" lacks.
   */
  private static boolean ageUnit(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || tokens.get(i + 1).word().equalsIgnoreCase("old")) {
      return true;
    }
    // "a four-day working week": a modifier after the unit starts the noun it measures.
    String next = tokens.get(i + 1).pos();
    return !next.startsWith("NN") && !next.equals("VBG") && !next.startsWith("JJ");
  }

  /**
   * The last word of each person's name among the tokens: a person is named by the surname, so "Daniel Reyes" does
   * not name Daniel Ong.
   */
  private static List<String> surnames(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i + 1 >= tokens.size() || !tokens.get(i + 1).ner().equals("PERSON");
      String term = Terms.of(tokens.get(i));
      if (tokens.get(i).ner().equals("PERSON") && last && term != null) {
        out.add(term);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The last words of runs of two or more proper nouns that end untagged: a person the tagger missed, or half read
   * as a place ("Sofia Bergström"); an organization's or a place's name ends in a tagged word ("Wattle Air").
   */
  private static List<String> untaggedNames(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    int run = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean proper = t.pos().equals("NNP") && Character.isUpperCase(t.word().charAt(0));
      run = proper ? run + 1 : 0;
      boolean last = i + 1 >= tokens.size() || !tokens.get(i + 1).pos().equals("NNP");
      String term = Terms.of(t);
      if (proper && last && run >= 2 && t.ner().equals("O") && term != null) {
        out.add(term);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The surnames of the persons the question names; for a question typed in lower case, which the tagger finds no
   * names in ("how old is darren gallant"), the keywords the retrieved sentences use as a person's last name.
   */
  private static List<String> questionSurnames(Question q, Retrieval r, Lexicon lexicon) {
    // Whose post it is names no one ("the Kartal mayor", "the mayor of przedecz"), though the tagger may read the
    // place or the company as a person: the age is given after the holder's own name ("Mayor Selin Aydoğan, 49,").
    Set<String> owners = postOwners(q.tokens(), lexicon);
    List<String> tagged = surnames(q.tokens()).stream().filter(term -> !owners.contains(term)).toList();
    if (!tagged.isEmpty()) {
      return tagged;
    }
    Map<String, Integer> asPerson = new HashMap<>();
    Map<String, Integer> asOther = new HashMap<>();
    for (Passage p : r.passages()) {
      for (String surname : surnames(p.tokens())) {
        asPerson.merge(surname, 1, Integer::sum);
      }
      for (Token t : p.tokens()) {
        String term = Terms.of(t);
        if (term != null && nameKind(t.ner()) != null && !t.ner().equals("PERSON")) {
          asOther.merge(term, 1, Integer::sum);
        }
      }
    }
    // A run of proper nouns the tagger left untagged in the question is no person when the articles use its last
    // word but never for one ("the chairman of Suryavanshi Photovoltaics" names no one).
    List<String> named = untaggedNames(q.tokens()).stream().filter(term -> !owners.contains(term))
        .filter(term -> asPerson.containsKey(term) || !usedIn(term, r.passages())).toList();
    // The clean-up capitalizes the first word: only a capital after it shows the person typed names as names.
    if (!named.isEmpty() || q.tokens().stream().skip(1)
        .anyMatch(t -> !t.word().equals(t.word().toLowerCase(Locale.ROOT)))) {
      return named;
    }
    asPerson.keySet().retainAll(q.keywords());
    // A word the articles use more often for a company or a place is not the person's name, nor a post's owner
    // ("ojekita's ceo" asks about the chief executive of Ojekita, whoever the articles tag it as).
    List<String> found = new ArrayList<>();
    asPerson.forEach((term, n) -> {
      if (n >= asOther.getOrDefault(term, 0) && !owners.contains(term)) {
        found.add(term);
      }
    });
    return List.copyOf(found);
  }

  /**
   * The question's words that say whose post it asks about rather than who holds it: a possessor ("ojekita's ceo"),
   * a word right before the post ("the Kartal mayor", "the meranti chief executive") or after it and "of" ("the
   * mayor of przedecz").
   */
  static Set<String> postOwners(List<Token> tokens, Lexicon lexicon) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      boolean owner = i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("POS")
          || i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("of") && isPost(tokens.get(i - 2), lexicon);
      // Modifiers of the post may stand between ("the meranti chief executive").
      for (int j = i + 1; j < Math.min(tokens.size(), i + 2 + POST_MODIFIERS) && !owner; j++) {
        Token u = tokens.get(j);
        owner = isPost(u, lexicon);
        if (!u.pos().startsWith("NN") && !u.pos().startsWith("JJ")) {
          break;
        }
      }
      String term = Terms.of(tokens.get(i));
      if (owner && term != null) {
        out.add(term);
      }
    }
    return out;
  }

  /** True when some passage has a word that normalizes to {@code term}. */
  private static boolean usedIn(String term, List<Passage> passages) {
    return passages.stream().anyMatch(p -> p.tokens().stream().anyMatch(t -> term.equals(Terms.of(t))));
  }

  /**
   * True when the question asks a named person's age and the candidate is not given as theirs: its sentence does not
   * name them, or it stands after another person's name ("Chief Executive Marcus Teo, 34, resigned" for "how old is
   * Daniel Ong").
   */
  private boolean someoneElsesAge(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    int comma = c.tokenBegin() - 1;
    // The tagger does not always see a surname standing alone as a person ("MacAulay, 44,"): a proper noun counts.
    boolean afterName = comma >= 1 && tokens.get(comma).word().equals(",") && personOrName(tokens.get(comma - 1));
    for (String surname : questionSurnames) {
      if (tokens.stream().noneMatch(t -> personOrName(t) && Objects.equals(Terms.of(t), surname))) {
        return true;
      }
      if (afterName) {
        for (int j = comma - 1; j >= 0 && personOrName(tokens.get(j)); j--) {
          if (Objects.equals(Terms.of(tokens.get(j)), surname)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean personOrName(Token t) {
    return t.ner().equals("PERSON") || t.pos().startsWith("NNP");
  }

  /** True when a number candidate opens with a tally of two counts ("2-1", "a 7-2 decision"). */
  private static boolean tally(Candidate c) {
    if (!c.tag().equals("NUMBER")) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    for (Token t : c.passage().tokens().subList(c.tokenBegin(), c.tokenEnd())) {
      if (!TALLY_PART.matcher(t.word()).matches()) {
        break;
      }
      text.append(t.word());
    }
    return TALLY.matcher(text).matches();
  }

  /**
   * True when a name's title is the question's role with a qualifier the question lacks: "Vice President Terry
   * Dittes" for "who is the president", "Senior Deputy Governor Carolyn Rogers" for "who is the governor".
   */
  private boolean qualifiedRole(Candidate c, TitleRuns runs) {
    if (!c.tag().equals("PERSON")) {
      return false;
    }
    return qualifiedKeyword(runs.before()) || qualifiedKeyword(runs.after()) || otherAffiliation(runs.before())
        || otherModifier(inTextOrder(runs.before()))
        || !runs.afterOwnedByNext() && (otherModifier(runs.after()) || otherAffiliation(runs.after()));
  }

  /** The run before a span, which {@link TitleRuns} holds nearest first, in text order. */
  private static List<Token> inTextOrder(List<Token> before) {
    List<Token> out = new ArrayList<>(before);
    Collections.reverse(out);
    return out;
  }

  /**
   * True when a title run (in either order) holds one of the question's role words under a place or organization the
   * question does not name, while the question names one: "U.S. President Donald Trump" for "who is the president of
   * the United Auto Workers", "Norway's Fisheries Minister" for "who is the UK's fisheries minister".
   */
  private boolean otherAffiliation(List<Token> run) {
    if (!namesPlace || run.stream().noneMatch(t -> !t.isEntity() && Terms.of(t) != null
        && !keywordsOf(Terms.of(t)).isEmpty())) {
      return false;
    }
    for (Token t : run) {
      String term = Terms.of(t);
      if (term != null && AFFILIATIONS.contains(t.ner()) && keywordsOf(term).isEmpty()
          && !questionTerms.contains(term) && !abbreviates(term)) {
        return true;
      }
    }
    return false;
  }

  /** True when a word is the initials of a name in the question ("uaw", "u.s.") or the start of one of its words. */
  private boolean abbreviates(String term) {
    String letters = term.replace(".", "");
    if (nameInitials.contains(letters)) {
      return true;
    }
    // Every word of a name in the question is a key of nameWords.
    return letters.length() >= 3 && (nameWords.keySet().stream().anyMatch(w -> w.startsWith(letters))
        || q.keywords().stream().anyMatch(kw -> kw.startsWith(letters)));
  }

  /**
   * True when a title run (in text order) has one of the question's role nouns under another modifier and none of
   * the question's: "Prime Minister Donald Tusk" for "who is the infrastructure minister".
   */
  private boolean otherModifier(List<Token> run) {
    for (int i = 1; i < run.size(); i++) {
      Set<String> asked = roleModifiers.get(Terms.of(run.get(i)));
      if (asked == null || run.stream().anyMatch(t -> asked.stream().anyMatch(m -> sameWord(t, m)))) {
        continue;
      }
      Token modifier = run.get(i - 1);
      // A proper noun counts here, unlike in the question: "Prime" of "Prime Minister" is tagged one.
      if ((modifier.pos().startsWith("NN") || modifier.pos().equals("JJ")) && !modifier.isEntity()
          && q.keywords().stream().noneMatch(k -> sameWord(modifier, k))) {
        return true;
      }
    }
    return false;
  }

  /** True when a title run has a qualifier the question lacks and one of the question's keywords ("deputy governor"). */
  private boolean qualifiedKeyword(List<Token> run) {
    return run.stream().anyMatch(this::qualifies) && run.stream().anyMatch(t -> {
      String term = Terms.of(t);
      return term != null && !keywordsOf(term).isEmpty();
    });
  }

  private boolean qualifies(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return ROLE_QUALIFIERS.contains(w) && !questionTerms.contains(w);
  }

  /** True when a token is a keyword's word, also as a capitalized plural ("Mines" in a title, "mine" asked). */
  private boolean sameWord(Token t, String keyword) {
    String term = Terms.of(t);
    if (term == null) {
      return false;
    }
    return keywordsOf(term).contains(keyword) || term.equals(keyword + "s") || term.equals(keyword + "es");
  }

  /**
   * Returns the preposition of the asked-for phrase: leading ("in which city", "to what level") or stranded at the
   * end ("which club did they buy her from"), lower-cased; null when there is none.
   */
  static String whPreposition(List<Token> tokens) {
    int last = tokens.size() - 1;
    while (last >= 0 && !Character.isLetterOrDigit(tokens.get(last).word().charAt(0))) {
      last--;
    }
    if (last > 0 && PREPOSITION_TAGS.contains(tokens.get(last).pos())) {
      return tokens.get(last).word().toLowerCase(Locale.ROOT);
    }
    if (tokens.size() > 1 && PREPOSITION_TAGS.contains(tokens.get(0).pos())
        && tokens.get(1).pos().startsWith("W")) {
      return tokens.get(0).word().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** True when the span comes right after the preposition, allowing one determiner ("to the Louvre"). */
  private static boolean governedBy(Candidate c, String preposition) {
    List<Token> tokens = c.passage().tokens();
    for (int i = c.tokenBegin() - 1; i >= Math.max(0, c.tokenBegin() - 2); i--) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals(preposition)) {
        return true;
      }
      if (!tokens.get(i).pos().equals("DT")) {
        return false;
      }
    }
    return false;
  }

  /** Per-passage match of the question's keywords, computed once per passage. */
  record PassageMatch(Set<String> matched, Set<String> matchedWithTitle, List<Integer> keywordPositions) {
  }

  /** Returns which keywords a passage matches, in its sentence and in its article's title. */
  private PassageMatch match(Passage p) {
    PassageMatch known = matchesByPassage.get(p);
    return known != null ? known : computeMatch(p);
  }

  private PassageMatch computeMatch(Passage p) {
    List<Token> tokens = p.tokens();
    Set<String> matched = new HashSet<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String term = Terms.of(tokens.get(i));
      if (term == null || partOfOtherName(tokens, i, term)) {
        continue;
      }
      boolean any = false;
      for (String kw : keywordsOf(term)) {
        matched.add(kw);
        any = true;
      }
      if (any) {
        positions.add(i);
      }
    }
    Set<String> withTitle = new HashSet<>(matched);
    // A quotation is its speaker's words even where the speaker is named in the next sentence.
    for (String term : p.speaker()) {
      withTitle.addAll(keywordsOf(term));
    }
    if (p.citation().date() != null) {
      // "in October 2025" usually means the article's own date, which the sentence need not repeat; "the report of
      // March 11" is the article of that day.
      String year = String.valueOf(p.citation().date().getYear());
      String month = p.citation().date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
          .toLowerCase(Locale.ROOT);
      String day = String.valueOf(p.citation().date().getDayOfMonth());
      boolean sameMonth = q.keywords().stream().anyMatch(kw -> namesMonth(kw, month));
      for (String kw : q.keywords()) {
        if (kw.equals(year) || namesMonth(kw, month) || sameMonth && kw.equals(day)) {
          withTitle.add(kw);
        }
      }
    }
    // "According to Reuters' report": the outlet that published the article.
    withTitle.addAll(outletKeywords(p));
    for (String word : p.citation().title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}$%]+")) {
      String term = Terms.normalize(word);
      if (term == null) {
        continue;
      }
      for (String kw : q.keywords()) {
        if (matches(kw, term) || matches(kw, singular(term))) {
          withTitle.add(kw);
        }
      }
    }
    return new PassageMatch(matched, withTitle, positions);
  }

  /**
   * True when the word at {@code i} is one word of a several-word name in the question, inside a different name in
   * the passage: "United" of "United Auto Workers" in "United States", which matches the word but not the name.
   */
  private boolean partOfOtherName(List<Token> tokens, int i, String term) {
    Set<String> name = nameWords.get(term);
    if (name == null || !tokens.get(i).isEntity()) {
      return false;
    }
    String tag = tokens.get(i).ner();
    int from = i;
    while (from > 0 && tag.equals(tokens.get(from - 1).ner())) {
      from--;
    }
    int to = i + 1;
    while (to < tokens.size() && tag.equals(tokens.get(to).ner())) {
      to++;
    }
    int shared = 0;
    boolean other = false;
    for (int j = from; j < to; j++) {
      String t = Terms.of(tokens.get(j));
      if (t != null && name.contains(t)) {
        shared++;
      } else if (t != null) {
        other = true;
      }
    }
    return other && shared < 2;
  }

  /**
   * Returns the feature vector of a candidate.
   *
   * @param c       the candidate
   * @param support number of distinct passages whose candidates share this candidate's key
   * @return the vector, in {@link #NAMES} order
   */
  public double[] of(Candidate c, int support) {
    Passage p = c.passage();
    PassageMatch m = match(p);
    double[] x = new double[NAMES.size()];
    x[0] = 1;
    x[1] = idfShare(m.matched());
    x[2] = idfShare(m.matchedWithTitle());
    x[3] = maxScore > 0 ? p.score() / maxScore : 0;
    x[4] = 1.0 / (1 + c.passageRank());
    x[5] = granularity(c, typeMatch(c.tag()));
    x[6] = proximity(c, m.keywordPositions());
    x[7] = focusNear(c) ? 1 : 0;
    x[8] = Math.log(support);
    x[9] = 1.0 / (1 + p.sentenceIndex());
    x[10] = missing(m.matchedWithTitle());
    x[11] = q.keywords().isEmpty() ? 1 : (double) r.unknown().size() / q.keywords().size();
    x[12] = copula(c) ? 1 : 0;
    x[13] = c.tag().equals(CandidateExtractor.SENTENCE) ? 0 : Math.min(1, (c.tokenEnd() - c.tokenBegin()) / 8.0);
    x[14] = c.tag().equals(CandidateExtractor.SENTENCE) ? x[1] : nearby(c);
    Set<String> article = articleMatches.getOrDefault(p.articleId(), m.matchedWithTitle());
    x[15] = idfShare(article);
    x[10] = missing(article);
    // WordNet knowing a name as one of the focus ("Beijing" as a capital) is whole evidence only when the text also
    // calls it one, beside it or through a copula: a capital named near "Australia" need not be Australia's.
    x[16] = isA(c) ? (x[7] > 0 || x[12] > 0 ? 1 : 0.5) : knownAsOther(c) ? -1 : 0;
    x[17] = overlap(c);
    x[18] = window(p, m);
    x[19] = cue(c);
    x[20] = specificDate(c) ? 1 : 0;
    x[21] = whPreposition != null && governedBy(c, whPreposition) ? 1 : 0;
    // The title runs beside a span, found once for the adjacent-keyword and the qualified-role features.
    TitleRuns runs = c.tag().equals(CandidateExtractor.SENTENCE) ? null : titleRuns(c);
    x[22] = runs == null ? 0 : adjacent(runs);
    x[23] = unitMismatch(c);
    x[24] = missing(windowMatches(p, m));
    x[25] = unitFit(c);
    x[26] = runs != null && qualifiedRole(c, runs) ? 1 : 0;
    // How well the passage matches the question in absolute terms: BM25 over the question's total IDF, so a best
    // passage that matches little of an off-topic question scores low even when it is the best there is.
    x[27] = totalIdf > 0 ? Math.min(3, p.score() / totalIdf) : 0;
    x[28] = missingIdf(article) / ABSOLUTE_IDF_SCALE;
    x[29] = speaker(c);
    x[30] = timeConflict(c, timeConflicts.computeIfAbsent(p, this::timeConflict));
    x[31] = q.focus() != null && TALLY_NOUNS.contains(q.focus()) && tally(c) ? 1 : 0;
    x[32] = rivalName(c, m) ? 1 : 0;
    // The question's own subject, verb or source beside a candidate and another one's weigh differently (a
    // paraphrase misses the first, not the second), so each direction is a feature of its own.
    double subject = subject(c);
    double verb = verbBefore(c);
    double source = sourceClause(c);
    x[33] = Math.max(0, subject);
    x[34] = broadPlace(c) ? 1 : 0;
    x[35] = Math.max(0, verb);
    x[36] = Math.max(0, source);
    x[37] = pastFigure(c) ? 1 : 0;
    x[38] = namesReport(p) ? 1 : 0;
    x[39] = Math.max(0, -subject);
    x[40] = Math.max(0, -verb);
    x[41] = Math.max(0, -source);
    x[42] = qualifier(c);
    x[43] = rivalClause(c, m) ? 1 : 0;
    return x;
  }

  /**
   * Returns the answer-level features of the winning candidate, for the calibrator.
   *
   * @param best      the winning candidate's features (in {@link #NAMES} order)
   * @param kind      the winning candidate's kind
   * @param score     its ranking score
   * @param runnerUp  the best score of a candidate with a different answer, or NaN when there is none
   * @param share     the softmax share of the winning answer among all candidates' scores
   * @param hasFocus  whether the question has a focus noun (so a missing focus near the answer means something)
   * @param yesNo     whether the question asks yes or no ("Has the regulator approved the sale?"), which no span of
   *                  an article answers as such
   * @return the vector, in {@link #ANSWER_NAMES} order
   */
  public static double[] answerLevel(double[] best, AnswerModel.Kind kind, double score, double runnerUp,
                                     double share, boolean hasFocus, boolean yesNo) {
    double margin = Double.isNaN(runnerUp) ? 5 : Math.min(5, score - runnerUp);
    return new double[] {1, score, margin, share, best[1], best[2], best[10], best[11], best[5], best[14], best[8],
        kind == AnswerModel.Kind.SENTENCE ? 1 : 0, kind == AnswerModel.Kind.PHRASE ? 1 : 0, best[15], best[16],
        best[7], best[6], hasFocus ? 0 : 1, best[18], best[19], best[23], best[24], best[25], best[27], best[28],
        best[30], best[32], yesNo ? 1 : 0, best[3], best[4], best[9], best[12], best[13], best[17], best[20], best[21],
        best[22], best[26], best[29], best[31], best[33], best[34], best[35], best[36], best[37], best[38], best[39],
        best[40], best[41]};
  }

  private boolean matches(String keyword, String term) {
    return r.expansions().getOrDefault(keyword, Set.of(keyword)).contains(term)
        || r.fuzzy().contains(keyword) && Spelling.withinOneEdit(keyword, term);
  }

  /** Returns the keywords a term counts as: by expansion, or as a one-typo variant of a fuzzy keyword. */
  private Set<String> keywordsOf(String term) {
    Set<String> direct = keywordsByTerm.getOrDefault(term, Set.of());
    if (r.fuzzy().isEmpty()) {
      return direct;
    }
    Set<String> all = new HashSet<>(direct);
    for (String kw : r.fuzzy()) {
      if (Spelling.withinOneEdit(kw, term)) {
        all.add(kw);
      }
    }
    return all;
  }

  /**
   * True when the passage's article, in its title and its retrieved sentences, matches every keyword the articles
   * use and its title the rarest of them: it is about the whole question, whatever rank its sentences got.
   */
  public boolean articleCoversQuestion(Passage p) {
    Set<String> matched = articleMatches.getOrDefault(p.articleId(), Set.of());
    if (!r.idf().keySet().stream().allMatch(kw -> matched.contains(kw) || r.unknown().contains(kw))) {
      return false;
    }
    // About it, not mentioning it in passing: its title has the question's rarest word ("Wattle Air grounds nine
    // jets" for "how old is the chief executive of Wattle Air").
    for (String word : p.citation().title().split("[^\\p{L}\\p{N}]+")) {
      String term = Terms.normalize(word);
      if (rarest != null && term != null && keywordsOf(term).contains(rarest)) {
        return true;
      }
    }
    return false;
  }

  private double idfShare(Set<String> matched) {
    if (totalIdf <= 0) {
      return 0;
    }
    double sum = 0;
    for (String kw : matched) {
      sum += r.idf().getOrDefault(kw, 0.0);
    }
    return sum / totalIdf;
  }

  /** IDF share of the keywords matched by the sentence or the sentences right before and after it. */
  private double window(Passage p, PassageMatch m) {
    return idfShare(windowMatches(p, m));
  }

  /**
   * Keywords matched by the sentence, the sentences right before and after it, or the article's title: what the
   * answer's immediate context covers ("Romania" missing from it, though elsewhere in the article, is a bad sign).
   */
  private Set<String> windowMatches(Passage p, PassageMatch m) {
    Set<String> found = new HashSet<>(m.matched());
    found.addAll(sentenceMatches.getOrDefault(p.articleId() + "#" + (p.sentenceIndex() - 1), Set.of()));
    found.addAll(sentenceMatches.getOrDefault(p.articleId() + "#" + (p.sentenceIndex() + 1), Set.of()));
    return found;
  }

  /**
   * 1 when a descriptive answer sentence has the cue its question form calls for: a reason for "why", reported
   * speech for "what did X say", a stated intention for "how did X respond".
   */
  private double cue(Candidate c) {
    if (!c.tag().equals(CandidateExtractor.SENTENCE)) {
      return 0;
    }
    Set<String> wanted = cueWords;
    if (wanted.isEmpty()) {
      return 0;
    }
    double best = 0;
    List<Token> tokens = c.passage().tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (wanted.contains(t.lemma()) || wanted.contains(t.word())) {
        if (wanted != CAUSE_CUES || !TEMPORAL_CUES.contains(t.lemma())) {
          return 1;
        }
        best = 0.5;
      } else if (wanted == CAUSE_CUES && purpose(tokens, i)) {
        // "in a bid to lift the price paid to farmers": the aim is the reason.
        return 1;
      } else if (wanted == CAUSE_CUES && (reasonPreposition(tokens, i) || JUSTIFYING_CUES.contains(t.lemma())
          || madeInto(tokens, i))) {
        best = 0.5;
      }
    }
    return best;
  }

  /**
   * True when the word at {@code i} is "make" putting its object into a state, a cause told as its effect: "rising
   * costs had made the washing machine line unprofitable".
   */
  private static boolean madeInto(List<Token> tokens, int i) {
    if (!tokens.get(i).lemma().equals("make") || !tokens.get(i).pos().startsWith("VB")) {
      return false;
    }
    boolean object = false;
    for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + MADE_INTO_OBJECT); j++) {
      String pos = tokens.get(j).pos();
      if (pos.equals("JJ") && object) {
        // After the object's head: the state it is put in, not a modifier of the object ("made the first profit").
        return true;
      }
      if (pos.startsWith("NN") || pos.equals("PRP")) {
        object = true;
      } else if (!pos.equals("DT") && !pos.equals("VBG") && !pos.equals("PRP$") && !pos.equals("JJ")) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the word at {@code i} opens a purpose: "in a bid to", "in order to", "aimed at", "designed to", "so
   * that".
   */
  private static boolean purpose(List<Token> tokens, int i) {
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
    String prev = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    return (w.equals("bid") || w.equals("order") || w.equals("effort") || w.equals("attempt")) && next.equals("to")
            && (prev.equals("a") || prev.equals("in") || prev.equals("an"))
        || PURPOSE_VERBS.contains(w) && (next.equals("to") || next.equals("at"))
        || w.equals("so") && next.equals("that");
  }

  /**
   * True when "as", "over" or "against" at {@code i} opens a reason ("as the fall of the naira made imports dearer",
   * "over a banned dye"), not a comparison, an amount or a span of time ("as well as", "over the past year", "over
   * 200").
   */
  private static boolean reasonPreposition(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.pos().equals("IN") || !PREPOSITION_CUES.contains(t.word().toLowerCase(Locale.ROOT))
        || i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    if (next.pos().equals("DT") && i + 2 < tokens.size()) {
      // "over the past year", "as a whole": what follows the article decides.
      next = tokens.get(i + 2);
    }
    boolean comparison = i > 0 && (tokens.get(i - 1).word().equalsIgnoreCase("such")
        || tokens.get(i - 1).word().equalsIgnoreCase("as") || tokens.get(i - 1).word().equalsIgnoreCase("so"));
    return !comparison && !next.pos().equals("CD") && !next.isEntity()
        && !NOT_A_REASON_AFTER.contains(next.word().toLowerCase(Locale.ROOT));
  }

  /**
   * 1 when the candidate is the subject of the question's verb, for a question whose asked-for phrase is its subject
   * ("who won the title", "how many prisoners escaped"): the verb follows the candidate, perhaps after an auxiliary
   * ("Tanabe has won"), or inside an apposition after "who" ("Berrocal, the scientist who coordinates EFFIS"); -1
   * when it is the subject of another verb ("At least 38 people were injured and 74 were detained" for how many were
   * detained); else 0.
   */
  private double subject(Candidate c) {
    if (subjectVerb == null || c.tag().equals(CandidateExtractor.SENTENCE)) {
      return 0;
    }
    List<Token> tokens = c.passage().tokens();
    boolean apposition = false;
    for (int i = c.tokenEnd(); i < Math.min(tokens.size(), c.tokenEnd() + SUBJECT_REACH); i++) {
      Token t = tokens.get(i);
      String word = t.word();
      if (word.equals(",")) {
        if (i > c.tokenEnd() && !apposition) {
          return 0;
        }
        apposition = !apposition;
        continue;
      }
      if (word.equals(".") || word.equals(";") || word.equals(":")) {
        return 0;
      }
      if (!t.pos().startsWith("VB") && !t.pos().equals("MD")) {
        // "Tanabe beat Kerr": only an adverb, an auxiliary or a count's noun ("1,000 employees") stands between a
        // subject and its verb.
        boolean unit = i == c.tokenEnd() && t.pos().startsWith("NN");
        if (!apposition && !unit && !t.pos().equals("RB")) {
          return 0;
        }
        continue;
      }
      String term = Terms.of(t);
      if (term != null && matches(subjectVerb, term)) {
        // Inside an apposition only a relative clause's verb is the name's: "the scientist who coordinates".
        return !apposition || i > 0 && RELATIVES.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)) ? 1 : 0;
      }
      if (!apposition && !AUXILIARIES.contains(t.lemma())) {
        // Another deed; a verb of saying only reports the figure ("74, police said").
        return t.pos().equals("MD") || SPEECH_VERBS.contains(t.lemma()) ? 0 : -1;
      }
    }
    return 0;
  }

  /**
   * 1 when the nearest verb before the candidate, in its clause, is one of the question's ("sank in 1628 and was
   * raised in 1961": 1961 for "when was it raised"), -1 when it is another deed's ("killed four people and injured at
   * least 27 others": 27 for "how many were killed"), else 0: a sentence may give dates or figures for several deeds.
   * A verb that only gives a figure ("rose to", "put the toll at", "an estimated") or reports it ("said") is no
   * other deed, nor is one past "and", which starts a clause of the candidate's own ("and 74 were detained").
   */
  private double verbBefore(Candidate c) {
    if (questionVerbs.isEmpty() || c.tag().equals(CandidateExtractor.SENTENCE)) {
      return 0;
    }
    List<Token> tokens = c.passage().tokens();
    boolean crossed = false;
    for (int i = c.tokenBegin() - 1; i >= Math.max(0, c.tokenBegin() - VERB_REACH); i--) {
      Token t = tokens.get(i);
      if (CLAUSE_ENDS.contains(t.word())) {
        return 0;
      }
      if (COORDINATORS.contains(t.word().toLowerCase(Locale.ROOT))) {
        crossed = true;
        continue;
      }
      if (!t.pos().startsWith("VB") || AUXILIARIES.contains(t.lemma())) {
        continue;
      }
      String term = Terms.of(t);
      if (term != null && questionVerbs.stream().anyMatch(kw -> matches(kw, term))) {
        return 1;
      }
      boolean figureVerb = REACH_VERBS.contains(t.lemma()) || FIGURE_VERBS.contains(t.lemma())
          || SPEECH_VERBS.contains(t.lemma());
      return crossed || figureVerb ? 0 : -1;
    }
    return 0;
  }

  /**
   * 1 when the candidate's clause names the source the question asks about, -1 when only another clause of its
   * sentence does, else 0: "organisers said about 90,000 people took part, while the Carabineros police put the
   * figure at 28,000" gives the police's count in the second clause and the organisers' in the first.
   */
  private double sourceClause(Candidate c) {
    if (sources.isEmpty() || c.tag().equals(CandidateExtractor.SENTENCE)) {
      return 0;
    }
    List<Token> tokens = c.passage().tokens();
    int from = c.tokenBegin();
    while (from > 0 && !CLAUSE_BREAKS.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT))) {
      from--;
    }
    int to = c.tokenEnd();
    while (to < tokens.size() && !CLAUSE_BREAKS.contains(tokens.get(to).word().toLowerCase(Locale.ROOT))) {
      to++;
    }
    boolean elsewhere = false;
    for (int i = 0; i < tokens.size(); i++) {
      String term = Terms.of(tokens.get(i));
      if (term != null && keywordsOf(term).stream().anyMatch(sources::contains)) {
        if (i >= from && i < to) {
          return 1;
        }
        // The source is named, but for another figure of the sentence: this one is someone else's account.
        elsewhere = true;
      }
    }
    return elsewhere ? -1 : 0;
  }

  /** The names or nouns for people after the question's "according to"; empty when it has none. */
  private static Set<String> sources(Question q, Lexicon lexicon) {
    List<Token> tokens = q.tokens();
    int[] span = speakerSpan(tokens);
    boolean according = span != null && span[0] >= 2 && tokens.get(span[0] - 2).word().equalsIgnoreCase("according");
    return according ? agentsIn(q, tokens.subList(span[0], span[1]), lexicon) : Set.of();
  }

  /** The keywords of the question's verbs that say what happened: not auxiliaries, not verbs of saying. */
  private static Set<String> questionVerbs(Question q) {
    Set<String> verbs = new HashSet<>();
    for (Token t : q.tokens()) {
      String term = Terms.of(t);
      if (t.pos().startsWith("VB") && !AUXILIARIES.contains(t.lemma()) && !SPEECH_VERBS.contains(t.lemma())
          && term != null && q.keywords().contains(term)) {
        verbs.add(term);
      }
    }
    return verbs;
  }

  /**
   * The keyword of the question's verb when the asked-for phrase is its subject ("win" in "who won the title",
   * "escape" in "how many prisoners escaped"); null when the question asks about an object ("who did she beat") or
   * has no such verb ("who is the president").
   */
  private static String subjectVerb(Question q) {
    List<Token> tokens = q.tokens();
    int i = 0;
    while (i < tokens.size() && !tokens.get(i).pos().startsWith("W")) {
      i++;
    }
    i++;
    // The asked-for phrase: "how many prisoners", "which company", "whose union".
    while (i < tokens.size() && SUBJECT_PHRASE.contains(tokens.get(i).pos())) {
      i++;
    }
    if (i < tokens.size() && tokens.get(i).pos().equals("MD")) {
      i++;
    }
    // A passive or perfect keeps its subject before the auxiliaries: "how many people were evacuated".
    while (i + 1 < tokens.size() && AUXILIARIES.contains(tokens.get(i).lemma())
        && tokens.get(i + 1).pos().matches("VB[DNG]?")) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).pos().matches("VB[DZPN]?")
        || AUXILIARIES.contains(tokens.get(i).lemma())) {
      return null;
    }
    String term = Terms.of(tokens.get(i));
    return term != null && q.keywords().contains(term) ? term : null;
  }

  /** True when the question asks what someone said ("what did the minister say about ..."). */
  public boolean asksWhatWasSaid() {
    return cueWords == SPEECH_CUES;
  }

  /** The cue words the question's form calls for in a descriptive answer; empty when none. */
  private Set<String> cueWords() {
    if (asksCause(q)) {
      return CAUSE_CUES;
    }
    for (Token t : q.tokens()) {
      if (SPEECH_VERBS.contains(t.lemma())) {
        return SPEECH_CUES;
      }
      if (RESPONSE_VERBS.contains(t.lemma())) {
        return RESPONSE_CUES;
      }
    }
    return Set.of();
  }

  /**
   * True when the question asks for a reason: "why", "what" as the subject of a verb of causing ("what caused the
   * outage", "what triggered the sell-off"), or a descriptive question about a reason or blame.
   */
  static boolean asksCause(Question q) {
    if (q.form() == QuestionForm.WHY) {
      return true;
    }
    if (q.type() != AnswerType.DESCRIPTION) {
      return false;
    }
    List<Token> tokens = q.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      boolean causing = word.equals("what") && i + 1 < tokens.size()
          && CAUSING_VERBS.contains(tokens.get(i + 1).lemma().toLowerCase(Locale.ROOT));
      // "explain why corals bleach", "what did the captain blame the loss on", "what reason did she give", "what
      // was behind the underpayments".
      boolean reason = REASON_WORDS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
      if (causing || reason || i > 0 && word.equals("why")) {
        return true;
      }
    }
    return false;
  }

  /** True for a date that names a day or year ("September 16", "2019"), not only a month or weekday. */
  private static boolean specificDate(Candidate c) {
    if (!c.tag().equals("DATE")) {
      return false;
    }
    for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
      if (c.passage().tokens().get(i).word().chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fraction of the candidate's terms that the question already contains ("Bayer Leverkusen" for "... Leverkusen"); of
   * a quantity, only its numbers count ("500-kilovolt line" for "how long is the 500-kilovolt line").
   */
  private double overlap(Candidate c) {
    if (c.tag().equals(CandidateExtractor.SENTENCE) || !Character.isLetter(c.tag().charAt(0))) {
      return 0;
    }
    // A quantity's unit often repeats the question's noun ("four states"): that is no overlap, but its number is.
    boolean quantity = QUANTITIES.contains(c.tag());
    int terms = 0;
    int shared = 0;
    for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
      Token t = c.passage().tokens().get(i);
      String term = Terms.of(t);
      if (term != null && (!quantity || t.pos().equals("CD"))) {
        terms++;
        if (questionTerms.contains(term) || questionTerms.contains(t.lemma())) {
          shared++;
        }
      }
    }
    return terms == 0 ? 0 : (double) shared / terms;
  }

  /** True when the candidate names a kind or instance of the question's focus ("bananas" for "which fruit"). */
  private boolean isA(Candidate c) {
    if (q.focus() == null || c.tag().equals(CandidateExtractor.SENTENCE)) {
      return false;
    }
    List<Token> tokens = c.passage().tokens();
    int end = c.tokenEnd();
    // For a list, the first item stands for all (a span never ends before its first token).
    for (int i = c.tokenBegin() + 1; i < c.tokenEnd(); i++) {
      String w = tokens.get(i).word();
      if (w.equals(",") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or")) {
        end = i;
        break;
      }
    }
    String phrase = c.passage().text().substring(tokens.get(c.tokenBegin()).begin(), tokens.get(end - 1).end());
    return lexicon.isA(phrase, q.focus()) || lexicon.isA(tokens.get(end - 1).lemma(), q.focus())
        || namedAsFocus(c, tokens);
  }

  /**
   * True when a "where" question gets a place WordNet knows as a continent, a country, a state or a region rather
   * than a town ("Asia", "the U.S.", "northern Spain"): news names the wide place around the town it means, and a
   * reader asking where something happened or is based wants the town.
   */
  private boolean broadPlace(Candidate c) {
    if (q.type() != AnswerType.LOCATION || !c.tag().equals("LOCATION")
        || q.focus() != null && WIDE_PLACE_NOUNS.contains(q.focus())) {
      return false;
    }
    List<Token> tokens = c.passage().tokens();
    int first = c.tokenBegin();
    while (first < c.tokenEnd() - 1 && !tokens.get(first).pos().startsWith("NNP")) {
      // "northern Spain": the compass word narrows the wide place without naming a town.
      first++;
    }
    int last = first;
    while (last + 1 < c.tokenEnd() && !tokens.get(last + 1).word().equals(",")) {
      // "Lordstown, Ohio" is as narrow as its first place.
      last++;
    }
    String name = c.passage().text().substring(tokens.get(first).begin(), tokens.get(last).end());
    if (lexicon.isA(name, "city") || lexicon.isA(name, "town")) {
      return false;
    }
    return lexicon.isA(name, "continent") || lexicon.isA(name, "country") || lexicon.isA(name, "state")
        || lexicon.isA(name, "region") || lexicon.isA(name, "geographic area");
  }

  /**
   * True when a name WordNet knows is not one of the focus: "China" for "what is the capital", "Geneva" for "which
   * country". A name it does not know may still be one.
   */
  private boolean knownAsOther(Candidate c) {
    if (q.focus() == null || !NAME_TAGS.contains(c.tag()) || !lexicon.isNoun(q.focus())) {
      return false;
    }
    List<Token> tokens = c.passage().tokens();
    Token first = tokens.get(c.tokenBegin());
    if (!first.pos().startsWith("NNP")) {
      return false;
    }
    String name = c.passage().text().substring(first.begin(), tokens.get(c.tokenEnd() - 1).end());
    return lexicon.isNoun(name);
  }

  /**
   * True when the passage itself calls a name one of the focus: the focus noun right before it ("her album \"Les
   * heures bleues\"", "the container ship Kota Ratna") or right after it in apposition ("Kota Ratna, a container
   * ship"); names only, since "the film industry" says nothing of what "industry" is.
   */
  private boolean namedAsFocus(Candidate c, List<Token> tokens) {
    Token first = tokens.get(c.tokenBegin());
    if (!first.pos().startsWith("NNP") && !first.isEntity()) {
      return false;
    }
    int before = c.tokenBegin() - 1;
    while (before >= 0 && APPOSITION_MARKS.contains(tokens.get(before).word())) {
      before--;
    }
    if (before >= 0 && tokens.get(before).pos().startsWith("NN") && focusWords.contains(tokens.get(before).lemma())) {
      return true;
    }
    int after = c.tokenEnd();
    while (after < tokens.size() && APPOSITION_MARKS.contains(tokens.get(after).word())) {
      after++;
    }
    if (after >= c.tokenEnd() + 1 && after < tokens.size() && tokens.get(after).pos().equals("DT")) {
      // "Kota Ratna, a container ship": the focus heads the noun phrase after the article.
      for (int i = after + 1; i < Math.min(tokens.size(), after + 4); i++) {
        Token t = tokens.get(i);
        if (t.pos().startsWith("NN") && focusWords.contains(t.lemma())
            && (i + 1 >= tokens.size() || !tokens.get(i + 1).pos().startsWith("NN"))) {
          return true;
        }
        if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) {
          break;
        }
      }
    }
    return false;
  }

  /**
   * IDF share of the keywords in the unbroken runs of words right before and right after the span, up to
   * punctuation or another name: the title or role that names it ("Infrastructure Minister Dariusz Klimczak",
   * "Klimczak, the infrastructure minister"), where a wider window cannot tell two names apart.
   */
  private double adjacent(TitleRuns runs) {
    Set<String> found = new HashSet<>();
    runs.before().forEach(t -> collect(t, found));
    if (!runs.afterOwnedByNext()) {
      runs.after().forEach(t -> collect(t, found));
    }
    return idfShare(found);
  }

  /**
   * The unbroken runs of words right before and right after a span, up to punctuation or another name of its type.
   *
   * @param before           the words before it, nearest first
   * @param after            the words after it, past an appositive's comma
   * @param afterOwnedByNext whether the run after it leads into the next name, whose title it then is ("Prime
   *                         Minister Donald Tusk, Infrastructure Minister Dariusz Klimczak")
   */
  private record TitleRuns(List<Token> before, List<Token> after, boolean afterOwnedByNext) {
  }

  private static TitleRuns titleRuns(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    List<Token> before = new ArrayList<>();
    int end = c.tokenBegin();
    if (c.tag().equals("PERSON") && end >= 2 && tokens.get(end - 1).word().equals(",")
        && tokens.get(end - 2).pos().matches("NNS?")
        && !tokens.get(end - 2).isEntity()) {
      // A title in apposition before the name: "Norway's fisheries minister, Marianne Sivertsen Næss".
      end--;
    }
    // A quantity's own words follow it ("$1,250 per adult and $500 per child"): the words after the one before it,
    // back to a conjunction, are that one's.
    boolean quantity = QUANTITIES.contains(c.tag());
    for (int i = end - 1; i >= Math.max(0, end - ADJACENT_RUN); i--) {
      if (!adjacentWord(tokens.get(i), c) || quantity && tokens.get(i).pos().equals("CC")) {
        break;
      }
      before.add(tokens.get(i));
    }
    int start = c.tokenEnd();
    if (start < tokens.size() && tokens.get(start).word().equals(",")) {
      // An appositive after a comma: "Dariusz Klimczak, the infrastructure minister".
      start++;
    }
    List<Token> after = new ArrayList<>();
    boolean ownedByNext = false;
    for (int i = start; i < Math.min(tokens.size(), start + ADJACENT_RUN); i++) {
      if (tokens.get(i).pos().equals("CC")) {
        // "Governor Tiff Macklem and Senior Deputy Governor Carolyn Rogers": past the conjunction, the title is the
        // next name's.
        break;
      }
      if (!adjacentWord(tokens.get(i), c)) {
        ownedByNext = !quantity && tokens.get(i).isEntity() && tokens.get(i).ner().equals(c.tag());
        break;
      }
      after.add(tokens.get(i));
    }
    return new TitleRuns(before, after, ownedByNext);
  }

  /** True for a word that can belong to a role or title next to a span: not punctuation, not another name. */
  private static boolean adjacentWord(Token t, Candidate c) {
    if (!Character.isLetterOrDigit(t.word().charAt(0)) && !t.word().equals("'s")) {
      return false;
    }
    return !t.isEntity() || !t.ner().equals(c.tag());
  }

  /** Adds the keywords a token counts as to {@code found}. */
  private void collect(Token t, Set<String> found) {
    String term = Terms.of(t);
    if (term != null) {
      found.addAll(keywordsOf(term));
    }
  }

  /** IDF share of the keywords found within a few tokens of the span: the answer sits among the question's words. */
  private double nearby(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    Set<String> found = new HashSet<>();
    int from = Math.max(0, c.tokenBegin() - NEARBY_WINDOW);
    int to = Math.min(tokens.size(), c.tokenEnd() + NEARBY_WINDOW);
    for (int i = from; i < to; i++) {
      if (i >= c.tokenBegin() && i < c.tokenEnd()) {
        continue;
      }
      collect(tokens.get(i), found);
    }
    return idfShare(found);
  }

  /** The largest IDF of a keyword the article lacks (0 when it has them all): a rare word missing is a bad sign. */
  private double missingIdf(Set<String> matched) {
    double worst = 0;
    for (Map.Entry<String, Double> e : r.idf().entrySet()) {
      if (!matched.contains(e.getKey())) {
        worst = Math.max(worst, e.getValue());
      }
    }
    return worst;
  }

  private double missing(Set<String> matched) {
    return maxIdf > 0 ? missingIdf(matched) / maxIdf : 0;
  }

  /**
   * True when a "which" question ("which heater series was recalled") meets a noun phrase that counts things
   * ("2.4 million heaters"): a count answers how many, never which one, though a name may start with a number
   * ("the 26-gigahertz band").
   */
  boolean countsForWhich(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    // "What was the peak demand" asks for a measure ("87,412 megawatts"), which a count of units is.
    return q.type() == AnswerType.ENTITY && whichOfFocus && c.tag().equals(CandidateExtractor.PHRASE)
        && tokens.get(c.tokenBegin()).pos().equals("CD") && tokens.get(c.tokenEnd() - 1).pos().equals("NNS");
  }

  /**
   * True when a name the tagger did not tag as a person stands where news puts a person's name: before an age
   * ("Awa Traoré, 41,"), a post ("Aigerim Tulegenova, chief executive of") or a verb of saying, or after one ("said
   * Awa Traoré"). Its last word must be no dictionary word, as "Dairies" or "Trade" of a company's name is.
   */
  boolean untaggedPerson(Candidate c) {
    int begin = c.tokenBegin();
    int end = c.tokenEnd();
    if (c.tag().equals("PERSON") || c.tag().equals(CandidateExtractor.SENTENCE) || end - begin < 2
        || end - begin > ADJACENT_RUN) {
      return false;
    }
    List<Token> tokens = c.passage().tokens();
    for (int i = begin; i < end; i++) {
      if (!Character.isUpperCase(tokens.get(i).word().charAt(0)) && !tokens.get(i).word().contains("-")) {
        return false;
      }
    }
    String last = tokens.get(end - 1).word();
    String lastPart = last.substring(last.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
    if (lexicon.isWord(lastPart) || lexicon.isWord(tokens.get(end - 1).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean saidBefore = begin > 0 && SPEECH_VERBS.contains(tokens.get(begin - 1).lemma());
    boolean saidAfter = end < tokens.size() && SPEECH_VERBS.contains(tokens.get(end).lemma());
    boolean comma = end + 1 < tokens.size() && tokens.get(end).word().equals(",");
    boolean age = comma && end + 2 < tokens.size() && tokens.get(end + 1).pos().equals("CD")
        && tokens.get(end + 2).word().equals(",");
    boolean post = false;
    for (int i = end + 1; comma && i < Math.min(tokens.size(), end + 1 + ADJACENT_RUN) && !post; i++) {
      post = isPost(tokens.get(i), lexicon);
    }
    return saidBefore || saidAfter || age || post;
  }

  /**
   * True for an ordinal offered with the noun it ranks, for a question that asks which one of its focus it was:
   * "the 37th kilometer" for "at which kilometre", whose head noun is the focus or a word for it ("the 82nd film
   * festival" ranks no film).
   */
  boolean ranksFocus(Candidate c) {
    if (!c.tag().equals("ORDINAL") || q.type() == AnswerType.ORDINAL || q.focus() == null) {
      return false;
    }
    return c.tokenEnd() - c.tokenBegin() > 1 && names(focusWords, c.passage().tokens().get(c.tokenEnd() - 1));
  }

  private double typeMatch(String tag) {
    AnswerType type = q.type();
    if (tag.equals(CandidateExtractor.SENTENCE)) {
      return 0;
    }
    if (tag.equals(CandidateExtractor.PHRASE)) {
      return 0.25;
    }
    if ((asksCount || q.form() == QuestionForm.HOW_MEASURE) && type == AnswerType.NUMBER
        && (tag.equals("MONEY") || tag.equals("PERCENT"))) {
      // "How many" and "what is the population" count, "how old" or "how far" measure things: a sum of money or a
      // percentage answers them only by accident (a question that measures money or a share is typed MONEY or
      // PERCENT instead).
      return 0.2;
    }
    if (thingFocus && (tag.equals("LOCATION") || tag.equals("PERSON"))) {
      // "What was the last car to roll off the line?", "what was the name of the ferry": a made thing, which no
      // place or person is, however the tagger reads its name.
      return 0.2;
    }
    if (landFocus && tag.equals("PERSON")) {
      // "On which mountain did the avalanche bury them?": a mountain guide named beside the word is no mountain.
      return 0.2;
    }
    String primary = switch (type) {
      case PERSON -> "PERSON";
      case ORGANIZATION -> "ORGANIZATION";
      case LOCATION -> "LOCATION";
      case DATE -> "DATE";
      case NUMBER, DURATION -> "NUMBER";
      case MONEY -> "MONEY";
      case PERCENT -> "PERCENT";
      case ORDINAL -> "ORDINAL";
      case ENTITY, DESCRIPTION -> "";
    };
    // A length of time is tagged a duration ("11 days") or a number with its unit ("48 minutes") alike.
    boolean duration = type == AnswerType.DURATION && tag.equals("DURATION");
    return tag.equals(primary) || duration ? 1 : type.accepts(tag) ? 0.6 : 0;
  }

  /** The lemma of the question's first verb that is not an auxiliary ("chair" in "who will chair"), or "". */
  private static String mainVerb(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.pos().startsWith("VB") && !AUXILIARIES.contains(t.lemma())) {
        return t.lemma().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /**
   * True when a token is a common noun naming a post that a person holds: a kind of leader in WordNet
   * ("president", "minister", "coach") or a head. Other people nouns ("owner", "buyer") may be companies.
   */
  private static boolean isPost(Token t, Lexicon lexicon) {
    return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && !t.isEntity()
        && (t.lemma().equals(HEAD) || lexicon.isA(t.lemma(), LEADER));
  }

  /**
   * For "which year" questions, a date without a year ("Monday") is a weaker match, and for "what time" ones a
   * date without the hour a weak one and a time of day a full one; for "how much" money questions, a number in a
   * currency the tagger does not know ("200,000 rupees") is a full match, a count of something else ("9,000
   * people") a weak one and a bare number ("seven") half the usual; for a post's holder, an organization is a weak
   * match ("FdP" for "who is the union's president").
   */
  private double granularity(Candidate c, double typeMatch) {
    if (q.type() == AnswerType.PERSON && untaggedPerson(c)) {
      // "said Awa Traoré, 41, secretary general of the union": a name the tagger read as a company or missed.
      return 1;
    }
    if (ranksFocus(c)) {
      // "The 48th round" says which round it was, as well as a name would.
      return 1;
    }
    if (asksPostHolder && !c.tag().equals("PERSON")) {
      return typeMatch * 0.3;
    }
    if (q.type() == AnswerType.MONEY && c.tag().equals("NUMBER")) {
      for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
        Token t = c.passage().tokens().get(i);
        if (t.pos().startsWith("NN") && !t.isEntity()) {
          return lexicon.isA(t.lemma(), MONETARY_UNIT) ? 1 : typeMatch * 0.3;
        }
        for (String part : t.word().split("-")) {
          // "a 672-million-dollar contract": the currency is inside the compound; but "a 108-pound bag" weighs it.
          if (part.length() > 2 && part.chars().allMatch(Character::isLetter) && lexicon.isA(part, MONETARY_UNIT)
              && !lexicon.isA(part, MASS_UNIT)) {
            return 1;
          }
        }
      }
      // A bare number ("seven") names no sum: a currency the tagger missed is still written beside it.
      return typeMatch * 0.5;
    }
    if (q.form() == QuestionForm.HOW_MUCH && q.type() == AnswerType.NUMBER && q.focus() != null
        && c.tag().equals("NUMBER") && bare(c)) {
      // "How much gold", "how much water": an amount of stuff is given in a unit ("6.3 tonnes", "40,000 cubic
      // meters"), so a bare number ("two") is a count of something else.
      return typeMatch * 0.3;
    }
    if (("time".equals(q.focus()) || "hour".equals(q.focus())) && q.type() == AnswerType.DATE) {
      // "At what time did the rocket lift off?" asks for the hour, which a day or a year only narrows down, and a
      // part of the day ("before dawn", "on Monday morning") narrows down less than the clock does: both are weak
      // fits, which a time on the clock in the articles leaves out (every such question of the development set was
      // answered by the clock), the part of the day the better of the two.
      return !c.tag().equals("TIME") ? typeMatch * 0.2 : clockTime(c) ? 1 : 0.3;
    }
    if (q.type() == AnswerType.DURATION && "time".equals(q.focus()) && margin(c)) {
      // "What was her winning time?": "broke the record by more than a minute" is the margin, not the time.
      return typeMatch * 0.3;
    }
    if (q.type() == AnswerType.DURATION && !AGE.equals(unitClass) && (offset(c) || age(c))) {
      // "How long did the robbers stay": a length of time that dates something else ("two days before the
      // robbery") or is somebody's age ("a 67-year-old patient") is no length of what was asked about.
      return typeMatch * 0.3;
    }
    if ("year".equals(q.focus()) && q.type() == AnswerType.DATE) {
      for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
        if (c.passage().tokens().get(i).word().matches("(1[5-9]|20)\\d\\d")) {
          return typeMatch;
        }
      }
      return typeMatch * 0.3;
    }
    return typeMatch;
  }

  /**
   * True when a length of time is a gap between two competitors or a record and a time: after "by" ("broke the record
   * by a minute") or before "ahead of", "behind", "clear of", "faster than" ("2 minutes 47 seconds ahead of").
   */
  private static boolean margin(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    if (c.tokenBegin() > 0 && tokens.get(c.tokenBegin() - 1).word().equalsIgnoreCase("by")) {
      return true;
    }
    return c.tokenEnd() < tokens.size()
        && MARGIN_WORDS.contains(tokens.get(c.tokenEnd()).word().toLowerCase(Locale.ROOT));
  }

  /** True when a time of day is read off a clock ("4.12am", "03:00 GMT", "noon"), not a part of the day ("dawn"). */
  private static boolean clockTime(Candidate c) {
    for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
      String word = c.passage().tokens().get(i).word().toLowerCase(Locale.ROOT);
      if (word.chars().anyMatch(Character::isDigit) || CLOCK_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a length of time places something before or after another ("two days before the robbery", "a week
   * later"), unless the question asks for such a gap ("how long before the vote").
   */
  private boolean offset(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    if (c.tokenBegin() > 0 && tokens.get(c.tokenBegin() - 1).word().equalsIgnoreCase("for")) {
      // "suspended for 30 days after a third positive test": "for" makes it the length of the suspension.
      return false;
    }
    if (c.tokenBegin() > 1 && tokens.get(c.tokenBegin() - 1).word().equalsIgnoreCase("of")
        && LENGTH_NOUNS.contains(tokens.get(c.tokenBegin() - 2).lemma().toLowerCase(Locale.ROOT))) {
      // "an elapsed time of 1 day, 9 hours ... after leaving Sydney", "a delay of 40 minutes before take-off": the
      // length of the time named, which "after" or "before" only measures from.
      return false;
    }
    for (int i = c.tokenEnd() - 1; i <= c.tokenEnd() && i < tokens.size(); i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (OFFSET_WORDS.contains(word)) {
        return !asksGap;
      }
    }
    return false;
  }

  /** True when a length of time is an age: "67-year-old", "aged 67 years", "a boy of two years old". */
  private static boolean age(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    for (int i = c.tokenBegin(); i <= c.tokenEnd() && i < tokens.size(); i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (word.endsWith("-old") || word.equals("old") || i == c.tokenBegin() && i > 0
          && tokens.get(i - 1).word().equalsIgnoreCase("aged")) {
        return true;
      }
    }
    return false;
  }

  private static double proximity(Candidate c, List<Integer> positions) {
    int best = Integer.MAX_VALUE;
    for (int pos : positions) {
      int d = pos < c.tokenBegin() ? c.tokenBegin() - pos : pos >= c.tokenEnd() ? pos - c.tokenEnd() + 1 : 0;
      if (pos >= c.tokenBegin() && pos < c.tokenEnd()) {
        continue;
      }
      best = Math.min(best, d);
    }
    return best == Integer.MAX_VALUE ? 0 : 1.0 / best;
  }

  /**
   * True when the text calls the candidate the question's focus of a name the question does not give ("Nouméa, the
   * capital of New Caledonia" for "what is the capital of Australia"), and nowhere of one it gives.
   */
  public boolean focusOfOther(Candidate c) {
    if (q.focus() == null || c.tag().equals(CandidateExtractor.SENTENCE)) {
      return false;
    }
    List<Token> tokens = c.passage().tokens();
    boolean other = false;
    int to = Math.min(tokens.size(), c.tokenEnd() + NEARBY_WINDOW);
    for (int i = Math.max(0, c.tokenBegin() - NEARBY_WINDOW); i + 1 < to; i++) {
      if (i >= c.tokenBegin() && i < c.tokenEnd() || !focusWords.contains(tokens.get(i).lemma())
          || !tokens.get(i + 1).word().equalsIgnoreCase("of")) {
        continue;
      }
      int j = i + 2 < tokens.size() && tokens.get(i + 2).pos().equals("DT") ? i + 3 : i + 2;
      boolean named = false;
      for (; j < tokens.size() && tokens.get(j).pos().startsWith("NNP"); j++) {
        String term = Terms.of(tokens.get(j));
        if (term != null && !keywordsOf(term).isEmpty()) {
          return false;
        }
        named = true;
      }
      other |= named;
    }
    return other;
  }

  /**
   * True when the span modifies a noun phrase headed by the focus ("seven 18th-century gold snuffboxes" for "how
   * many snuffboxes"), or the focus sits just before it ("chief executive Mary Barra").
   */
  private boolean focusNear(Candidate c) {
    if (q.focus() == null || c.tag().equals(CandidateExtractor.SENTENCE)) {
      return false;
    }
    List<Token> tokens = c.passage().tokens();
    if (asksName && CandidateExtractor.givenAsName(tokens, c.tokenBegin())) {
      // "What is its local name": "Kalasag, known locally as Ramil" gives the name without the word.
      return true;
    }
    if (QUANTITIES.contains(c.tag())) {
      // A count carries its unit inside the span ("82 chicks" for "how many chicks").
      for (int i = c.tokenBegin() + 1; i < c.tokenEnd(); i++) {
        if (names(focusWords, tokens.get(i))) {
          return true;
        }
      }
    }
    for (int i = c.tokenEnd(); i < Math.min(tokens.size(), c.tokenEnd() + 8); i++) {
      Token t = tokens.get(i);
      if (names(focusWords, t)) {
        return true;
      }
      // An apposition names what the candidate is: "Canberra, the capital of Australia".
      boolean apposition = i == c.tokenEnd() && t.word().equals(",");
      if (!apposition && !NOUN_PHRASE_INNER.contains(t.pos()) && !t.word().equals("-")) {
        break;
      }
    }
    for (int i = c.tokenBegin() - 1; i >= Math.max(0, c.tokenBegin() - 3); i--) {
      if (focusWords.contains(tokens.get(i).lemma())) {
        return true;
      }
      // Only what may stand between a noun and the name it introduces: "the capital, Canberra", "the city of
      // Geneva", "the ship 'Kota Ratna'"; a verb starts a clause about something else ("the issue separating the
      // two sides").
      if (!FOCUS_TO_NAME.contains(tokens.get(i).pos()) && !tokens.get(i).word().equals("of")) {
        break;
      }
    }
    return focusIsSubject(c, focusWords, tokens) || QUANTITIES.contains(c.tag()) && elidedFocus(c, focusWords, tokens);
  }

  /**
   * True when a bare count leaves out the noun an earlier count of its sentence gave: "Two people have died and about
   * 3,400 have been evacuated", "infected more than 2,400 people and killed at least 57" count people both times.
   */
  private boolean elidedFocus(Candidate c, Set<String> focus, List<Token> tokens) {
    int end = c.tokenEnd();
    // "At least 17 people were killed and nine others remain missing": "others" repeats the earlier count's noun.
    boolean others = others(tokens.get(end - 1));
    if (others) {
      end--;
    }
    if (!tokens.get(end - 1).pos().equals("CD") || !others && end < tokens.size()
        && (tokens.get(end).pos().startsWith("NN") || tokens.get(end).pos().startsWith("JJ")
        || tokens.get(end).word().equalsIgnoreCase("of"))) {
      return false;
    }
    for (int i = c.tokenBegin() - 1; i >= Math.max(1, c.tokenBegin() - ELIDED_REACH); i--) {
      String w = tokens.get(i).word();
      if (w.equals(";") || w.equals(".") || w.equals(":")) {
        return false;
      }
      if (names(focus, tokens.get(i)) && tokens.get(i - 1).pos().equals("CD")) {
        return true;
      }
    }
    return false;
  }

  /** True when a number candidate is digits or number words alone, with no unit, scale letter or symbol. */
  private static boolean bare(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
      Token t = tokens.get(i);
      boolean glued = t.word().chars().anyMatch(Character::isLetter) && t.word().chars().anyMatch(Character::isDigit);
      if (!BARE_NUMBER_TAGS.contains(t.pos()) || glued) {
        return false;
      }
    }
    return true;
  }

  /** True when a token is "others", which stands for the noun of a count before it ("and nine others"). */
  private static boolean others(Token t) {
    return t.pos().equals("NNS") && t.lemma().equalsIgnoreCase("other");
  }

  /**
   * True when the span follows a copula whose subject has the focus noun: "a key issue separating the two sides is
   * job security" names job security the key issue, however long the subject runs; or when it is the level a
   * subject with the focus noun reached: "the number of people arrested over the violence had risen to 112".
   */
  private static boolean focusIsSubject(Candidate c, Set<String> focus, List<Token> tokens) {
    if (QUANTITIES.contains(c.tag()) && levelOfSubject(c, focus, tokens)) {
      return true;
    }
    int copula = -1;
    for (int i = Math.max(0, c.tokenBegin() - 2); i < c.tokenBegin(); i++) {
      if (COPULA.contains(tokens.get(i).lemma())) {
        copula = i;
      }
    }
    for (int i = copula - 1; i >= Math.max(0, copula - SUBJECT_RUN); i--) {
      Token t = tokens.get(i);
      if (names(focus, t)) {
        return true;
      }
      if (COPULA.contains(t.lemma()) || !Character.isLetterOrDigit(t.word().charAt(0))) {
        // Another clause's copula or a comma: the subject ended before it.
        return false;
      }
    }
    return false;
  }

  /**
   * True when a figure is the level its clause's subject moved to or stood at ("had risen to 112", "reached 41",
   * "stood at 12") and that subject has the focus noun, before any finite verb or punctuation.
   */
  private static boolean levelOfSubject(Candidate c, Set<String> focus, List<Token> tokens) {
    int verb = c.tokenBegin() - 1;
    if (verb >= 1 && QuestionAnalyzer.LEVEL_PREPOSITIONS.contains(tokens.get(verb).word().toLowerCase(Locale.ROOT))) {
      verb--;
    }
    if (verb < 0 || !tokens.get(verb).pos().startsWith("VB") || !REACH_VERBS.contains(tokens.get(verb).lemma())) {
      return false;
    }
    int i = verb - 1;
    while (i >= 0 && (AUXILIARIES.contains(tokens.get(i).lemma()) || tokens.get(i).pos().equals("RB"))) {
      // "had now risen to": the subject stands before the auxiliaries.
      i--;
    }
    for (; i >= Math.max(0, verb - SUBJECT_REACH); i--) {
      Token t = tokens.get(i);
      if (names(focus, t)) {
        return true;
      }
      boolean finite = QuestionAnalyzer.FINITE_VERB_TAGS.contains(t.pos()) || t.pos().equals("MD");
      if (finite || !t.pos().equals("POS") && !Character.isLetterOrDigit(t.word().charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * 1 when a count ends in a unit that is not what the question counts ("about 1.9 million people" for "how many
   * cattle"), half when the unit is a wider class of it ("37 seagoing vessels" for "how many ships"), else 0.
   */
  private double unitMismatch(Candidate c) {
    // A measuring question ("how fast was the train going") leaves units to unitFit: its focus is what is measured.
    if (q.focus() == null || unitClass != null || !QUANTITIES.contains(c.tag())) {
      return 0;
    }
    Token last = c.passage().tokens().get(c.tokenEnd() - 1);
    if (!last.pos().startsWith("NN") || last.isEntity()) {
      return 0;
    }
    if (c.tag().equals("PERCENT") || c.tag().equals("MONEY") || lexicon.isA(last.lemma(), MONETARY_UNIT)) {
      // How the share or the sum is written ("71 per cent", "50 million euros", "200,000 rupees"), not what it
      // counts.
      return 0;
    }
    if (names(focusWords, last)) {
      return otherKindOfFocus(c) ? 1 : 0;
    }
    if (lexicon.isA(last.lemma(), q.focus()) || others(last) && elidedFocus(c, focusWords, c.passage().tokens())) {
      return 0;
    }
    if ((q.form() == QuestionForm.HOW_MUCH || lexicon.isA(q.focus(), ATTRIBUTE))
        && c.passage().tokens().subList(c.tokenBegin(), c.tokenEnd()).stream()
        .anyMatch(t -> t.pos().startsWith("NN") && lexicon.isA(t.lemma(), MEASURE_UNIT))) {
      // A unit measures a quality ("what level of salbutamol" in "1,640 nanograms per millilitre", "what capacity"
      // in "a 650-megawatt power plant") or an amount of stuff ("how much copper" in "412,000 tonnes"); it
      // mismatches only things counted.
      return 0;
    }
    // News names a thing by its class on second mention ("the vessels"), but the class also holds other things;
    // and it names the people counted by another role than the question's ("1,400 observers" for "how many
    // stargazers"), or a group's size by its members ("48,000 spectators" for "how big was the crowd"), which a
    // count of things ("62 countries", "36 laps") never is.
    boolean people = lexicon.isA(q.focus(), PERSON)
        || q.form() != QuestionForm.HOW_MANY && lexicon.isA(q.focus(), SOCIAL_GROUP);
    return lexicon.isA(q.focus(), last.lemma()) || people && lexicon.isA(last.lemma(), PERSON) ? 0.5 : 1;
  }

  /**
   * True when the question qualifies what it counts ("how many human cases"), the candidate counts the same things
   * qualified otherwise ("9,400 animal cases") and its sentence counts them as asked elsewhere ("71 human cases"):
   * the sentence itself tells the two kinds apart.
   */
  private boolean otherKindOfFocus(Candidate c) {
    Set<String> asked = roleModifiers.get(q.focus());
    if (asked == null || asked.isEmpty()) {
      return false;
    }
    List<Token> tokens = c.passage().tokens();
    if (qualifiesAsAsked(tokens, c.tokenBegin(), c.tokenEnd() - 1, asked)) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if ((i < c.tokenBegin() || i >= c.tokenEnd()) && names(focusWords, tokens.get(i))
          && qualifiesAsAsked(tokens, Math.max(0, i - MODIFIER_REACH), i, asked)) {
        return true;
      }
    }
    return false;
  }

  /** True when a token in [from, to) is a modifier the question gives its focus. */
  private static boolean qualifiesAsAsked(List<Token> tokens, int from, int to, Set<String> asked) {
    for (int i = from; i < to; i++) {
      String term = Terms.of(tokens.get(i));
      if (term != null && MODIFIER_TAGS.contains(tokens.get(i).pos()) && asked.contains(term)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a question counts things that are no unit ("how many miners were killed", "what was the death toll")
   * and the candidate is a measure ("about 20 kilometres", "a 280-meter bridge"), odds ("40-1"), a fraction ("8.15")
   * or an age ("a 51-year-old fisherman"): a distance, a weight or a power never counts people or objects, nor days
   * the hours asked for.
   */
  boolean countsAMeasure(Candidate c) {
    if (!countsThings || !QUANTITIES.contains(c.tag()) && !c.tag().equals("DURATION")) {
      return false;
    }
    if (tally(c) && !TALLY_NOUNS.contains(q.focus())) {
      // Odds or a score ("40-1", "7-5") count no racegoers.
      return true;
    }
    boolean timeFocus = QuestionAnalyzer.TIME_UNITS.contains(q.focus());
    List<Token> tokens = c.passage().tokens();
    if (!timeFocus && !q.focus().equals("time") && fraction(c, tokens)) {
      // "8.15" (a price) or "14.20" (a clock time) counts no farmers or houses; "how many times over" is a ratio
      // ("61.3 times").
      return true;
    }
    if (!timeFocus && givesAge(c, tokens)) {
      // "a 51-year-old fisherman", "children aged 5": an age counts no injured or children.
      return true;
    }
    for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP")) {
        continue;
      }
      // A unit inside the mention ("280-meter bridge") measures; for "how many hours", another unit of time
      // ("a four-day week") counts something else.
      if (timeFocus ? QuestionAnalyzer.TIME_UNITS.contains(t.lemma()) && !t.lemma().equals(q.focus())
          : lexicon.isA(t.lemma(), MEASURE_UNIT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the mention's number is an age: written into an age compound ("51-year-old") or right after "aged";
   * not a count beside one ("2,000 five-year-old children" counts children).
   */
  private static boolean givesAge(Candidate c, List<Token> tokens) {
    if (c.tokenBegin() > 0 && tokens.get(c.tokenBegin() - 1).word().equalsIgnoreCase("aged")) {
      return true;
    }
    for (int i = c.tokenBegin(); i < c.tokenEnd(); i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("CD") || t.word().chars().anyMatch(Character::isDigit)) {
        // The tokenizer splits "51-year-old" into five tokens, or keeps it whole.
        StringBuilder words = new StringBuilder();
        for (int j = i; j < Math.min(tokens.size(), i + 5); j++) {
          words.append(tokens.get(j).word().toLowerCase(Locale.ROOT)).append(' ');
        }
        return AGE_COMPOUND.matcher(words.toString().replace(" - ", "-")).lookingAt();
      }
    }
    return false;
  }

  /**
   * True when the mention's last number is written with a fractional part ("8.15"), which no count of things has;
   * a scale written after it makes a whole count ("12.4mn passengers").
   */
  private static boolean fraction(Candidate c, List<Token> tokens) {
    for (int i = c.tokenEnd() - 1; i >= c.tokenBegin(); i--) {
      if (tokens.get(i).pos().equals("CD")) {
        boolean scaled = i + 1 < tokens.size() && Scales.isScale(tokens.get(i + 1).word());
        return !scaled && DECIMAL.matcher(tokens.get(i).word()).matches();
      }
    }
    return false;
  }

  /** True when the token's lemma or normalized word is one of {@code words}; punctuation normalizes to nothing. */
  private static boolean names(Set<String> words, Token t) {
    String normalized = Terms.normalize(t.word());
    return words.contains(t.lemma()) || normalized != null && words.contains(normalized);
  }

  /** True when the span follows a copula or colon ("a key issue ... is job security"). */
  private static boolean copula(Candidate c) {
    List<Token> tokens = c.passage().tokens();
    for (int i = Math.max(0, c.tokenBegin() - 2); i < c.tokenBegin(); i++) {
      if (COPULA.contains(tokens.get(i).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static String singular(String term) {
    return term.endsWith("s") && term.length() > 3 ? term.substring(0, term.length() - 1) : term;
  }
}
