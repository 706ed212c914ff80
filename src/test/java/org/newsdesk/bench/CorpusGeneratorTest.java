package org.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.corpus.Article;
import org.newsdesk.corpus.CorpusReader;
import org.newsdesk.corpus.CorpusScan;

class CorpusGeneratorTest {

  private static final Path DEV_CORPUS = Path.of("src/test/resources/devset/corpus");

  @TempDir
  Path tmp;

  @Test
  void write_sameSeed_writesTheSameFiles() throws IOException {
    CorpusGenerator generator = CorpusGenerator.from(List.of(DEV_CORPUS));

    generator.write(tmp.resolve("a"), 30, 42);
    generator.write(tmp.resolve("b"), 30, 42);
    generator.write(tmp.resolve("c"), 30, 43);

    String a = Files.readString(tmp.resolve("a/generated-0000.jsonl"));
    assertThat(Files.readString(tmp.resolve("b/generated-0000.jsonl"))).isEqualTo(a);
    assertThat(Files.readString(tmp.resolve("c/generated-0000.jsonl"))).isNotEqualTo(a);
  }

  @Test
  void write_readBack_givesDistinctArticlesWithUniqueIds() {
    CorpusGenerator generator = CorpusGenerator.from(List.of(DEV_CORPUS));
    generator.write(tmp, 60, 7);

    List<Article> articles = new ArrayList<>();
    CorpusScan scan = new CorpusReader().read(tmp, articles::add);

    assertThat(scan.problems()).isEmpty();
    assertThat(articles).hasSize(60);
    assertThat(articles.stream().map(Article::id).distinct()).hasSize(60);
    assertThat(articles.stream().map(Article::text).distinct()).hasSize(60);
    assertThat(articles).allSatisfy(a -> assertThat(a.date()).isNotNull());
  }

  @Test
  void write_moreThanOneFileWorth_splitsIntoFiles() throws IOException {
    CorpusGenerator.from(List.of(DEV_CORPUS)).write(tmp, CorpusGenerator.ARTICLES_PER_FILE + 5, 1);

    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("generated-0000.jsonl", "generated-0001.jsonl");
    }
  }

  @Test
  void perturb_numbers_keepTheirShape() {
    Random rnd = new Random(3);
    Set<String> years = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      String year = CorpusGenerator.perturb("2019", rnd);
      assertThat(Integer.parseInt(year)).isBetween(2014, 2024);
      years.add(year);
      assertThat(CorpusGenerator.perturb("48,000", rnd)).matches("\\d{1,3}(,\\d{3})*");
      assertThat(CorpusGenerator.perturb("3.8", rnd)).matches("\\d+\\.\\d");
    }
    assertThat(years).hasSizeGreaterThan(3);
  }
}
