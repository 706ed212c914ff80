package org.newsdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {

  /** Paragraphs of the first seed article; the first has no final full stop, so only the blank line splits it. */
  private static final String SEED = "“We have made it clear that there is no job security for us,” UAW Vice"
      + " President Terry Dittes wrote in a letter to UAW officials on the 23th day of the strike\n\n"
      + "The strike at the United States’ biggest carmaker began on September 16, with its 48,000 UAW members "
      + "seeking higher pay. The strike has cost GM more than $1 billion and forced it to idle operations in Canada "
      + "and Mexico.\n\n"
      + "General Motors Co declined to comment on the UAW letter.";

  private static List<Sentence> sentences;

  @BeforeAll
  static void annotateSeed() {
    sentences = SharedPipeline.get().annotate(SEED);
  }

  @Test
  void annotate_seedParagraphs_splitsSentencesAtBlankLinesAndFullStops() {
    assertThat(sentences).extracting(Sentence::text).containsExactly(
        SEED.substring(0, SEED.indexOf("\n\n")),
        "The strike at the United States’ biggest carmaker began on September 16, with its 48,000 UAW members "
            + "seeking higher pay.",
        "The strike has cost GM more than $1 billion and forced it to idle operations in Canada and Mexico.",
        "General Motors Co declined to comment on the UAW letter.");
  }

  @Test
  void annotate_seedParagraphs_sentenceAndTokenOffsetsMapBackToTheText() {
    for (Sentence s : sentences) {
      assertThat(SEED.substring(s.begin(), s.begin() + s.text().length())).isEqualTo(s.text());
      for (Token t : s.tokens()) {
        assertThat(s.text().substring(t.begin(), t.end())).isEqualTo(t.word());
      }
    }
  }

  @Test
  void annotate_seedParagraphs_lemmasAreLowerCase() {
    List<Token> tokens = sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    assertThat(tokens).allSatisfy(t -> assertThat(t.lemma()).isEqualTo(t.lemma().toLowerCase()));
    assertThat(tokens).filteredOn(t -> t.word().equals("began")).extracting(Token::lemma).containsOnly("begin");
    assertThat(tokens).filteredOn(t -> t.word().equals("Dittes")).extracting(Token::lemma).containsOnly("dittes");
  }

  @Test
  void mentions_seedParagraphs_groupRunsOfOneTagIntoPersonOrganizationDateNumberAndMoney() {
    assertThat(mentionTexts(sentences.get(0))).contains("PERSON Terry Dittes", "ORGANIZATION UAW");
    assertThat(mentionTexts(sentences.get(1))).contains("DATE September 16 ****0916", "NUMBER 48,000 48000.0");
    assertThat(mentionTexts(sentences.get(2))).contains("MONEY $1 billion >$1.0E9", "ORGANIZATION GM");
    assertThat(mentionTexts(sentences.get(3))).containsExactly("ORGANIZATION General Motors Co", "ORGANIZATION UAW");
  }

  @Test
  void annotate_moneyWithMoreThan_normalizesWithGreaterThanSign() {
    Token billion = sentences.get(2).tokens().stream().filter(t -> t.word().equals("billion")).findFirst()
        .orElseThrow();
    assertThat(billion.ner()).isEqualTo("MONEY");
    assertThat(billion.normalized()).startsWith(">").contains("1.0E9");
  }

  @Test
  void mentions_currencyGluedBeforeItsNumber_isOneSumWithTheNumbersValue() {
    Sentence s = SharedPipeline.get().annotate("The mine needed a price of about $US19,000 a tonne to break even.")
        .get(0);

    assertThat(mentionTexts(s)).contains("MONEY $US19,000 ~$19000.0");
  }

  @Test
  void annotate_surnameTaggedInAnotherSentence_tagsTheFullNameWhereTheTaggerMissedIt() {
    List<Sentence> s = SharedPipeline.get().annotate("The company was founded in 2019 by former bankers Adaeze "
        + "Nwankwo and Tunde Bakare.\n\n\"They are the real economy,\" said Nwankwo, who is chief executive.");

    assertThat(s.get(0).mentions()).filteredOn(m -> m.type().equals("PERSON"))
        .extracting(m -> s.get(0).span(m.tokenBegin(), m.tokenEnd())).contains("Adaeze Nwankwo");
  }

  @Test
  void propagateSurnames_wordTaggedAsAnotherTypeToo_isLeftUntagged() {
    Sentence person = new Sentence("Jordan Smith spoke", 0, List.of(token("Jordan", "PERSON", 0),
        token("Smith", "PERSON", 7), new Token("spoke", "speak", "VBD", "O", null, 13, 18)));
    Sentence place = new Sentence("Smith Jordan", 19, List.of(token("Smith", "LOCATION", 0),
        token("Jordan", "LOCATION", 6)));
    Sentence untagged = new Sentence("Smith", 32, List.of(token("Smith", "O", 0)));

    List<Sentence> out = NlpPipeline.propagateSurnames(List.of(person, place, untagged));

    assertThat(out.get(2).tokens().get(0).ner()).isEqualTo("O");
  }

  @Test
  void propagateSurnames_untaggedSurnameAndFirstName_becomePerson() {
    Sentence named = new Sentence("said Nwankwo", 0, List.of(new Token("said", "say", "VBD", "O", null, 0, 4),
        token("Nwankwo", "PERSON", 5)));
    Sentence missed = new Sentence("by Adaeze Nwankwo", 13, List.of(new Token("by", "by", "IN", "O", null, 0, 2),
        token("Adaeze", "O", 3), token("Nwankwo", "O", 10)));

    List<Sentence> out = NlpPipeline.propagateSurnames(List.of(named, missed));

    assertThat(out.get(1).tokens()).extracting(Token::ner).containsExactly("O", "PERSON", "PERSON");
  }

  @Test
  void annotate_ownerTitleAndNameReadAsOneOrganization_tagsTheNameAsPersonAndTheTitleAsNoEntity() {
    Sentence s = SharedPipeline.get().annotate("GM Chief Executive Mary Barra has said the cuts will help the "
        + "company's long-term financial stability.").get(0);

    assertThat(s.tokens().subList(0, 5)).extracting(Token::ner)
        .containsExactly("ORGANIZATION", "O", "O", "PERSON", "PERSON");
  }

  @Test
  void namesAfterTitles_untaggedNameAfterTitle_becomesPerson() {
    List<Token> tokens = List.of(token("Education", "O", 0), token("Minister", "O", 10), token("Folasade", "O", 19),
        token("Adeyemi", "O", 28), new Token("said", "say", "VBD", "O", null, 36, 40));

    assertThat(NlpPipeline.namesAfterTitles(tokens)).extracting(Token::ner)
        .containsExactly("O", "O", "PERSON", "PERSON", "O");
  }

  @Test
  void namesAfterTitles_officeHonorificOrAnotherEntityAfterTitle_isLeftAlone() {
    List<Token> office = List.of(token("Prime", "O", 0), token("Minister", "O", 6), token("Office", "O", 15));
    List<Token> honorific = List.of(token("Officer", "O", 0), token("Dr.", "O", 8));
    List<Token> company = List.of(token("chairman", "O", 0), token("Tata", "ORGANIZATION", 9),
        token("Sons", "ORGANIZATION", 14));
    List<Token> longRun = List.of(token("President", "O", 0), token("Grand", "O", 10), token("Hotel", "O", 16),
        token("Royal", "O", 22), token("Palace", "O", 28), token("Suites", "O", 35));

    for (List<Token> tokens : List.of(office, honorific, company, longRun)) {
      assertThat(NlpPipeline.namesAfterTitles(tokens)).isEqualTo(tokens);
    }
  }

  private static Token token(String word, String ner, int begin) {
    return new Token(word, word.toLowerCase(), "NNP", ner, null, begin, begin + word.length());
  }

  @Test
  void annotate_blankText_returnsNoSentences() {
    assertThat(SharedPipeline.get().annotate("")).isEmpty();
    assertThat(SharedPipeline.get().annotate(" \n\n\t ")).isEmpty();
    assertThat(SharedPipeline.get().annotate(null)).isEmpty();
  }

  @Test
  void annotate_emojiAndControlCharacters_doesNotThrowAndKeepsOffsetsValid() {
    String text = "Fans cheered 😀 loudly\u0007 in Lisbon\u0000 on Friday\u200b. Police 🚓 arrived.";
    assertThatCode(() -> SharedPipeline.get().annotate(text)).doesNotThrowAnyException();
    List<Sentence> annotated = SharedPipeline.get().annotate(text);
    assertThat(annotated).isNotEmpty();
    for (Sentence s : annotated) {
      assertThat(s.tokens()).allSatisfy(t -> assertThat(s.text().substring(t.begin(), t.end())).isEqualTo(t.word()));
    }
    assertThat(annotated.stream().flatMap(s -> s.tokens().stream()).map(Token::word)).contains("Lisbon", "Police");
  }

  private static List<String> mentionTexts(Sentence s) {
    return s.mentions().stream()
        .map(m -> m.type() + " " + s.span(m.tokenBegin(), m.tokenEnd())
            + (m.normalized() == null ? "" : " " + m.normalized()))
        .toList();
  }
}
