package org.newsdesk.telegram;

import java.util.List;

/**
 * The fake bot tokens every test uses, in one place, so the suite-wide {@link TokenLeakGuard} knows what must never
 * appear in a log line. Both look like real tokens (bot id, colon, secret); the secret part alone must not leak
 * either.
 */
final class TestTokens {

  /** The token of the bots wired in the JVM (fixtures, the loopback Bot API). */
  static final String BOT = "123456:SECRET-token";

  /** The token of the bot process in the end-to-end test. */
  static final String E2E = "424242:E2E-secret-token";

  /** Every test token and its secret part: none may be logged. */
  static final List<String> SECRETS = List.of(BOT, secret(BOT), E2E, secret(E2E));

  private TestTokens() {
  }

  private static String secret(String token) {
    return token.substring(token.indexOf(':') + 1);
  }
}
