package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsdesk.config.ConfigException;
import org.newsdesk.corpus.CorpusException;
import org.newsdesk.eval.GoldFormatException;
import org.newsdesk.index.IndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code newsdesk} command: subcommands index, ask, console, eval, bench; none runs the default front end. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Answers questions about news articles with short cited answers.",
    subcommands = {IndexCommand.class, AskCommand.class, ConsoleCommand.class, EvalCommand.class,
        TelegramCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  @Mixin
  CommonOptions options;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      // Failures that carry a file, line or path the user can act on need no stack trace.
      if (e instanceof ConfigException || e instanceof IndexException || e instanceof CorpusException
          || e instanceof UserError || e instanceof GoldFormatException) {
        LOG.debug("failure reported to the user", e);
        err.println("newsdesk: " + oneLine(e.getMessage()));
      } else {
        LOG.error("unexpected failure", e);
        err.println("newsdesk: unexpected failure: " + e);
      }
      return 1;
    });
    return cmd.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    if (System.getenv("TELEGRAM_BOT_TOKEN") != null && !System.getenv("TELEGRAM_BOT_TOKEN").isBlank()) {
      return TelegramLauncher.run(options);
    }
    ConsoleCommand console = new ConsoleCommand();
    console.options = options;
    return console.call();
  }

  /** Keeps a message on one line: causes from libraries (Lucene, the file system) may carry line breaks. */
  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsdesk " + version()};
    }
  }

  /** Returns the version from the jar manifest, or "dev" when run from classes. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** A failure caused by what the user asked for (a missing file, say), reported without a stack trace. */
  static final class UserError extends RuntimeException {
    UserError(String message) {
      super(message);
    }
  }
}
