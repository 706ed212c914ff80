package org.newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.eval.CandidateRecall;
import org.newsdesk.eval.EvalReport;
import org.newsdesk.eval.EvalRunner;
import org.newsdesk.eval.GoldQuestion;
import org.newsdesk.eval.GoldQuestions;
import org.newsdesk.eval.ModelFitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk eval}: scores the answerer on gold questions, and can fit the answer model's weights. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score answers against gold questions (JSON Lines: id, kind, question, answers, docs).")
final class EvalCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Parameters(paramLabel = "QUESTIONS.jsonl", arity = "1..*", description = "Gold question files.")
  List<Path> files;

  @Option(names = "--per-question", description = "Print PASS/FAIL per question.")
  boolean perQuestion;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--fit", paramLabel = "MODEL.json",
      description = "Fit the answer model's weights on these questions and write them to MODEL.json.")
  Path fitTo;

  @Option(names = "--candidates",
      description = "Instead of scoring replies, show where the first right candidate ranks for each question.")
  boolean candidates;

  @Override
  public Integer call() throws Exception {
    List<GoldQuestion> questions = new java.util.ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new Main.UserError("no such questions file: " + f);
      }
      questions.addAll(GoldQuestions.read(f));
    }
    try (Engine engine = Engine.load(options.settings())) {
      engine.updateIndex(null, false);
      if (fitTo != null) {
        new ModelFitter().fit(engine.answerer(), questions).write(fitTo);
        System.out.println("wrote fitted weights to " + fitTo);
        return 0;
      }
      if (candidates) {
        System.out.print(CandidateRecall.measure(questions, engine.answerer()).format(perQuestion));
        return 0;
      }
      EvalReport report = new EvalRunner().run(questions, engine.answerer());
      System.out.println(json ? report.toJson() : report.format(perQuestion));
    }
    return 0;
  }
}
