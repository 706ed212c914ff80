package org.newsdesk.cli;

/** Starts the Telegram front end with the engine wired in. */
final class TelegramLauncher {

  private TelegramLauncher() {
  }

  /** Runs the bot until it is stopped; returns the exit status. */
  static int run(CommonOptions options) {
    throw new Main.UserError("the Telegram front end is not in this build yet; unset TELEGRAM_BOT_TOKEN");
  }
}
