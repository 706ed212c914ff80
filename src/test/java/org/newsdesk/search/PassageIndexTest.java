package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.index.IndexFixture.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.corpus.Article;
import org.newsdesk.index.IndexException;
import org.newsdesk.index.IndexFixture;
import org.newsdesk.nlp.Token;

class PassageIndexTest {

  private static final Article PORT = article("port-strike", "Dock workers end port strike", LocalDate.of(2021, 6, 2),
      "Dock workers in Rotterdam returned to work on Tuesday after a wage deal was signed.",
      "The strike had lasted eight days and halted container traffic.",
      "Union leader Anna de Vries said the deal was fair.");
  private static final Article HEAT = article("heat-record", "Spain sets temperature record", LocalDate.of(2023, 8, 10),
      "Spain recorded a temperature of 46.8 degrees in Valencia on Thursday.",
      "Officials warned of wildfires across the east of the country.");
  private static final Article THEFT = article("museum-theft", "Paintings stolen from Lisbon museum", null,
      "Thieves stole two paintings from a museum in Lisbon overnight.",
      "Police said the thieves entered through a roof window. The museum will stay closed until Monday.");
  private static final Article FARES = article("rail-fares", "Rail fares to rise", LocalDate.of(2022, 1, 1),
      "Rail fares will rise by 3% in January, the operator said. A strike by train drivers was called off.");
  private static final Article MILL = article("mill-fire", "Mill reopens after fire", LocalDate.of(2020, 2, 14),
      "The fire destroyed the old warehouse beside the river last year.");
  private static final Article BUDGET = article("town-budget", "Town council approves budget", null,
      "The council approved the budget on Monday.", "A fire destroyed a warehouse.");

  @TempDir
  static Path shared;

  private static PassageIndex index;

  @BeforeAll
  static void buildIndex() {
    IndexFixture.update(shared.resolve("index"), List.of(PORT, HEAT, THEFT, FARES, MILL, BUDGET));
    index = new PassageIndex(shared.resolve("index"));
  }

  @AfterAll
  static void closeIndex() throws IOException {
    index.close();
  }

  private static List<WeightedTerm> terms(String... terms) {
    return Stream.of(terms).map(t -> new WeightedTerm(t, 1f, false)).toList();
  }

  private static List<String> ids(List<Passage> passages) {
    return passages.stream().map(Passage::articleId).toList();
  }

  @Test
  void search_termsOfOneArticle_ranksItsMatchingSentenceFirstWithCitationAndTokens() {
    List<Passage> hits = index.search(terms("dock", "worker", "rotterdam"), 10);

    assertThat(ids(hits)).containsOnly("port-strike");
    Passage best = hits.get(0);
    assertThat(best.text()).isEqualTo(PORT.paragraphs().get(0));
    assertThat(best.sentenceIndex()).isZero();
    assertThat(best.sentenceCount()).isEqualTo(3);
    assertThat(best.paragraph()).isZero();
    assertThat(best.citation()).isEqualTo(new Citation("port-strike", "Dock workers end port strike", "Test Wire",
        LocalDate.of(2021, 6, 2), null, "port-strike.txt"));
    assertThat(best.tokens()).extracting(Token::word).startsWith("Dock", "workers", "in", "Rotterdam");
    assertThat(best.score()).isGreaterThan(hits.get(hits.size() - 1).score());
  }

  @Test
  void search_termInTwoArticles_ranksTheStrongMatchAboveTheWeakOne() {
    List<Passage> hits = index.search(terms("strike", "container", "traffic"), 10);

    assertThat(ids(hits)).startsWith("port-strike").contains("rail-fares");
    assertThat(hits.get(0).text()).isEqualTo("The strike had lasted eight days and halted container traffic.");
    assertThat(ids(hits).indexOf("rail-fares")).isGreaterThan(0);
  }

  @Test
  void search_weightedTerms_heavierTermDecidesTheOrder() {
    List<WeightedTerm> valencia = List.of(new WeightedTerm("valencia", 3f, false),
        new WeightedTerm("lisbon", 1f, false));
    List<WeightedTerm> lisbon = List.of(new WeightedTerm("valencia", 1f, false),
        new WeightedTerm("lisbon", 3f, false));

    assertThat(ids(index.search(valencia, 10)).get(0)).isEqualTo("heat-record");
    assertThat(ids(index.search(lisbon, 10)).get(0)).isEqualTo("museum-theft");
  }

  @Test
  void search_fuzzyTerm_matchesAMisspellingThatAnExactTermMisses() {
    assertThat(index.search(terms("rotterdm"), 10)).isEmpty();

    assertThat(ids(index.search(List.of(new WeightedTerm("rotterdm", 1f, true)), 10))).containsExactly("port-strike");
    assertThat(ids(index.search(List.of(new WeightedTerm("paintng", 1f, true)), 10))).containsExactly("museum-theft");
  }

  @Test
  void search_termInOneArticlesTitle_boostsThatArticlesSentenceAboveAShorterMatch() {
    assertThat(ids(index.bm25("fire", 10))).containsExactly("town-budget", "mill-fire");

    assertThat(ids(index.search(terms("fire"), 10))).containsExactly("mill-fire", "town-budget");
  }

  @Test
  void search_moreTermsThanLuceneAllowsInOneQuery_keepsTheWeightiestInsteadOfFailing() {
    List<WeightedTerm> flood = new java.util.ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      flood.add(new WeightedTerm("filler" + i, 0.5f, i % 2 == 0));
    }
    flood.add(new WeightedTerm("rotterdam", 1f, false));

    assertThat(ids(index.search(flood, 10))).containsExactly("port-strike");
  }

  @Test
  void search_manyMisspellingsEachCloseToManyWords_keepsWithinLucenesLimitInsteadOfFailing() throws IOException {
    // Sixty made-up stems with 25 spellings each: every misspelling ("bartz") is one edit from 25 indexed words.
    List<String> paragraphs = new java.util.ArrayList<>();
    List<WeightedTerm> misspellings = new java.util.ArrayList<>();
    for (int stem = 0; stem < 60; stem++) {
      String prefix = "" + (char) ('b' + stem / 20) + (char) ('a' + stem % 20) + "rt";
      StringBuilder paragraph = new StringBuilder("The");
      for (char last = 'a'; last <= 'y'; last++) {
        paragraph.append(' ').append(prefix).append(last);
      }
      paragraphs.add(paragraph.append(" were seen.").toString());
      misspellings.add(new WeightedTerm(prefix + "z", 1f, true));
    }
    Path directory = shared.resolve("misspellings");
    IndexFixture.update(directory, List.of(article("stems", "Stems", null, paragraphs.toArray(String[]::new))));

    try (PassageIndex stems = new PassageIndex(directory)) {
      assertThat(ids(stems.search(misspellings, 10))).isNotEmpty().containsOnly("stems");
    }
  }

  @Test
  void search_sameSentenceInTwoArticles_cutsTheTieByArticleIdWhateverTheIndexingOrder() throws IOException {
    Article later = article("copy-b", "Ferry resumes service", null, "The ferry resumed service on Friday.");
    Article earlier = article("copy-a", "Ferry resumes service", null, "The ferry resumed service on Friday.");
    for (List<Article> order : List.of(List.of(later, earlier), List.of(earlier, later))) {
      Path directory = shared.resolve("ties-" + order.get(0).id());
      IndexFixture.update(directory, order);
      try (PassageIndex copies = new PassageIndex(directory)) {
        assertThat(ids(copies.search(terms("ferry", "resume"), 1))).containsExactly("copy-a");
        assertThat(ids(copies.search(terms("ferry", "resume"), 2))).containsExactly("copy-a", "copy-b");
      }
    }
  }

  @Test
  void search_tieRunningPastTheFetchedPage_isCutByArticleIdWhateverTheIndexingOrder() throws IOException {
    // Forty copies of one sentence: more than the hits fetched past the limit, so the tie runs past the first page.
    List<Article> copies = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      copies.add(article(String.format("copy-%02d", i), "Ferry resumes service", null,
          "The ferry resumed service on Friday."));
    }
    List<Article> reversed = new ArrayList<>(copies);
    Collections.reverse(reversed);
    for (List<Article> order : List.of(copies, reversed)) {
      Path directory = shared.resolve("long-tie-" + order.get(0).id());
      IndexFixture.update(directory, order);
      try (PassageIndex tied = new PassageIndex(directory)) {
        assertThat(ids(tied.search(terms("ferry", "resume"), 2))).containsExactly("copy-00", "copy-01");
      }
    }
  }

  @Test
  void search_noTerms_returnsNothing() {
    assertThat(index.search(List.of(), 10)).isEmpty();
  }

  @Test
  void bm25_freeText_ranksSentencesByWordOverlap() {
    List<Passage> hits = index.bm25("Which paintings did thieves steal from the museum in Lisbon?", 3);

    assertThat(hits).hasSizeLessThanOrEqualTo(3);
    assertThat(hits.get(0).text()).isEqualTo(THEFT.paragraphs().get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"title:x AND (", "*", "~", "\\", "\"unbalanced", "[a TO", "^2", "/regex", "?", "", "   ",
      "AND", "OR NOT", "&& || !"})
  void bm25_luceneSyntaxInFreeText_doesNotThrow(String question) {
    assertThatCode(() -> index.bm25(question, 5)).doesNotThrowAnyException();
  }

  @Test
  void bm25_operatorWordsInFreeText_areSearchedAsWordsNotOperators() {
    assertThat(ids(index.bm25("Rotterdam OR", 5))).startsWith("port-strike");
    assertThat(ids(index.bm25("title:x AND (Valencia temperature", 5))).startsWith("heat-record");
    assertThat(ids(index.bm25("thieves NOT museum", 5))).startsWith("museum-theft");
  }

  @Test
  void paragraph_ofAnArticle_returnsItsSentencesInOrder() {
    List<Passage> sentences = index.paragraph("museum-theft", 1);

    assertThat(sentences).extracting(Passage::text).containsExactly(
        "Police said the thieves entered through a roof window.", "The museum will stay closed until Monday.");
    assertThat(sentences).extracting(Passage::sentenceIndex).containsExactly(1, 2);
    assertThat(sentences).extracting(Passage::paragraph).containsOnly(1);
    assertThat(index.paragraph("museum-theft", 7)).isEmpty();
    assertThat(index.paragraph("no-such-article", 0)).isEmpty();
  }

  @Test
  void articles_mixedDates_newestFirstThenUndatedByTitle() {
    assertThat(index.articles()).extracting(Citation::articleId).containsExactly("heat-record", "rail-fares",
        "port-strike", "mill-fire", "museum-theft", "town-budget");
  }

  @Test
  void stats_afterBuild_countsArticlesAndSentences() {
    CatalogStats stats = index.stats();

    assertThat(stats.articles()).isEqualTo(6);
    assertThat(stats.sentences()).isEqualTo(13);
    assertThat(index.sentenceCount()).isEqualTo(13);
    assertThat(stats.indexedAt()).isNotNull();
    assertThat(stats.generation()).isPositive();
    assertThat(index.docFreq("strike")).isEqualTo(2);
    assertThat(index.citation("rail-fares").title()).isEqualTo("Rail fares to rise");
    assertThat(index.citation("no-such-article")).isNull();
  }

  @Test
  void refresh_afterReindex_seesTheNewCommit(@TempDir Path dir) throws IOException {
    Path path = dir.resolve("index");
    IndexFixture.update(path, List.of(PORT));
    try (PassageIndex own = new PassageIndex(path)) {
      long before = own.stats().generation();
      assertThat(own.refresh()).isFalse();

      IndexFixture.update(path, List.of(PORT, HEAT));

      assertThat(own.stats().articles()).isEqualTo(1);
      assertThat(own.refresh()).isTrue();
      assertThat(own.stats().generation()).isNotEqualTo(before);
      assertThat(own.stats().articles()).isEqualTo(2);
      assertThat(ids(own.search(terms("valencia"), 5))).containsExactly("heat-record");
      assertThat(own.refresh()).isFalse();
    }
  }

  @Test
  void constructor_missingDirectory_throwsIndexExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nothing-here");

    assertThatThrownBy(() -> new PassageIndex(missing)).isInstanceOf(IndexException.class)
        .hasMessageContaining(missing.toString());
  }
}
