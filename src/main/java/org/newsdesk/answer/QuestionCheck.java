package org.newsdesk.answer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front ends' gate before answering: cleans what a person typed into safe plain text and decides whether it is
 * a question worth answering at all, so the console, {@code ask} and Telegram treat odd input the same way.
 */
public final class QuestionCheck {

  /** Why a message is not answered. */
  public enum Refusal {
    /**
     * Nothing to search for: no words, only function words and chatter ("the", "what?", "😀"), small talk ("how's it
     * going today") or a request to make something up ("write a poem about rain").
     */
    NOT_A_QUESTION("not-a-question"),
    /** Longer than {@code question.maxLength}. */
    TOO_LONG("too-long");

    private final String code;

    Refusal(String code) {
      this.code = code;
    }

    /** Returns the stable name of the refusal, which is also the name of its prompt ("too-long"). */
    public String code() {
      return code;
    }
  }

  /** Terminal escape sequences (colours, cursor moves, titles), removed whole so no "[31m" is left behind. */
  private static final Pattern TERMINAL_ESCAPE = Pattern.compile("\\u001B(?:\\[[0-?]*[ -/]*[@-~]"
      + "|\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?|[@-Z\\\\-_])|\\u009B[0-?]*[ -/]*[@-~]");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
  /** A word: letters and digits, with an apostrophe clitic ("what's", "isn't"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
  /**
   * Words that ask nothing on their own: articles, prepositions, pronouns, question words, auxiliaries and chat
   * politeness. A message made only of these has no topic to look up.
   */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "at", "by", "for",
      "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "with", "about",
      "i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "we",
      "us", "our", "ours", "they", "them", "their", "theirs", "this", "that", "these", "those", "there", "here",
      "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "many", "much",
      "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "can",
      "could", "will", "would", "shall", "should", "may", "might", "must", "not", "no", "yes",
      "what's", "who's", "where's", "when's", "how's", "why's", "that's", "it's", "there's", "isn't", "aren't",
      "wasn't", "weren't", "don't", "doesn't", "didn't", "can't", "won't", "i'm", "you're", "they're", "we're",
      "hi", "hello", "hey", "hiya", "yo", "ok", "okay", "please", "pls", "plz", "thanks", "thank", "thx", "um",
      "uh", "well", "sorry", "bot", "newsdesk");

  /** Greetings, addressing and politeness before the question proper ("hey bot, ...", "@newsdesk_bot ..."). */
  static final Pattern LEADING_CHATTER = Pattern.compile(
      "^(?:\\s*(?:@\\w+|hey|hi|hello|hiya|yo|ok(?:ay)?|so|well|um+|uh+|please|pls|plz|quick question|question"
          + "|what(?: i|')?s up|wassup|sup"
          + "|good (?:morning|afternoon|evening)|excuse me|sorry|thanks|thank you)\\b(?:\\s+(?:bot|newsdesk|there|"
          + "everyone|all))?[\\s,!.:;?-]*)+",
      Pattern.CASE_INSENSITIVE);
  /**
   * A whole message of small talk: how the bot is, what it is or can do, greetings and goodbyes, with at most a
   * time or a form of address after it ("how's it going today", "who are you?", "good night bot").
   */
  private static final Pattern SMALL_TALK = Pattern.compile(
      "(?:how(?:'?s| is| are| r| have| do)? (?:it going|you(?: been| doing)?|u|things|life|your day|everything"
      + "|you do)|what(?:'?s| is) (?:new|up|happening)(?: with you)?|who are you|what are you|who (?:made|built|wrote"
      + "|created) you|what can you do|are you (?:a bot|a robot|human|real|there|ok(?:ay)?|alive)"
      + "|good (?:morning|afternoon|evening|night)|nice to meet you|(?:good)?bye|see (?:you|ya)|lol|haha"
      + "|thanks(?: a lot)?|thank you(?: very much)?)"
      + "(?:[\\s,]+(?:today|tonight|this (?:morning|afternoon|evening)|bot|newsdesk|mate|buddy|friend|there|then))*"
      + "[\\s?!.:)(]*$", Pattern.CASE_INSENSITIVE);
  /**
   * A request to make something up rather than to find it in the articles ("write a short poem about autumn rain",
   * "tell me a joke", "can you compose a song", "can u write a Python function that reverses a string", "give me
   * python code to sort a list"): newsdesk only quotes what the articles say. A story is left out: "tell me the story
   * of the heist" asks about the articles. Code may be named after its language ("a bash script"), so one word of
   * any kind may stand before it.
   */
  private static final Pattern MADE_UP = Pattern.compile(
      "(?:(?:please|pls|plz|can you|could you|would you|will you|can u|could u|would u)\\s+)*(?:please\\s+)?"
      + "(?:write|compose|draw|sing|create|generate|invent|make up|make|tell|give)(?: me| us)?"
      + "(?: (?:a|an|some|another|one|your|me|us|\\d+))?"
      + "(?: (?:short|funny|little|quick|new|good|nice|sad|happy|silly|small|long|bad|simple))*"
      + " (?:poems?|haikus?|limericks?|songs?|jokes?|essays?|riddles?|recipes?|raps?|sonnets?|lyrics"
      + "|puns?|pictures?|drawings?|fairy tales?|bedtime stor(?:y|ies)"
      + "|(?:[\\p{L}+#]+ )?(?:functions?|code|scripts?|programs?|snippets?))\\b.*$", Pattern.CASE_INSENSITIVE);

  private final int maxLength;

  /**
   * Creates a check.
   *
   * @param maxLength the longest question answered, in characters ({@code question.maxLength})
   */
  public QuestionCheck(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("question.maxLength must be at least 1: " + maxLength);
    }
    this.maxLength = maxLength;
  }

  /** Returns the longest question answered, in characters. */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Returns {@code typed} as safe plain text: NFC, terminal escape sequences removed, control characters and line
   * breaks turned into spaces, invisible format characters (bidirectional overrides, zero-width spaces, byte-order
   * marks) and broken surrogates dropped, spaces collapsed and the ends trimmed. What is left can be analysed,
   * echoed and logged without reordering or hiding text.
   *
   * @param typed the message as received, may be null
   * @return the cleaned text, empty when nothing visible was typed
   */
  public static String clean(String typed) {
    if (typed == null || typed.isEmpty()) {
      return "";
    }
    String text = Normalizer.normalize(TERMINAL_ESCAPE.matcher(typed).replaceAll(" "), Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      // Joiners stay (emoji sequences and Persian words need them); every other format character is invisible.
      boolean invisible = type == Character.FORMAT && cp != '\u200D' && cp != '\u200C';
      if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        out.append(' ');
      } else if (!invisible && type != Character.SURROGATE) {
        out.appendCodePoint(cp);
      }
    });
    return SPACE_RUN.matcher(out).replaceAll(" ").strip();
  }

  /** Returns the length of {@code question} in characters as a person counts them (an emoji is one). */
  public static int length(String question) {
    return question.codePointCount(0, question.length());
  }

  /**
   * Returns why {@code question} should not be answered, or empty when it should.
   *
   * @param question a question already passed through {@link #clean}
   * @return the refusal, or empty
   */
  public Optional<Refusal> refusal(String question) {
    if (length(question) > maxLength) {
      return Optional.of(Refusal.TOO_LONG);
    }
    if (isChat(question)) {
      return Optional.of(Refusal.NOT_A_QUESTION);
    }
    Matcher words = WORD.matcher(question.replace('’', '\''));
    while (words.find()) {
      String word = words.group();
      if (!FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) || isAcronym(word)) {
        return Optional.empty();
      }
    }
    return Optional.of(Refusal.NOT_A_QUESTION);
  }

  /**
   * True when {@code question} is small talk ("how's it going today") or asks for something made up ("write a poem
   * about rain") rather than for what the articles say.
   *
   * @param question a question already passed through {@link #clean}
   * @return whether no article can answer it by its nature
   */
  public static boolean isChat(String question) {
    String q = LEADING_CHATTER.matcher(question.replace('’', '\'')).replaceFirst("");
    // Greetings alone ("good morning", "hello bot") leave nothing to ask.
    return q.isBlank() || SMALL_TALK.matcher(q).matches() || MADE_UP.matcher(q).matches();
  }

  /** True for a word in capitals ("US", "IT", "WHO"): a name, never a function word. */
  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
  }
}
