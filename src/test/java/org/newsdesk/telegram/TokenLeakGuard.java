package org.newsdesk.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MessageFormatter;

/**
 * Fails any test during which a test token ({@link TestTokens#SECRETS}) was logged, anywhere in the suite: it is
 * registered for every test class (auto-detected, see {@code junit-platform.properties}) and watches every log call
 * made through Logback, with its arguments and exceptions. Calls that would be written are checked whatever the
 * logger; calls below the level in force are checked too for newsdesk's and TelegramBots' loggers, since an operator
 * may turn those up. What leaks after the last test of a class fails that class.
 */
public final class TokenLeakGuard implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  private static final String MASK = "<TOKEN>";
  private static final LeakFilter FILTER = new LeakFilter();

  /** Watches the log from the first test class on. */
  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  /** Fails the test if a token was logged while it ran. */
  @Override
  public void afterEach(ExtensionContext context) {
    failOnLeaks();
  }

  /** Fails the class if a token was logged after its last test (by threads the tests left running). */
  @Override
  public void afterAll(ExtensionContext context) {
    failOnLeaks();
  }

  /** Starts watching, once per logging context. */
  static void install() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    synchronized (FILTER) {
      if (!context.getTurboFilterList().contains(FILTER)) {
        FILTER.start();
        context.addTurboFilter(FILTER);
      }
    }
  }

  /** Returns the log lines that held a token since the last call, with the token masked, and forgets them. */
  static List<String> drain() {
    synchronized (FILTER.leaks) {
      List<String> leaks = List.copyOf(FILTER.leaks);
      FILTER.leaks.clear();
      return leaks;
    }
  }

  private static void failOnLeaks() {
    List<String> leaks = drain();
    if (!leaks.isEmpty()) {
      throw new AssertionError("a bot token was logged " + leaks.size() + " time(s):\n" + String.join("\n", leaks));
    }
  }

  /** Returns {@code text} with every test token masked, so a failure report does not spread it further. */
  static String mask(String text) {
    String masked = text;
    for (String secret : TestTokens.SECRETS) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }

  private static boolean leaks(String text) {
    if (text == null) {
      return false;
    }
    for (String secret : TestTokens.SECRETS) {
      if (text.contains(secret)) {
        return true;
      }
    }
    return false;
  }

  /** Sees every log call before Logback decides whether to write it. */
  private static final class LeakFilter extends TurboFilter {

    private final List<String> leaks = new ArrayList<>();

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
      if (format == null && t == null || !watched(logger, level)) {
        return FilterReply.NEUTRAL;
      }
      FormattingTuple message = MessageFormatter.arrayFormat(format, params, t);
      Throwable error = t != null ? t : message.getThrowable();
      String text = message.getMessage();
      String trace = describe(error);
      if (leaks(text) || leaks(trace)) {
        synchronized (leaks) {
          leaks.add(level + " " + logger.getName() + " - " + mask(String.valueOf(text)) + mask(trace));
        }
      }
      return FilterReply.NEUTRAL;
    }

    private static boolean watched(Logger logger, Level level) {
      String name = logger.getName();
      return level == null || name.startsWith("org.newsdesk") || name.startsWith("org.telegram")
          || level.isGreaterOrEqual(logger.getEffectiveLevel());
    }

    /** Returns the messages of {@code error}, its causes and suppressed exceptions, one per line. */
    private static String describe(Throwable error) {
      StringBuilder out = new StringBuilder();
      Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      List<Throwable> todo = new ArrayList<>();
      if (error != null) {
        todo.add(error);
      }
      while (!todo.isEmpty()) {
        Throwable next = todo.remove(todo.size() - 1);
        if (!seen.add(next)) {
          continue;
        }
        out.append("\n  ").append(next);
        if (next.getCause() != null) {
          todo.add(next.getCause());
        }
        Collections.addAll(todo, next.getSuppressed());
      }
      return out.toString();
    }
  }
}
