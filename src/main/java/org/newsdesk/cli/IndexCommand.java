package org.newsdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsdesk index}: builds or updates the index from the corpus. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Build or incrementally update the index from the corpus.")
final class IndexCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() throws Exception {
    try (Engine engine = Engine.load(options.settings())) {
      engine.updateIndex(System.out, System.console() != null);
    }
    return 0;
  }
}
