package org.newsdesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text newsdesk says to a person, read at start from {@code prompts/NAME.txt} so it can be edited
 * without recompiling; the copies packaged in the jar fill in any file that is missing on disk.
 */
public final class Prompts {

  /** {@code {name}} placeholders inside a prompt. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");

  private final Path dir;
  private final Map<String, String> cache = new HashMap<>();

  private Prompts(Path dir) {
    this.dir = dir;
  }

  /** Returns prompts read from {@code dir} (may be null or missing: then only the bundled copies are used). */
  public static Prompts from(Path dir) {
    return new Prompts(dir);
  }

  /**
   * Returns the prompt {@code name} with its placeholders filled.
   *
   * @param name the file name without {@code .txt}, e.g. {@code welcome}
   * @param vars alternating placeholder names and values, e.g. {@code "count", 3}
   * @return the text, trailing whitespace removed
   * @throws IllegalArgumentException when no such prompt exists or {@code vars} is odd
   */
  public String get(String name, Object... vars) {
    if (vars.length % 2 != 0) {
      throw new IllegalArgumentException("prompt variables come in name/value pairs: " + name);
    }
    String template = template(name);
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < vars.length; i += 2) {
      values.put(String.valueOf(vars[i]), String.valueOf(vars[i + 1]));
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString().strip();
  }

  private synchronized String template(String name) {
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("bad prompt name: " + name);
    }
    return cache.computeIfAbsent(name, this::load);
  }

  private String load(String name) {
    String fileName = name + ".txt";
    try {
      if (dir != null && Files.isRegularFile(dir.resolve(fileName))) {
        return Files.readString(dir.resolve(fileName), StandardCharsets.UTF_8);
      }
      try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + fileName)) {
        if (in == null) {
          throw new IllegalArgumentException("no prompt named " + name + " in " + dir + " or in the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt " + fileName, e);
    }
  }
}
