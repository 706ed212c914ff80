package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.answer.ExampleQuestions;
import org.newsdesk.cache.CachingAnswerer;
import org.newsdesk.config.Prompts;
import org.newsdesk.console.ConsoleSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsdesk console}: an interactive question-and-answer session in the terminal. */
@Command(name = "console", mixinStandardHelpOptions = true,
    description = "Ask questions interactively (line editing, history, :help, :sources, :quit).")
final class ConsoleCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() throws Exception {
    try (Engine engine = Engine.load(options.settings())) {
      engine.updateIndexForAnswering(System.out, System.console() != null);
      Prompts prompts = Prompts.from(engine.settings().path("prompts.dir"));
      Path history = engine.settings().path("index.dir").resolve("console-history");
      CachingAnswerer answerer = engine.cachedAnswerer();
      new ConsoleSession(answerer, engine.index(), prompts, engine.corpusDir().toString(),
          engine.settings().integer("question.maxLength"), history,
          ExampleQuestions.from(engine.index(), engine.answerer(), 3), answerer::summary).run();
    }
    return 0;
  }
}
