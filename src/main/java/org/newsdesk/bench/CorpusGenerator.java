package org.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.corpus.Article;
import org.newsdesk.corpus.CorpusReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a large synthetic corpus made from real articles: each generated article takes a real article's title and
 * paragraphs, mixes in paragraphs and sentences of others, swaps names across articles and perturbs numbers and
 * dates, so the index has realistic vocabulary and term statistics without being one text repeated. Deterministic
 * for a seed and the same sources.
 */
public final class CorpusGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusGenerator.class);
  /** Articles per .jsonl file, so no file comes near the reader's size limit. */
  public static final int ARTICLES_PER_FILE = 1000;
  /** Runs of capitalized words not at a sentence start: a cheap stand-in for names of people, places and firms. */
  private static final Pattern NAME = Pattern.compile("(?<=[a-z,;] )(?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2}");
  /** Whole numbers and decimals, with or without thousands separators. */
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\w.,])\\d+"
      + "(?:\\.\\d+)?(?![\\w,])");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[A-Z\"“])");
  private static final String[] SOURCES = {"Reuters", "AP", "AFP", "The Maritime Ledger", "Newsdesk Wire",
      "The Harbour Times", "Daily Chronicle", "Metro Post"};

  private final List<Article> sources;
  private final List<String> names;
  private final List<String> sentences;

  private CorpusGenerator(List<Article> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no source articles to generate a corpus from");
    }
    this.sources = List.copyOf(sources);
    Set<String> nameSet = new LinkedHashSet<>();
    List<String> all = new ArrayList<>();
    for (Article a : sources) {
      for (String p : a.paragraphs()) {
        Matcher m = NAME.matcher(p);
        while (m.find()) {
          nameSet.add(m.group());
        }
        for (String s : SENTENCE_END.split(p)) {
          if (s.length() > 40) {
            all.add(s);
          }
        }
      }
    }
    this.names = List.copyOf(nameSet);
    this.sentences = List.copyOf(all);
  }

  /**
   * Reads the source articles of every directory (through {@link CorpusReader}).
   *
   * @param dirs corpus directories of real articles
   * @return a generator over them
   */
  public static CorpusGenerator from(List<Path> dirs) {
    List<Article> articles = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    for (Path dir : dirs) {
      reader.read(dir, articles::add);
    }
    LOG.info("corpus generator: {} source articles from {}", articles.size(), dirs);
    return new CorpusGenerator(articles);
  }

  /** Returns how many source articles, names and sentences the generator mixes. */
  public String describe() {
    return String.format(Locale.ROOT, "%d source articles, %d names, %d sentences", sources.size(), names.size(),
        sentences.size());
  }

  /**
   * Writes {@code count} articles as .jsonl files into {@code dir}, replacing earlier generated files.
   *
   * @param dir   the output directory (created when missing)
   * @param count how many articles
   * @param seed  the random seed
   * @throws UncheckedIOException when the files cannot be written
   */
  public void write(Path dir, int count, long seed) {
    ObjectMapper json = new ObjectMapper();
    try {
      Files.createDirectories(dir);
      for (int file = 0; file * ARTICLES_PER_FILE < count; file++) {
        Path out = dir.resolve(String.format(Locale.ROOT, "generated-%04d.jsonl", file));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          int end = Math.min(count, (file + 1) * ARTICLES_PER_FILE);
          for (int i = file * ARTICLES_PER_FILE; i < end; i++) {
            w.write(json.writeValueAsString(article(json, i, seed)));
            w.newLine();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the generated corpus to " + dir, e);
    }
  }

  /** Builds generated article {@code i}; its own random stream makes it independent of the others. */
  ObjectNode article(ObjectMapper json, int i, long seed) {
    Random rnd = new Random(seed * 1_000_003L + i);
    Article base = sources.get(rnd.nextInt(sources.size()));
    Map<String, String> swaps = new HashMap<>();
    List<String> paragraphs = new ArrayList<>();
    int target = 3 + rnd.nextInt(Math.max(2, base.paragraphs().size()) + 3);
    for (int p = 0; p < target; p++) {
      String paragraph;
      if (p < base.paragraphs().size() && rnd.nextDouble() < 0.6) {
        paragraph = base.paragraphs().get(p);
      } else {
        Article other = sources.get(rnd.nextInt(sources.size()));
        paragraph = other.paragraphs().get(rnd.nextInt(other.paragraphs().size()));
      }
      if (rnd.nextDouble() < 0.3) {
        paragraph = paragraph + " " + sentences.get(rnd.nextInt(sentences.size()));
      }
      paragraphs.add(vary(paragraph, rnd, swaps));
    }
    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3650));
    ObjectNode node = json.createObjectNode();
    node.put("id", String.format(Locale.ROOT, "gen-%07d", i));
    node.put("title", vary(base.title(), rnd, swaps));
    node.put("date", date.toString());
    node.put("source", SOURCES[rnd.nextInt(SOURCES.length)]);
    node.put("text", String.join("\n\n", paragraphs));
    return node;
  }

  /** Swaps names (consistently within one article) and perturbs numbers and years. */
  private String vary(String text, Random rnd, Map<String, String> swaps) {
    Matcher names = NAME.matcher(text);
    StringBuilder out = new StringBuilder();
    while (names.find()) {
      String name = names.group();
      String swapped = swaps.computeIfAbsent(name,
          n -> rnd.nextDouble() < 0.5 ? this.names.get(rnd.nextInt(this.names.size())) : n);
      names.appendReplacement(out, Matcher.quoteReplacement(swapped));
    }
    names.appendTail(out);
    Matcher numbers = NUMBER.matcher(out.toString());
    StringBuilder varied = new StringBuilder();
    while (numbers.find()) {
      numbers.appendReplacement(varied, Matcher.quoteReplacement(perturb(numbers.group(), rnd)));
    }
    numbers.appendTail(varied);
    return varied.toString();
  }

  /** Moves a year by up to five, a day of the month within the month, and any other number by up to 40%. */
  static String perturb(String number, Random rnd) {
    if (rnd.nextDouble() < 0.4) {
      return number;
    }
    boolean grouped = number.contains(",");
    String plain = number.replace(",", "");
    if (plain.contains(".")) {
      double v = Double.parseDouble(plain) * (0.6 + 0.8 * rnd.nextDouble());
      int decimals = plain.length() - plain.indexOf('.') - 1;
      return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
    if (plain.length() > 12) {
      return number;
    }
    long v = Long.parseLong(plain);
    long next;
    if (v >= 1900 && v <= 2100 && !grouped) {
      next = v + rnd.nextInt(11) - 5;
    } else if (v >= 1 && v <= 31) {
      next = 1 + rnd.nextInt(28);
    } else {
      next = Math.max(0, Math.round(v * (0.6 + 0.8 * rnd.nextDouble())));
    }
    return grouped ? String.format(Locale.ROOT, "%,d", next) : Long.toString(next);
  }
}
