package org.newsdesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.cache.CacheSettings;
import org.newsdesk.cache.CachingAnswerer;
import org.newsdesk.config.Prompts;
import org.newsdesk.search.Catalog;
import org.newsdesk.search.CatalogStats;
import org.newsdesk.search.Citation;

class ConsoleStatsTest {

  private final Answerer abstaining = q -> new Answer(q, false, null, 0, List.of(), false, 1);
  private final Catalog catalog = new Catalog() {
    @Override
    public List<Citation> articles() {
      return List.of();
    }

    @Override
    public CatalogStats stats() {
      return new CatalogStats(45, 636, Instant.EPOCH, 3);
    }
  };
  private final Prompts prompts = Prompts.from(Path.of("prompts"));

  private String handle(ConsoleSession session, String... lines) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    for (String line : lines) {
      session.handle(line, out, false);
    }
    out.flush();
    return text.toString();
  }

  @Test
  void stats_withCache_showsHitsMissesAndRate() {
    CachingAnswerer cache = new CachingAnswerer(abstaining, () -> 3, new CacheSettings(100, Duration.ofHours(6)),
        Ticker.systemTicker());
    ConsoleSession session = new ConsoleSession(cache, catalog, prompts, "corpus", 500, Path.of("history"),
        List.of(), cache::summary);

    String shown = handle(session, "Who won?", "who won", ":stats");

    assertThat(shown).contains("1 answered from memory", "1 worked out", "50.0%", "1 of at most 100",
        "360 min", "45 articles", "generation 3");
  }

  @Test
  void stats_withoutCache_saysUnavailable() {
    ConsoleSession session = new ConsoleSession(abstaining, catalog, prompts, "corpus", 500, Path.of("history"),
        List.of(), null);

    assertThat(handle(session, ":stats")).contains(prompts.get("stats-unavailable"));
  }
}
