package org.newsdesk.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP with the settings newsdesk chose (see README, "CoreNLP settings"): tokenize, ssplit, pos, lemma
 * and a single MUC 7-class CRF plus the numeric classifiers, with SUTime off. Thread-safe; load once per process.
 */
public final class NlpPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);

  /**
   * The MUC 7-class model tags PERSON, LOCATION, ORGANIZATION, DATE, TIME, MONEY and PERCENT in one CRF pass; the
   * numeric classifiers add NUMBER and ORDINAL and normalize quantities (">$1.0E9" for "more than $1 billion").
   * Measured on news text it keeps weekday and month dates that the 3-class model plus numeric rules miss, at the
   * same speed, and avoids SUTime, which costs about five times everything else.
   */
  private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

  private static final String PERSON = "PERSON";
  /** Most words a propagated name takes before its surname ("Maria del Carmen Ortiz" has three). */
  private static final int MAX_NAME_WORDS = 3;

  /** Last words of a title that a person's name follows: "Chief Executive", "Education Minister", "Head Coach". */
  private static final Set<String> TITLES = Set.of("minister", "president", "chairman", "chairwoman", "chairperson",
      "director", "governor", "secretary", "mayor", "commissioner", "spokesman", "spokeswoman", "spokesperson",
      "coach", "manager", "executive", "officer", "ceo", "cfo", "coo", "chancellor", "ambassador", "senator",
      "judge", "prosecutor", "captain", "inspector", "superintendent", "constable", "editor", "founder", "premier",
      "treasurer", "administrator", "justice");
  /** Words that make up a title with its last word: "Deputy Mayor", "Chief Operating Officer", "Prime Minister". */
  private static final Set<String> TITLE_MODIFIERS = Set.of("deputy", "vice", "assistant", "acting", "interim",
      "senior", "prime", "operating", "financial", "managing", "general", "regional", "associate", "principal", "head",
      "chief");
  /** Honorifics, which open a name without being part of it: "Chief Medical Officer Dr. Lena Sauer". */
  private static final Set<String> HONORIFICS = Set.of("dr", "mr", "mrs", "ms", "prof", "capt", "sir", "dame");
  /** Capitalized words after a title that name an office or a body, not a person: "Prime Minister Office". */
  private static final Set<String> NOT_NAMES = Set.of("office", "ministry", "department", "council", "committee",
      "party", "bank", "group", "company", "corporation", "association", "union", "court", "house", "hall",
      "building", "award", "prize", "cup", "league", "club", "foundation", "institute", "university", "school",
      "hospital", "agency", "authority", "commission", "board", "fund", "programme", "program", "team", "emeritus",
      "center", "centre", "street", "airport", "station");
  /** Lower-case words inside names: "Carlos de la Cruz", "Khalid bin Salman". */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "da", "di", "dos", "das", "la", "le", "van",
      "von", "bin", "al", "el");

  private final StanfordCoreNLP pipeline;

  /** Loads the models (a few seconds). */
  public NlpPipeline() {
    long start = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(properties());
    LOG.info("CoreNLP loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  /** Returns the CoreNLP properties used, for the README and for tools. */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Blank lines separate paragraphs; a sentence never spans two paragraphs.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Characters the tokenizer cannot handle (odd symbols, emoji) are dropped silently instead of logged.
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  /**
   * Annotates text and returns its sentences with token offsets relative to each sentence.
   *
   * @param text any text; paragraphs separated by blank lines
   * @return the sentences in order; empty for blank text
   */
  public List<Sentence> annotate(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (CoreMap cs : coreSentences) {
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int sBegin = labels.get(0).beginPosition();
      int sEnd = labels.get(labels.size() - 1).endPosition();
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        String word = text.substring(l.beginPosition(), l.endPosition());
        String lemma = l.lemma() == null ? word : l.lemma();
        String ner = l.ner() == null ? "O" : l.ner();
        String norm = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        tokens.add(new Token(word, lemma.toLowerCase(Locale.ROOT), l.tag(), ner, norm,
            l.beginPosition() - sBegin, l.endPosition() - sBegin));
      }
      sentences.add(new Sentence(text.substring(sBegin, sEnd), sBegin, namesAfterTitles(NumberRepair.repair(tokens))));
    }
    return propagateSurnames(sentences);
  }

  /**
   * Tags as a person the untagged proper-noun runs that contain a surname the tagger recognised elsewhere in the same
   * text: the sequence model judges each sentence alone and often misses unfamiliar names in one sentence ("founded
   * by former bankers Adaeze Nwankwo and ...") that it tags in another ("said Nwankwo"). Only the last word of a
   * person mention counts as a surname, and a word the tagger also gave another type is left alone.
   */
  static List<Sentence> propagateSurnames(List<Sentence> sentences) {
    Map<String, Boolean> surnames = new HashMap<>();
    for (Sentence s : sentences) {
      for (Mention m : s.mentions()) {
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
          String word = s.tokens().get(i).word();
          boolean surname = m.type().equals(PERSON) && i == m.tokenEnd() - 1 && isName(s.tokens().get(i));
          surnames.merge(word, surname, Boolean::logicalAnd);
        }
      }
    }
    if (!surnames.containsValue(true)) {
      return sentences;
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<Token> tokens = new ArrayList<>(s.tokens());
      boolean changed = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.isEntity() || !isName(t) || !surnames.getOrDefault(t.word(), false)) {
          continue;
        }
        int from = i;
        while (from > 0 && i - from < MAX_NAME_WORDS && !tokens.get(from - 1).isEntity()
            && isName(tokens.get(from - 1))) {
          from--;
        }
        for (int j = from; j <= i; j++) {
          Token u = tokens.get(j);
          tokens.set(j, new Token(u.word(), u.lemma(), u.pos(), PERSON, null, u.begin(), u.end()));
        }
        changed = true;
      }
      out.add(changed ? new Sentence(s.text(), s.begin(), tokens) : s);
    }
    return out;
  }

  /**
   * Tags as a person the name after a title ("GM Chief Executive Mary Barra", "Education Minister Folasade Adeyemi"),
   * and takes the title out of the organization the tagger ran it into: the 7-class model reads an owner, a title and
   * a name in capitals as one organization, or misses a foreign name after a title. On 124 titles followed by a
   * capitalized word in the development articles, the tagger missed the name after 13.
   */
  static List<Token> namesAfterTitles(List<Token> tokens) {
    List<Token> out = tokens;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token title = tokens.get(i);
      if (!TITLES.contains(title.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && end - i <= MAX_NAME_WORDS + 1 && nameAfter(tokens.get(end), title)) {
        end++;
      }
      int last = end - 1;
      while (last > i && !isName(tokens.get(last))) {
        last--;
      }
      boolean wholeName = end == tokens.size() || !isName(tokens.get(end));
      if (last == i || !wholeName || !isName(tokens.get(i + 1)) || alreadyPerson(tokens, i + 1, last + 1)) {
        continue;
      }
      out = NumberRepair.retag(out, tokens, i + 1, last + 1, PERSON, t -> null);
      // The title and the words that make it up ("Deputy", "Chief") belong to no entity of the owner's type.
      int from = i + 1;
      while (from > 0 && isTitlePart(tokens.get(from - 1)) && !tokens.get(from - 1).ner().equals("O")) {
        from--;
      }
      out = NumberRepair.retag(out, tokens, from, i + 1, "O", t -> null);
      i = last;
    }
    return out;
  }

  /** Whether a token can continue the name after a title: a capitalized word or a particle, not another entity. */
  private static boolean nameAfter(Token t, Token title) {
    String lower = t.word().toLowerCase(Locale.ROOT);
    boolean tagOk = t.ner().equals("O") || t.ner().equals(PERSON) || t.ner().equals(title.ner());
    // An initial or abbreviation ("K.", "Capt.") may end a sentence the splitter cut short: too little to tag.
    return tagOk && !isTitlePart(t) && !NOT_NAMES.contains(lower) && !HONORIFICS.contains(lower)
        && !t.word().endsWith(".") && (isName(t) || NAME_PARTICLES.contains(t.word()));
  }

  /** Whether a word is part of a title: its last word or one it is made of. */
  private static boolean isTitlePart(Token t) {
    String lower = t.word().toLowerCase(Locale.ROOT);
    return TITLES.contains(lower) || TITLE_MODIFIERS.contains(lower);
  }

  /** Whether the tagger already read every word of the span as a person. */
  private static boolean alreadyPerson(List<Token> tokens, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!tokens.get(j).ner().equals(PERSON)) {
        return false;
      }
    }
    return true;
  }

  /** A capitalized proper noun: a word that can be part of a name. */
  private static boolean isName(Token t) {
    return t.pos().startsWith("NNP") && t.word().length() > 1 && Character.isUpperCase(t.word().charAt(0));
  }
}
