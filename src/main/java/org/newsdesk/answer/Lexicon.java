package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.data.list.PointerTargetTree;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WordNet 3.1 (via extJWNL) for what question analysis needs from a lexicon: the semantic class of a
 * focus noun ("automaker" is an organization), synonyms of keywords ("automaker" ~ "car maker") and is-a checks. Thread-safe;
 * lookups are cached.
 */
public final class Lexicon {

  private static final Logger LOG = LoggerFactory.getLogger(Lexicon.class);
  /** How many senses of a word count: the first ones are the common ones (WordNet orders senses by frequency). */
  private static final int SENSES = 2;
  /** Synonyms of a lemma taken from its common senses (for an adjective, with the adjectives they resemble). */
  private static final int COMMON_SYNONYMS = 4;
  /** Synonyms of a lemma at most, the rarer senses' included. */
  private static final int MAX_SYNONYMS = 6;
  /** Similar-to links an adjective sense may have for them to count: a satellite's one or two, not a head's. */
  private static final int SIMILAR_LINKS = 2;
  /** Senses after the common ones whose synonyms count when the sense is their own common one. */
  private static final int RARER_SENSES = 3;
  /** Letters a derived word must share with its lemma ("foun" of "found" and "founder"). */
  private static final int DERIVATION_STEM = 4;
  /** Endings of agent nouns ("founder", "investor", "negotiant"). */
  private static final Pattern AGENT = Pattern.compile("^[a-z]+(er|or|ant|[^m]ent)$");
  /** Derived words added per lemma at most. */
  private static final int DERIVATIONS = 3;
  /** Hypernym links followed for is-a ("banana" -> edible fruit -> fruit is two). */
  private static final int IS_A_DEPTH = 5;
  /** Hypernym-chain lemmas that identify an answer type, checked from the focus noun upwards. */
  private static final Map<String, AnswerType> CLASS_ROOTS = Map.ofEntries(
      Map.entry("person", AnswerType.PERSON),
      // Before "organization", which the common sense of "country" and "nation" reaches next: the tagger marks
      // countries as places, whatever they do in the sentence.
      Map.entry("political unit", AnswerType.LOCATION),
      Map.entry("organization", AnswerType.ORGANIZATION),
      Map.entry("social group", AnswerType.ORGANIZATION),
      Map.entry("business", AnswerType.ORGANIZATION),
      Map.entry("location", AnswerType.LOCATION),
      Map.entry("region", AnswerType.LOCATION),
      Map.entry("geographical area", AnswerType.LOCATION),
      Map.entry("structure", AnswerType.LOCATION),
      Map.entry("time period", AnswerType.DATE),
      Map.entry("calendar day", AnswerType.DATE),
      Map.entry("date", AnswerType.DATE),
      Map.entry("monetary value", AnswerType.MONEY),
      Map.entry("sum", AnswerType.MONEY),
      Map.entry("money", AnswerType.MONEY),
      // What is paid for something: a fee, a fine, a wage, a reward, a bonus.
      Map.entry("cost", AnswerType.MONEY),
      Map.entry("percentage", AnswerType.PERCENT),
      Map.entry("definite quantity", AnswerType.NUMBER));

  /** The parts of speech whose synonyms are looked up apart. */
  public enum WordClass {
    /** A noun, or any word that is not a verb or an adjective. */
    NOUN(POS.NOUN),
    /** A verb. */
    VERB(POS.VERB),
    /** An adjective. */
    ADJECTIVE(POS.ADJECTIVE);

    private final POS pos;

    WordClass(POS pos) {
      this.pos = pos;
    }

    /** Returns the word class of a Penn Treebank tag. */
    public static WordClass ofTag(String tag) {
      return tag.startsWith("VB") ? VERB : tag.startsWith("JJ") ? ADJECTIVE : NOUN;
    }
  }

  private final Dictionary dictionary;
  private final Map<String, Optional<AnswerType>> classes = new ConcurrentHashMap<>();
  private final Map<String, List<String>> synonyms = new ConcurrentHashMap<>();
  private final Map<String, Boolean> words = new ConcurrentHashMap<>();
  private final Map<String, Boolean> isA = new ConcurrentHashMap<>();
  private final Map<String, Boolean> nouns = new ConcurrentHashMap<>();
  private final Map<String, List<String>> relatives = new ConcurrentHashMap<>();
  private final Map<String, Boolean> outside = new ConcurrentHashMap<>();

  /** Loads WordNet from the classpath (about a second). */
  public Lexicon() {
    try {
      this.dictionary = Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot load WordNet from the classpath", e);
    }
  }

  /**
   * Returns the answer type a noun names, e.g. PERSON for "negotiator", ORGANIZATION for "automaker".
   *
   * @param noun a lower-case noun lemma
   * @return the type, or empty when WordNet does not place it under a known class
   */
  public Optional<AnswerType> classOf(String noun) {
    return classes.computeIfAbsent(noun.toLowerCase(Locale.ROOT), this::lookupClass);
  }

  /**
   * Returns single-word synonyms of a lemma from its first senses, most common first, the lemma itself excluded; for
   * a verb, also the agent nouns derived from it ("founder" for "found").
   *
   * @param lemma     a lower-case lemma
   * @param wordClass its part of speech in the question
   * @return up to a handful of synonyms
   */
  public List<String> synonyms(String lemma, WordClass wordClass) {
    return synonyms.computeIfAbsent(wordClass + ":" + lemma, key -> lookupSynonyms(lemma, wordClass));
  }

  /**
   * Returns true when a noun (or name) is a kind or an instance of another ("banana" of "fruit", "Kigali" of
   * "city"), through up to a few hypernym links of their common senses.
   *
   * @param noun  the candidate's head noun or name, any case; spaces allowed ("New York")
   * @param focus the question's focus noun lemma
   * @return true when WordNet places {@code noun} under {@code focus}
   */
  public boolean isA(String noun, String focus) {
    return isA.computeIfAbsent(noun.toLowerCase(Locale.ROOT) + "|" + focus, k -> lookupIsA(noun, focus));
  }

  private boolean lookupIsA(String noun, String focus) {
    try {
      IndexWord word = dictionary.lookupIndexWord(POS.NOUN, noun);
      IndexWord target = dictionary.lookupIndexWord(POS.NOUN, focus);
      if (word == null || target == null) {
        return false;
      }
      Set<Synset> targets = new HashSet<>(target.getSenses().subList(0, Math.min(SENSES + 1,
          target.getSenses().size())));
      // The word's common senses only: a third sense makes a "plant" a person (an actor planted in the audience).
      return reaches(word, Set.of(PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM), 0, targets::contains);
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet is-a lookup of {} / {} failed: {}", noun, focus, e.toString());
      return false;
    }
  }

  /**
   * True when a synset {@code found} accepts is reached from a word's common senses through up to
   * {@link #IS_A_DEPTH} links of the given types, counting only synsets at least {@code fromDepth} links away.
   */
  private static boolean reaches(IndexWord word, Set<PointerType> links, int fromDepth, Predicate<Synset> found)
      throws JWNLException {
    List<Synset> frontier = new ArrayList<>(word.getSenses().subList(0, Math.min(SENSES, word.getSenses().size())));
    for (int depth = 0; depth <= IS_A_DEPTH && !frontier.isEmpty(); depth++) {
      List<Synset> next = new ArrayList<>();
      for (Synset s : frontier) {
        if (depth >= fromDepth && found.test(s)) {
          return true;
        }
        for (Pointer pointer : s.getPointers()) {
          if (links.contains(pointer.getType())) {
            next.add(pointer.getTargetSynset());
          }
        }
      }
      frontier = next;
    }
    return false;
  }

  /**
   * Returns the words WordNet relates to a lemma in form rather than meaning, for a word no article uses: the noun an
   * adjective pertains to ("mexico" for "mexican", "netherlands" for "dutch") and the words derived from it that keep
   * its stem ("sell" for "selling", "buy" for "buyer").
   *
   * @param lemma a lower-case lemma
   * @return related lower-case lemmas, the lemma itself excluded
   */
  public List<String> relatives(String lemma) {
    return relatives.computeIfAbsent(lemma, this::lookupRelatives);
  }

  /**
   * Returns true when WordNet knows a place and none of the places it lies in, up to a few part-of links, is one of
   * {@code regions}: "Port Vila" (in Vanuatu) lies outside Australia. A place WordNet does not know is not known to
   * lie outside anything.
   *
   * @param place   a place name, any case, spaces allowed
   * @param regions lower-case words of the places it may lie in
   * @return true when the place is known to lie outside all of them
   */
  public boolean liesOutside(String place, Set<String> regions) {
    String key = place.toLowerCase(Locale.ROOT) + "|" + String.join(" ", new java.util.TreeSet<>(regions));
    return outside.computeIfAbsent(key, k -> lookupOutside(place, regions));
  }

  private boolean lookupOutside(String place, Set<String> regions) {
    try {
      IndexWord word = dictionary.lookupIndexWord(POS.NOUN, place);
      // The lookup falls back on a base form ("singapore" for "Singapore Strait"): only the whole name counts.
      if (word == null || !word.getLemma().equalsIgnoreCase(place)) {
        return false;
      }
      // The place itself is not one it lies in: only what its part-of links reach counts.
      return !reaches(word, Set.of(PointerType.PART_HOLONYM), 1, s -> s.getWords().stream()
          .anyMatch(w -> Arrays.stream(w.getLemma().toLowerCase(Locale.ROOT).split(" ")).anyMatch(regions::contains)));
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet part-of lookup of {} failed: {}", place, e.toString());
      return false;
    }
  }

  /** Returns true when WordNet knows {@code noun} (a word or a name, any case, spaces allowed) as a noun. */
  public boolean isNoun(String noun) {
    return nouns.computeIfAbsent(noun.toLowerCase(Locale.ROOT), n -> {
      try {
        // The lookup falls back on a base form ("motor" for "halvorsen motors"): only the whole name counts.
        IndexWord word = dictionary.lookupIndexWord(POS.NOUN, n);
        return word != null && word.getLemma().equalsIgnoreCase(n);
      } catch (JWNLException | RuntimeException e) {
        LOG.debug("WordNet lookup of {} failed: {}", n, e.toString());
        return false;
      }
    });
  }

  /** Returns true when WordNet knows {@code word} in any part of speech (for telling typos from words). */
  public boolean isWord(String word) {
    return words.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> {
      try {
        return dictionary.lookupAllIndexWords(w).size() > 0;
      } catch (JWNLException | RuntimeException e) {
        LOG.debug("WordNet lookup of {} failed: {}", w, e.toString());
        return true;
      }
    });
  }

  private Optional<AnswerType> lookupClass(String noun) {
    try {
      IndexWord word = dictionary.lookupIndexWord(POS.NOUN, noun);
      if (word == null) {
        return Optional.empty();
      }
      List<Synset> senses = word.getSenses();
      // Only the most common sense types a focus: the rarer ones mislead ("satellite" as a follower is a person).
      return senses.isEmpty() ? Optional.empty() : Optional.ofNullable(classOfSynset(senses.get(0)));
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet lookup of {} failed: {}", noun, e.toString());
      return Optional.empty();
    }
  }

  private static AnswerType classOfSynset(Synset synset) throws JWNLException {
    AnswerType own = match(synset);
    if (own != null) {
      return own;
    }
    PointerTargetTree tree = PointerUtils.getHypernymTree(synset);
    // Breadth-first over the hypernym tree so the nearest class wins ("union" -> organization, not group).
    List<? extends List<PointerTargetNode>> paths = tree.toList();
    int depth = 0;
    boolean more = true;
    while (more) {
      more = false;
      for (List<PointerTargetNode> path : paths) {
        if (depth < path.size()) {
          more = true;
          AnswerType t = match(path.get(depth).getSynset());
          if (t != null) {
            return t;
          }
        }
      }
      depth++;
    }
    return null;
  }

  private static AnswerType match(Synset synset) {
    for (Word w : synset.getWords()) {
      AnswerType t = CLASS_ROOTS.get(w.getLemma().toLowerCase(Locale.ROOT));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * The agent nouns WordNet derives from a verb in its first senses that keep its stem: "founder" for "found",
   * "winner" for "win", "owner" for "own". A question asks "who founded" where the article says "its founder".
   * Sharing the first letters keeps out derivations that are other words altogether.
   */
  private static List<String> derivations(List<Synset> senses, String lemma) throws JWNLException {
    String stem = lemma.substring(0, Math.min(lemma.length(), DERIVATION_STEM));
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
      for (Word w : senses.get(i).getWords()) {
        if (!w.getLemma().equalsIgnoreCase(lemma)) {
          continue;
        }
        for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
          if (p.getTarget() instanceof Word target) {
            String l = target.getLemma().toLowerCase(Locale.ROOT);
            if (l.startsWith(stem) && AGENT.matcher(l).find()) {
              out.add(l);
            }
          }
        }
      }
    }
    return new ArrayList<>(out).subList(0, Math.min(DERIVATIONS, out.size()));
  }

  private List<String> lookupSynonyms(String lemma, WordClass wordClass) {
    POS pos = wordClass.pos;
    try {
      IndexWord word = dictionary.lookupIndexWord(pos, lemma);
      if (word == null) {
        return List.of();
      }
      Set<String> out = new LinkedHashSet<>();
      Set<String> seen = new HashSet<>();
      List<Synset> senses = word.getSenses();
      for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
        for (Word w : senses.get(i).getWords()) {
          String l = w.getLemma().toLowerCase(Locale.ROOT);
          if (!l.equals(lemma) && !l.contains(" ") && seen.add(l)) {
            out.add(l);
          }
        }
      }
      List<String> result = new ArrayList<>(new ArrayList<>(out).subList(0, Math.min(COMMON_SYNONYMS, out.size())));
      // A rarer sense counts for the words whose common sense it is: "rider" is first of all a horseman, but its
      // third sense {passenger, rider} is what "passenger" means, so a question's riders are the text's passengers.
      // Not for adjectives, whose rarer senses are figures of speech ("large" for "bombastic").
      int rarer = wordClass == WordClass.ADJECTIVE ? SENSES : SENSES + RARER_SENSES;
      for (int i = SENSES; i < Math.min(rarer, senses.size()); i++) {
        for (Word w : senses.get(i).getWords()) {
          String l = w.getLemma().toLowerCase(Locale.ROOT);
          if (!l.equals(lemma) && !l.contains(" ") && result.size() < MAX_SYNONYMS && seen.add(l)
              && commonSense(l, pos, senses.get(i))) {
            result.add(l);
          }
        }
      }
      if (wordClass == WordClass.ADJECTIVE) {
        similar(senses, seen).stream().limit(Math.max(0, COMMON_SYNONYMS - result.size())).forEach(result::add);
      }
      for (String d : wordClass != WordClass.VERB ? List.<String>of() : derivations(senses, lemma)) {
        if (!result.contains(d) && !d.equals(lemma)) {
          result.add(d);
        }
      }
      return List.copyOf(result);
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet lookup of {} failed: {}", lemma, e.toString());
      return List.of();
    }
  }

  /**
   * The adjectives an adjective's first senses are similar to, from senses with few such links only: a satellite
   * ("huge") points to its head ("large"), while a head points to dozens of shades of itself.
   */
  private static List<String> similar(List<Synset> senses, Set<String> seen) throws JWNLException {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
      List<Pointer> links = senses.get(i).getPointers(PointerType.SIMILAR_TO);
      if (links.size() > SIMILAR_LINKS) {
        continue;
      }
      for (Pointer p : links) {
        for (Word w : p.getTargetSynset().getWords()) {
          String l = w.getLemma().toLowerCase(Locale.ROOT);
          if (!l.contains(" ") && seen.add(l)) {
            out.add(l);
          }
        }
      }
    }
    return out;
  }

  /** True when {@code synset} is among the first senses of {@code lemma}, its common meaning. */
  private boolean commonSense(String lemma, POS pos, Synset synset) throws JWNLException {
    IndexWord word = dictionary.lookupIndexWord(pos, lemma);
    return word != null && word.getSenses().subList(0, Math.min(SENSES, word.getSenses().size())).contains(synset);
  }

  /** True when two words share their first letters, as many as the shorter has up to {@link #DERIVATION_STEM}. */
  private static boolean sameStem(String a, String b) {
    return a.regionMatches(0, b, 0, Math.min(DERIVATION_STEM, Math.min(a.length(), b.length())));
  }

  private List<String> lookupRelatives(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    try {
      for (IndexWord word : dictionary.lookupAllIndexWords(lemma).getIndexWordArray()) {
        List<Synset> senses = word.getSenses();
        for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
          for (Word w : senses.get(i).getWords()) {
            if (!w.getLemma().equalsIgnoreCase(lemma)) {
              continue;
            }
            for (Pointer p : w.getPointers()) {
              if (!(p.getTarget() instanceof Word target)) {
                continue;
              }
              String l = target.getLemma().toLowerCase(Locale.ROOT);
              // An adjective names what it pertains to whatever the spelling ("dutch", "netherlands"); a derived
              // word must keep the first letters, or it is another word altogether ("flee" is no kin of "flight").
              boolean related = p.getType() == PointerType.PERTAINYM
                  || p.getType() == PointerType.DERIVATION && sameStem(l, lemma);
              if (related && !l.equals(lemma) && !l.contains(" ")) {
                out.add(l);
              }
            }
          }
        }
      }
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet relatives lookup of {} failed: {}", lemma, e.toString());
    }
    return List.copyOf(out);
  }
}
