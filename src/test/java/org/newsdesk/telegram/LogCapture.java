package org.newsdesk.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures the log events of the telegram package during a test, so tests can check what is logged. */
final class LogCapture implements AutoCloseable {

  private final Logger logger = (Logger) LoggerFactory.getLogger("org.newsdesk.telegram");
  private final Level previous = logger.getLevel();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  /** Starts capturing everything from DEBUG up. */
  LogCapture() {
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
  }

  /** Returns the events so far. */
  List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  /** Returns every event as one text: level, message and the messages of its exception chain. */
  String text() {
    StringBuilder out = new StringBuilder();
    for (ILoggingEvent event : events()) {
      out.append(event.getLevel()).append(' ').append(event.getFormattedMessage()).append('\n');
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        out.append("  ").append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
  }
}
