package org.newsdesk.config;

/** A setting is missing or has a value that cannot be used; carries the key and the offending value. */
public final class ConfigException extends RuntimeException {

  private final String key;
  private final String value;

  /** Creates an exception for {@code key} whose {@code value} is unusable for {@code reason}. */
  public ConfigException(String key, String value, String reason) {
    super("setting " + key + (value == null ? "" : " = '" + value + "'") + ": " + reason);
    this.key = key;
    this.value = value;
  }

  /** Returns the setting's key, e.g. {@code index.dir}. */
  public String key() {
    return key;
  }

  /** Returns the rejected value, or null when the setting was missing. */
  public String value() {
    return value;
  }
}
