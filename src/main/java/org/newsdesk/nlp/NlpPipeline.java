package org.newsdesk.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
      sentences.add(new Sentence(text.substring(sBegin, sEnd), sBegin, tokens));
    }
    return sentences;
  }
}
