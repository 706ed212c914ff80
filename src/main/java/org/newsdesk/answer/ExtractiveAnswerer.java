package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.nlp.Attribution;
import org.newsdesk.search.Passage;
import org.newsdesk.search.PassageIndex;

/**
 * The answering pipeline: analyse the question, retrieve sentences, extract and score candidate answers, merge equal
 * answers across passages, then compose the reply — or abstain when the best answer's calibrated confidence is
 * below the threshold. Thread-safe.
 */
public final class ExtractiveAnswerer implements Answerer {

  /**
   * How many retrieved passages are searched for candidates. Held out, going from 25 to 40 put the right candidate
   * first more often on all three development batches, at no cost measurable at 100,000 articles; 60 added little.
   */
  private static final int EXTRACT_FROM = 40;
  /** Characters that open a quotation in news text. */
  private static final String QUOTE_MARKS = "\"“‘'«";
  /** Sentences back, past the one before, searched for the start of the quotation a sentence closes. */
  private static final int QUOTATION_REACH = 2;
  /** Pronouns a quotation is attributed to when the sentence before names the speaker ("..., \" she said."). */
  private static final Set<String> SPEAKING_PRONOUNS = Set.of("he", "she", "they");
  /** A quotation mark left alone at the end of a sentence, after a space: it opens the next sentence. */
  private static final Pattern DANGLING_QUOTE = Pattern.compile("\\s[\"“«]$");
  /**
   * Words a sentence may have and still only announce what the next one says ("Developers reacted angrily.", "For
   * herders, the closures come at a painful moment."): a reply of that sentence alone leaves out the answer.
   */
  private static final int LEAD_IN_WORDS = 10;
  /** Openings of a sentence that refers back to the one before it ("Its fate has made drugmakers wary"). */
  private static final Set<String> BACK_REFERENCES = Set.of("its", "their", "this", "that", "these", "those",
      "such");
  /**
   * Words that open a sentence going on about the one before it: the back references, the pronouns a quotation is
   * attributed to, and the other pronouns of a person or thing named before.
   */
  private static final Set<String> FOLLOW_UPS = java.util.stream.Stream.of(BACK_REFERENCES, SPEAKING_PRONOUNS,
      Set.of("his", "her", "it")).flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Position of the feature "the IDF its article lacks, over the question's highest" in a feature vector. */
  private static final int MISSING = Features.NAMES.indexOf("missing");
  /** Position of the feature "share of the question's keywords no article uses" in a candidate's feature vector. */
  private static final int UNKNOWN = Features.NAMES.indexOf("unknown");
  /**
   * Share of a question's keywords that no article uses from which the articles are taken not to cover its topic
   * ("a joke about penguins", "legs of a spider"): none of the development questions that reached it had an answer.
   */
  private static final double UNCOVERED = 0.5;
  /** Position of the feature "the quantity's unit fits the measure asked for" in a candidate's feature vector. */
  private static final int UNIT_FIT = Features.NAMES.indexOf("unitFit");
  /** Position of the feature "the name's title is the role asked about, qualified" in a feature vector. */
  private static final int QUALIFIED_ROLE = Features.NAMES.indexOf("qualifiedRole");
  /** Index of the feature that is 1 when the focus noun stands beside the candidate ("the capital, Canberra"). */
  private static final int FOCUS_NEAR = Features.NAMES.indexOf("focusNear");
  /** Index of the feature that is -1 when WordNet knows a name as something other than the focus. */
  private static final int IS_A = Features.NAMES.indexOf("isA");
  /** Index of the feature that is 1 when the candidate follows a copula ("the capital is Canberra"). */
  private static final int COPULA = Features.NAMES.indexOf("copula");
  /** Index of the feature that is 1 when the article ties a candidate to another year than the question's. */
  private static final int TIME_CONFLICT = Features.NAMES.indexOf("timeConflict");
  /** Index of the feature that a sentence gives the words of the question's speaker. */
  private static final int SPEAKER = Features.NAMES.indexOf("speaker");
  /** Index of the feature saying how well a candidate's entity type fits the question's answer type. */
  private static final int TYPE_MATCH = Features.NAMES.indexOf("typeMatch");
  /**
   * Type match at or below which a mention is a weak fit: a count of people for "how much" money, a date without a
   * year for "which year" (see {@code Features.granularity}); a type-compatible mention scores 0.6 and a full match 1.
   */
  private static final double WEAK_TYPE = 0.3;
  /** Index of the feature that a sentence has the cue its question form calls for (reported speech for "say"). */
  private static final int CUE = Features.NAMES.indexOf("cue");

  private final QuestionAnalyzer analyzer;
  private final Lexicon lexicon;
  private final Retriever retriever;
  private final PassageIndex index;
  private final AnswerModel model;
  private final double threshold;
  private final int evidenceCount;

  /**
   * Creates the answerer.
   *
   * @param analyzer      question analysis
   * @param lexicon       WordNet, for is-a checks of candidates against the question's focus
   * @param retriever     passage retrieval
   * @param index         the index, for paragraph context
   * @param model         candidate scoring model
   * @param threshold     confidence below which the reply abstains, in [0, 1]
   * @param evidenceCount evidence passages per reply
   */
  public ExtractiveAnswerer(QuestionAnalyzer analyzer, Lexicon lexicon, Retriever retriever, PassageIndex index, AnswerModel model,
                            double threshold, int evidenceCount) {
    if (threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException("answer.threshold must be in [0, 1]: " + threshold);
    }
    if (evidenceCount < 1) {
      throw new IllegalArgumentException("answer.evidence must be at least 1: " + evidenceCount);
    }
    this.analyzer = analyzer;
    this.lexicon = lexicon;
    this.retriever = retriever;
    this.index = index;
    this.model = model;
    this.threshold = threshold;
    this.evidenceCount = evidenceCount;
  }

  @Override
  public Answer answer(String question) {
    long start = System.nanoTime();
    question = question == null ? "" : question;
    Scored scored = score(question);
    return compose(question, scored, start);
  }

  /**
   * A candidate with its features and ranking score.
   *
   * @param candidate the candidate span
   * @param features  its features, in {@link Features#NAMES} order
   * @param score     the ranker's score (higher is better)
   * @param answerKey the merged answer it belongs to
   */
  public record ScoredCandidate(Candidate candidate, double[] features, double score, String answerKey) {
  }

  /**
   * Everything scoring learned about one question, for composing the reply and for fitting the model.
   *
   * @param question   the analysis
   * @param retrieval  the retrieved passages
   * @param candidates candidates, best first
   * @param answerFeatures answer-level features of the best candidate (for the calibrator), or null when none
   */
  public record Scored(Question question, Retrieval retrieval, List<ScoredCandidate> candidates,
                       double[] answerFeatures) {
  }

  /** Runs analysis, retrieval and candidate ranking; the best candidate first. */
  public Scored score(String text) {
    Question q = analyzer.analyze(text);
    // Small talk and requests to make something up are turned away by the front ends; a caller that asks anyway
    // ("how's it going today", "write a poem about rain") gets no answer rather than a sentence that shares a word.
    if (!q.hasKeywords() || QuestionCheck.isChat(QuestionCheck.clean(text))) {
      return new Scored(q, new Retrieval(List.of(), Map.of(), Map.of(), Set.of(), Set.of()), List.of(), null);
    }
    Retrieval r = retriever.retrieve(q);
    Features features = new Features(q, r, lexicon);
    List<Candidate> candidates = candidates(q, r, features);
    Map<String, String> canonical = mergeKeys(candidates);
    Map<String, Set<String>> supporters = new HashMap<>();
    for (Candidate c : candidates) {
      supporters.computeIfAbsent(canonical.get(c.key()), k -> new HashSet<>())
          .add(c.passage().articleId() + "#" + c.passage().sentenceIndex());
    }
    List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
    boolean definition = asksDefinition(q);
    for (Candidate c : candidates) {
      String key = canonical.get(c.key());
      double[] x = features.of(c, supporters.get(key).size());
      if (definition && (x[FOCUS_NEAR] == 0 && x[COPULA] == 0 || x[IS_A] < 0 || features.focusOfOther(c))
          && !c.tag().equals(CandidateExtractor.SENTENCE)) {
        // "What is the capital of Australia?" asks what the articles call its capital: a city named elsewhere in a
        // sentence that mentions capitals ("concern in both capitals ... Beijing") is not called one, one called
        // the capital of another place ("Nouméa, the capital of New Caledonia") is that place's, and a name WordNet
        // knows as something else ("Australia's neighbour is Indonesia", a country) is none.
        continue;
      }
      if (x[UNIT_FIT] < 0 || x[QUALIFIED_ROLE] > 0 || features.countsAMeasure(c) || features.countsForWhich(c)
          || c.tag().equals("ORDINAL") && q.type() != AnswerType.ORDINAL && !features.ranksFocus(c)) {
        // A quantity of another measure ("70,115 votes" for "how old") cannot answer a measuring question, nor a
        // measure ("about 20 kilometres") a count of miners, nor the deputy of the role asked about ("Deputy Governor
        // Carolyn Rogers" for "who is the governor") a who question, nor a count ("2.4 million heaters") a which, nor
        // the rank of another thing ("the 11th century" for "which round").
        continue;
      }
      // Scored once the field is settled: the ranker's trees weigh each candidate against the others.
      scored.add(new ScoredCandidate(c, x, 0, key));
    }
    if (q.form() != QuestionForm.HOW_MEASURE && scored.stream().anyMatch(sc -> sc.features()[TYPE_MATCH] == 1)) {
      // Once the articles offer a mention of the asked-for type ("about 112 billion dirhams" for "how much did Morocco
      // earn"), a weak fit ("17.4 million visitors") is no rival to it, however close it stands to the keywords. An
      // untyped phrase stays: it stands for the names the tagger missed. "How big" may be measured in money or in
      // units alike, so its weak fits stay too.
      scored.removeIf(sc -> sc.features()[TYPE_MATCH] > 0 && sc.features()[TYPE_MATCH] <= WEAK_TYPE
          && !sc.candidate().tag().equals(CandidateExtractor.PHRASE) && !namedRun(q, sc.candidate()));
    }
    if (features.asksWhatWasSaid() && scored.stream().anyMatch(sc -> sc.features()[SPEAKER] == 1)) {
      // "What did Haddock say?" asks for words someone said: once the articles quote him, a sentence that reports
      // no speech at all ("Haddock lost the pink jersey") is no answer, however many of the question's words it
      // repeats. A sentence that reports speech stays, whoever it names ("the union's leader warned that ...").
      scored.removeIf(sc -> sc.features()[CUE] == 0);
    }
    scored = ranked(model, q, scored);
    return new Scored(q, r, scored, scored.isEmpty() ? null : answerFeatures(q, scored));
  }

  /**
   * Returns one question's candidates with {@code model}'s ranking scores, the best first (ties keep their order).
   *
   * @param model      the model whose ranker scores them
   * @param q          the analysed question
   * @param candidates the candidates, all of one question: the ranker's trees weigh each against the others
   * @return new scored candidates, sorted
   */
  public static List<ScoredCandidate> ranked(AnswerModel model, Question q, List<ScoredCandidate> candidates) {
    List<AnswerModel.Kind> kinds = new ArrayList<>(candidates.size());
    List<double[]> xs = new ArrayList<>(candidates.size());
    for (ScoredCandidate sc : candidates) {
      kinds.add(AnswerModel.Kind.of(q, sc.candidate()));
      xs.add(sc.features());
    }
    double[] s = model.scores(kinds, xs);
    List<ScoredCandidate> out = new ArrayList<>(candidates.size());
    for (int i = 0; i < s.length; i++) {
      ScoredCandidate sc = candidates.get(i);
      out.add(new ScoredCandidate(sc.candidate(), sc.features(), s[i], sc.answerKey()));
    }
    out.sort(Comparator.comparingDouble(ScoredCandidate::score).reversed());
    return out;
  }

  /**
   * The candidates of the best retrieved passages and, past them, of the passages whose article is about the whole
   * question: such an article's sentence naming the person asked about may share few words with the question
   * ("Chief executive Megan Thorburn, 52, said" for "how old is the chief executive of Wattle Air").
   */
  static List<Candidate> candidates(Question q, Retrieval r, Features features) {
    List<Candidate> out = new ArrayList<>();
    for (int rank = 0; rank < r.passages().size(); rank++) {
      Passage p = r.passages().get(rank);
      if (rank < EXTRACT_FROM || features.articleCoversQuestion(p)) {
        out.addAll(CandidateExtractor.extract(q, p, rank));
      }
    }
    return out;
  }

  /**
   * True for an organization offered for a who-question: the tagger often runs a title and a name into one
   * organization ("GM Chief Executive Mary Barra"), so it stays a weak candidate rather than none.
   */
  private static boolean namedRun(Question q, Candidate c) {
    return q.type() == AnswerType.PERSON && c.tag().equals("ORGANIZATION");
  }

  /**
   * True for a question that asks what something's named relation is, "what is the F of X" with F a noun and a name
   * for an answer ("what is the capital of Australia", "what was the name of the ship"), whose answer the text
   * must call an F.
   */
  static boolean asksDefinition(Question q) {
    if (q.form() != QuestionForm.WHAT || !q.type().isNamed() || q.focus() == null) {
      return false;
    }
    List<org.newsdesk.nlp.Token> tokens = q.tokens();
    boolean copula = false;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      org.newsdesk.nlp.Token t = tokens.get(i);
      copula |= t.lemma().equals("be");
      if (copula && t.lemma().equals(q.focus()) && tokens.get(i + 1).word().equalsIgnoreCase("of")) {
        return true;
      }
    }
    return false;
  }

  /** Answer-level features of the best candidate: its score, its lead over other answers, and its share. */
  public static double[] answerFeatures(Question q, List<ScoredCandidate> scored) {
    ScoredCandidate best = scored.get(0);
    double runnerUp = Double.NaN;
    double total = 0;
    double mine = 0;
    for (ScoredCandidate sc : scored) {
      double e = Math.exp(sc.score() - best.score());
      total += e;
      if (sc.answerKey().equals(best.answerKey())) {
        mine += e;
      } else if (Double.isNaN(runnerUp)) {
        runnerUp = sc.score();
      }
    }
    return Features.answerLevel(best.features(), AnswerModel.Kind.of(q, best.candidate()), best.score(), runnerUp,
        mine / total, q.focus() != null, q.form() == QuestionForm.YES_NO);
  }

  private Answer compose(String asked, Scored s, long start) {
    List<Passage> passages = s.retrieval().passages();
    if (s.candidates().isEmpty()) {
      return new Answer(asked, false, null, 0, closest(passages), false, millis(start));
    }
    ScoredCandidate best = s.candidates().get(0);
    Candidate c = best.candidate();
    // A figure the article ties to another year than the question's ("£187m last year" for "profit in 2023") is a
    // neighbouring fact, not the asked-for one, however well its sentence matches.
    double confidence = best.features()[UNKNOWN] >= UNCOVERED || best.features()[TIME_CONFLICT] >= 1 ? 0
        : model.confidence(s.answerFeatures());
    // Abstaining is right only when the articles do not answer the question, so an answer less likely right than
    // the question is to be unanswerable is better withheld, whatever the threshold.
    boolean answered = confidence >= threshold && confidence >= model.unanswerable(s.answerFeatures());
    // Passages ranked by their best candidate, so the evidence list is ordered by answer quality, then the others by
    // retrieval.
    Map<Passage, Double> passageScore = new LinkedHashMap<>();
    for (ScoredCandidate sc : s.candidates()) {
      passageScore.merge(sc.candidate().passage(), sc.score(), Math::max);
    }
    List<Passage> ordered = new ArrayList<>(passageScore.keySet());
    for (Passage p : passages) {
      if (!passageScore.containsKey(p)) {
        ordered.add(p);
      }
    }
    if (!answered) {
      // Nothing confident: show the passages that came closest, without highlighting an answer. The best guess's
      // passage leads unless its article lacks the question's rarest words ("Tarrow" in "who designed the Tarrow
      // bridge"), when what matches the question best does: over the development questions the ranker's guess is
      // more often the right article and sentence than the passage retrieval ranked first, but not when its
      // article is about something else.
      if (best.features()[MISSING] >= 1) {
        return new Answer(asked, false, null, round(confidence), closest(passages), false, millis(start));
      }
      List<Evidence> closest = ordered.stream().limit(evidenceCount)
          .map(p -> evidence(p, -1, -1, passageScore.getOrDefault(p, p.score()))).toList();
      return new Answer(asked, false, null, round(confidence), closest, false, millis(start));
    }
    List<Evidence> evidence = new ArrayList<>();
    boolean sentence = c.tag().equals(CandidateExtractor.SENTENCE);
    // A sentence answer is its whole quotation, looked up once for both the reply and the evidence.
    Passage source = sentence ? wholeQuotation(c.passage()) : c.passage();
    String text = sentence ? source.text() : replyText(best, s.candidates());
    evidence.add(evidence(source, sentence ? 0 : c.charBegin(), sentence ? source.text().length() : c.charEnd(),
        best.score()));
    Candidate full = fullForm(best, s.candidates());
    if (full != null && !full.passage().equals(c.passage()) && evidenceCount > 1) {
      // The name as the reply spells it comes right after the passage that won, so the reply can be checked.
      ordered.remove(full.passage());
      ordered.add(0, full.passage());
    }
    for (Passage p : ordered) {
      if (evidence.size() >= evidenceCount) {
        break;
      }
      if (p.equals(c.passage())) {
        continue;
      }
      int[] span = findSpan(p, c.tag().equals(CandidateExtractor.SENTENCE) ? null : text);
      evidence.add(evidence(p, span == null ? -1 : span[0], span == null ? -1 : span[1],
          passageScore.getOrDefault(p, 0.0)));
    }
    return new Answer(asked, true, text, round(confidence), evidence, false, millis(start));
  }

  /**
   * Returns the text a reply would give for a candidate: for a descriptive answer its sentence with what completes it
   * (a quotation going on, the sentence it refers back to, the one a short lead-in announces); for a name, the
   * longest form it was merged into ("Kenji Sato" for "Sato"); else the span.
   *
   * @param sc  the candidate
   * @param all every scored candidate of the question
   * @return the reply text
   */
  public String replyText(ScoredCandidate sc, List<ScoredCandidate> all) {
    Candidate c = sc.candidate();
    if (c.tag().equals(CandidateExtractor.SENTENCE)) {
      return wholeQuotation(c.passage()).text();
    }
    Candidate full = fullForm(sc, all);
    return full == null ? c.text() : full.text();
  }

  /**
   * The candidate that spells out the merged name a shorter mention belongs to, best scored first; null when the
   * candidate is already its answer's full form.
   */
  private static Candidate fullForm(ScoredCandidate sc, List<ScoredCandidate> all) {
    if (sc.candidate().key().equals(sc.answerKey())) {
      return null;
    }
    for (ScoredCandidate other : all) {
      if (other.candidate().key().equals(sc.answerKey())) {
        return other.candidate();
      }
    }
    return null;
  }

  /**
   * Returns the sentence with the rest of the quotation it belongs to: the sentence before it, when a quotation
   * opened there goes on in this one ("\"There were more than 300 earthquakes on Sunday alone.", then "The ground
   * is swelling,\" said Wijaya."), names the speaker of this unattributed one or is what this one refers back to
   * ("Its fate ..."), and the sentence after it (see {@link #withQuoteContinued}).
   */
  private Passage wholeQuotation(Passage p) {
    if (p.sentenceIndex() == 0) {
      return withQuoteContinued(p);
    }
    List<Passage> previous = index.sentences(p.articleId(), p.sentenceIndex() - 1, p.sentenceIndex() - 1);
    if (previous.isEmpty() || previous.get(0).paragraph() != p.paragraph()) {
      return withQuoteContinued(p);
    }
    Passage before = previous.get(0);
    boolean opened = leavesQuotationOpen(before) && QUOTE_MARKS.indexOf(p.text().charAt(0)) < 0;
    // A quotation that goes on after the sentence naming its speaker ("\"...,\" Berg told SVT. \"We remain
    // available.\"") says who speaks only with that sentence.
    boolean unattributed = QUOTE_MARKS.indexOf(p.text().charAt(0)) >= 0 && !p.speaker().isEmpty()
        && p.speaker().equals(before.speaker()) && !Attribution.reportsSpeech(p.tokens());
    // A sentence naming no one and giving no figure says little on its own: "Its fate has made drugmakers wary"
    // needs the sentence it refers to, "Its chief executive, Pieter Swanepoel, said ..." does not.
    boolean refersBack = refersBack(p) && !namesOrCounts(p);
    // "\"Cement and earth do not live well together,\" he said." says who "he" is, and often why, only with the
    // sentence before, which names the speaker and reports what he said.
    boolean pronounSpeaker = quotedByPronoun(p) && Attribution.reportsSpeech(before.tokens());
    if (!opened && !unattributed && !refersBack && !pronounSpeaker) {
      Passage opener = quotationOpener(p, before);
      return opener == null ? withQuoteContinued(p) : joined(opener, withQuoteContinued(p), false);
    }
    return joined(before, withQuoteContinued(p), false);
  }

  /**
   * For a sentence that closes a quotation opened more than one sentence before it, in its paragraph ("\"... Nobody
   * takes this decision lightly. But a country cannot be governed for a year without a budget. The only honest way
   * out is to give the word back to the voters,\" he said."), the sentences from the one that opened it up to
   * {@code before}, as one passage; null otherwise.
   */
  private Passage quotationOpener(Passage p, Passage before) {
    if (QUOTE_MARKS.indexOf(p.text().charAt(0)) >= 0 || quoteMarks(p) % 2 == 0 || quoteMarks(before) > 0
        || p.sentenceIndex() < 2) {
      return null;
    }
    int from = Math.max(0, p.sentenceIndex() - 1 - QUOTATION_REACH);
    List<Passage> earlier = index.sentences(p.articleId(), from, p.sentenceIndex() - 2);
    Passage run = before;
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Passage e = earlier.get(i);
      if (e.paragraph() != p.paragraph()) {
        return null;
      }
      run = joined(e, run, false);
      if (quoteMarks(e) > 0) {
        return leavesQuotationOpen(e) ? run : null;
      }
    }
    return null;
  }

  /** The number of double quotation marks in a sentence. */
  private static long quoteMarks(Passage p) {
    return p.text().chars().filter(ch -> ch == '"' || ch == '“' || ch == '”').count();
  }

  /**
   * Returns the passage extended by the next sentence when that sentence opens with a quotation mark in the same
   * paragraph, or in the next one after a report of speech by no other speaker, or when this sentence is a short
   * lead-in: a quote often goes on after the sentence that names the speaker, and a lead-in's answer is in what
   * follows.
   */
  private Passage withQuoteContinued(Passage p) {
    List<Passage> next = index.sentences(p.articleId(), p.sentenceIndex() + 1, p.sentenceIndex() + 1);
    // The sentence splitter sometimes leaves the quotation mark that opens the next sentence at the end of this one
    // ("..., said Wijaya. \" There has been ..."): that quote goes on in the next sentence too.
    boolean dangling = DANGLING_QUOTE.matcher(p.text()).find();
    if (next.isEmpty() || next.get(0).text().isEmpty()) {
      return p;
    }
    boolean quoted = QUOTE_MARKS.indexOf(next.get(0).text().charAt(0)) >= 0;
    boolean sameParagraph = next.get(0).paragraph() == p.paragraph();
    // "\"They put a little more on the table, but they also sent the police." then "You cannot negotiate with one
    // hand ...,\" Choque said.": a quotation this sentence opens and leaves open goes on in the next one.
    boolean goesOn = sameParagraph && !quoted && leavesQuotationOpen(p);
    // "Berg said the airline could not afford it." then, in a paragraph of its own, "\"A 12% increase would wipe
    // out our margin,\" Berg told SVT.": the same speaker goes on in the next paragraph.
    boolean nextParagraph = next.get(0).paragraph() == p.paragraph() + 1;
    boolean speakerGoesOn = nextParagraph && quoted && sameSpeaker(p.speaker(), next.get(0).speaker());
    // "Resort operator X said its team had judged the slope safe." then "\"Our team followed every procedure,\" its
    // chief executive said.": a report of what was said is followed by the words themselves.
    boolean quoteFollows = nextParagraph && quoted && Attribution.reportsSpeech(p.tokens())
        && !namesAnother(next.get(0), p.speaker());
    boolean leadIn = (sameParagraph || nextParagraph) && leadIn(p);
    // "Vukić showed no emotion as the sentence was read." then "His lawyer said he would appeal.": a sentence that
    // opens by referring back to this one goes on with its story, often with the reason or reaction asked about.
    boolean followedUp = (sameParagraph || nextParagraph) && !quoted && followsUp(next.get(0));
    if (!(sameParagraph && (dangling || quoted)) && !goesOn && !speakerGoesOn && !quoteFollows && !leadIn
        && !followedUp) {
      return p;
    }
    Passage joined = joined(p, next.get(0), dangling);
    // "... would not abandon it." then "\"We knew the first year would hurt." then "But the old model ... was
    // slowly killing us,\" she said.": a quotation the added sentence opens and leaves open ends in the one after.
    if (!leavesQuotationOpen(next.get(0))) {
      return joined;
    }
    List<Passage> after = index.sentences(p.articleId(), p.sentenceIndex() + 2, p.sentenceIndex() + 2);
    if (after.isEmpty() || after.get(0).text().isEmpty() || after.get(0).paragraph() != next.get(0).paragraph()
        || QUOTE_MARKS.indexOf(after.get(0).text().charAt(0)) >= 0) {
      return joined;
    }
    return joined(joined, after.get(0), false);
  }

  /**
   * True when a quotation in the sentence is attributed to a pronoun ("...,\" he said.", "\"...,\" she told
   * reporters."): the sentence does not name its speaker.
   */
  private static boolean quotedByPronoun(Passage p) {
    List<org.newsdesk.nlp.Token> tokens = p.tokens();
    boolean quoteSeen = false;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      org.newsdesk.nlp.Token t = tokens.get(i);
      quoteSeen |= Attribution.QUOTES.contains(t.word());
      org.newsdesk.nlp.Token verb = tokens.get(i + 1);
      boolean pronoun = t.pos().equals("PRP")
          && SPEAKING_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
      if (quoteSeen && pronoun && verb.pos().startsWith("VB") && Attribution.SPEECH_VERBS.contains(verb.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the sentence's last double quotation mark opens a quotation that the sentence leaves open: an odd
   * number of marks, the last one before a word and not closing what an earlier sentence opened.
   */
  private static boolean leavesQuotationOpen(Passage p) {
    String text = p.text().strip();
    long marks = quoteMarks(p);
    int last = Math.max(text.lastIndexOf('"'), text.lastIndexOf('“'));
    // A closing mark follows the words it ends ("swelling,\" said Wijaya."); an opening one starts the text or
    // follows a space, and a word follows it.
    boolean opens = last >= 0 && last + 1 < text.length() && !Character.isWhitespace(text.charAt(last + 1))
        && (last == 0 || Character.isWhitespace(text.charAt(last - 1)));
    return marks % 2 == 1 && opens && text.lastIndexOf('”') < last;
  }

  /**
   * True when the sentence opens, after a conjunction, with a pronoun or determiner that refers to the sentence
   * before it ("He called on the province ...", "But he warned ...", "His lawyer said ...", "When that happens").
   */
  private static boolean followsUp(Passage p) {
    List<org.newsdesk.nlp.Token> tokens = p.tokens();
    int i = 0;
    while (i < tokens.size() && (tokens.get(i).pos().equals("CC") || tokens.get(i).pos().equals("WRB"))) {
      i++;
    }
    return i < tokens.size() && FOLLOW_UPS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT));
  }

  /** True when the sentence opens by referring to the one before it ("Its fate ...", "These cuts ..."). */
  private static boolean refersBack(Passage p) {
    return !p.tokens().isEmpty()
        && BACK_REFERENCES.contains(p.tokens().get(0).word().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * True for a short sentence that only announces what follows: no quotation, no one named, no figure
   * ("Developers reacted angrily.", "For herders, the closures come at a painful moment.").
   */
  private static boolean leadIn(Passage p) {
    if (refersBack(p) || namesOrCounts(p)) {
      // "Its fate has made drugmakers wary ever since." concludes what came before; it announces nothing.
      return false;
    }
    long words = 0;
    for (org.newsdesk.nlp.Token t : p.tokens()) {
      if (Attribution.QUOTES.contains(t.word())) {
        return false;
      }
      words += Character.isLetterOrDigit(t.word().charAt(0)) ? 1 : 0;
    }
    return words <= LEAD_IN_WORDS;
  }

  /** True when the sentence names a person or gives a figure. */
  private static boolean namesOrCounts(Passage p) {
    return p.tokens().stream().anyMatch(t -> t.ner().equals("PERSON") || t.pos().equals("CD"));
  }

  /** The two sentences as one passage, in the first one's place, joined by a space unless {@code glued}. */
  private static Passage joined(Passage p, Passage n, boolean glued) {
    String joined = p.text() + (glued ? "" : " ") + n.text();
    List<org.newsdesk.nlp.Token> tokens = new ArrayList<>(p.tokens());
    int offset = p.text().length() + (glued ? 0 : 1);
    for (org.newsdesk.nlp.Token t : n.tokens()) {
      tokens.add(new org.newsdesk.nlp.Token(t.word(), t.lemma(), t.pos(), t.ner(), t.normalized(),
          t.begin() + offset, t.end() + offset));
    }
    return new Passage(p.citation(), p.sentenceIndex(), p.sentenceCount(), p.paragraph(), joined, tokens,
        p.speaker(), p.score());
  }

  /**
   * True when the sentence's speaker is a person named with a word the other speaker lacks: "Lars Holm" after
   * "Union leader Henrik Dahl", but not "the company" or "she" after "Alpine Resorts".
   */
  private static boolean namesAnother(Passage sentence, List<String> other) {
    for (org.newsdesk.nlp.Token t : sentence.tokens()) {
      String term = org.newsdesk.nlp.Terms.of(t);
      if (t.ner().equals("PERSON") && term != null && sentence.speaker().contains(term) && !other.contains(term)) {
        return true;
      }
    }
    return false;
  }

  /** True when both name a speaker and one names them with all the words of the other ("Berg", "Annika Berg"). */
  private static boolean sameSpeaker(List<String> a, List<String> b) {
    return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
  }

  private List<Evidence> closest(List<Passage> passages) {
    return passages.stream().sorted(Comparator.comparingDouble(Passage::score).reversed()).limit(evidenceCount)
        .map(p -> evidence(p, -1, -1, p.score())).toList();
  }

  /** Where the answer text occurs in another passage, for highlighting; null when it does not or there is none. */
  private static int[] findSpan(Passage p, String answer) {
    if (answer == null) {
      return null;
    }
    int at = p.text().indexOf(answer);
    return at < 0 ? null : new int[] {at, at + answer.length()};
  }

  private Evidence evidence(Passage p, int begin, int end, double score) {
    String context = index.paragraph(p.articleId(), p.paragraph()).stream().map(Passage::text)
        .collect(Collectors.joining(" "));
    return new Evidence(p.citation(), p.text(), p.sentenceIndex(), context.isEmpty() ? p.text() : context, begin,
        end, round(score));
  }

  /**
   * Maps each candidate key to the key of the answer it merges into: equal normalized values merge, a name merges
   * into a longer name that contains it ("Dittes" into "Terry Dittes"), and a date into a longer date that contains
   * it ("September" into "September 16").
   */
  static Map<String, String> mergeKeys(List<Candidate> candidates) {
    Set<String> keys = candidates.stream().map(Candidate::key).collect(Collectors.toCollection(HashSet::new));
    Map<String, Set<String>> names = new HashMap<>();
    for (String k : keys) {
      if (k.startsWith("PERSON:") || k.startsWith("ORGANIZATION:") || k.startsWith("LOCATION:")
          || k.startsWith("DATE:")) {
        // Set.copyOf, not Set.of: a name may repeat a word ("University of X University").
        names.put(k, Set.copyOf(List.of(k.substring(k.indexOf(':') + 1).split(" "))));
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (String k : keys) {
      String target = k;
      Set<String> words = names.get(k);
      if (words != null) {
        String type = k.substring(0, k.indexOf(':') + 1);
        for (Map.Entry<String, Set<String>> other : names.entrySet()) {
          if (other.getKey().startsWith(type) && other.getKey().length() > target.length()
              && other.getValue().containsAll(words)) {
            target = other.getKey();
          }
        }
      }
      canonical.put(k, target);
    }
    return canonical;
  }

  private static double millis(long start) {
    return Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
