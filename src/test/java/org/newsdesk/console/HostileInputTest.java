package org.newsdesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.answer.Desk;
import org.newsdesk.answer.ExampleQuestions;
import org.newsdesk.answer.HostileQuestion;
import org.newsdesk.cache.CacheSettings;
import org.newsdesk.cache.CachingAnswerer;
import org.newsdesk.config.Prompts;
import org.newsdesk.config.Settings;

/**
 * Hostile and odd input at the console, answered by the real answering stack over the seed articles: every line
 * gets an answer, an abstention or a hint, printed as plain text without anything that drives the terminal.
 */
class HostileInputTest {

  /** Anything that is not printable text or a line break: terminal escapes, controls, invisible marks. */
  private static final String NOT_PLAIN_TEXT = "[\\p{Cc}\\p{Cf}&&[^\\n]]";

  @TempDir
  static Path shared;

  private static Desk desk;
  private static List<String> examples;
  private final Prompts prompts = Prompts.from(Path.of("prompts"));

  @BeforeAll
  static void openDesk() {
    desk = Desk.open(shared.resolve("index"), Desk.seeds());
    examples = ExampleQuestions.from(desk.index(), desk.answerer(), 3);
  }

  @AfterAll
  static void closeDesk() throws IOException {
    desk.close();
  }

  private static CachingAnswerer cache() {
    return new CachingAnswerer(desk.answerer(), () -> desk.index().stats().generation(),
        CacheSettings.from(Settings.defaults()), Ticker.systemTicker());
  }

  private ConsoleSession session(CachingAnswerer answerer) {
    return new ConsoleSession(answerer, desk.index(), prompts, "corpus",
        Settings.defaults().integer("question.maxLength"), shared.resolve("history"), examples, answerer::summary);
  }

  private static String handle(ConsoleSession session, String line, boolean ansi) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      assertThat(session.handle(line, out, ansi)).as("the session goes on").isTrue();
    }
    return text.toString();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileQuestion.class)
  void console_hostileLine_printsAnAnswerAnAbstentionOrAHint_asPlainText(HostileQuestion hostile) {
    ConsoleSession session = session(cache());

    String shown = handle(session, hostile.text(), false);
    String bold = handle(session, hostile.text(), true);

    assertThat(shown).isNotBlank().doesNotContainPattern(NOT_PLAIN_TEXT).doesNotContain(prompts.get("error"));
    // With a colour terminal the only escapes are the console's own bold on and off.
    assertThat(bold.replace("\u001b[1m", "").replace("\u001b[0m", "")).isEqualTo(shown);
    switch (hostile.outcome()) {
      case NOT_A_QUESTION -> assertThat(shown.strip())
          .isEqualTo(prompts.get("not-a-question", "example", examples.get(0)));
      case TOO_LONG -> assertThat(shown.strip()).isEqualTo(prompts.get("too-long", "length", 10_000, "max", 500));
      case PLAIN_ANSWER -> assertThat(shown).startsWith(HostileQuestion.PLAIN_ANSWER);
      case ANSWER_OR_ABSTENTION -> assertThat(shown).satisfiesAnyOf(
          s -> assertThat(s).startsWith(prompts.get("no-answer")),
          s -> assertThat(s).startsWith(prompts.get("no-passages")),
          s -> assertThat(s).contains("\n  “"));
      default -> throw new IllegalStateException("unknown outcome " + hostile.outcome());
    }
  }

  @Test
  void console_commandWithTerminalEscapes_isEchoedWithoutThem() {
    String shown = handle(session(cache()), ":sources\u001b[2J\u001b]0;pwned\u0007 ../../etc", false);

    assertThat(shown.strip()).isEqualTo(prompts.get("unknown-command", "command", ":sources ../../etc"));
  }

  @Test
  void console_pathLikeQuestion_isAnsweredAsWords_andOpensNoFile() {
    String shown = handle(session(cache()), "../../../etc/passwd\u0000", false);

    assertThat(shown).doesNotContain("root:").doesNotContainPattern(NOT_PLAIN_TEXT)
        .doesNotContain(prompts.get("error"));
  }

  @Test
  void console_sameQuestionAThousandTimes_identicalReplies_andStatsShow999FromMemory() {
    CachingAnswerer answerer = cache();
    ConsoleSession session = session(answerer);
    Set<String> replies = new HashSet<>();

    for (int i = 0; i < 1000; i++) {
      replies.add(handle(session, HostileQuestion.PLAIN, false));
    }

    assertThat(replies).hasSize(1);
    assertThat(replies.iterator().next()).startsWith(HostileQuestion.PLAIN_ANSWER + "\n");
    assertThat(handle(session, ":stats", false)).contains("999 answered from memory, 1 worked out",
        "holds 1 of at most");
  }
}
