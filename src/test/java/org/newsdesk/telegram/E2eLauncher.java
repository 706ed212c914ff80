package org.newsdesk.telegram;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Evidence;
import org.newsdesk.config.Prompts;
import org.newsdesk.config.Settings;
import org.newsdesk.search.Catalog;
import org.newsdesk.search.CatalogStats;
import org.newsdesk.search.Citation;

/**
 * Test-scope stand-in for {@code java -jar target/newsdesk.jar telegram} until the entry point exists: runs the real
 * front end, reading TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL, over a scripted answerer and a three-article catalog.
 */
public final class E2eLauncher {

  private static final Citation STORM = new Citation("storm-1", "Hurricane Lorenzo reaches the Azores", "Reuters",
      LocalDate.of(2019, 10, 2), "https://example.org/lorenzo", "storm-1.txt");
  private static final Citation MARKETS = new Citation("markets-1", "Markets shrug off storm", "AP",
      LocalDate.of(2019, 10, 3), null, "markets-1.txt");
  private static final Citation LOCAL = new Citation("local-1", "Islanders help each other", null, null, null,
      "local-1.txt");

  private E2eLauncher() {
  }

  /** Runs the bot until SIGTERM. */
  public static void main(String[] args) throws TelegramStartupException {
    Settings settings = Settings.load(null, System.getenv());
    TelegramFrontEnd bot = new TelegramFrontEnd(settings, Prompts.from(settings.path("prompts.dir")),
        new ScriptedAnswerer(), new FixedCatalog(), () -> "3 articles, 0 changed",
        () -> List.of("Which storm hit the Azores?", "How did markets react?", "Who helped the islanders?"),
        System.getenv("TELEGRAM_BOT_TOKEN"), System.getenv("TELEGRAM_API_URL"));
    bot.run();
  }

  /** Answers questions about storms from a fixed passage and abstains on everything else. */
  private static final class ScriptedAnswerer implements Answerer {

    @Override
    public Answer answer(String question) {
      String sentence = "Hurricane Lorenzo hit the Azores on Wednesday, cutting power to thousands.";
      Evidence top = new Evidence(STORM, sentence, 0,
          "The storm weakened overnight. " + sentence + " No one was hurt.", 0, "Hurricane Lorenzo".length(), 9);
      Evidence second = new Evidence(MARKETS, "Markets shrugged off the storm.", 2, null, -1, -1, 4);
      Evidence third = new Evidence(LOCAL, "Islanders opened their homes to neighbours.", 1, null, -1, -1, 2);
      String q = question.toLowerCase(Locale.ROOT);
      if (q.contains("storm") || q.contains("hit") || q.contains("land")) {
        return new Answer(question, true, "Hurricane Lorenzo", 0.92, List.of(top, second, third), false, 3);
      }
      return new Answer(question, false, null, 0.1, List.of(second, third), false, 3);
    }
  }

  /** Three fixed articles. */
  private static final class FixedCatalog implements Catalog {

    @Override
    public List<Citation> articles() {
      return List.of(MARKETS, STORM, LOCAL);
    }

    @Override
    public CatalogStats stats() {
      return new CatalogStats(3, 42, Instant.parse("2024-01-01T00:00:00Z"), 1);
    }
  }
}
