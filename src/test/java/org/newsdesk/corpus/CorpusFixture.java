package org.newsdesk.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small corpora into a temporary directory and reads them back. */
final class CorpusFixture {

  /**
   * What one read of a corpus gave.
   *
   * @param articles the articles in the order the sink received them
   * @param scan     the scan summary
   */
  record Result(List<Article> articles, CorpusScan scan) {

    /** Returns the only article read, failing when there is not exactly one. */
    Article only() {
      if (articles.size() != 1) {
        throw new AssertionError("expected one article, got " + articles.size() + "; problems " + scan.problems());
      }
      return articles.get(0);
    }
  }

  private CorpusFixture() {
  }

  /** Writes {@code text} as UTF-8 to {@code name} under {@code root}, creating parent directories. */
  static Path write(Path root, String name, String text) {
    return write(root, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to {@code name} under {@code root}, creating parent directories. */
  static Path write(Path root, String name, byte[] bytes) {
    try {
      Path file = root.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code root} with a default reader. */
  static Result read(Path root) {
    return read(new CorpusReader(), root);
  }

  /** Reads {@code root} with {@code reader}. */
  static Result read(CorpusReader reader, Path root) {
    List<Article> articles = new ArrayList<>();
    CorpusScan scan = reader.read(root, articles::add);
    return new Result(articles, scan);
  }

  /** Copies the seed articles shipped as test resources into {@code root}. */
  static void copySeeds(Path root) {
    for (String seed : List.of("000_51f3b879b6ccc8a6.txt", "001_4644e0534d745477.txt", "002_e5cd6bec359adce2.txt")) {
      try (var in = CorpusFixture.class.getResourceAsStream("/corpus/seeds/" + seed)) {
        if (in == null) {
          throw new IllegalStateException("missing test resource corpus/seeds/" + seed);
        }
        write(root, seed, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
