package org.newsdesk.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button press asks for, as carried in {@code callback_data}: {@code m:ID:FROM} more sources from passage
 * FROM, {@code c:ID} show context, {@code u:ID} / {@code d:ID} vote, {@code s:PAGE} a page of /sources. Parsing is
 * strict: anything else, including forged data, is rejected.
 *
 * @param action what to do
 * @param answerId the stored answer's opaque id, or null for {@link Action#SOURCES}
 * @param number   the passage or page number, or 0
 */
record CallbackData(Action action, String answerId, int number) {

  /** Length of the opaque answer ids. */
  static final int ID_LENGTH = 10;

  private static final Pattern FORMAT = Pattern.compile(
      "(?<with>[mcud]):(?<id>[A-Za-z0-9]{" + ID_LENGTH + "})(?::(?<n>[0-9]{1,3}))?|s:(?<page>[0-9]{1,4})");

  /** The things a button can ask for. */
  enum Action { MORE, CONTEXT, UP, DOWN, SOURCES }

  /** Returns the data of a "More sources" button starting at passage {@code from}. */
  static String more(String answerId, int from) {
    return "m:" + answerId + ":" + from;
  }

  /** Returns the data of a "Show context" button. */
  static String context(String answerId) {
    return "c:" + answerId;
  }

  /** Returns the data of a vote button. */
  static String vote(String answerId, boolean up) {
    return (up ? "u:" : "d:") + answerId;
  }

  /** Returns the data of a button that opens page {@code page} (0-based) of /sources. */
  static String sources(int page) {
    return "s:" + page;
  }

  /** Parses {@code data}, returning empty for anything this bot did not write. */
  static Optional<CallbackData> parse(String data) {
    if (data == null || data.length() > 64) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(data);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group("page") != null) {
      return Optional.of(new CallbackData(Action.SOURCES, null, Integer.parseInt(m.group("page"))));
    }
    String kind = m.group("with");
    String n = m.group("n");
    boolean isMore = kind.equals("m");
    if (isMore != (n != null)) {
      return Optional.empty();
    }
    Action action = switch (kind) {
      case "m" -> Action.MORE;
      case "c" -> Action.CONTEXT;
      case "u" -> Action.UP;
      default -> Action.DOWN;
    };
    return Optional.of(new CallbackData(action, m.group("id"), isMore ? Integer.parseInt(n) : 0));
  }
}
