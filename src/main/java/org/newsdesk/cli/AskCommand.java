package org.newsdesk.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.ExampleQuestions;
import org.newsdesk.answer.ExtractiveAnswerer;
import org.newsdesk.answer.Question;
import org.newsdesk.answer.QuestionCheck;
import org.newsdesk.config.Prompts;
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

  @Option(names = "--explain", description = "Also print the question analysis and the top candidates (stderr).")
  boolean explain;

  @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question; omit to read standard input.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    try (Engine engine = Engine.load(options.settings())) {
      engine.updateIndexForAnswering(null, false);
      Answerer answerer = engine.cachedAnswerer();
      ExtractiveAnswerer extractive = engine.answerer();
      Prompts prompts = Prompts.from(engine.settings().path("prompts.dir"));
      // Examples cost a few answers, so they are found only when a "not a question" hint needs one.
      Supplier<List<String>> examples = new Supplier<>() {
        private List<String> found;

        @Override
        public List<String> get() {
          if (found == null) {
            found = ExampleQuestions.from(engine.index(), extractive, 1);
          }
          return found;
        }
      };
      AskReplies replies = new AskReplies(answerer, new QuestionCheck(engine.settings().integer("question.maxLength")),
          prompts, examples, json);
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      if (words != null && !words.isEmpty()) {
        ask(out, replies, extractive, String.join(" ", words));
        return 0;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          ask(out, replies, extractive, line);
        }
      }
    }
    return 0;
  }

  private void ask(PrintStream out, AskReplies replies, ExtractiveAnswerer extractive, String question) {
    explain(extractive, QuestionCheck.clean(question));
    out.println(replies.reply(question));
    out.flush();
  }

  private void explain(ExtractiveAnswerer answerer, String question) {
    if (!explain) {
      return;
    }
    ExtractiveAnswerer.Scored s = answerer.score(question);
    Question q = s.question();
    PrintStream err = System.err;
    err.printf("question: %s%n  form %s, type %s, focus %s, keywords %s%n", q.text(), q.form(), q.type(), q.focus(),
        q.keywords());
    err.printf("  idf %s, unknown %s, fuzzy %s%n", s.retrieval().idf(), s.retrieval().unknown(),
        s.retrieval().fuzzy());
    s.retrieval().passages().stream().limit(5).forEach(p -> err.printf("  passage %.2f [%s#%d] %s%n", p.score(),
        p.articleId(), p.sentenceIndex(), p.text()));
    s.candidates().stream().limit(8).forEach(c -> err.printf("  candidate %.2f %s '%s' %s%n", c.score(),
        c.candidate().tag(), c.candidate().text().length() > 60 ? c.candidate().text().substring(0, 60) + "..."
            : c.candidate().text(), java.util.Arrays.toString(java.util.Arrays.stream(c.features())
            .map(v -> Math.round(v * 100) / 100.0).toArray())));
    if (s.answerFeatures() != null) {
      err.printf("  answer features %s%n", java.util.Arrays.toString(s.answerFeatures()));
    }
  }
}
