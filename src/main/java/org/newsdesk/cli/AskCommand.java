package org.newsdesk.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.config.Prompts;
import org.newsdesk.console.TextReply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk ask}: answers the question given as arguments, or each line of standard input. */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = "Answer a question (or one per line of standard input), updating the index first if needed.")
final class AskCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Option(names = "--json", description = "Print one JSON object per question (JSON Lines).")
  boolean json;

  @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question; omit to read standard input.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    try (Engine engine = Engine.load(options.settings())) {
      engine.updateIndex(null, false);
      Answerer answerer = engine.cachedAnswerer();
      Prompts prompts = Prompts.from(engine.settings().path("prompts.dir"));
      TextReply text = new TextReply(prompts);
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      if (words != null && !words.isEmpty()) {
        print(out, text, answerer.answer(String.join(" ", words)));
        return 0;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          print(out, text, answerer.answer(line.strip()));
        }
      }
    }
    return 0;
  }

  private void print(PrintStream out, TextReply text, Answer a) {
    out.println(json ? JsonReply.render(a) : text.render(a, false));
    out.flush();
  }
}
