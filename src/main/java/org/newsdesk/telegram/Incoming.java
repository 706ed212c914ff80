package org.newsdesk.telegram;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.EntityType;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What a message asks of the bot, after the addressing rules: in a private chat every message is for the bot; in
 * a group only a command (not one for another bot), a mention of the bot or a reply to one of its messages is.
 *
 * @param kind    what the message is
 * @param command the command name in lower case without {@code /} or {@code @bot}, or null
 * @param text    the question, or the command's argument text; never null
 */
record Incoming(Kind kind, String command, String text) {

  /** The kinds of message the bot tells apart. */
  enum Kind {
    /** Not for the bot: stay silent. */
    IGNORE,
    /** A command such as {@code /ask}; {@link #text} holds its argument. */
    COMMAND,
    /** A question in plain words (may be empty when the bot was only mentioned). */
    QUESTION,
    /** Something without text (a photo, a sticker) sent to the bot in a private chat. */
    NOT_TEXT
  }

  private static final Incoming IGNORED = new Incoming(Kind.IGNORE, null, "");

  /** Returns true when this message asks the bot for something. */
  boolean addressed() {
    return kind != Kind.IGNORE;
  }

  /**
   * Classifies {@code message} for the bot {@code me}.
   *
   * @param message a new message (not an edit) from a person
   * @param me      the bot
   * @param known   returns true for a command name this bot handles; in groups other bare commands are ignored
   * @return what the message asks for
   */
  static Incoming of(Message message, BotIdentity me, Predicate<String> known) {
    boolean isPrivate = "private".equals(message.getChat().getType());
    String text = message.getText();
    if (text == null || text.isBlank()) {
      return isPrivate ? new Incoming(Kind.NOT_TEXT, null, "") : IGNORED;
    }
    MessageEntity command = commandEntity(message);
    if (command != null) {
      return ofCommand(text, command, me, isPrivate, known);
    }
    if (isPrivate) {
      return new Incoming(Kind.QUESTION, null, text.strip());
    }
    Pattern mention = mention(me);
    if (mention.matcher(text).find()) {
      String question = mention.matcher(text).replaceAll(" ")
          .replaceAll("\\s+([,.;:!?])", "$1").replaceAll("^[\\s,.;:]+", "").replaceAll("\\s+", " ").strip();
      return new Incoming(Kind.QUESTION, null, question);
    }
    Message repliedTo = message.getReplyToMessage();
    if (repliedTo != null && repliedTo.getFrom() != null && repliedTo.getFrom().getId() == me.id()) {
      return new Incoming(Kind.QUESTION, null, text.strip());
    }
    return IGNORED;
  }

  /**
   * Returns the {@code bot_command} entity at offset 0, if any. {@code Message.isCommand()} cannot be used: in
   * TelegramBots 10.2.0 it is false for a freshly received command, whose entities have no text computed yet.
   */
  private static MessageEntity commandEntity(Message message) {
    if (message.getEntities() == null) {
      return null;
    }
    for (MessageEntity entity : message.getEntities()) {
      if (entity != null && EntityType.BOTCOMMAND.equals(entity.getType()) && entity.getOffset() != null
          && entity.getOffset() == 0 && entity.getLength() != null && entity.getLength() > 1
          && entity.getLength() <= message.getText().length()) {
        return entity;
      }
    }
    return null;
  }

  private static Incoming ofCommand(String text, MessageEntity entity, BotIdentity me, boolean isPrivate,
                                    Predicate<String> known) {
    String token = text.substring(1, entity.getLength());
    int at = token.indexOf('@');
    String name = (at < 0 ? token : token.substring(0, at)).toLowerCase(Locale.ROOT);
    String target = at < 0 ? null : token.substring(at + 1);
    if (target != null && !target.equalsIgnoreCase(me.username())) {
      return IGNORED;
    }
    if (!isPrivate && target == null && !known.test(name)) {
      return IGNORED;
    }
    return new Incoming(Kind.COMMAND, name, text.substring(entity.getLength()).strip());
  }

  private static Pattern mention(BotIdentity me) {
    return Pattern.compile("(?<![\\w@])@" + Pattern.quote(me.username()) + "(?!\\w)", Pattern.CASE_INSENSITIVE);
  }
}
