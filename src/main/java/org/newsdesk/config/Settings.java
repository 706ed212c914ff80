package org.newsdesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Immutable settings: the bundled defaults, overlaid by {@code config/newsdesk.properties}, then by
 * {@code NEWSDESK_*} environment variables, then by explicit overrides such as command-line options.
 */
public final class Settings {

  /** Classpath copy of {@code config/newsdesk.properties}, packaged by the build, used when no file is found. */
  private static final String BUNDLED = "/config/newsdesk.properties";
  /** Prefix of the environment variables that override settings: {@code index.dir} -> {@code NEWSDESK_INDEX_DIR}. */
  private static final String ENV_PREFIX = "NEWSDESK_";

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * Loads settings for a run from the working directory.
   *
   * @param configFile the properties file to read, or null for {@code config/newsdesk.properties} when it exists
   * @param env        the process environment (passed in so tests control it)
   * @return the merged settings
   */
  public static Settings load(Path configFile, Map<String, String> env) {
    Map<String, String> merged = new HashMap<>(readBundled());
    Path file = configFile != null ? configFile : Path.of("config", "newsdesk.properties");
    if (configFile != null && !Files.isRegularFile(configFile)) {
      throw new ConfigException("config", configFile.toString(), "no such file");
    }
    if (Files.isRegularFile(file)) {
      merged.putAll(read(file));
    }
    for (String key : List.copyOf(merged.keySet())) {
      String fromEnv = env.get(envName(key));
      if (fromEnv != null && !fromEnv.isBlank()) {
        merged.put(key, fromEnv.trim());
      }
    }
    return new Settings(merged);
  }

  /** Returns settings made only of the bundled defaults, for tests and tools. */
  public static Settings defaults() {
    return new Settings(readBundled());
  }

  /** Returns the environment variable name that overrides {@code key}. */
  public static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** Returns a copy with {@code key} set to {@code value}; a null value leaves the setting unchanged. */
  public Settings with(String key, Object value) {
    if (value == null) {
      return this;
    }
    Map<String, String> copy = new HashMap<>(values);
    copy.put(key, value.toString());
    return new Settings(copy);
  }

  /** Returns the raw value of {@code key}, failing fast when it is missing. */
  public String string(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new ConfigException(key, null, "missing; add it to config/newsdesk.properties");
    }
    return value;
  }

  /** Returns the value of {@code key}, or null when it is missing or blank. */
  public String optional(String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? null : value;
  }

  /** Returns {@code key} as a path. */
  public Path path(String key) {
    return Path.of(string(key));
  }

  /** Returns {@code key} as an int. */
  public int integer(String key) {
    String value = string(key);
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key, value, "not a whole number");
    }
  }

  /** Returns {@code key} as a long. */
  public long longValue(String key) {
    String value = string(key);
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key, value, "not a whole number");
    }
  }

  /** Returns {@code key} as a double. */
  public double decimal(String key) {
    String value = string(key);
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key, value, "not a number");
    }
  }

  /** Returns {@code key} as a boolean ({@code true} or {@code false}). */
  public boolean flag(String key) {
    String value = string(key).trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new ConfigException(key, value, "expected true or false");
    };
  }

  /** Returns {@code key} as an ISO-8601 duration such as {@code PT10M}. */
  public Duration duration(String key) {
    String value = string(key);
    try {
      return Duration.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ConfigException(key, value, "not an ISO-8601 duration such as PT10M");
    }
  }

  /** Returns {@code key} as a comma-separated list; empty when blank. */
  public List<String> list(String key) {
    String value = values.getOrDefault(key, "");
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Returns {@code key} as a comma-separated list of longs (chat or user ids). */
  public List<Long> longList(String key) {
    return list(key).stream().map(item -> {
      try {
        return Long.parseLong(item);
      } catch (NumberFormatException e) {
        throw new ConfigException(key, item, "not a whole number");
      }
    }).toList();
  }

  private static Map<String, String> readBundled() {
    try (InputStream in = Settings.class.getResourceAsStream(BUNDLED)) {
      Objects.requireNonNull(in, "the build must package " + BUNDLED);
      return toMap(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled settings", e);
    }
  }

  private static Map<String, String> read(Path file) {
    try {
      return toMap(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ConfigException("config", file.toString(), "cannot read: " + e.getMessage());
    }
  }

  private static Map<String, String> toMap(byte[] bytes) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8))) {
      properties.load(reader);
    }
    Map<String, String> map = new HashMap<>();
    properties.forEach((k, v) -> map.put(k.toString().trim(), v.toString().trim()));
    return map;
  }
}
