package org.newsdesk.cli;

import java.util.List;
import java.util.function.Supplier;
import org.newsdesk.cache.CachingAnswerer;
import org.newsdesk.answer.ExampleQuestions;
import org.newsdesk.config.Prompts;
import org.newsdesk.index.IndexSummary;
import org.newsdesk.telegram.Reindexer;
import org.newsdesk.telegram.TelegramFrontEnd;
import org.newsdesk.telegram.TelegramStartupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the Telegram front end with the engine wired in. */
final class TelegramLauncher {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramLauncher.class);

  private TelegramLauncher() {
  }

  /** Runs the bot until it is stopped; returns the exit status. */
  static int run(CommonOptions options) throws Exception {
    try (Engine engine = Engine.load(options.settings())) {
      engine.updateIndexForAnswering(null, false);
      CachingAnswerer answerer = engine.cachedAnswerer();
      Prompts prompts = Prompts.from(engine.settings().path("prompts.dir"));
      Reindexer reindexer = () -> {
        IndexSummary s = engine.updateIndex(null, false);
        return String.format("%d articles: %d annotated, %d unchanged, %d deleted in %.1f s", s.articles(),
            s.annotated(), s.unchanged(), s.deleted(), s.seconds());
      };
      List<String> examples = ExampleQuestions.from(engine.index(), engine.answerer(), 3);
      Supplier<List<String>> exampleSupplier = () -> examples;
      Supplier<String> status = () -> prompts.get("cache-stats-short", "hits", answerer.summary().hits(),
          "misses", answerer.summary().misses(), "hitRate", answerer.summary().hitRatePercent());
      TelegramFrontEnd bot = new TelegramFrontEnd(engine.settings(), prompts, answerer, engine.index(), reindexer,
          exampleSupplier, status, System.getenv("TELEGRAM_BOT_TOKEN"), System.getenv("TELEGRAM_API_URL"));
      try {
        bot.run();
      } catch (TelegramStartupException e) {
        LOG.error("the Telegram bot could not start: {}", e.getMessage());
        throw new Main.UserError("the Telegram bot could not start: " + e.getMessage());
      }
    }
    return 0;
  }
}
