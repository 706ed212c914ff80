package org.newsdesk.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What one in-process run of the command line did, as a person at a terminal would see it.
 *
 * @param exit its exit status
 * @param out  what it printed on standard output
 * @param err  what it printed on standard error (log lines included)
 */
record CliRun(int exit, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Id (and file name) of the first seed article, the one about the UAW strike at GM. */
  static final String SEED = "000_51f3b879b6ccc8a6";

  /** Copies the first seed article from the test resources into {@code corpus}. */
  static void copySeed(Path corpus) throws IOException {
    try (InputStream seed = CliRun.class.getResourceAsStream("/corpus/seeds/" + SEED + ".txt")) {
      Files.write(corpus.resolve(SEED + ".txt"), seed.readAllBytes());
    }
  }

  /** Runs {@link Main} with {@code args}, {@code stdin} as standard input, capturing both output streams. */
  static CliRun of(String stdin, String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    InputStream in = System.in;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, UTF_8));
      System.setErr(new PrintStream(errBytes, true, UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(UTF_8)));
      int exit = Main.run(args);
      return new CliRun(exit, outBytes.toString(UTF_8), errBytes.toString(UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
      System.setIn(in);
    }
  }

  /** Returns the non-blank lines of standard output. */
  List<String> outLines() {
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  /** Returns the lines of standard error addressed to the user ("newsdesk: ..."), without log lines. */
  List<String> errorLines() {
    return err.lines().filter(l -> l.startsWith("newsdesk:")).toList();
  }

  /** Returns true when anything printed looks like a stack trace. */
  boolean showsStackTrace() {
    String all = out + err;
    return all.contains("\tat ") || all.contains("Caused by:") || all.contains("Exception in thread");
  }

  /** Returns the first line of standard output parsed as JSON (an {@code ask --json} reply). */
  JsonNode firstReply() {
    try {
      return JSON.readTree(outLines().get(0));
    } catch (IOException e) {
      throw new UncheckedIOException("not one JSON object: " + out, e);
    }
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
  }
}
