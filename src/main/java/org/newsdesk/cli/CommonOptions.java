package org.newsdesk.cli;

import java.nio.file.Path;
import org.newsdesk.config.Settings;
import picocli.CommandLine.Option;

/** Options every subcommand shares: where the corpus, the index and the settings file are. */
final class CommonOptions {

  @Option(names = "--corpus", paramLabel = "DIR", description = "Directory of article files (default: corpus.dir).")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: index.dir).")
  Path index;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (default: config/newsdesk.properties when present).")
  Path config;

  /** Returns the settings with these options applied over file and environment. */
  Settings settings() {
    Settings s = Settings.load(config, System.getenv());
    s = s.with("corpus.dir", corpus);
    if (index != null) {
      s = s.with("index.dir", index);
    } else if (corpus != null && System.getenv(Settings.envName("index.dir")) == null) {
      // Another corpus gets its own index beside it, so switching corpora never mixes articles.
      s = s.with("index.dir", corpus.toAbsolutePath().normalize().resolveSibling(
          corpus.toAbsolutePath().normalize().getFileName() + ".index"));
    }
    return s;
  }
}
