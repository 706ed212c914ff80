package org.newsdesk.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.QuestionCheck;
import org.newsdesk.cache.CacheSummary;
import org.newsdesk.config.Prompts;
import org.newsdesk.search.Catalog;
import org.newsdesk.search.Citation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An interactive console: line editing and history (JLine), answers with quoted sentence and citations. */
public final class ConsoleSession {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);

  private final Answerer answerer;
  private final Catalog catalog;
  private final Prompts prompts;
  private final String corpusName;
  private final QuestionCheck check;
  private final Path historyFile;
  private final List<String> examples;
  private final TextReply reply;
  private final Supplier<CacheSummary> cacheStats;

  /**
   * Creates a session.
   *
   * @param answerer    answers questions
   * @param catalog     lists the indexed articles
   * @param prompts     texts shown to the person
   * @param corpusName  shown in the welcome
   * @param maxLength   longest question accepted, in characters
   * @param historyFile where line history is kept between sessions
   * @param examples    example questions the corpus answers, for {@code :help}
   * @param cacheStats  the answer cache's counters now, or null when answers are not cached
   */
  public ConsoleSession(Answerer answerer, Catalog catalog, Prompts prompts, String corpusName, int maxLength,
                        Path historyFile, List<String> examples, Supplier<CacheSummary> cacheStats) {
    this.answerer = answerer;
    this.catalog = catalog;
    this.prompts = prompts;
    this.corpusName = corpusName;
    this.check = new QuestionCheck(maxLength);
    this.historyFile = historyFile;
    this.examples = List.copyOf(examples);
    this.reply = new TextReply(prompts);
    this.cacheStats = cacheStats;
  }

  /** Runs the read-answer loop until {@code :quit} or end of input. */
  public void run() throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("newsdesk")
          .variable(LineReader.HISTORY_FILE, historyFile).build();
      PrintWriter out = terminal.writer();
      boolean ansi = !Terminal.TYPE_DUMB.equals(terminal.getType())
          && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
      out.println(prompts.get("welcome", "corpus", corpusName, "count", catalog.stats().articles()));
      out.flush();
      while (true) {
        String line;
        try {
          line = reader.readLine("? ");
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          break;
        }
        String input = line.strip();
        if (input.isEmpty()) {
          continue;
        }
        if (!handle(input, out, ansi)) {
          break;
        }
        out.flush();
      }
      out.println(prompts.get("goodbye"));
      out.flush();
    }
  }

  /**
   * Handles one line; returns false when the session should end. The line is cleaned first, so terminal escapes and
   * invisible characters typed or pasted in are never analysed or printed back.
   */
  boolean handle(String line, PrintWriter out, boolean ansi) {
    String input = QuestionCheck.clean(line);
    switch (input.toLowerCase(Locale.ROOT)) {
      case ":quit", ":q", ":exit" -> {
        return false;
      }
      case ":help", ":h", "?" -> out.println(prompts.get("help", "examples", String.join("\n  ", examples)));
      case ":sources" -> sources(out);
      case ":stats" -> out.println(stats());
      default -> {
        if (input.startsWith(":")) {
          out.println(prompts.get("unknown-command", "command", input));
        } else {
          ask(input, out, ansi);
        }
      }
    }
    return true;
  }

  private void ask(String question, PrintWriter out, boolean ansi) {
    Optional<QuestionCheck.Refusal> refusal = check.refusal(question);
    if (refusal.isPresent()) {
      out.println(reply.refusal(refusal.get(), question, check, examples));
      return;
    }
    try {
      Answer a = answerer.answer(question);
      out.println(reply.render(a, ansi));
    } catch (RuntimeException e) {
      LOG.error("answering '{}' failed", question, e);
      out.println(prompts.get("error"));
    }
  }

  private String stats() {
    if (cacheStats == null) {
      return prompts.get("stats-unavailable");
    }
    CacheSummary s = cacheStats.get();
    return prompts.get("cache-stats", "hits", s.hits(), "misses", s.misses(), "hitRate", s.hitRatePercent(),
        "evictions", s.evictions(), "size", s.size(), "maxSize", s.maxSize(), "ttl", s.ttl().toMinutes() + " min",
        "articles", catalog.stats().articles(), "generation", catalog.stats().generation());
  }

  private void sources(PrintWriter out) {
    DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
    for (Citation c : catalog.articles()) {
      out.printf("  %-10s  %-12s  %s  [%s]%n", c.date() == null ? "—" : date.format(c.date()),
          c.source() == null ? "—" : c.source(), c.title(), c.articleId());
    }
  }
}
