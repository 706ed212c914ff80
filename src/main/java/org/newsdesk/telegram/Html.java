package org.newsdesk.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Telegram-flavoured HTML helpers: escaping, plain-text rendering and splitting that never breaks a tag. */
final class Html {

  /** Telegram's limit on one message's text. */
  static final int MESSAGE_LIMIT = 4096;

  private static final Pattern TOKEN = Pattern.compile("<[^>]*>|&#?[A-Za-z0-9]+;");
  private static final Pattern TAG_NAME = Pattern.compile("^</?\\s*([A-Za-z][A-Za-z0-9-]*)");

  private Html() {
  }

  /** Returns {@code text} with the characters Telegram's HTML parser treats specially replaced by entities. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Returns {@code text} cut to at most {@code max} characters at a word boundary, with an ellipsis when cut. */
  static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text == null ? "" : text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }

  /** Returns the visible text of {@code html}: tags removed, the entities this class writes decoded. */
  static String plain(String html) {
    return html.replaceAll("<[^>]*>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  /**
   * Splits {@code html} into messages of at most {@code max} characters each, preferring paragraph, line and word
   * boundaries; every piece is well-formed (tags open at a cut are closed and reopened in the next piece) and no
   * tag, entity or surrogate pair is ever cut.
   *
   * @param html well-formed Telegram HTML
   * @param max  the largest piece, in UTF-16 characters
   * @return the pieces, none blank; empty when {@code html} has no visible text
   */
  static List<String> split(String html, int max) {
    List<Token> tokens = tokenize(html);
    List<String> pieces = new ArrayList<>();
    Deque<Token> open = new ArrayDeque<>();
    int next = 0;
    while (next < tokens.size()) {
      Piece piece = fill(tokens, next, open, max);
      if (piece == null) {
        return splitPlain(html, max);
      }
      if (piece.visible()) {
        pieces.add(piece.text());
      }
      open = piece.stillOpen();
      next = piece.resumeAt();
    }
    return pieces;
  }

  /** The text of one piece, the tags still open where it was cut, and the token to resume from. */
  private record Piece(String text, boolean visible, Deque<Token> stillOpen, int resumeAt) {
  }

  /** A place where a piece may end: before a whitespace token (a line break is preferred when not too early). */
  private record Break(int token, int length, Deque<Token> open, boolean visible) {
  }

  private static Piece fill(List<Token> tokens, int from, Deque<Token> reopen, int max) {
    StringBuilder text = new StringBuilder();
    reopen.descendingIterator().forEachRemaining(tag -> text.append(tag.raw()));
    Deque<Token> open = new ArrayDeque<>(reopen);
    boolean visible = false;
    Break line = null;
    Break word = null;
    int i = from;
    for (; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!visible && token.isSpace()) {
        continue;
      }
      Deque<Token> after = token.applyTo(open);
      if (text.length() + token.raw().length() + closingLength(after) > max) {
        break;
      }
      if (token.isSpace()) {
        Break here = new Break(i, text.length(), new ArrayDeque<>(open), visible);
        word = here;
        if (token.raw().equals("\n")) {
          line = here;
        }
      }
      text.append(token.raw());
      visible |= token.isText() && !token.isSpace();
      open = after;
    }
    if (i == tokens.size()) {
      return new Piece(text + closing(open), visible, open, i);
    }
    Break cut = line != null && line.length() >= max / 2 ? line : word != null ? word : line;
    if (cut != null && cut.visible()) {
      String kept = text.substring(0, cut.length()) + closing(cut.open());
      return new Piece(kept, true, cut.open(), cut.token() + 1);
    }
    if (i == from || !visible) {
      return null;
    }
    return new Piece(text + closing(open), true, open, i);
  }

  /** Fallback for markup that cannot be split (a single tag longer than a piece): plain text, escaped. */
  private static List<String> splitPlain(String html, int max) {
    String escaped = escape(plain(html));
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < escaped.length()) {
      int end = Math.min(escaped.length(), start + max);
      int amp = escaped.lastIndexOf('&', end - 1);
      if (end < escaped.length() && amp >= start && escaped.indexOf(';', amp) >= end) {
        end = amp;
      }
      if (end < escaped.length() && Character.isHighSurrogate(escaped.charAt(end - 1))) {
        end--;
      }
      String piece = escaped.substring(start, end);
      if (!piece.isBlank()) {
        pieces.add(piece);
      }
      start = end;
    }
    return pieces;
  }

  private static int closingLength(Deque<Token> open) {
    int length = 0;
    for (Token tag : open) {
      length += tag.name().length() + 3;
    }
    return length;
  }

  private static String closing(Deque<Token> open) {
    StringBuilder out = new StringBuilder();
    for (Token tag : open) {
      out.append("</").append(tag.name()).append('>');
    }
    return out.toString();
  }

  private static List<Token> tokenize(String html) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(html);
    int at = 0;
    while (m.find()) {
      addText(tokens, html.substring(at, m.start()));
      String raw = m.group();
      tokens.add(raw.startsWith("<") ? Token.tag(raw) : new Token(raw, Kind.TEXT, null));
      at = m.end();
    }
    addText(tokens, html.substring(at));
    return tokens;
  }

  private static void addText(List<Token> tokens, String text) {
    text.codePoints().forEach(cp -> tokens.add(new Token(Character.toString(cp),
        Character.isWhitespace(cp) ? Kind.SPACE : Kind.TEXT, null)));
  }

  private enum Kind { TEXT, SPACE, OPEN, CLOSE }

  /** One indivisible unit of markup: a character, an entity, or a tag. */
  private record Token(String raw, Kind kind, String name) {

    static Token tag(String raw) {
      Matcher m = TAG_NAME.matcher(raw);
      String name = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
      return new Token(raw, raw.startsWith("</") ? Kind.CLOSE : Kind.OPEN, name);
    }

    boolean isSpace() {
      return kind == Kind.SPACE;
    }

    boolean isText() {
      return kind == Kind.TEXT || kind == Kind.SPACE;
    }

    /** Returns the open-tag stack after this token (innermost first); the given stack is not changed. */
    Deque<Token> applyTo(Deque<Token> open) {
      if (kind == Kind.OPEN) {
        Deque<Token> copy = new ArrayDeque<>(open);
        copy.push(this);
        return copy;
      }
      if (kind == Kind.CLOSE && !open.isEmpty() && open.peek().name().equals(name)) {
        Deque<Token> copy = new ArrayDeque<>(open);
        copy.pop();
        return copy;
      }
      return open;
    }
  }
}
