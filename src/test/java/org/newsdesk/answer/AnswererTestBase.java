package org.newsdesk.answer;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of test classes that ask a real answerer over the news articles and seeds, indexed once per class. */
abstract class AnswererTestBase {

  @TempDir
  static Path shared;

  /** The answerer over {@link NewsArticles#withSeeds()}, open for the whole test class. */
  static Desk desk;

  @BeforeAll
  static void openDesk() {
    desk = Desk.open(shared.resolve("index"), NewsArticles.withSeeds());
  }

  @AfterAll
  static void closeDesk() throws IOException {
    desk.close();
  }
}
