package org.newsdesk.telegram;

import java.util.Objects;

/**
 * Who the bot is, as learned from {@code getMe}: needed to tell which messages are addressed to it.
 *
 * @param id       the bot's user id
 * @param username the bot's username without the {@code @}
 */
record BotIdentity(long id, String username) {

  /** Requires the username. */
  BotIdentity {
    Objects.requireNonNull(username, "username");
  }
}
