package org.newsdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsdesk telegram}: runs the Telegram bot (token from TELEGRAM_BOT_TOKEN). */
@Command(name = "telegram", mixinStandardHelpOptions = true,
    description = "Run the Telegram bot (long polling); needs TELEGRAM_BOT_TOKEN, optional TELEGRAM_API_URL.")
final class TelegramCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() throws Exception {
    return TelegramLauncher.run(options);
  }
}
